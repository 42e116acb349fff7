import type { ReviewStatus, Thesis } from '../model/schema';

/**
 * The CMO review as a state machine:
 *
 *   draft ──submit──▶ inReview ──approve──▶ approved ──edit──▶ draft (approved version kept)
 *     ▲                 │  └──requestChanges──▶ changesRequested ──submit──▶ inReview
 *     └────withdraw─────┘
 *
 * Comments can be added in any state. Editing in any other state keeps the state: a reviewer
 * sees the changes made in answer to their comments.
 */
export type ReviewEvent = 'submit' | 'approve' | 'requestChanges' | 'withdraw' | 'edit';

const TRANSITIONS: Record<ReviewStatus, Partial<Record<ReviewEvent, ReviewStatus>>> = {
  draft: { submit: 'inReview', edit: 'draft' },
  inReview: { approve: 'approved', requestChanges: 'changesRequested', withdraw: 'draft', edit: 'inReview' },
  changesRequested: { submit: 'inReview', edit: 'changesRequested' },
  approved: { edit: 'draft' },
};

/** The status after `event`, or null when the event is not allowed in `status`. */
export function nextStatus(status: ReviewStatus, event: ReviewEvent): ReviewStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

export function canDo(status: ReviewStatus, event: ReviewEvent): boolean {
  return nextStatus(status, event) !== null;
}

export function statusOf(thesis: Thesis): ReviewStatus {
  return thesis.review?.status ?? 'draft';
}
