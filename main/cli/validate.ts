import { promises as fs } from 'node:fs';
import { parseWorkspaceFile } from '../../shared/format/file';
import { describeParseError, type Translate } from '../../shared/format/describe';

/** Same limit as the services: a bigger file is refused without being read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ValidateResult =
  | { ok: true; journeys: number; cards: number; migratedFrom?: number }
  | { ok: false; problems: string[] };

const mb = (n: number) => Math.ceil(n / (1024 * 1024));

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
    if (stat.size > MAX_FILE_BYTES) {
      return { ok: false, problems: [t('fileError.tooLarge', { size: mb(stat.size), limit: mb(MAX_FILE_BYTES) })] };
    }
    const handle = await fs.open(file, 'r');
    try {
      // Read at most one byte past the limit, in case the file grew since stat.
      const buffer = Buffer.alloc(Math.min(stat.size, MAX_FILE_BYTES) + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > MAX_FILE_BYTES) {
        return { ok: false, problems: [t('fileError.tooLarge', { size: mb(length), limit: mb(MAX_FILE_BYTES) })] };
      }
      text = buffer.subarray(0, length).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (e) {
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
