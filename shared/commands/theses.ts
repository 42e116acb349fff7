import { nextStatus, statusOf } from '../analysis/review';
import type { Card, Journey, Thesis, ThesisContent, Workspace } from '../model/schema';
import { defineCommand } from './command';

/** Absent, empty text and an empty list mean the same: nothing filled in. */
const blank = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies a change to the approved content of a thesis. Unchanged values leave the thesis as it is;
 * a real change to an approved thesis returns it to draft, keeping the approved version for comparison.
 */
export function editThesisContent(t: Thesis, patch: Partial<ThesisContent>, now: string): Thesis {
  const changed = (Object.keys(patch) as (keyof ThesisContent)[]).filter((k) => patch[k] !== undefined && !same(t[k], patch[k]));
  if (changed.length === 0) return t;
  const next: Thesis = { ...t, updatedAt: now };
  for (const k of changed) (next as Record<string, unknown>)[k] = patch[k];
  const status = statusOf(t);
  const after = nextStatus(status, 'edit') ?? status;
  if (after !== status) next.review = { ...t.review, status: after };
  return next;
}

/** Runs `f` on one thesis; the workspace is returned unchanged when `f` changes nothing. */
export function mapThesis(ws: Workspace, id: string, now: string, f: (t: Thesis) => Thesis): Workspace {
  let changed = false;
  const theses = ws.theses.map((t) => {
    if (t.id !== id) return t;
    const next = f(t);
    if (next !== t) changed = true;
    return next;
  });
  return changed ? { ...ws, theses, updatedAt: now } : ws;
}

export const addThesis = defineCommand<{ title: string; personaIds?: string[]; id?: string }>('theses.add', (ws, args, { now, newId }) => {
  const title = args.title.trim();
  if (!title) return ws;
  const known = new Set(ws.personas.map((p) => p.id));
  const thesis: Thesis = {
    id: args.id ?? newId(),
    title,
    personaIds: (args.personaIds ?? []).filter((id) => known.has(id)),
    statement: '',
    goal: '',
    feeling: '',
    brandRole: '',
    coAuthorIds: [],
    metrics: [],
    review: { status: 'draft' },
    comments: [],
    decisions: [],
    createdAt: now,
    updatedAt: now,
  };
  return { ...ws, theses: [...ws.theses, thesis], updatedAt: now };
});

export type ThesisTextField = 'title' | 'statement' | 'goal' | 'feeling' | 'brandRole';

/** Edits text fields; a blank title is ignored (a thesis always has a title). */
export const updateThesis = defineCommand<{ id: string; patch: Partial<Record<ThesisTextField, string>> }>(
  'theses.update',
  (ws, { id, patch }, { now }) => {
    const clean = { ...patch };
    if (clean.title !== undefined) {
      clean.title = clean.title.trim();
      if (!clean.title) delete clean.title;
    }
    return mapThesis(ws, id, now, (t) => editThesisContent(t, clean, now));
  },
);

export const setThesisPersonas = defineCommand<{ id: string; personaIds: string[] }>('theses.setPersonas', (ws, { id, personaIds }, { now }) => {
  const known = new Set(ws.personas.map((p) => p.id));
  const ids = [...new Set(personaIds)].filter((p) => known.has(p));
  return mapThesis(ws, id, now, (t) => editThesisContent(t, { personaIds: ids }, now));
});

/** Co-authors are team members; unknown ids are dropped. Order follows the team list. */
export const setCoAuthors = defineCommand<{ id: string; memberIds: string[] }>('theses.setCoAuthors', (ws, { id, memberIds }, { now }) => {
  const wanted = new Set(memberIds);
  const ids = ws.members.filter((m) => wanted.has(m.id)).map((m) => m.id);
  return mapThesis(ws, id, now, (t) => editThesisContent(t, { coAuthorIds: ids }, now));
});

/** Drops links to a thesis (and its metrics) from journeys and cards. */
export function unlinkFromJourneys(journeys: Journey[], thesisIds: Set<string>, metricIds: Set<string>, now: string): Journey[] {
  const cleanLink = <T extends { thesisId?: string; metricIds?: string[] }>(x: T): T => {
    const dropThesis = x.thesisId !== undefined && thesisIds.has(x.thesisId);
    const keptMetrics = x.metricIds?.filter((m) => !metricIds.has(m));
    const dropMetrics = x.metricIds !== undefined && keptMetrics!.length !== x.metricIds.length;
    if (!dropThesis && !dropMetrics) return x;
    const { thesisId, metricIds: _m, ...rest } = x;
    return {
      ...rest,
      ...(thesisId !== undefined && !dropThesis ? { thesisId } : {}),
      ...(keptMetrics && keptMetrics.length ? { metricIds: keptMetrics } : {}),
    } as T;
  };
  return journeys.map((j) => {
    const linked = cleanLink(j);
    const cards = j.cards.map((c) => cleanLink<Card>(c));
    const cardsChanged = cards.some((c, i) => c !== j.cards[i]);
    if (linked === j && !cardsChanged) return j;
    return { ...linked, cards: cardsChanged ? cards : j.cards, updatedAt: now };
  });
}

/** Removes a thesis; journeys and cards linked to it or its metrics lose those links. */
export const removeThesis = defineCommand<{ id: string }>('theses.remove', (ws, { id }, { now }) => {
  const thesis = ws.theses.find((t) => t.id === id);
  if (!thesis) return ws;
  const metricIds = new Set((thesis.metrics ?? []).map((m) => m.id));
  return {
    ...ws,
    theses: ws.theses.filter((t) => t.id !== id),
    journeys: unlinkFromJourneys(ws.journeys, new Set([id]), metricIds, now),
    updatedAt: now,
  };
});
