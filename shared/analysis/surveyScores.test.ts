import { describe, expect, it } from 'vitest';
import { cesOf, csatOf, npsOf, readAnswer, roundScore, scoreAnswers, type Answer } from './surveyScores';

const answers = (...values: string[]): Answer[] => values.map((value, i) => ({ row: i + 2, value }));

describe('NPS', () => {
  it('worked example: 5 promoters, 2 passives, 3 detractors of 10 → 20', () => {
    const r = npsOf([10, 9, 9, 8, 7, 6, 5, 10, 3, 9]);
    expect(r).toEqual({ score: 20, promoters: 5, passives: 2, detractors: 3 });
  });

  it('boundaries: 9 promotes, 7 and 8 are passive, 6 detracts', () => {
    expect(npsOf([9]).score).toBe(100);
    expect(npsOf([8, 7]).score).toBe(0);
    expect(npsOf([6]).score).toBe(-100);
    expect(npsOf([0]).score).toBe(-100);
  });

  it('all promoters → 100; all detractors → −100; no answers → no score', () => {
    expect(npsOf([9, 10, 10, 9]).score).toBe(100);
    expect(npsOf([0, 3, 6]).score).toBe(-100);
    expect(npsOf([]).score).toBeNull();
  });

  it('a third each way → 0, and rounding keeps one decimal', () => {
    expect(npsOf([10, 8, 0]).score).toBeCloseTo(0);
    expect(roundScore(npsOf([10, 10, 0]).score!)).toBe(33.3);
    expect(roundScore(-33.35)).toBe(-33.3);
  });
});

describe('CSAT and CES', () => {
  it('CSAT is the share of 4s and 5s × 100', () => {
    expect(csatOf([5, 4, 3, 2, 1, 5, 4, 4])).toEqual({ score: 62.5, satisfied: 5 });
    expect(csatOf([5, 5]).score).toBe(100);
    expect(csatOf([1, 2, 3]).score).toBe(0);
    expect(csatOf([]).score).toBeNull();
  });

  it('CES is the mean on the 1–7 scale', () => {
    expect(cesOf([7, 6, 5, 4]).score).toBe(5.5);
    expect(cesOf([1]).score).toBe(1);
    expect(cesOf([]).score).toBeNull();
  });
});

describe('reading answers', () => {
  it('accepts whole numbers on the scale, full-width digits, surrounding spaces and "9.0"', () => {
    expect(readAnswer(' 9 ', 'nps')).toBe(9);
    expect(readAnswer('９', 'nps')).toBe(9);
    expect(readAnswer('１０', 'nps')).toBe(10);
    expect(readAnswer('9.0', 'nps')).toBe(9);
    expect(readAnswer('\u30007\u3000', 'ces')).toBe(7);
  });

  it('says why an answer cannot be used', () => {
    expect(readAnswer('', 'nps')).toBe('blank');
    expect(readAnswer('  ', 'nps')).toBe('blank');
    expect(readAnswer('十', 'nps')).toBe('notANumber');
    expect(readAnswer('N/A', 'nps')).toBe('notANumber');
    expect(readAnswer('7分', 'nps')).toBe('notANumber');
    expect(readAnswer('9.5', 'nps')).toBe('notWhole');
    expect(readAnswer('11', 'nps')).toBe('outOfScale');
    expect(readAnswer('-1', 'nps')).toBe('outOfScale');
    expect(readAnswer('0', 'csat')).toBe('outOfScale');
    expect(readAnswer('6', 'csat')).toBe('outOfScale');
    expect(readAnswer('8', 'ces')).toBe('outOfScale');
    expect(readAnswer('0', 'nps')).toBe(0);
  });
});

describe('scoring a column', () => {
  it('counts valid answers, lists blanks and malformed rows by row number, never drops them silently', () => {
    const r = scoreAnswers('nps', answers('10', '9', '', '十', '3', '11', '8'));
    expect(r.responses).toBe(4);
    expect(r.score).toBe(25); // 2 promoters, 1 passive, 1 detractor
    expect(r.breakdown).toEqual({ promoters: 2, passives: 1, detractors: 1 });
    expect(r.blankRows).toEqual([4]);
    expect(r.malformed).toEqual([
      { row: 5, problem: 'notANumber', value: '十' },
      { row: 7, problem: 'outOfScale', value: '11' },
    ]);
  });

  it('an empty column has no score and no responses', () => {
    const r = scoreAnswers('csat', []);
    expect(r).toMatchObject({ score: null, responses: 0, blankRows: [], malformed: [] });
  });

  it('a column of only non-numeric cells has no score and reports every row', () => {
    const r = scoreAnswers('ces', answers('easy', 'hard', '很容易'));
    expect(r.score).toBeNull();
    expect(r.malformed.map((m) => m.row)).toEqual([2, 3, 4]);
  });

  it('earlier whole-row problems are reported in row order with the answer problems', () => {
    const r = scoreAnswers('csat', answers('5', 'x'), [{ row: 2, problem: 'columnCount', value: 'a,b,c' }]);
    expect(r.malformed.map((m) => [m.row, m.problem])).toEqual([
      [2, 'columnCount'],
      [3, 'notANumber'],
    ]);
  });
});
