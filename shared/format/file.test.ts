import { describe, expect, it } from 'vitest';
import { blankWorkspace } from '../model/factory';
import type { Workspace } from '../model/schema';
import { createIncrementalSerializer, CURRENT_FORMAT_VERSION, parseWorkspaceFile, type ParseError, serializeWorkspaceFile, wrapWorkspace } from './file';
import { describeParseError } from './describe';
import { createTranslator } from '../i18n';

const NOW = '2026-11-23T10:00:00.000Z';

function sampleWorkspace(): Workspace {
  const ws = blankWorkspace('春季会员体验工作坊', NOW, 'ws1');
  ws.members.push({ id: 'm1', name: '王芳', function: 'ux', createdAt: NOW, updatedAt: NOW });
  ws.personas.push({ id: 'p1', name: '新手妈妈', role: '首次购买者', createdAt: NOW, updatedAt: NOW });
  ws.theses.push({ id: 't1', title: '安心', personaIds: ['p1'], statement: '帮助新手妈妈安心选购', createdAt: NOW, updatedAt: NOW });
  ws.journeys.push({
    id: 'j1',
    name: '首次购买',
    personaId: 'p1',
    thesisId: 't1',
    createdAt: NOW,
    updatedAt: NOW,
    stages: [{ id: 's1', name: '认知', width: 240 }],
    lanes: [{ id: 'l1', name: '触点', type: 'touchpoints', height: 120 }],
    cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: '小红书', channel: 'social', ownerId: 'm1' }],
    connectors: [],
  });
  return ws;
}

const text = (value: unknown) => JSON.stringify(value);
const fileOf = (ws: Workspace, extra: Record<string, unknown> = {}) => text({ ...wrapWorkspace(ws), ...extra });

describe('parseWorkspaceFile', () => {
  it('round-trips a workspace through serialize and parse', () => {
    const file = wrapWorkspace(sampleWorkspace());
    const result = parseWorkspaceFile(serializeWorkspaceFile(file));
    expect(result).toEqual({ ok: true, file });
  });

  it('serializes to what JSON.stringify would say; the incremental serializer too, across edits', () => {
    const file = wrapWorkspace(sampleWorkspace(), { producer: 'x', skipped: undefined });
    const serialize = createIncrementalSerializer();
    expect(JSON.parse(serializeWorkspaceFile(file))).toEqual(JSON.parse(JSON.stringify(file)));
    expect(serialize(file)).toBe(serializeWorkspaceFile(file));
    const journeys = file.workspace.journeys;
    const edited = {
      ...file,
      workspace: { ...file.workspace, journeys: [{ ...journeys[0], name: 'changed' }, journeys[0]], description: undefined },
    };
    expect(JSON.parse(serializeWorkspaceFile(edited))).toEqual(JSON.parse(JSON.stringify(edited)));
    expect(serialize(edited)).toBe(serializeWorkspaceFile(edited));
    expect(serialize(edited).split('\n').length).toBe(5); // one line per journey
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseWorkspaceFile('\ufeff' + serializeWorkspaceFile(wrapWorkspace(sampleWorkspace()))).ok).toBe(true);
  });

  it('keeps unknown fields at every level through a round trip', () => {
    const raw = JSON.parse(fileOf(sampleWorkspace(), { producer: { name: 'other-tool' } }));
    raw.workspace.futureField = [1, 2];
    raw.workspace.members[0].pronouns = 'she/her';
    raw.workspace.journeys[0].cards[0].votes = 3;
    raw.workspace.journeys[0].stages[0].colour = 'blue';
    const once = parseWorkspaceFile(JSON.stringify(raw));
    if (!once.ok) throw new Error('expected ok');
    const twice = parseWorkspaceFile(serializeWorkspaceFile(once.file));
    if (!twice.ok) throw new Error('expected ok');
    const f = twice.file as unknown as typeof raw;
    expect(f.producer).toEqual({ name: 'other-tool' });
    expect(f.workspace.futureField).toEqual([1, 2]);
    expect(f.workspace.members[0].pronouns).toBe('she/her');
    expect(f.workspace.journeys[0].cards[0].votes).toBe(3);
    expect(f.workspace.journeys[0].stages[0].colour).toBe('blue');
  });

  it.each([
    ['not JSON at all', '{"format": "touchstone-workspace", "formatVer', 'notJson'],
    ['an empty file', '', 'notJson'],
    ['a JSON array', '[1,2]', 'notObject'],
    ['JSON null', 'null', 'notObject'],
    ['another JSON document', '{"type":"excalidraw","version":2}', 'wrongFormat'],
    ['a non-integer version', '{"format":"touchstone-workspace","formatVersion":"1"}', 'wrongFormat'],
  ])('tags %s as not a Touchstone file', (_label, input, reason) => {
    expect(parseWorkspaceFile(input)).toEqual({ ok: false, error: { kind: 'notTouchstone', reason } });
  });

  it('refuses a file from a newer version without half-loading it', () => {
    const result = parseWorkspaceFile(fileOf(sampleWorkspace(), { formatVersion: CURRENT_FORMAT_VERSION + 1 }));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'tooNew', fileVersion: CURRENT_FORMAT_VERSION + 1, supportedVersion: CURRENT_FORMAT_VERSION },
    });
  });

  it('reports invalid data with the path of the bad field', () => {
    const ws = sampleWorkspace();
    (ws.members[0] as { function: string }).function = 'astrology';
    const result = parseWorkspaceFile(fileOf(ws));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues[0]).toEqual({
      path: 'workspace.members.0.function',
      message: 'should be one of: ux, customerService, pmo, digitalMarketing, sales, it, product, leadership, other',
      code: 'oneOf',
      params: { values: 'ux, customerService, pmo, digitalMarketing, sales, it, product, leadership, other' },
    });
  });

  it('says plainly what is missing or of the wrong kind', () => {
    const raw = JSON.parse(fileOf(sampleWorkspace()));
    delete raw.workspace.name;
    raw.workspace.members = 'everyone';
    const result = parseWorkspaceFile(JSON.stringify(raw));
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues).toEqual([
      { path: 'workspace.name', message: 'is missing', code: 'missing' },
      { path: 'workspace.members', message: 'should be a list', code: 'wrongType', params: { expected: 'array' } },
    ]);
  });

  it('rejects ids with punctuation', () => {
    const ws = sampleWorkspace();
    ws.personas[0].id = 'p-1';
    ws.theses[0].personaIds = ['p-1'];
    ws.journeys[0].personaId = 'p-1';
    const result = parseWorkspaceFile(fileOf(ws));
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((i) => i.path)).toContain('workspace.personas.0.id');
  });

  it('reports dangling references and duplicate ids with paths', () => {
    const ws = sampleWorkspace();
    ws.journeys[0].cards.push({ id: 'c2', stageId: 'nope', laneId: 'l1', text: '' });
    ws.journeys[0].connectors.push({ id: 'x1', from: 'c1', to: 'ghost' });
    ws.members.push({ ...ws.members[0] });
    const result = parseWorkspaceFile(fileOf(ws));
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues.map((i) => i.path)).toEqual([
      'workspace.members.1.id',
      'workspace.journeys.0.cards.1.stageId',
      'workspace.journeys.0.connectors.0.to',
    ]);
  });

  it('does not let __proto__ or constructor keys pollute objects', () => {
    const payload =
      '{"__proto__":{"polluted":"yes"},"format":"touchstone-workspace","formatVersion":1,' +
      `"constructor":{"prototype":{"polluted":"yes"}},"workspace":${JSON.stringify({
        ...sampleWorkspace(),
        members: [],
        journeys: [],
        theses: [],
      }).replace(/^\{/, '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},')}}`;
    const result = parseWorkspaceFile(payload);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(result.file)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.file.workspace)).toBe(Object.prototype);
    expect((result.file.workspace as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(result.file.workspace)).not.toContain('__proto__');
    expect(Object.prototype.hasOwnProperty.call(result.file.workspace, 'constructor')).toBe(false);
  });
});

