import { describe, expect, it } from 'vitest';
import {
  addPersona,
  addStatement,
  duplicatePersona,
  movePersona,
  removePersona,
  removeStatement,
  setPersonaAvatar,
  updatePersona,
  updateStatement,
} from './personas';
import { emptyWorkspace, runValid, testContext, T1 } from './testing';
import { wearableWorkshop } from './thesisTesting';

const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';

describe('persona commands', () => {
  it('adds a persona with empty evidence lists', () => {
    const ws = runValid(addPersona, emptyWorkspace(), { name: ' 新手妈妈 ', role: '首次购买者' });
    expect(ws.personas).toEqual([
      { id: 'n1', name: '新手妈妈', role: '首次购买者', goals: [], needs: [], pains: [], behaviours: [], createdAt: T1, updatedAt: T1 },
    ]);
  });

  it('ignores a blank name, on add and on update', () => {
    const ws = wearableWorkshop();
    expect(addPersona.apply(ws, { name: '  ' }, testContext())).toBe(ws);
    expect(updatePersona.apply(ws, { id: 'p1', patch: { name: ' ' } }, testContext())).toBe(ws);
  });

  it('updates text, channels and demographics; the same values are no change', () => {
    let ws = runValid(updatePersona, wearableWorkshop(), {
      id: 'p1',
      patch: { scenario: '下班后在健身房', channels: ['app'], demographics: { age: '28–35', location: '上海' } },
    });
    expect(ws.personas[0]).toMatchObject({ scenario: '下班后在健身房', channels: ['app'], demographics: { age: '28–35', location: '上海' }, updatedAt: T1 });
    expect(updatePersona.apply(ws, { id: 'p1', patch: { channels: ['app'] } }, testContext())).toBe(ws);
  });

  it('sets, replaces and clears the avatar; refuses anything that is not a small image data URL', () => {
    let ws = runValid(setPersonaAvatar, wearableWorkshop(), { id: 'p1', avatar: JPEG });
    expect(ws.personas[0].avatar).toBe(JPEG);
    const before = ws;
    expect(setPersonaAvatar.apply(ws, { id: 'p1', avatar: 'data:text/html;base64,PGI+' }, testContext())).toBe(before);
    expect(setPersonaAvatar.apply(ws, { id: 'p1', avatar: `data:image/png;base64,${'A'.repeat(400_000)}` }, testContext())).toBe(before);
    ws = runValid(setPersonaAvatar, ws, { id: 'p1', avatar: null });
    expect('avatar' in ws.personas[0]).toBe(false);
  });

  it('duplicates right after the original with fresh ids for the persona and its statements', () => {
    const ws = runValid(addPersona, wearableWorkshop(), { name: 'B', id: 'p2' });
    const out = runValid(duplicatePersona, ws, { id: 'p1', name: '健身白领小林（副本）' });
    expect(out.personas.map((p) => p.name)).toEqual(['健身白领小林', '健身白领小林（副本）', 'B']);
    const copy = out.personas[1];
    expect(copy.id).not.toBe('p1');
    expect(copy.goals!.map((g) => g.text)).toEqual(ws.personas[0].goals!.map((g) => g.text));
    expect(copy.goals!.map((g) => g.id)).not.toContain('g1');
  });

  it('removing a persona unlinks it from theses (an approved one returns to draft) and journeys', () => {
    const ws = wearableWorkshop();
    ws.theses[0].review = { status: 'approved' };
    const out = runValid(removePersona, ws, { id: 'p1' });
    expect(out.personas).toEqual([]);
    expect(out.theses[0].personaIds).toEqual([]);
    expect(out.theses[0].review!.status).toBe('draft');
    expect('personaId' in out.journeys[0]).toBe(false);
  });

  it('reorders, clamping the position', () => {
    let ws = runValid(addPersona, wearableWorkshop(), { name: 'B', id: 'p2' });
    ws = runValid(addPersona, ws, { name: 'C', id: 'p3' });
    expect(runValid(movePersona, ws, { id: 'p3', to: 0 }).personas.map((p) => p.id)).toEqual(['p3', 'p1', 'p2']);
    expect(runValid(movePersona, ws, { id: 'p1', to: 99 }).personas.map((p) => p.id)).toEqual(['p2', 'p3', 'p1']);
    expect(movePersona.apply(ws, { id: 'p2', to: 1 }, testContext())).toBe(ws);
  });

  it('adds, edits and removes evidence-tagged statements', () => {
    let ws = runValid(addStatement, wearableWorkshop(), {
      personaId: 'p1',
      list: 'pains',
      text: ' 充电太频繁 ',
      evidence: { kind: 'research', source: 'survey', reference: ' 问卷 Q7 ' },
    });
    expect(ws.personas[0].pains!.at(-1)).toEqual({ id: 'n1', text: '充电太频繁', evidence: { kind: 'research', source: 'survey', reference: '问卷 Q7' } });
    ws = runValid(updateStatement, ws, { personaId: 'p1', list: 'pains', statementId: 'n1', evidence: { kind: 'assumption' } });
    expect(ws.personas[0].pains!.at(-1)!.evidence).toEqual({ kind: 'assumption' });
    expect(updateStatement.apply(ws, { personaId: 'p1', list: 'pains', statementId: 'n1', text: '  ' }, testContext())).toBe(ws);
    ws = runValid(removeStatement, ws, { personaId: 'p1', list: 'pains', statementId: 'n1' });
    expect(ws.personas[0].pains!.map((s) => s.id)).toEqual(['x1']);
  });

  it('adds a statement to a v1 persona that has no lists yet', () => {
    const ws = emptyWorkspace();
    ws.personas.push({ id: 'p', name: 'v1', createdAt: T1, updatedAt: T1 });
    const out = runValid(addStatement, ws, { personaId: 'p', list: 'goals', text: 'x', evidence: { kind: 'assumption' } });
    expect(out.personas[0].goals).toHaveLength(1);
  });
});
