import type { Card, Journey, Workspace } from '../model/schema';
import { defineCommand } from './command';

/**
 * DIRTT links from journeys and from touchpoint/opportunity cards to a thesis and its metrics.
 * A card without its own thesis inherits its journey's. Metric ids are kept only when they belong to
 * the thesis the item ends up linked to.
 */
function metricIdsOf(ws: Workspace, thesisId: string | undefined): Set<string> {
  return new Set((ws.theses.find((t) => t.id === thesisId)?.metrics ?? []).map((m) => m.id));
}

function withLink<T extends { thesisId?: string; metricIds?: string[] }>(x: T, thesisId: string | undefined, metricIds: string[]): T {
  const { thesisId: _t, metricIds: _m, ...rest } = x;
  return { ...rest, ...(thesisId ? { thesisId } : {}), ...(metricIds.length ? { metricIds } : {}) } as T;
}

const sameLink = (a: { thesisId?: string; metricIds?: string[] }, b: { thesisId?: string; metricIds?: string[] }) =>
  a.thesisId === b.thesisId && JSON.stringify(a.metricIds ?? []) === JSON.stringify(b.metricIds ?? []);

/** `thesisId: null` unlinks; `metricIds` omitted keeps the current ones that still fit. */
export const linkJourney = defineCommand<{ journeyId: string; thesisId: string | null; metricIds?: string[] }>(
  'links.journey',
  (ws, { journeyId, thesisId, metricIds }, { now }) => {
    const j = ws.journeys.find((x) => x.id === journeyId);
    if (!j) return ws;
    if (thesisId !== null && !ws.theses.some((t) => t.id === thesisId)) return ws;
    const tid = thesisId ?? undefined;
    const allowed = metricIdsOf(ws, tid);
    const next = withLink(j, tid, [...new Set(metricIds ?? j.metricIds ?? [])].filter((m) => allowed.has(m)));
    if (sameLink(next, j)) return ws;
    // Cards that inherited the journey's thesis keep only metrics of the new one.
    const cards = j.cards.map((c) => {
      if (c.thesisId !== undefined || !c.metricIds?.length) return c;
      return withLink<Card>(c, undefined, c.metricIds.filter((m) => allowed.has(m)));
    });
    const journey: Journey = { ...next, cards, updatedAt: now };
    return { ...ws, journeys: ws.journeys.map((x) => (x.id === journeyId ? journey : x)), updatedAt: now };
  },
);

/** `thesisId: null` removes the card's own link (it then inherits its journey's thesis, if any). */
export const linkCard = defineCommand<{ journeyId: string; cardId: string; thesisId: string | null; metricIds?: string[] }>(
  'links.card',
  (ws, { journeyId, cardId, thesisId, metricIds }, { now }) => {
    const j = ws.journeys.find((x) => x.id === journeyId);
    const c = j?.cards.find((x) => x.id === cardId);
    if (!j || !c) return ws;
    if (thesisId !== null && !ws.theses.some((t) => t.id === thesisId)) return ws;
    const own = thesisId ?? undefined;
    const allowed = metricIdsOf(ws, own ?? j.thesisId);
    const next = withLink(c, own, [...new Set(metricIds ?? c.metricIds ?? [])].filter((m) => allowed.has(m)));
    if (sameLink(next, c)) return ws;
    const journey: Journey = { ...j, cards: j.cards.map((x) => (x.id === cardId ? next : x)), updatedAt: now };
    return { ...ws, journeys: ws.journeys.map((x) => (x.id === journeyId ? journey : x)), updatedAt: now };
  },
);
