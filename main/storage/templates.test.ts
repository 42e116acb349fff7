import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, parseWorkspaceFile } from '../../shared/format/file';

const dir = fileURLToPath(new URL('../../templates', import.meta.url));
const templates = readdirSync(dir).filter((n) => n.endsWith('.touchstone'));

describe('templates', () => {
  it('has at least the CX workshop starter', () => {
    expect(templates).toContain('cx-workshop-starter.touchstone');
  });

  it.each(templates)('%s parses as a current-version workspace with a usable id, name and description', (name) => {
    expect(name.slice(0, -'.touchstone'.length)).toMatch(/^[a-z0-9-]{1,64}$/);
    const text = readFileSync(join(dir, name), 'utf8');
    const r = parseWorkspaceFile(text);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    expect(r.migratedFrom).toBeUndefined();
    expect(JSON.parse(text).formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(r.file.workspace.name.trim()).not.toBe('');
    expect((r.file.workspace.description ?? '').trim()).not.toBe('');
  });

  it('the starter has a team, 2 personas, a thesis, a journey with cards and connectors, and 2 segments', () => {
    const r = parseWorkspaceFile(readFileSync(join(dir, 'cx-workshop-starter.touchstone'), 'utf8'));
    if (!r.ok) throw new Error('invalid');
    const ws = r.file.workspace;
    expect(new Set(ws.members.map((m) => m.function)).size).toBeGreaterThanOrEqual(4);
    expect(ws.personas).toHaveLength(2);
    expect(ws.theses).toHaveLength(1);
    expect(ws.journeys).toHaveLength(1);
    const j = ws.journeys[0];
    expect(j.stages.length).toBeGreaterThan(2);
    expect(j.lanes.length).toBeGreaterThan(2);
    expect(j.cards.length).toBeGreaterThan(3);
    expect(j.connectors.length).toBeGreaterThan(0);
    expect(ws.segments).toHaveLength(2);
  });
});
