import os from 'node:os';
import path from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findElectronBinary, needsBuild } from './start.mjs';

let dir: string;
const file = (rel: string, text = '') => {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
};
const age = (p: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(p, t, t);
};

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('is null without path.txt (electron installed without its runtime, as here)', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-start-'));
    file('node_modules/electron/index.js');
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('is null when path.txt names a missing binary or leaves dist/', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-start-'));
    file('node_modules/electron/path.txt', 'electron');
    expect(findElectronBinary(dir)).toBeNull();
    file('node_modules/electron/path.txt', '../../../bin/sh');
    file('bin/sh');
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('finds the binary path.txt names under dist/', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-start-'));
    file('node_modules/electron/path.txt', 'electron\n');
    const bin = file('node_modules/electron/dist/electron');
    expect(findElectronBinary(dir)).toBe(bin);
  });
});

describe('needsBuild', () => {
  const outputs = ['out/main/electron.cjs', 'out/main/host.cjs', 'out/main/cli.cjs', 'out/preload/preload.cjs', 'out/renderer/index.html'];

  it('builds when an output is missing, or a source is newer than the outputs', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-start-'));
    const src = file('main/host.ts');
    const test = file('main/host.test.ts');
    age(src, 100);
    age(test, 100);
    age(path.join(dir, 'main'), 100);
    expect(needsBuild(dir)).toBe(true);
    for (const o of outputs) age(file(o), 50);
    expect(needsBuild(dir)).toBe(false);
    age(test, 0); // tests are not built
    expect(needsBuild(dir)).toBe(false);
    age(src, 0);
    expect(needsBuild(dir)).toBe(true);
  });
});
