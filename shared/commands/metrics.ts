import { METRIC_DEFAULTS } from '../analysis/metricValidation';
import type { ComputedBaseline, Metric, MetricKind } from '../model/schema';
import { defineCommand } from './command';
import { editThesisContent, mapThesis, unlinkFromJourneys } from './theses';

/** Optional fields take `null` to clear them; `undefined` leaves them as they are. */
export interface MetricPatch {
  name?: string;
  kind?: MetricKind;
  side?: Metric['side'];
  direction?: Metric['direction'];
  baseline?: number | null;
  target?: number | null;
  unit?: string | null;
  timeFrame?: string | null;
  dataSource?: string | null;
  ownerId?: string | null;
}

function patched(m: Metric, patch: MetricPatch): Metric {
  const next: Record<string, unknown> = { ...m };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null || (typeof v === 'number' && !Number.isFinite(v))) delete next[k];
    else next[k] = v;
  }
  // A baseline typed by hand no longer comes from the imported survey.
  if (patch.baseline !== undefined && patch.baseline !== m.baseline) delete next.computed;
  return next as Metric;
}

export const addMetric = defineCommand<{ thesisId: string; kind: MetricKind; name?: string; side?: Metric['side']; id?: string }>(
  'metrics.add',
  (ws, { thesisId, kind, name, side, id }, { now, newId }) =>
    mapThesis(ws, thesisId, now, (t) => {
      const metric: Metric = {
        id: id ?? newId(),
        name: name?.trim() ?? '',
        kind,
        side: side ?? (kind === 'clv' || kind === 'churn' || kind === 'retention' || kind === 'conversion' ? 'business' : 'customer'),
        direction: METRIC_DEFAULTS[kind].direction,
        ...(METRIC_DEFAULTS[kind].unit ? { unit: METRIC_DEFAULTS[kind].unit } : {}),
      };
      return editThesisContent(t, { metrics: [...(t.metrics ?? []), metric] }, now);
    }),
);

/** Changing the kind also sets that kind's direction and unit unless the patch names its own. */
export const updateMetric = defineCommand<{ thesisId: string; metricId: string; patch: MetricPatch }>(
  'metrics.update',
  (ws, { thesisId, metricId, patch }, { now }) =>
    mapThesis(ws, thesisId, now, (t) => {
      const metrics = t.metrics ?? [];
      const old = metrics.find((m) => m.id === metricId);
      if (!old) return t;
      let full = patch;
      if (patch.kind && patch.kind !== old.kind) {
        const d = METRIC_DEFAULTS[patch.kind];
        full = { direction: d.direction, unit: d.unit || null, ...patch };
      }
      const next = patched(old, full);
      return editThesisContent(t, { metrics: metrics.map((m) => (m.id === metricId ? next : m)) }, now);
    }),
);

/** Sets the baseline from a score computed from raw survey answers, recording where it came from. */
export const setComputedBaseline = defineCommand<{
  thesisId: string;
  metricId: string;
  score: number;
  computed: Pick<ComputedBaseline, 'method' | 'fileName' | 'column' | 'responses' | 'malformedRows' | 'blankAnswers'>;
}>('metrics.setComputedBaseline', (ws, { thesisId, metricId, score, computed }, { now }) =>
  mapThesis(ws, thesisId, now, (t) => {
    const metrics = t.metrics ?? [];
    if (!Number.isFinite(score) || !metrics.some((m) => m.id === metricId)) return t;
    return editThesisContent(
      t,
      { metrics: metrics.map((m) => (m.id === metricId ? { ...m, baseline: score, computed: { ...computed, computedAt: now } satisfies ComputedBaseline } : m)) },
      now,
    );
  }),
);

/** Moves a metric up or down in the list. */
export const moveMetric = defineCommand<{ thesisId: string; metricId: string; by: -1 | 1 }>('metrics.move', (ws, { thesisId, metricId, by }, { now }) =>
  mapThesis(ws, thesisId, now, (t) => {
    const metrics = [...(t.metrics ?? [])];
    const i = metrics.findIndex((m) => m.id === metricId);
    const j = i + by;
    if (i < 0 || j < 0 || j >= metrics.length) return t;
    [metrics[i], metrics[j]] = [metrics[j], metrics[i]];
    return editThesisContent(t, { metrics }, now);
  }),
);

/** Removes a metric and every reference to it: journeys, cards, decisions; its comments move to "metrics". */
export const removeMetric = defineCommand<{ thesisId: string; metricId: string }>('metrics.remove', (ws, { thesisId, metricId }, { now }) => {
  const thesis = ws.theses.find((t) => t.id === thesisId);
  if (!thesis?.metrics?.some((m) => m.id === metricId)) return ws;
  const next = mapThesis(ws, thesisId, now, (t) => {
    const edited = editThesisContent(t, { metrics: t.metrics!.filter((m) => m.id !== metricId) }, now);
    return {
      ...edited,
      comments: t.comments?.map((c) => {
        if (c.metricId !== metricId) return c;
        const { metricId: _m, ...rest } = c;
        return { ...rest, field: 'metrics' as const };
      }),
      decisions: t.decisions?.map((d) => (d.metricIds?.includes(metricId) ? { ...d, metricIds: d.metricIds.filter((m) => m !== metricId) } : d)),
    };
  });
  return { ...next, journeys: unlinkFromJourneys(next.journeys, new Set(), new Set([metricId]), now) };
});
