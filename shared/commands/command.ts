import type { Workspace } from '../model/schema';

/** What a command may need from the outside world, passed in so commands stay pure and testable. */
export interface CommandContext {
  now: string;
  newId: () => string;
}

/**
 * A change to the document: a pure function from workspace to workspace. The store runs commands,
 * records one undo step per run (or merges runs that share a `mergeKey`), and saves.
 */
export interface Command<A> {
  name: string;
  apply(ws: Workspace, args: A, ctx: CommandContext): Workspace;
}

export function defineCommand<A>(name: string, apply: Command<A>['apply']): Command<A> {
  return { name, apply };
}

/** Replaces the item with `id` in a list, stamping `updatedAt`; the list is returned as is when absent. */
export function updateById<T extends { id: string; updatedAt: string }>(
  list: readonly T[],
  id: string,
  patch: Partial<T>,
  now: string,
): T[] {
  return list.map((item) => (item.id === id ? { ...item, ...patch, updatedAt: now } : item));
}
