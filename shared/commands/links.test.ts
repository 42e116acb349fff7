import { describe, expect, it } from 'vitest';
import { dirttCoverage } from '../analysis/dirtt';
import { linkCard, linkJourney } from './links';
import { addThesis } from './theses';
import { runValid, testContext } from './testing';
import { wearableWorkshop } from './thesisTesting';

describe('DIRTT link commands', () => {
  it('links a journey to a thesis and its metrics; metrics of other theses are dropped', () => {
    let ws = runValid(addThesis, wearableWorkshop(), { title: '省心售后', id: 't2' });
    ws = runValid(linkJourney, ws, { journeyId: 'j1', thesisId: 't1', metricIds: ['mNps', 'mNps', 'other'] });
    expect(ws.journeys[0]).toMatchObject({ thesisId: 't1', metricIds: ['mNps'] });
    // Moving to another thesis keeps only metrics of that thesis (none here).
    ws = runValid(linkJourney, ws, { journeyId: 'j1', thesisId: 't2' });
    expect(ws.journeys[0].thesisId).toBe('t2');
    expect(ws.journeys[0]).not.toHaveProperty('metricIds');
    ws = runValid(linkJourney, ws, { journeyId: 'j1', thesisId: null });
    expect(ws.journeys[0]).not.toHaveProperty('thesisId');
  });

  it('links a touchpoint card to a metric; the metric is then measured', () => {
    let ws = runValid(linkCard, wearableWorkshop(), { journeyId: 'j1', cardId: 'c1', thesisId: 't1', metricIds: ['mNps'] });
    expect(ws.journeys[0].cards[0]).toMatchObject({ thesisId: 't1', metricIds: ['mNps'] });
    expect(dirttCoverage(ws).unmeasured.map((u) => u.metricId)).toEqual(['mChurn']);
    expect(linkCard.apply(ws, { journeyId: 'j1', cardId: 'c1', thesisId: 't1', metricIds: ['mNps'] }, testContext())).toBe(ws);
  });

  it('a card may name metrics of the thesis it inherits from its journey', () => {
    let ws = runValid(linkJourney, wearableWorkshop(), { journeyId: 'j1', thesisId: 't1' });
    ws = runValid(linkCard, ws, { journeyId: 'j1', cardId: 'c2', thesisId: null, metricIds: ['mChurn'] });
    expect(ws.journeys[0].cards[1]).not.toHaveProperty('thesisId');
    expect(ws.journeys[0].cards[1].metricIds).toEqual(['mChurn']);
    // Unlinking the journey drops the inherited card's metrics too: nothing dangles.
    ws = runValid(linkJourney, ws, { journeyId: 'j1', thesisId: null });
    expect(ws.journeys[0].cards[1]).not.toHaveProperty('metricIds');
  });

  it('unknown journeys, cards or theses change nothing', () => {
    const ws = wearableWorkshop();
    expect(linkJourney.apply(ws, { journeyId: 'nope', thesisId: 't1' }, testContext())).toBe(ws);
    expect(linkCard.apply(ws, { journeyId: 'j1', cardId: 'nope', thesisId: 't1' }, testContext())).toBe(ws);
    expect(linkCard.apply(ws, { journeyId: 'j1', cardId: 'c1', thesisId: 'ghost' }, testContext())).toBe(ws);
  });
});
