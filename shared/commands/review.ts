import { nextStatus, statusOf, type ReviewEvent } from '../analysis/review';
import { CONTENT_KEYS, type CommentField, type ReviewComment, type Signature, type Thesis, type ThesisContent, type Workspace } from '../model/schema';
import { defineCommand } from './command';
import { mapThesis } from './theses';

function signature(ws: Workspace, memberId: string | undefined, now: string): Signature | null {
  const m = ws.members.find((x) => x.id === memberId);
  return m ? { memberId: m.id, name: m.name, at: now } : null;
}

function contentOf(t: Thesis): ThesisContent {
  const content: Record<string, unknown> = {};
  for (const k of CONTENT_KEYS) if (t[k] !== undefined) content[k] = structuredClone(t[k]);
  return content as ThesisContent;
}

/** One review step; not allowed in the current status (or without a known member where one is needed) = no change. */
function step(event: ReviewEvent, needsMember: boolean) {
  return (ws: Workspace, { id, memberId }: { id: string; memberId?: string }, now: string) =>
    mapThesis(ws, id, now, (t) => {
      const to = nextStatus(statusOf(t), event);
      const who = signature(ws, memberId, now);
      if (!to || (needsMember && !who)) return t;
      const review = { ...t.review, status: to };
      if (event === 'submit' && who) review.submitted = who;
      if (event === 'approve' && who) {
        review.decided = who;
        review.approved = { by: who, content: contentOf(t) };
      }
      if (event === 'requestChanges' && who) review.decided = who;
      return { ...t, review, updatedAt: now };
    });
}

export const submitThesis = defineCommand<{ id: string; memberId?: string }>('review.submit', (ws, a, { now }) => step('submit', false)(ws, a, now));
export const withdrawThesis = defineCommand<{ id: string }>('review.withdraw', (ws, a, { now }) => step('withdraw', false)(ws, a, now));
/** Approval records who (a team member) and when, and keeps the approved content. */
export const approveThesis = defineCommand<{ id: string; memberId: string }>('review.approve', (ws, a, { now }) => step('approve', true)(ws, a, now));
export const requestChanges = defineCommand<{ id: string; memberId: string }>('review.requestChanges', (ws, a, { now }) =>
  step('requestChanges', true)(ws, a, now),
);

/** A reviewer's comment on one field of the thesis (or one metric), in any status. */
export const addComment = defineCommand<{ thesisId: string; field: CommentField; metricId?: string; text: string; memberId?: string; id?: string }>(
  'review.comment',
  (ws, { thesisId, field, metricId, text, memberId, id }, { now, newId }) => {
    const clean = text.trim();
    if (!clean) return ws;
    return mapThesis(ws, thesisId, now, (t) => {
      if (metricId !== undefined && !t.metrics?.some((m) => m.id === metricId)) return t;
      const author = signature(ws, memberId, now);
      const comment: ReviewComment = {
        id: id ?? newId(),
        field: metricId !== undefined ? 'metrics' : field,
        ...(metricId !== undefined ? { metricId } : {}),
        text: clean,
        ...(author ? { author } : {}),
        at: now,
      };
      return { ...t, comments: [...(t.comments ?? []), comment], updatedAt: now };
    });
  },
);

export const setCommentResolved = defineCommand<{ thesisId: string; commentId: string; resolved: boolean }>(
  'review.resolveComment',
  (ws, { thesisId, commentId, resolved }, { now }) =>
    mapThesis(ws, thesisId, now, (t) => {
      const c = t.comments?.find((x) => x.id === commentId);
      if (!c || !!c.resolved === resolved) return t;
      return { ...t, comments: t.comments!.map((x) => (x.id === commentId ? { ...x, resolved } : x)), updatedAt: now };
    }),
);
