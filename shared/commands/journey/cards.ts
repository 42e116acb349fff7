import { CardType, Channel, SCORE_MAX, SCORE_MIN, type Card, type Workspace } from '../../model/schema';
import { defineCommand } from '../command';
import { clamp, editJourney, omit, withoutCards } from './util';

/** Fields the properties panel and inline editor change; `null` clears an optional field. */
export interface CardPatch {
  text?: string;
  type?: CardType | null;
  channel?: Channel | null;
  ownerId?: string | null;
  momentOfTruth?: boolean;
  expected?: number | null;
  actual?: number | null;
  color?: string | null;
  thesisId?: string | null;
  metricIds?: string[] | null;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;
const validScore = (v: number) => Number.isInteger(v) && v >= SCORE_MIN && v <= SCORE_MAX;

/** Drops what would break the file: unknown owners or theses, out-of-range scores, bad colours. */
function cleanPatch(ws: Workspace, patch: CardPatch): CardPatch | null {
  if (patch.ownerId && !ws.members.some((m) => m.id === patch.ownerId)) return null;
  if (patch.thesisId && !ws.theses.some((t) => t.id === patch.thesisId)) return null;
  if (patch.type && !CardType.safeParse(patch.type).success) return null;
  if (patch.channel && !Channel.safeParse(patch.channel).success) return null;
  for (const key of ['expected', 'actual'] as const) {
    const v = patch[key];
    if (v !== undefined && v !== null && !validScore(v)) return null;
  }
  if (patch.color && !COLOR.test(patch.color)) return null;
  if (patch.metricIds?.length) {
    const known = new Set(ws.theses.flatMap((t) => (t.metrics ?? []).map((m) => m.id)));
    if (patch.metricIds.some((id) => !known.has(id))) return null;
  }
  if (patch.text !== undefined && patch.text.length > 5000) return null;
  return patch;
}

function applyPatch(card: Card, patch: CardPatch): Card {
  let out = card;
  for (const [key, value] of Object.entries(patch) as [keyof CardPatch, unknown][]) {
    if (value === undefined) continue;
    if (key === 'momentOfTruth') {
      if (value === !!out.momentOfTruth) continue;
      out = value ? { ...out, momentOfTruth: true } : omit(out, 'momentOfTruth');
    } else if (key === 'metricIds') {
      const ids = value as string[] | null;
      if (ids === null || ids.length === 0) out = omit(out, 'metricIds');
      else if (JSON.stringify(ids) !== JSON.stringify(out.metricIds)) out = { ...out, metricIds: [...new Set(ids)] };
    } else if (value === null) {
      out = omit(out, key);
    } else if (out[key] !== value) {
      out = { ...out, [key]: value };
    }
  }
  // A card's metrics belong to its thesis: clearing the thesis clears them.
  if (patch.thesisId === null && out.metricIds) out = omit(out, 'metricIds');
  return out;
}

export const addCard = defineCommand<
  { journeyId: string; stageId: string; laneId: string; text: string; beforeId?: string | null; id?: string } & Omit<
    CardPatch,
    'text'
  >
>('cards.add', (ws, { journeyId, stageId, laneId, text, beforeId, id, ...fields }, { now, newId }) => {
  const patch = cleanPatch(ws, { ...fields, text });
  if (!patch) return ws;
  return editJourney(ws, journeyId, now, (j) => {
    if (!j.stages.some((s) => s.id === stageId) || !j.lanes.some((l) => l.id === laneId)) return j;
    const card = applyPatch({ id: id ?? newId(), stageId, laneId, text: '' }, patch);
    const cards = j.cards.slice();
    const at = beforeId ? cards.findIndex((c) => c.id === beforeId && c.stageId === stageId && c.laneId === laneId) : -1;
    cards.splice(at < 0 ? cards.length : at, 0, card);
    return { ...j, cards };
  });
});

/** One edit to one or many cards (the properties panel with a multi-selection). */
export const updateCards = defineCommand<{ journeyId: string; ids: string[]; patch: CardPatch }>(
  'cards.update',
  (ws, { journeyId, ids, patch }, { now }) => {
    const clean = cleanPatch(ws, patch);
    if (!clean) return ws;
    const wanted = new Set(ids);
    return editJourney(ws, journeyId, now, (j) => {
      let changed = false;
      const cards = j.cards.map((c) => {
        if (!wanted.has(c.id)) return c;
        const next = applyPatch(c, clean);
        if (next !== c) changed = true;
        return next;
      });
      return changed ? { ...j, cards } : j;
    });
  },
);

/**
 * Moves cards to another cell: the anchor card (the one under the pointer) lands in the target cell
 * before `beforeId` (or last); the others keep their offset in stages and lanes from the anchor,
 * clamped to the grid. Cards landing in the anchor's cell stay together in their previous order.
 */
export const moveCards = defineCommand<{
  journeyId: string;
  cardIds: string[];
  stageId: string;
  laneId: string;
  beforeId?: string | null;
  anchorId?: string;
}>('cards.move', (ws, { journeyId, cardIds, stageId, laneId, beforeId, anchorId }, { now }) =>
  editJourney(ws, journeyId, now, (j) => {
    const moving = new Set(cardIds.filter((id) => j.cards.some((c) => c.id === id)));
    const anchor = j.cards.find((c) => c.id === (anchorId ?? cardIds[0]) && moving.has(c.id));
    const st = j.stages.findIndex((s) => s.id === stageId);
    const lt = j.lanes.findIndex((l) => l.id === laneId);
    if (!anchor || st < 0 || lt < 0) return j;
    const stageIdx = new Map(j.stages.map((s, i) => [s.id, i]));
    const laneIdx = new Map(j.lanes.map((l, i) => [l.id, i]));
    const ds = st - stageIdx.get(anchor.stageId)!;
    const dl = lt - laneIdx.get(anchor.laneId)!;

    const moved: Card[] = [];
    const block: Card[] = [];
    const rest: Card[] = [];
    for (const c of j.cards) {
      if (!moving.has(c.id)) {
        rest.push(c);
        continue;
      }
      const s = j.stages[clamp(stageIdx.get(c.stageId)! + ds, 0, j.stages.length - 1)].id;
      const l = j.lanes[clamp(laneIdx.get(c.laneId)! + dl, 0, j.lanes.length - 1)].id;
      const next = s === c.stageId && l === c.laneId ? c : { ...c, stageId: s, laneId: l };
      (s === stageId && l === laneId ? block : moved).push(next);
    }
    // Insert the block before the first card of the target cell at or after `beforeId` that stays put.
    let at = rest.length;
    if (beforeId) {
      const from = j.cards.findIndex((c) => c.id === beforeId);
      for (let i = Math.max(0, from); from >= 0 && i < j.cards.length; i++) {
        const c = j.cards[i];
        if (!moving.has(c.id) && c.stageId === stageId && c.laneId === laneId) {
          at = rest.indexOf(c);
          break;
        }
      }
    }
    const cards = [...rest.slice(0, at), ...block, ...rest.slice(at), ...moved];
    if (cards.every((c, i) => c === j.cards[i])) return j;
    return { ...j, cards };
  }),
);

/** Deletes cards (with every connector touching them) and connectors, as one step. */
export const removeItems = defineCommand<{ journeyId: string; cardIds?: string[]; connectorIds?: string[] }>(
  'cards.remove',
  (ws, { journeyId, cardIds = [], connectorIds = [] }, { now }) =>
    editJourney(ws, journeyId, now, (j) => withoutCards(j, new Set(cardIds), new Set(connectorIds))),
);

/** What copy puts on the clipboard: cards with their cell as indices, and the connectors among them. */
export interface CardClip {
  items: { card: Card; stageIndex: number; laneIndex: number }[];
  connectors: { from: string; to: string; label?: string }[];
}

/**
 * Pastes or duplicates cards with fresh ids (given, so the caller can select them, or generated).
 * Each card goes `offset` stages/lanes from where it was copied, clamped to the grid; right after its
 * original when that sits in the same cell (duplicate), else last in the cell. Connectors among the
 * copied cards are copied too. Links to team members or theses missing here are dropped.
 */
export const insertCards = defineCommand<{
  journeyId: string;
  clip: CardClip;
  offset?: { stages: number; lanes: number };
  ids?: string[];
}>('cards.insert', (ws, { journeyId, clip, offset = { stages: 0, lanes: 0 }, ids = [] }, { now, newId }) =>
  editJourney(ws, journeyId, now, (j) => {
    if (clip.items.length === 0 || j.stages.length === 0 || j.lanes.length === 0) return j;
    const memberIds = new Set(ws.members.map((m) => m.id));
    const thesisIds = new Set(ws.theses.map((t) => t.id));
    const idMap = new Map<string, string>();
    const cards = j.cards.slice();
    clip.items.forEach(({ card, stageIndex, laneIndex }, k) => {
      const stage = j.stages[clamp(stageIndex + offset.stages, 0, j.stages.length - 1)];
      const lane = j.lanes[clamp(laneIndex + offset.lanes, 0, j.lanes.length - 1)];
      const id = ids[k] ?? newId();
      idMap.set(card.id, id);
      let copy: Card = { ...card, id, stageId: stage.id, laneId: lane.id };
      if (copy.ownerId && !memberIds.has(copy.ownerId)) copy = omit(copy, 'ownerId');
      if (copy.thesisId && !thesisIds.has(copy.thesisId)) copy = omit(omit(copy, 'thesisId'), 'metricIds');
      const original = cards.findIndex((c) => c.id === card.id && c.stageId === stage.id && c.laneId === lane.id);
      // After the original and after copies already placed behind it.
      let at = original < 0 ? cards.length : original + 1;
      while (original >= 0 && at < cards.length && [...idMap.values()].includes(cards[at].id)) at++;
      cards.splice(at, 0, copy);
    });
    const connectors = [...j.connectors];
    for (const c of clip.connectors) {
      const from = idMap.get(c.from);
      const to = idMap.get(c.to);
      if (from && to && from !== to) connectors.push({ id: newId(), from, to, ...(c.label ? { label: c.label } : {}) });
    }
    return { ...j, cards, connectors };
  }),
);
