/**
 * Undo history of whole-document snapshots. Documents are immutable and share structure, so a
 * snapshot costs little. One user gesture = one entry; consecutive runs with the same merge key
 * (typing into one field) fold into one entry.
 */
export interface History<T> {
  past: T[];
  future: T[];
  lastMergeKey: string | null;
}

export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastMergeKey: null };
}

/** Records `before` as the state to return to, unless this change merges into the previous step. */
export function record<T>(h: History<T>, before: T, mergeKey: string | null = null): History<T> {
  if (mergeKey !== null && mergeKey === h.lastMergeKey && h.past.length > 0) {
    return { ...h, future: [] };
  }
  const past = [...h.past, before];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, future: [], lastMergeKey: mergeKey };
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; doc: T } | null {
  if (h.past.length === 0) return null;
  const doc = h.past[h.past.length - 1];
  return { doc, history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastMergeKey: null } };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; doc: T } | null {
  if (h.future.length === 0) return null;
  const [doc, ...future] = h.future;
  return { doc, history: { past: [...h.past, current], future, lastMergeKey: null } };
}
