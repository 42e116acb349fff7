import { describe, expect, it } from 'vitest';
import { addMetric, moveMetric, removeMetric, setComputedBaseline, updateMetric } from './metrics';
import { runValid, testContext, T1 } from './testing';
import { wearableWorkshop } from './thesisTesting';

const computed = { method: 'nps' as const, fileName: 'survey.csv', column: '推荐意愿', responses: 20, malformedRows: 3, blankAnswers: 1 };

describe('metric commands', () => {
  it('adds a metric with the defaults of its kind', () => {
    const ws = runValid(addMetric, wearableWorkshop(), { thesisId: 't1', kind: 'churn' });
    expect(ws.theses[0].metrics!.at(-1)).toEqual({ id: 'n1', name: '', kind: 'churn', side: 'business', direction: 'lower', unit: '%' });
  });

  it('updates fields; null clears an optional one; a new kind brings its direction and unit', () => {
    let ws = runValid(updateMetric, wearableWorkshop(), { thesisId: 't1', metricId: 'mNps', patch: { target: 35, timeFrame: '12 个月', ownerId: 'mCs' } });
    expect(ws.theses[0].metrics![0]).toMatchObject({ target: 35, timeFrame: '12 个月', ownerId: 'mCs' });
    ws = runValid(updateMetric, ws, { thesisId: 't1', metricId: 'mNps', patch: { ownerId: null, kind: 'ces' } });
    expect(ws.theses[0].metrics![0]).not.toHaveProperty('ownerId');
    expect(ws.theses[0].metrics![0]).toMatchObject({ kind: 'ces', direction: 'higher', unit: '/7' });
  });

  it('a computed baseline records where it came from; typing a baseline by hand drops that record', () => {
    let ws = runValid(setComputedBaseline, wearableWorkshop(), { thesisId: 't1', metricId: 'mNps', score: 25, computed });
    expect(ws.theses[0].metrics![0]).toMatchObject({ baseline: 25, computed: { ...computed, computedAt: T1 } });
    ws = runValid(updateMetric, ws, { thesisId: 't1', metricId: 'mNps', patch: { target: 40 } });
    expect(ws.theses[0].metrics![0].computed).toBeDefined();
    ws = runValid(updateMetric, ws, { thesisId: 't1', metricId: 'mNps', patch: { baseline: 20 } });
    expect(ws.theses[0].metrics![0]).not.toHaveProperty('computed');
  });

  it('changing a metric of an approved thesis returns it to draft', () => {
    const ws = wearableWorkshop();
    ws.theses[0].review = { status: 'approved' };
    expect(runValid(updateMetric, ws, { thesisId: 't1', metricId: 'mNps', patch: { target: 31 } }).theses[0].review!.status).toBe('draft');
    expect(runValid(addMetric, ws, { thesisId: 't1', kind: 'nps' }).theses[0].review!.status).toBe('draft');
  });

  it('moves metrics within bounds', () => {
    const ws = runValid(moveMetric, wearableWorkshop(), { thesisId: 't1', metricId: 'mChurn', by: -1 });
    expect(ws.theses[0].metrics!.map((m) => m.id)).toEqual(['mChurn', 'mNps']);
    expect(moveMetric.apply(ws, { thesisId: 't1', metricId: 'mChurn', by: -1 }, testContext())).toBe(ws);
  });

  it('removing a metric removes every reference to it', () => {
    const ws = wearableWorkshop();
    ws.journeys[0].metricIds = ['mNps', 'mChurn'];
    ws.journeys[0].cards[0] = { ...ws.journeys[0].cards[0], metricIds: ['mNps'] };
    ws.theses[0].comments = [{ id: 'k1', field: 'metrics', metricId: 'mNps', text: '基线太低？', at: T1 }];
    ws.theses[0].decisions = [{ id: 'd1', date: '2026-03-01', decision: 'x', relates: true, rationale: '', metricIds: ['mNps'] }];
    const out = runValid(removeMetric, ws, { thesisId: 't1', metricId: 'mNps' });
    expect(out.theses[0].metrics!.map((m) => m.id)).toEqual(['mChurn']);
    expect(out.journeys[0].metricIds).toEqual(['mChurn']);
    expect(out.journeys[0].cards[0]).not.toHaveProperty('metricIds');
    expect(out.theses[0].comments![0]).toEqual({ id: 'k1', field: 'metrics', text: '基线太低？', at: T1 });
    expect(out.theses[0].decisions![0].metricIds).toEqual([]);
  });
});
