import { describe, expect, it } from 'vitest';
import type { Metric } from '../model/schema';
import { validateMetric } from './metricValidation';

const m = (kind: Metric['kind'], baseline?: number, target?: number, direction: Metric['direction'] = 'higher', name = 'x') =>
  validateMetric({ name, kind, baseline, target, direction });
const codes = (issues: ReturnType<typeof validateMetric>) => issues.map((i) => `${i.field}:${i.code}`);

describe('metric validation by kind', () => {
  it('NPS lives in −100…100', () => {
    expect(m('nps', -100, 100)).toEqual([]);
    expect(codes(m('nps', -101, 20))).toEqual(['baseline:npsRange']);
    expect(codes(m('nps', 10, 120))).toEqual(['target:npsRange']);
  });

  it('percentages (CSAT, retention, churn, conversion) live in 0…100', () => {
    for (const kind of ['csat', 'retention', 'churn', 'conversion'] as const) {
      expect(codes(m(kind, -1, 50))).toEqual(['baseline:percentRange']);
      expect(codes(m(kind, 50, 101))).toEqual(['target:percentRange']);
    }
    expect(m('conversion', 0, 100)).toEqual([]);
  });

  it('CES is on its 1…7 scale', () => {
    expect(m('ces', 1, 7)).toEqual([]);
    expect(codes(m('ces', 0.5, 5))).toEqual(['baseline:cesRange']);
    expect(codes(m('ces', 4, 8))).toEqual(['target:cesRange']);
  });

  it('CLV cannot be negative; custom metrics have no range', () => {
    expect(codes(m('clv', -5, 100))).toEqual(['baseline:negative']);
    expect(m('custom', -1e6, 1e9)).toEqual([]);
  });

  it('the target must lie on the better side of the baseline for the direction', () => {
    expect(m('nps', 10, 30, 'higher')).toEqual([]);
    expect(codes(m('nps', 30, 10, 'higher'))).toEqual(['target:targetNotHigher']);
    expect(codes(m('nps', 30, 30, 'higher'))).toEqual(['target:targetNotHigher']);
    expect(m('churn', 18, 12, 'lower')).toEqual([]);
    expect(codes(m('churn', 12, 18, 'lower'))).toEqual(['target:targetNotLower']);
  });

  it('no direction check while a value is out of range or missing', () => {
    expect(codes(m('nps', 200, 10))).toEqual(['baseline:npsRange']);
    expect(m('nps', undefined, 10)).toEqual([]);
    expect(m('nps', 10, undefined)).toEqual([]);
  });

  it('a metric needs a name', () => {
    expect(codes(m('nps', 1, 2, 'higher', '  '))).toEqual(['name:nameRequired']);
  });
});
