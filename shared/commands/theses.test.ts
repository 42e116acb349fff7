import { describe, expect, it } from 'vitest';
import { addThesis, removeThesis, setCoAuthors, setThesisPersonas, updateThesis } from './theses';
import { runValid, testContext, T1 } from './testing';
import { wearableWorkshop } from './thesisTesting';

describe('thesis commands', () => {
  it('adds a draft thesis linked to known personas only', () => {
    const ws = runValid(addThesis, wearableWorkshop(), { title: ' 省心售后 ', personaIds: ['p1', 'ghost'] });
    expect(ws.theses[1]).toMatchObject({ id: 'n1', title: '省心售后', personaIds: ['p1'], review: { status: 'draft' }, metrics: [] });
  });

  it('edits text fields; a blank title is ignored; unchanged values are no change', () => {
    const ws = wearableWorkshop();
    const out = runValid(updateThesis, ws, { id: 't1', patch: { feeling: '放心', title: '  ' } });
    expect(out.theses[0]).toMatchObject({ feeling: '放心', title: '掌握健康', updatedAt: T1 });
    expect(updateThesis.apply(ws, { id: 't1', patch: { statement: '' } }, testContext())).toBe(ws);
  });

  it('editing an approved thesis returns it to draft and keeps the approved version', () => {
    const ws = wearableWorkshop();
    const approved = { by: { memberId: 'mCmo', name: '刘敏', at: T1 }, content: { title: '掌握健康', personaIds: ['p1'], statement: 'v1' } };
    ws.theses[0].review = { status: 'approved', approved };
    const out = runValid(updateThesis, ws, { id: 't1', patch: { statement: 'v2' } });
    expect(out.theses[0].review).toEqual({ status: 'draft', approved });
    // The same value again is not an edit: still approved.
    expect(updateThesis.apply(ws, { id: 't1', patch: { goal: ws.theses[0].goal } }, testContext())).toBe(ws);
  });

  it('editing during review keeps the review going', () => {
    const ws = wearableWorkshop();
    ws.theses[0].review = { status: 'inReview' };
    expect(runValid(updateThesis, ws, { id: 't1', patch: { goal: '新目标' } }).theses[0].review!.status).toBe('inReview');
  });

  it('sets personas and co-authors, dropping unknown ids, co-authors in team order', () => {
    let ws = runValid(setThesisPersonas, wearableWorkshop(), { id: 't1', personaIds: ['p1', 'p1', 'x'] });
    expect(ws.theses[0].personaIds).toEqual(['p1']);
    ws = runValid(setCoAuthors, ws, { id: 't1', memberIds: ['mPmo', 'ghost', 'mUx'] });
    expect(ws.theses[0].coAuthorIds).toEqual(['mUx', 'mPmo']);
  });

  it('removing a thesis removes links to it and to its metrics from journeys and cards', () => {
    const ws = wearableWorkshop();
    ws.journeys[0] = {
      ...ws.journeys[0],
      thesisId: 't1',
      metricIds: ['mNps'],
      cards: ws.journeys[0].cards.map((c) => (c.id === 'c1' ? { ...c, thesisId: 't1', metricIds: ['mNps'] } : c)),
    };
    const out = runValid(removeThesis, ws, { id: 't1' });
    expect(out.theses).toEqual([]);
    expect(out.journeys[0]).not.toHaveProperty('thesisId');
    expect(out.journeys[0]).not.toHaveProperty('metricIds');
    expect(out.journeys[0].cards[0]).toEqual({ id: 'c1', stageId: 's1', laneId: 'lT', text: 'App 配对向导', channel: 'app' });
  });
});
