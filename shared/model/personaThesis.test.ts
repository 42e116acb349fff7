import { describe, expect, it } from 'vitest';
import { wearableWorkshop } from '../commands/thesisTesting';
import { parseWorkspaceFile, serializeWorkspaceFile, wrapWorkspace } from '../format/file';
import { checkReferences } from './references';
import { AVATAR_MAX_CHARS, Persona, Thesis, Workspace } from './schema';

const NOW = '2026-11-23T10:00:00.000Z';

describe('persona and thesis schemas', () => {
  it('v1 personas and theses (before these fields existed) stay valid', () => {
    expect(Persona.safeParse({ id: 'p1', name: '新手妈妈', role: '首次购买者', createdAt: NOW, updatedAt: NOW }).success).toBe(true);
    expect(Thesis.safeParse({ id: 't1', title: '安心', personaIds: ['p1'], statement: 'x', createdAt: NOW, updatedAt: NOW }).success).toBe(true);
  });

  it('the sample workshop round-trips through the file format', () => {
    const file = wrapWorkspace(wearableWorkshop());
    expect(parseWorkspaceFile(serializeWorkspaceFile(file))).toEqual({ ok: true, file });
  });

  it('evidence is research (with a known source) or assumption', () => {
    const p = (evidence: unknown) =>
      Persona.safeParse({ id: 'p', name: 'P', createdAt: NOW, updatedAt: NOW, goals: [{ id: 'g', text: 't', evidence }] }).success;
    expect(p({ kind: 'assumption' })).toBe(true);
    expect(p({ kind: 'research', source: 'interview', reference: '访谈 #3' })).toBe(true);
    expect(p({ kind: 'research', source: 'gut feeling', reference: '' })).toBe(false);
    expect(p({ kind: 'opinion' })).toBe(false);
  });

  it('an avatar is a small PNG/JPEG/WebP data URL', () => {
    const p = (avatar: string) => Persona.safeParse({ id: 'p', name: 'P', createdAt: NOW, updatedAt: NOW, avatar }).success;
    expect(p('data:image/jpeg;base64,/9j/4AAQSkZJRg==')).toBe(true);
    expect(p('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(p('https://example.com/a.png')).toBe(false);
    expect(p(`data:image/png;base64,${'A'.repeat(AVATAR_MAX_CHARS)}`)).toBe(false);
  });

  it('metrics need a known kind, side and direction; numbers must be finite', () => {
    const t = (metric: unknown) =>
      Thesis.safeParse({ id: 't', title: 'T', personaIds: [], statement: '', createdAt: NOW, updatedAt: NOW, metrics: [metric] }).success;
    const ok = { id: 'm', name: 'NPS', kind: 'nps', side: 'customer', direction: 'higher', baseline: 12 };
    expect(t(ok)).toBe(true);
    expect(t({ ...ok, kind: 'vibes' })).toBe(false);
    expect(t({ ...ok, baseline: Number.NaN })).toBe(false);
  });
});

describe('reference checks for the new links', () => {
  it('the sample workshop has none', () => {
    expect(checkReferences(Workspace.parse(wearableWorkshop()))).toEqual([]);
  });

  it('cards and journeys may only name theses and metrics that exist', () => {
    const ws = wearableWorkshop();
    ws.journeys[0].metricIds = ['nope'];
    ws.journeys[0].cards[0] = { ...ws.journeys[0].cards[0], thesisId: 'tX', metricIds: ['mNps', 'mY'] };
    expect(checkReferences(ws).map((i) => i.path)).toEqual([
      'workspace.journeys.0.metricIds.0',
      'workspace.journeys.0.cards.0.thesisId',
      'workspace.journeys.0.cards.0.metricIds.1',
    ]);
  });

  it('decisions and comments may only name metrics of their own thesis; ids are unique', () => {
    const ws = wearableWorkshop();
    const t = ws.theses[0];
    t.decisions = [{ id: 'd1', date: '2026-03-01', decision: 'x', relates: true, rationale: '', metricIds: ['mOther'] }];
    t.comments = [{ id: 'd1', field: 'metrics', metricId: 'mGone', text: 'x', at: NOW }];
    expect(checkReferences(ws).map((i) => i.path)).toEqual([
      'workspace.theses.0.comments.0.metricId',
      'workspace.theses.0.decisions.0.id',
      'workspace.theses.0.decisions.0.metricIds.0',
    ]);
  });

  it('statement ids are unique', () => {
    const ws = wearableWorkshop();
    ws.personas[0].needs = [{ id: 'g1', text: 'dup', evidence: { kind: 'assumption' } }];
    expect(checkReferences(ws).map((i) => i.path)).toEqual(['workspace.personas.0.needs.0.id']);
  });
});