describe('describeParseError', () => {
  it('gives one plain sentence per problem in each language', () => {
    const en = createTranslator('en');
    const zh = createTranslator('zh-CN');
    const tooNew = { kind: 'tooNew', fileVersion: 9, supportedVersion: 1 } as const;
    expect(describeParseError(tooNew, en)[0]).toMatch(/newer version of Touchstone \(file version 9/);
    expect(describeParseError(tooNew, zh)[0]).toMatch(/更新版本/);
    const invalid: ParseError = { kind: 'invalid', issues: [{ path: 'a.b', message: 'x' }, { path: 'c', message: 'y' }] };
    expect(describeParseError(invalid, en)).toEqual(['Invalid data at a.b: x', 'Invalid data at c: y']);
  });

  it('says schema and reference problems in the chosen language', () => {
    const ws = sampleWorkspace();
    delete (ws as Partial<typeof ws>).name;
    ws.journeys[0].cards[0].stageId = 'gone';
    (ws.members[0] as { function: string }).function = 'astrology';
    const schema = parseWorkspaceFile(fileOf(ws));
    if (schema.ok) throw new Error('expected invalid');
    expect(describeParseError(schema.error, createTranslator('zh-CN'))).toEqual([
      'workspace.name 处的数据无效：缺少此项',
      'workspace.members.0.function 处的数据无效：应为以下之一：ux, customerService, pmo, digitalMarketing, sales, it, product, leadership, other',
    ]);
    (ws.members[0] as { function: string }).function = 'ux';
    ws.name = 'W';
    const refs = parseWorkspaceFile(fileOf(ws));
    if (refs.ok) throw new Error('expected invalid');
    expect(describeParseError(refs.error, createTranslator('zh-TW'))).toEqual([
      'workspace.journeys.0.cards.0.stageId 處的資料無效：引用的階段不存在（「gone」）',
    ]);
    expect(describeParseError(refs.error, createTranslator('en'))).toEqual([
      'Invalid data at workspace.journeys.0.cards.0.stageId: refers to a stage that does not exist ("gone")',
    ]);
  });
});
