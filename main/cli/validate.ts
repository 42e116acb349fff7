import { promises as fs } from 'node:fs';
import { parseWorkspaceFile } from '../../shared/format/file';
import { describeOpenError, describeParseError, type Translate } from '../../shared/format/describe';
import { MAX_FILE_BYTES } from '../services';
import { FileTooLargeError, WorkspaceFileAdapter } from '../storage/adapters';

export type ValidateResult =
  | { ok: true; journeys: number; cards: number; migratedFrom?: number }
  | { ok: false; problems: string[] };

function ioProblem(e: unknown, t: Translate): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a folder)';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    default:
      return t('fileError.io', { message: code ?? (e instanceof Error ? e.message : String(e)) });
  }
}

/** Reads, migrates and validates one workspace file. Never throws; problems are plain sentences. */
export async function validateFile(file: string, t: Translate): Promise<ValidateResult> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, problems: [ioProblem({ code: 'EISDIR' }, t)] };
    if (!stat.isFile()) return { ok: false, problems: ['this is not a regular file'] };
    // The services' reader: the same size limit, checked before and after reading.
    const raw = await new WorkspaceFileAdapter(file, MAX_FILE_BYTES).readBytes();
    if (!raw) return { ok: false, problems: [ioProblem({ code: 'ENOENT' }, t)] };
    text = raw.bytes.toString('utf8');
  } catch (e) {
    if (e instanceof FileTooLargeError) {
      return { ok: false, problems: describeOpenError({ kind: 'tooLarge', sizeBytes: e.sizeBytes, limitBytes: e.limitBytes }, t) };
    }
    return { ok: false, problems: [ioProblem(e, t)] };
  }
  const parsed = parseWorkspaceFile(text);
  if (!parsed.ok) return { ok: false, problems: describeParseError(parsed.error, t) };
  const journeys = parsed.file.workspace.journeys;
  const cards = journeys.reduce((n, j) => n + j.cards.length, 0);
  return parsed.migratedFrom !== undefined
    ? { ok: true, journeys: journeys.length, cards, migratedFrom: parsed.migratedFrom }
    : { ok: true, journeys: journeys.length, cards };
}
