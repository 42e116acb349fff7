import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, parseWorkspaceFile } from './file';
import { migrations } from './migrations';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('migrations', () => {
  it('are ordered and consecutive up to the current version', () => {
    expect(migrations.map((m) => m.from)).toEqual([...Array(CURRENT_FORMAT_VERSION).keys()]);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });

  it('v0 prototype → v1 matches the after fixture exactly', () => {
    const result = parseWorkspaceFile(fixture('v0-prototype.touchstone'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.file).toEqual(JSON.parse(fixture('v1-from-v0.touchstone')));
  });

  it('the after fixture is itself a valid current file that needs no migration', () => {
    const result = parseWorkspaceFile(fixture('v1-from-v0.touchstone'));
    expect(result.ok && result.migratedFrom).toBe(undefined);
    expect(result.ok).toBe(true);
  });

  it('a v0 file without its workshop section fails with the step named', () => {
    const result = parseWorkspaceFile(JSON.stringify({ format: 'touchstone-workspace', formatVersion: 0 }));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'migrationFailed', fromVersion: 0, step: 'v0-prototype-to-v1', message: 'the file has no "workshop" section' },
    });
  });

  it('a missing step is reported, not skipped', () => {
    const result = parseWorkspaceFile(fixture('v0-prototype.touchstone'), []);
    expect(!result.ok && result.error.kind).toBe('migrationFailed');
  });
});
