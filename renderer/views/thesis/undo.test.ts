// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenResult } from '../../../shared/api/contract';
import { setComputedBaseline, updateMetric } from '../../../shared/commands/metrics';
import { addStatement, duplicatePersona, removePersona, setPersonaAvatar } from '../../../shared/commands/personas';
import { approveThesis, submitThesis } from '../../../shared/commands/review';
import { updateThesis } from '../../../shared/commands/theses';
import { wearableWorkshop } from '../../../shared/commands/thesisTesting';
import { linkCard } from '../../../shared/commands/links';
import { wrapWorkspace } from '../../../shared/format/file';

vi.mock('../../api', () => ({
  api: {
    'doc.save': async () => ({ status: 'saved', ref: 'r1', revision: 'rev1', savedAt: '' }),
    'doc.open': async () => null,
  },
}));

const { useDocument } = await import('../../store/document');
const state = () => useDocument.getState();
const ws = () => state().doc!.workspace;

function opened(): Extract<OpenResult, { ok: true }> {
  return { ok: true, ref: 'r1', fileName: 'r1.touchstone', file: wrapWorkspace(wearableWorkshop()), revision: 'rev0' };
}

beforeEach(() => {
  vi.useFakeTimers();
  state().load(opened());
});

describe('persona and thesis edits through the store: one gesture, one undo step', () => {
  it('deleting a persona (and its thesis links) is undone in one step', () => {
    const before = ws();
    state().run(removePersona, { id: 'p1' });
    expect(ws().personas).toEqual([]);
    expect(ws().theses[0].personaIds).toEqual([]);
    state().undo();
    expect(ws()).toBe(before);
  });

  it('duplicate, avatar and statements are each one step', () => {
    state().run(duplicatePersona, { id: 'p1', name: 'copy' });
    state().run(setPersonaAvatar, { id: 'p1', avatar: 'data:image/jpeg;base64,/9j/4AAQ' });
    state().run(addStatement, { personaId: 'p1', list: 'goals', text: 'x', evidence: { kind: 'assumption' } });
    expect(state().history.past).toHaveLength(3);
    state().undo();
    expect(ws().personas[0].goals).toHaveLength(2);
    state().undo();
    expect(ws().personas[0].avatar).toBeUndefined();
    state().undo();
    expect(ws().personas).toHaveLength(1);
  });

  it('typing into a thesis field merges into one step, and undo restores an approved thesis', () => {
    state().run(submitThesis, { id: 't1' });
    state().run(approveThesis, { id: 't1', memberId: 'mCmo' });
    const approved = ws();
    for (const feeling of ['放', '放心', '放心。']) {
      state().run(updateThesis, { id: 't1', patch: { feeling } }, { mergeKey: 'thesis:t1:feeling' });
    }
    expect(ws().theses[0].review!.status).toBe('draft');
    expect(ws().theses[0].review!.approved!.content.feeling).toBe('安心、有掌控感');
    state().undo();
    expect(ws()).toBe(approved);
    expect(ws().theses[0].review!.status).toBe('approved');
    state().redo();
    expect(ws().theses[0].feeling).toBe('放心。');
  });

  it('a computed baseline and a link to a touchpoint are undoable steps', () => {
    state().run(setComputedBaseline, {
      thesisId: 't1',
      metricId: 'mNps',
      score: 25,
      computed: { method: 'nps', fileName: 'f.csv', column: 'c', responses: 20, malformedRows: 3, blankAnswers: 1 },
    });
    state().run(linkCard, { journeyId: 'j1', cardId: 'c1', thesisId: 't1', metricIds: ['mNps'] });
    state().run(updateMetric, { thesisId: 't1', metricId: 'mNps', patch: { target: 45 } });
    state().undo();
    state().undo();
    expect(ws().journeys[0].cards[0].metricIds).toBeUndefined();
    expect(ws().theses[0].metrics![0].baseline).toBe(25);
    state().undo();
    expect(ws().theses[0].metrics![0].baseline).toBe(12);
  });
});
