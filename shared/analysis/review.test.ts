import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES } from '../model/schema';
import { canDo, changedSinceApproval, nextStatus, type ReviewEvent } from './review';
import type { Thesis } from '../model/schema';

const EVENTS: ReviewEvent[] = ['submit', 'approve', 'requestChanges', 'withdraw', 'edit'];

describe('review state machine', () => {
  it('the full table of allowed transitions', () => {
    const table = Object.fromEntries(
      REVIEW_STATUSES.map((s) => [s, Object.fromEntries(EVENTS.map((e) => [e, nextStatus(s, e)]))]),
    );
    expect(table).toEqual({
      draft: { submit: 'inReview', approve: null, requestChanges: null, withdraw: null, edit: 'draft' },
      inReview: { submit: null, approve: 'approved', requestChanges: 'changesRequested', withdraw: 'draft', edit: 'inReview' },
      approved: { submit: null, approve: null, requestChanges: null, withdraw: null, edit: 'draft' },
      changesRequested: { submit: 'inReview', approve: null, requestChanges: null, withdraw: null, edit: 'changesRequested' },
    });
  });

  it('only a thesis in review can be approved; an approved one goes back to draft when edited', () => {
    expect(canDo('draft', 'approve')).toBe(false);
    expect(canDo('inReview', 'approve')).toBe(true);
    expect(nextStatus('approved', 'edit')).toBe('draft');
  });
});

describe('changedSinceApproval', () => {
  const sig = { memberId: 'm1', name: 'Liu Min', at: '2026-01-01T00:00:00.000Z' };
  const base = {
    id: 't1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'In control',
    personaIds: ['p1'],
    statement: 'insights',
    metrics: [{ id: 'x', name: 'NPS', kind: 'nps', side: 'customer', direction: 'higher', baseline: 22, target: 35 }],
  } as unknown as Thesis;
  const approvedAs = (content: object): Thesis => ({ ...base, review: { status: 'approved', approved: { by: sig, content: content as Thesis } } }) as Thesis;

  it('is false without an approved version', () => expect(changedSinceApproval(base)).toBe(false));
  it('is false right after approval, whatever the key order or empty fields', () => {
    const m = base.metrics![0];
    const reordered = { target: m.target, baseline: m.baseline, direction: m.direction, side: m.side, kind: m.kind, name: m.name, id: m.id, unit: undefined };
    expect(changedSinceApproval(approvedAs({ statement: base.statement, personaIds: ['p1'], title: base.title, metrics: [reordered], goal: '', coAuthorIds: [] }))).toBe(false);
  });
  it('is true when a field or a metric differs', () => {
    expect(changedSinceApproval(approvedAs({ title: base.title, personaIds: ['p1'], statement: 'other', metrics: base.metrics }))).toBe(true);
    expect(changedSinceApproval(approvedAs({ title: base.title, personaIds: ['p1'], statement: 'insights', metrics: [{ ...base.metrics![0], target: 40 }] }))).toBe(true);
    expect(changedSinceApproval(approvedAs({ title: base.title, personaIds: ['p1'], statement: 'insights' }))).toBe(true);
  });
});
