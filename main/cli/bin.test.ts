// The built command end to end: bin/touchstone.cjs → out/main/cli.cjs, in a throwaway copy of the
// package layout, so the test neither needs nor disturbs the real out/.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

function touchstone(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'touchstone.cjs'), ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-bin-'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(ROOT, 'bin', 'touchstone.cjs'), path.join(dir, 'bin', 'touchstone.cjs'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('bin/touchstone.cjs', () => {
  it('says how to build when out/ is missing', () => {
    const r = touchstone('--help');
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'Touchstone is not built yet: run npm install (or npm run build)\n' });
  });

  describe('built', () => {
    beforeAll(async () => {
      await build({
        absWorkingDir: ROOT,
        entryPoints: ['main/cli.ts'],
        outfile: path.join(dir, 'out', 'main', 'cli.cjs'),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        define: { __APP_VERSION__: JSON.stringify('1.2.3') },
        logLevel: 'silent',
      });
      writeFileSync(path.join(dir, 'not-a-workshop.touchstone'), '<html>');
    });

    it('prints the version and the help', () => {
      expect(touchstone('--version')).toEqual({ code: 0, stdout: '1.2.3\n', stderr: '' });
      const help = touchstone('--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/validate <file\.\.\.>/);
    });

    it('validates with exit codes and plain lines', () => {
      const bad = touchstone('validate', 'not-a-workshop.touchstone', 'nope.touchstone');
      expect(bad.code).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toBe(
        'not-a-workshop.touchstone: This file is damaged or is not a Touchstone workshop: it is not readable JSON.\n' +
          'nope.touchstone: no such file\n',
      );
      expect(bad.stderr).not.toMatch(/^\s+at /m);
      const dirArg = touchstone('validate', '.');
      expect(dirArg).toEqual({ code: 1, stdout: '', stderr: '.: this is a folder, not a file\n' });
    });
  });
});
