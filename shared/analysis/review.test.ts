import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES } from '../model/schema';
import { canDo, nextStatus, type ReviewEvent } from './review';

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
