import os from 'node:os';
import path from 'node:path';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeWorkspaceFile, wrapWorkspace } from '../../shared/format/file';
import { blankWorkspace } from '../../shared/model/factory';
import type { Workspace } from '../../shared/model/schema';
import { runCli } from './program';
import { MAX_FILE_BYTES } from '../services';

const NOW = '2026-01-02T03:04:05.000Z';

function sampleWorkspace(): Workspace {
  const ws = blankWorkspace('Retail onboarding', NOW, 'ws1');
  const stamp = { createdAt: NOW, updatedAt: NOW };
  ws.journeys = [
    {
      id: 'j1',
      ...stamp,
      name: 'First purchase',
      stages: [
        { id: 's1', name: 'Discover', width: 240 },
        { id: 's2', name: 'Buy', width: 240 },
      ],
      lanes: [{ id: 'l1', name: 'Actions', type: 'customerActions', height: 120 }],
      cards: [
        { id: 'c1', stageId: 's1', laneId: 'l1', text: 'Sees an ad' },
        { id: 'c2', stageId: 's2', laneId: 'l1', text: 'Pays' },
      ],
      connectors: [{ id: 'k1', from: 'c1', to: 'c2' }],
    },
    { id: 'j2', ...stamp, name: 'Support', stages: [], lanes: [], cards: [], connectors: [] },
  ];
  return ws;
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A stack trace line, as Node prints them. */
const STACK_LINE = /^\s+at /m;

let dir: string;
const f = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-cli-'));
  writeFileSync(f('good.touchstone'), serializeWorkspaceFile(wrapWorkspace(sampleWorkspace())));
  writeFileSync(f('blank.touchstone'), serializeWorkspaceFile(wrapWorkspace(blankWorkspace('Blank', NOW, 'ws2'))));
  writeFileSync(f('notjson.touchstone'), '{"format": "touchstone-workspace", ');
  writeFileSync(f('array.touchstone'), '[1, 2, 3]');
  writeFileSync(f('other.json'), JSON.stringify({ format: 'excalidraw', version: 2 }));
  writeFileSync(f('toonew.touchstone'), JSON.stringify({ format: 'touchstone-workspace', formatVersion: 99, workspace: {} }));
  writeFileSync(f('brokenv0.touchstone'), JSON.stringify({ format: 'touchstone-workspace', formatVersion: 0 }));
  const invalid = sampleWorkspace() as unknown as { name: string; journeys: { cards: { stageId: string }[] }[] };
  invalid.name = '';
  invalid.journeys[0].cards[1].stageId = 'nowhere';
  writeFileSync(f('invalid.touchstone'), JSON.stringify(wrapWorkspace(invalid as unknown as Workspace)));
  const dangling = sampleWorkspace();
  dangling.journeys[0].cards[1].stageId = 'nowhere';
  writeFileSync(f('dangling.touchstone'), JSON.stringify(wrapWorkspace(dangling)));
  writeFileSync(f('multiline.touchstone'), JSON.stringify({ format: 'touchstone-workspace', formatVersion: 1, workspace: { name: 'x\ny' } }));
  mkdirSync(f('folder.touchstone'));
  writeFileSync(f('huge.touchstone'), '');
  truncateSync(f('huge.touchstone'), MAX_FILE_BYTES + 1); // sparse: no 64 MB written
  writeFileSync(f('locked.touchstone'), 'x');
  chmodSync(f('locked.touchstone'), 0o000);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('touchstone validate', () => {
  it('passes a valid file with its counts', async () => {
    const r = await run('validate', f('good.touchstone'));
    expect(r).toEqual({ code: 0, stdout: `${f('good.touchstone')}: valid (2 journeys, 2 cards)\n`, stderr: '' });
  });

  it('passes several valid files, one line each', async () => {
    const r = await run('validate', f('good.touchstone'), f('blank.touchstone'));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${f('good.touchstone')}: valid (2 journeys, 2 cards)`,
      `${f('blank.touchstone')}: valid (0 journeys, 0 cards)`,
    ]);
  });

  it.each([
    ['notjson.touchstone', /: This file is damaged or is not a Touchstone workshop: it is not readable JSON\.$/],
    ['array.touchstone', /: This file is not a Touchstone workshop\.$/],
    ['other.json', /: This file is not a Touchstone workshop \(it is JSON, but of another kind\)\.$/],
    ['toonew.touchstone', /: This workshop was made by a newer version of Touchstone \(file version 99; this version reads up to 1\)/],
    ['brokenv0.touchstone', /: This workshop is from an older version and could not be upgraded \(from version 0: the file has no "workshop" section\)/],
    ['dangling.touchstone', /: Invalid data at workspace\.journeys\.0\.cards\.1\.stageId: refers to a stage that does not exist \("nowhere"\)$/],
  ])('fails %s with exit 1 and one plain line', async (name, line) => {
    const r = await run('validate', f(name));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${f(name)}: `)).toBe(true);
    expect(lines[0]).toMatch(line);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('prints one line per problem of an invalid file', async () => {
    const r = await run('validate', f('invalid.touchstone'));
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.every((l) => l.startsWith(`${f('invalid.touchstone')}: Invalid data at workspace.`))).toBe(true);
    expect(r.stderr).toContain('workspace.name');
  });

  it('keeps each problem on one line even when a message spans lines', async () => {
    const r = await run('validate', f('multiline.touchstone'));
    expect(r.code).toBe(1);
    for (const line of r.stderr.trimEnd().split('\n')) expect(line.startsWith(`${f('multiline.touchstone')}: `)).toBe(true);
  });

  it.each([
    ['missing.touchstone', 'no such file'],
    ['folder.touchstone', 'this is a folder, not a file'],
    ['huge.touchstone', 'The file is too large (65 MB; the limit is 64 MB).'],
    ['missing-dir/x.touchstone', 'no such file'],
  ])('fails %s in one line, without a stack', async (name, message) => {
    const r = await run('validate', f(name));
    expect(r).toEqual({ code: 1, stdout: '', stderr: `${f(name)}: ${message}\n` });
  });

  it.skipIf(process.getuid?.() === 0)('fails an unreadable file in one line', async () => {
    const r = await run('validate', f('locked.touchstone'));
    expect(r).toEqual({ code: 1, stdout: '', stderr: `${f('locked.touchstone')}: permission denied: the file cannot be read\n` });
  });

  it('exits 1 when any file fails, still reporting the good ones', async () => {
    const r = await run('validate', f('good.touchstone'), f('missing.touchstone'), f('array.touchstone'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${f('good.touchstone')}: valid (2 journeys, 2 cards)\n`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('needs at least one file', async () => {
    const r = await run('validate');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing required argument/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('touchstone', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: touchstone/);
    expect(r.stdout).toMatch(/validate <file\.\.\.>/);
  });

  it('without arguments prints the help', async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: touchstone/);
  });

  it('--version prints the version', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await run(flag);
      expect(r).toEqual({ code: 0, stdout: '0.0.0-test\n', stderr: '' });
    }
  });

  it('an unknown command or option is one plain error and exit 1', async () => {
    for (const args of [['frobnicate'], ['--frob'], ['validate', '--frob', 'x']]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });
});
