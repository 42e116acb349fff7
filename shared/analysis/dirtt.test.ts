import { describe, expect, it } from 'vitest';
import { wearableWorkshop } from '../commands/thesisTesting';
import type { Workspace } from '../model/schema';
import { dirttCoverage } from './dirtt';

const keys = (items: { key: string }[]) => items.map((i) => i.key);

function linked(): Workspace {
  const ws = wearableWorkshop();
  const j = ws.journeys[0];
  j.thesisId = 't1';
  j.metricIds = ['mNps'];
  j.cards[0] = { ...j.cards[0], metricIds: ['mNps'] }; // inherits the journey's thesis
  ws.theses[0].decisions = [
    { id: 'd1', date: '2026-03-02', decision: '先做 App 配对向导', relates: true, rationale: '直接服务于掌握健康' },
    { id: 'd2', date: '2026-03-03', decision: '做一个 AR 开箱动画', relates: false, rationale: '好看但与主张无关' },
  ];
  return ws;
}

describe('DIRTT coverage', () => {
  it('with nothing linked: the journey, both touchpoints and the opportunity are listed; other lanes are not', () => {
    const c = dirttCoverage(wearableWorkshop());
    expect(keys(c.unlinked)).toEqual(['journey:j1', 'touchpoint:j1:c1', 'touchpoint:j1:c2', 'opportunity:j1:c3']);
    expect(c.noMetric).toEqual([]);
    expect(c.counts).toEqual({
      journey: { total: 1, linked: 0 },
      touchpoint: { total: 2, linked: 0 },
      opportunity: { total: 1, linked: 0 },
      decision: { total: 0, linked: 0 },
    });
  });

  it('every metric is flagged while no touchpoint measures it', () => {
    expect(dirttCoverage(wearableWorkshop()).unmeasured.map((u) => u.metricId)).toEqual(['mNps', 'mChurn']);
  });

  it('cards inherit their journey’s thesis; a “no” in the decision log is not linked', () => {
    const c = dirttCoverage(linked());
    expect(keys(c.unlinked)).toEqual(['decision:t1:d2']);
    const card = c.items.find((i) => i.cardId === 'c1')!;
    expect(card).toMatchObject({ thesisId: 't1', inherited: true, metricIds: ['mNps'] });
    expect(keys(c.noMetric)).toEqual(['touchpoint:j1:c2', 'opportunity:j1:c3']);
    expect(c.counts.decision).toEqual({ total: 2, linked: 1 });
  });

  it('a metric is measured only by a touchpoint card, not by the journey or an opportunity', () => {
    const ws = linked();
    ws.journeys[0].cards[2] = { ...ws.journeys[0].cards[2], metricIds: ['mChurn'] };
    ws.journeys[0].metricIds = ['mChurn'];
    expect(dirttCoverage(ws).unmeasured.map((u) => u.metricId)).toEqual(['mChurn']);
  });

  it('a card’s own thesis wins over its journey’s', () => {
    const ws = wearableWorkshop();
    ws.theses.push({ ...ws.theses[0], id: 't2', title: '省心售后', metrics: [] });
    ws.journeys[0].thesisId = 't1';
    ws.journeys[0].cards[1] = { ...ws.journeys[0].cards[1], thesisId: 't2' };
    const item = dirttCoverage(ws).items.find((i) => i.cardId === 'c2')!;
    expect(item).toMatchObject({ thesisId: 't2', inherited: false });
  });

  it('an empty workspace has nothing to list', () => {
    const ws = { ...wearableWorkshop(), journeys: [], theses: [] };
    expect(dirttCoverage(ws)).toMatchObject({ items: [], unlinked: [], noMetric: [], unmeasured: [] });
  });
});
