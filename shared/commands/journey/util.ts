import type { Card, Connector, Journey, Lane, Workspace } from '../../model/schema';

/**
 * Applies `change` to one journey and stamps it and the workspace. When the journey is missing or
 * `change` returns it unchanged, the workspace comes back as is (the store then records no step).
 */
export function editJourney(ws: Workspace, journeyId: string, now: string, change: (j: Journey) => Journey): Workspace {
  const index = ws.journeys.findIndex((j) => j.id === journeyId);
  if (index < 0) return ws;
  const before = ws.journeys[index];
  const after = change(before);
  if (after === before) return ws;
  const journeys = ws.journeys.slice();
  journeys[index] = { ...after, updatedAt: now };
  return { ...ws, journeys, updatedAt: now };
}

/** Moves the item at `from` to `to` (both indices into the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(out.length, to)), 0, item);
  return out;
}

/** Removes cards and every connector that touches them (plus the connectors listed). */
export function withoutCards(j: Journey, cardIds: ReadonlySet<string>, connectorIds: ReadonlySet<string> = new Set()): Journey {
  if (cardIds.size === 0 && connectorIds.size === 0) return j;
  const cards = j.cards.filter((c) => !cardIds.has(c.id));
  const connectors = j.connectors.filter((c) => !connectorIds.has(c.id) && !cardIds.has(c.from) && !cardIds.has(c.to));
  if (cards.length === j.cards.length && connectors.length === j.connectors.length) return j;
  return { ...j, cards, connectors };
}

/** Drops a key from an object (absent rather than `undefined`, so files stay clean). */
export function omit<T extends object, K extends keyof T>(obj: T, key: K): T {
  if (!(key in obj)) return obj;
  const { [key]: _gone, ...rest } = obj;
  return rest as T;
}

export const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export type { Card, Connector, Journey, Lane };
