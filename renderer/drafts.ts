/**
 * Text being typed that has not reached the document yet (a field between keystrokes, the canvas's
 * inline editor). Before the page unloads, every pending draft is committed so autosave can take it.
 */
const pending = new Set<() => void>();

/** Registers `commit` as pending until the returned function is called. */
export function holdDraft(commit: () => void): () => void {
  pending.add(commit);
  return () => pending.delete(commit);
}

export function commitPendingDrafts(): void {
  for (const commit of [...pending]) commit();
}
