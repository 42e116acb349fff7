import type { Direction, Metric, MetricKind } from '../model/schema';

/** The range each kind of metric lives in; `custom` has none. */
export const METRIC_RANGES: Record<MetricKind, { min?: number; max?: number; rule?: MetricIssueCode }> = {
  nps: { min: -100, max: 100, rule: 'npsRange' },
  csat: { min: 0, max: 100, rule: 'percentRange' },
  ces: { min: 1, max: 7, rule: 'cesRange' },
  retention: { min: 0, max: 100, rule: 'percentRange' },
  churn: { min: 0, max: 100, rule: 'percentRange' },
  conversion: { min: 0, max: 100, rule: 'percentRange' },
  clv: { min: 0, rule: 'negative' },
  custom: {},
};

/** Sensible defaults when a kind is chosen: which way is better and the unit it is read in. */
export const METRIC_DEFAULTS: Record<MetricKind, { direction: Direction; unit: string }> = {
  nps: { direction: 'higher', unit: '' },
  csat: { direction: 'higher', unit: '%' },
  ces: { direction: 'higher', unit: '/7' },
  retention: { direction: 'higher', unit: '%' },
  churn: { direction: 'lower', unit: '%' },
  conversion: { direction: 'higher', unit: '%' },
  clv: { direction: 'higher', unit: '' },
  custom: { direction: 'higher', unit: '' },
};

export type MetricIssueCode = 'nameRequired' | 'npsRange' | 'percentRange' | 'cesRange' | 'negative' | 'targetNotHigher' | 'targetNotLower';

export interface MetricIssue {
  field: 'name' | 'baseline' | 'target';
  code: MetricIssueCode;
}

/** Checks one metric by its kind; each issue has an i18n message `thesis.metricIssue.<code>`. */
export function validateMetric(m: Pick<Metric, 'name' | 'kind' | 'baseline' | 'target' | 'direction'>): MetricIssue[] {
  const issues: MetricIssue[] = [];
  if (!m.name.trim()) issues.push({ field: 'name', code: 'nameRequired' });
  const range = METRIC_RANGES[m.kind];
  const outside = (v: number) => (range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max);
  let rangeOk = true;
  for (const field of ['baseline', 'target'] as const) {
    const v = m[field];
    if (v !== undefined && range.rule && outside(v)) {
      issues.push({ field, code: range.rule });
      rangeOk = false;
    }
  }
  if (rangeOk && m.baseline !== undefined && m.target !== undefined) {
    if (m.direction === 'higher' && !(m.target > m.baseline)) issues.push({ field: 'target', code: 'targetNotHigher' });
    if (m.direction === 'lower' && !(m.target < m.baseline)) issues.push({ field: 'target', code: 'targetNotLower' });
  }
  return issues;
}
