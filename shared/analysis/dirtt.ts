import type { Card, Journey, Lane, Thesis, Workspace } from '../model/schema';

/**
 * DIRTT — "Does It Relate To the Thesis?" (Gartner, seed 003). Journeys, touchpoints (cards in a
 * `touchpoints` lane), opportunities (cards in an `opportunities` lane) and decisions are linked to a
 * thesis and to its metrics. This finds what is not linked, and which metrics no touchpoint measures.
 *
 * A card without its own thesis inherits its journey's: a journey linked to a thesis links its cards.
 * A decision relates when the team answered "yes" in the thesis's decision log.
 */
export type DirttKind = 'journey' | 'touchpoint' | 'opportunity' | 'decision';

export interface DirttItem {
  kind: DirttKind;
  /** Stable key for lists. */
  key: string;
  journeyId?: string;
  cardId?: string;
  decisionId?: string;
  /** Journey name, card text, or decision text. */
  label: string;
  /** For cards: the journey name. For decisions: the thesis title. */
  context?: string;
  /** The thesis it relates to (own, or the journey's for cards); undefined when not linked. */
  thesisId?: string;
  inherited: boolean;
  metricIds: string[];
}

export interface UnmeasuredMetric {
  thesisId: string;
  metricId: string;
  name: string;
}

export interface DirttCoverage {
  items: DirttItem[];
  /** Not linked to any thesis (decisions: answered "does not relate"). */
  unlinked: DirttItem[];
  /** Journeys and cards linked to a thesis but to none of its metrics. */
  noMetric: DirttItem[];
  /** Thesis metrics that no touchpoint card measures. */
  unmeasured: UnmeasuredMetric[];
  counts: Record<DirttKind, { total: number; linked: number }>;
}

const cardKind = (lane: Lane | undefined): DirttKind | null =>
  lane?.type === 'touchpoints' ? 'touchpoint' : lane?.type === 'opportunities' ? 'opportunity' : null;

function cardItem(j: Journey, c: Card, kind: DirttKind): DirttItem {
  const own = c.thesisId;
  return {
    kind,
    key: `${kind}:${j.id}:${c.id}`,
    journeyId: j.id,
    cardId: c.id,
    label: c.text,
    context: j.name,
    thesisId: own ?? j.thesisId,
    inherited: own === undefined && j.thesisId !== undefined,
    metricIds: c.metricIds ?? [],
  };
}

function decisionItems(t: Thesis): DirttItem[] {
  return (t.decisions ?? []).map((d) => ({
    kind: 'decision' as const,
    key: `decision:${t.id}:${d.id}`,
    decisionId: d.id,
    label: d.decision,
    context: t.title,
    thesisId: d.relates ? t.id : undefined,
    inherited: false,
    metricIds: d.metricIds ?? [],
  }));
}

export function dirttCoverage(ws: Workspace): DirttCoverage {
  const items: DirttItem[] = [];
  const measured = new Set<string>();
  for (const j of ws.journeys) {
    items.push({
      kind: 'journey',
      key: `journey:${j.id}`,
      journeyId: j.id,
      label: j.name,
      thesisId: j.thesisId,
      inherited: false,
      metricIds: j.metricIds ?? [],
    });
    const lanes = new Map(j.lanes.map((l) => [l.id, l]));
    for (const c of j.cards) {
      const kind = cardKind(lanes.get(c.laneId));
      if (!kind) continue;
      items.push(cardItem(j, c, kind));
      if (kind === 'touchpoint') for (const id of c.metricIds ?? []) measured.add(id);
    }
  }
  for (const t of ws.theses) items.push(...decisionItems(t));

  const counts = { journey: { total: 0, linked: 0 }, touchpoint: { total: 0, linked: 0 }, opportunity: { total: 0, linked: 0 }, decision: { total: 0, linked: 0 } };
  for (const i of items) {
    counts[i.kind].total++;
    if (i.thesisId) counts[i.kind].linked++;
  }
  const unmeasured: UnmeasuredMetric[] = ws.theses.flatMap((t) =>
    (t.metrics ?? []).filter((m) => !measured.has(m.id)).map((m) => ({ thesisId: t.id, metricId: m.id, name: m.name })),
  );
  return {
    items,
    unlinked: items.filter((i) => !i.thesisId),
    noMetric: items.filter((i) => i.kind !== 'decision' && i.thesisId && i.metricIds.length === 0),
    unmeasured,
    counts,
  };
}

/** The metrics a link may name: those of the thesis it is linked to. */
export function metricsOfThesis(ws: Workspace, thesisId: string | undefined) {
  return ws.theses.find((t) => t.id === thesisId)?.metrics ?? [];
}
