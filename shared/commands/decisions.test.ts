import { describe, expect, it } from 'vitest';
import { addDecision, removeDecision, updateDecision } from './decisions';
import { runValid, testContext } from './testing';
import { wearableWorkshop } from './thesisTesting';

describe('decision log commands', () => {
  it('logs a decision with date, whether it relates, rationale and metrics of this thesis only', () => {
    const ws = runValid(addDecision, wearableWorkshop(), {
      thesisId: 't1',
      date: '2026-03-02',
      decision: ' 先做 App 配对向导 ',
      relates: true,
      rationale: '直接服务于“掌握健康”',
      metricIds: ['mNps', 'elsewhere'],
    });
    expect(ws.theses[0].decisions).toEqual([
      { id: 'n1', date: '2026-03-02', decision: '先做 App 配对向导', relates: true, rationale: '直接服务于“掌握健康”', metricIds: ['mNps'] },
    ]);
  });

  it('refuses a blank decision or a malformed date', () => {
    const ws = wearableWorkshop();
    const base = { thesisId: 't1', relates: false, rationale: '' };
    expect(addDecision.apply(ws, { ...base, date: '2026-03-02', decision: ' ' }, testContext())).toBe(ws);
    expect(addDecision.apply(ws, { ...base, date: '2/3/2026', decision: 'x' }, testContext())).toBe(ws);
  });

  it('updates and removes', () => {
    let ws = runValid(addDecision, wearableWorkshop(), { thesisId: 't1', date: '2026-03-03', decision: 'AR 开箱动画', relates: true, rationale: '', id: 'd1' });
    ws = runValid(updateDecision, ws, { thesisId: 't1', decisionId: 'd1', patch: { relates: false, rationale: '好看但与主张无关' } });
    expect(ws.theses[0].decisions![0]).toMatchObject({ relates: false, rationale: '好看但与主张无关' });
    expect(updateDecision.apply(ws, { thesisId: 't1', decisionId: 'd1', patch: { relates: false } }, testContext())).toBe(ws);
    ws = runValid(removeDecision, ws, { thesisId: 't1', decisionId: 'd1' });
    expect(ws.theses[0].decisions).toEqual([]);
  });

  it('the decision log is not thesis content: an approved thesis stays approved', () => {
    const ws = wearableWorkshop();
    ws.theses[0].review = { status: 'approved' };
    const out = runValid(addDecision, ws, { thesisId: 't1', date: '2026-03-02', decision: 'x', relates: true, rationale: '' });
    expect(out.theses[0].review!.status).toBe('approved');
  });
});
