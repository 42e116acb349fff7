import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../shared/format/file';
import { createServices } from '../services';
import { sampleText, tempRoot } from './testing';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const RUNS = 30;

interface Run {
  saved: number[];
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Starts the child, waits until it is saving, lets it save for a random while, then SIGKILLs it. */
function runAndKill(args: string[], killAfterMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (timer) clearTimeout(timer);
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ saved, stderr, code, signal });
    });
  });
}

const versionOf = (text: string): number => {
  const r = parseWorkspaceFile(text);
  if (!r.ok) throw new Error(`the document does not parse: ${JSON.stringify(r.error).slice(0, 200)}`);
  const m = /^v(\d+)$/.exec(r.file.workspace.description ?? '');
  if (!m) throw new Error(`unexpected description ${r.file.workspace.description}`);
  return Number(m[1]);
};

describe('crash safety', () => {
  const { root, cleanup } = tempRoot('touchstone-crash-');
  afterAll(() => cleanup());

  it(`a save killed at a random moment leaves the old or the new version, ${RUNS} times`, async () => {
    const dataDir = join(root, 'data');
    const libraryDir = join(dataDir, 'library');
    const seed = createServices({ dataDir, libraryDir, templatesDir: libraryDir, host: 'browser' });
    const imported = await seed['library.import']({ fileName: 'crash.touchstone', text: sampleText('crashWs').replace('"新客首购旅程"', '"v0"') });
    if (!imported.ok) throw new Error('import failed');
    const ref = imported.ref;

    let version = 0;
    let killedMidSave = 0;
    for (let run = 0; run < RUNS; run++) {
      const killAfter = 20 + Math.floor(Math.random() * 300);
      const r = await runAndKill([dataDir, libraryDir, ref, String(version + 1)], killAfter);
      expect(r.signal, `run ${run}: ${r.stderr}`).toBe('SIGKILL');
      const lastAcknowledged = r.saved.length ? r.saved[r.saved.length - 1] : version;
      const onDisk = versionOf(readFileSync(ref, 'utf8'));
      // Either the last save the child finished, or the one it was in the middle of.
      expect([lastAcknowledged, lastAcknowledged + 1], `run ${run} killed after ${killAfter} ms`).toContain(onDisk);
      if (onDisk === lastAcknowledged + 1) killedMidSave++;
      version = onDisk;

      // No temp file is ever taken for a document: the library lists exactly the one document.
      const check = createServices({ dataDir, libraryDir, templatesDir: libraryDir, host: 'browser' });
      const list = await check['library.list']({});
      expect(list.entries.map((e) => [e.ref, e.problem])).toEqual([[ref, undefined]]);
      for (const name of readdirSync(libraryDir)) {
        if (!name.endsWith('.tmp')) expect(name, 'only the document and temp files').toBe('crashWs.touchstone');
      }
      // Backups under their final names are always complete, and settings always parse.
      const backupDir = join(dataDir, 'backups', 'crashWs');
      for (const b of existsSync(backupDir) ? readdirSync(backupDir).filter((n) => n.endsWith('.touchstone')) : []) {
        expect(parseWorkspaceFile(readFileSync(join(dataDir, 'backups', 'crashWs', b), 'utf8')).ok, b).toBe(true);
      }
      expect(() => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).not.toThrow();
    }
    const tempsLeft = readdirSync(libraryDir).filter((n) => n.endsWith('.tmp')).length;
    // The kills landed while the child was saving, not before it started.
    expect(version).toBeGreaterThan(RUNS / 2);
    console.info(
      `crash safety: ${RUNS} kills, final version v${version}; new version on disk but unacknowledged ${killedMidSave}×; kills that left a temp file in the library ${tempsLeft}`,
    );
  }, 300_000);
});
