import { CONTENT_KEYS, type ReviewStatus, type Thesis } from '../model/schema';

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

/** JSON with object keys sorted and undefined dropped, so equal content compares equal whatever the key order. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** True when the current content differs from the last approved version (an absent field and an empty one are the same). */
export function changedSinceApproval(t: Thesis): boolean {
  const approved = t.review?.approved?.content;
  if (!approved) return false;
  return CONTENT_KEYS.some((k) => !(blank(approved[k]) && blank(t[k])) && canonical(approved[k]) !== canonical(t[k]));
}
