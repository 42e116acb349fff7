import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, serializeWorkspaceFile, type WorkspaceFile } from '../../shared/format/file';
import { generateLargeWorkspace } from '../../bench/generate';
import { jsonEqual, knownJourneysFromValidText, validateForSave } from './validate';
import { sampleFile } from './testing';

type Mutation = [string, (f: Record<string, any>) => void];

/** Edits a renderer could send, valid and not; each is checked against the full parser. */
const mutations: Mutation[] = [
  ['nothing', () => undefined],
  ['card text', (f) => (f.workspace.journeys[0].cards[0].text = '新文本')],
  ['card stage to missing', (f) => (f.workspace.journeys[0].cards[0].stageId = 'zz')],
  ['card id with punctuation', (f) => (f.workspace.journeys[0].cards[0].id = 'c-1')],
  ['bad colour', (f) => (f.workspace.journeys[0].cards[1].color = 'blue')],
  ['stage too narrow', (f) => (f.workspace.journeys[0].stages[0].width = 3)],
  ['lane type unknown', (f) => (f.workspace.journeys[0].lanes[0].type = 'nope')],
  ['journey without cards', (f) => delete f.workspace.journeys[0].cards],
  ['journey name blank', (f) => (f.workspace.journeys[0].name = '   ')],
  ['journey name padded', (f) => (f.workspace.journeys[0].name = '  padded  ')],
  ['journey is null', (f) => (f.workspace.journeys[0] = null)],
  ['journey is a string', (f) => (f.workspace.journeys[0] = 'j1')],
  ['journey id number', (f) => (f.workspace.journeys[0].id = 5)],
  ['duplicate journey', (f) => f.workspace.journeys.push(structuredClone(f.workspace.journeys[0]))],
  ['journey persona missing', (f) => (f.workspace.journeys[0].personaId = 'ghost')],
  ['card owner removed from members', (f) => (f.workspace.members = [])],
  ['connector to nowhere', (f) => (f.workspace.journeys[0].connectors[0].to = 'ghost')],
  ['card id collides with stage', (f) => (f.workspace.journeys[0].cards[0].id = 's1')],
  ['unknown field on card', (f) => (f.workspace.journeys[0].cards[0].extra = { a: [1, null] })],
  ['workspace name blank', (f) => (f.workspace.name = '')],
  ['bad timestamp', (f) => (f.workspace.updatedAt = 'yesterday')],
  ['journeys not an array', (f) => (f.workspace.journeys = {})],
  ['no workspace', (f) => delete f.workspace],
  ['older format', (f) => (f.formatVersion = 0)],
  ['newer format', (f) => (f.formatVersion = 2)],
  ['other format', (f) => (f.format = 'x')],
  ['second journey', (f) => f.workspace.journeys.push({ ...structuredClone(f.workspace.journeys[0]), id: 'j2', stages: [], lanes: [], cards: [], connectors: [] })],
];

function mutate(base: WorkspaceFile, m: Mutation[1]): string {
  const copy = structuredClone(base) as Record<string, any>;
  m(copy);
  return serializeWorkspaceFile(copy as WorkspaceFile);
}

describe('validateForSave', () => {
  const base = sampleFile();
  const baseText = serializeWorkspaceFile(base);

  it.each(mutations)('agrees with parseWorkspaceFile: %s', (_name, m) => {
    const text = mutate(base, m);
    const full = parseWorkspaceFile(text);
    for (const known of [null, knownJourneysFromValidText(baseText)]) {
      const fast = validateForSave(text, known);
      expect(fast.result.ok).toBe(full.ok);
      if (!full.ok) expect(fast.result).toEqual(full); // errors are exactly the full parser's
      else expect(fast.known).not.toBeNull();
    }
  });

  it('a known journey is re-checked when anything inside it changed, however deep', () => {
    const known = knownJourneysFromValidText(baseText)!;
    const text = mutate(base, (f) => (f.workspace.journeys[0].connectors[0].label = 'x'.repeat(201)));
    expect(parseWorkspaceFile(text).ok).toBe(false);
    expect(validateForSave(text, known).result.ok).toBe(false);
  });

  it('chains: the journeys of an accepted text are known for the next one', () => {
    const big = generateLargeWorkspace({ journeys: 3, cardsPerJourney: 50 });
    let known = knownJourneysFromValidText(serializeWorkspaceFile(big));
    for (let i = 0; i < 5; i++) {
      big.workspace.journeys[i % 3].cards[i].text = `edit ${i}`;
      const r = validateForSave(serializeWorkspaceFile(big), known);
      expect(r.result.ok).toBe(true);
      known = r.known;
    }
    big.workspace.journeys[1].cards[0].laneId = 'nope';
    expect(validateForSave(serializeWorkspaceFile(big), known).result.ok).toBe(false);
  });

  it('drops prototype-reaching keys like the full parser', () => {
    const text = baseText.replace('"futureTopLevel"', '"__proto__": {"polluted": true}, "futureTopLevel"');
    const r = validateForSave(text, knownJourneysFromValidText(baseText));
    expect(r.result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.result.ok) expect(Object.prototype.hasOwnProperty.call(r.result.file, '__proto__')).toBe(false);
  });

  it('accepts a byte-order mark', () => {
    expect(validateForSave('\uFEFF' + baseText, null).result.ok).toBe(true);
  });
});

describe('jsonEqual', () => {
  it('compares JSON values structurally, ignoring key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: [] }, { a: {} })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});
