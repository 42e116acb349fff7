import type { SurveyMethod } from '../model/schema';

/**
 * Survey scores by their standard definitions (DOMAIN.md "CX metrics"):
 * - NPS: answers 0–10 to "how likely are you to recommend…"; % promoters (9–10) − % detractors (0–6),
 *   so −100…+100.
 * - CSAT: answers 1–5; the share of 4s and 5s × 100, so 0…100.
 * - CES: 7-point agreement with "the company made it easy to handle my issue"; the mean, 1…7.
 */
export const SURVEY_SCALES: Record<SurveyMethod, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

export type AnswerProblem = 'notANumber' | 'notWhole' | 'outOfScale' | 'columnCount' | 'badQuotes';

/** One row that could not be used, with its spreadsheet row number (the header is row 1). */
export interface RowProblem {
  row: number;
  problem: AnswerProblem;
  /** The cell as it was in the file (empty for whole-row problems). */
  value: string;
}

export interface Answer {
  row: number;
  value: string;
}

export interface SurveyScore {
  method: SurveyMethod;
  /** null when there is no valid answer. */
  score: number | null;
  /** Valid answers used in the score. */
  responses: number;
  /** Rows with an empty answer (the respondent skipped the question): not counted, listed by row. */
  blankRows: number[];
  malformed: RowProblem[];
  /** NPS: promoters / passives / detractors; CSAT: satisfied (4–5) / others; CES: none. */
  breakdown: { promoters?: number; passives?: number; detractors?: number; satisfied?: number };
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/g;

/** Full-width digits and signs (common in Chinese spreadsheets) read as their ASCII forms. */
export function normaliseNumberText(raw: string): string {
  return raw
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u00A0|\u3000/g, ' ')
    .trim();
}

/** Reads one answer on a scale: a whole number within it, or the reason it is not usable. */
export function readAnswer(raw: string, method: SurveyMethod): number | AnswerProblem | 'blank' {
  const text = normaliseNumberText(raw);
  if (text === '') return 'blank';
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return 'notANumber';
  const n = Number(text);
  if (!Number.isInteger(n)) return 'notWhole';
  const { min, max } = SURVEY_SCALES[method];
  if (n < min || n > max) return 'outOfScale';
  return n;
}

/** Rounds a score for display and storage: one decimal place. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

export function npsOf(values: readonly number[]) {
  const promoters = values.filter((v) => v >= 9).length;
  const detractors = values.filter((v) => v <= 6).length;
  const passives = values.length - promoters - detractors;
  const score = values.length ? ((promoters - detractors) / values.length) * 100 : null;
  return { score, promoters, passives, detractors };
}

export function csatOf(values: readonly number[]) {
  const satisfied = values.filter((v) => v >= 4).length;
  return { score: values.length ? (satisfied / values.length) * 100 : null, satisfied };
}

export function cesOf(values: readonly number[]) {
  return { score: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null };
}

/** Scores a column of answers; rows with problems found earlier (e.g. wrong column count) are passed in. */
export function scoreAnswers(method: SurveyMethod, answers: readonly Answer[], earlier: readonly RowProblem[] = []): SurveyScore {
  const values: number[] = [];
  const blankRows: number[] = [];
  const malformed: RowProblem[] = [...earlier];
  for (const a of answers) {
    const read = readAnswer(a.value, method);
    if (read === 'blank') blankRows.push(a.row);
    else if (typeof read === 'number') values.push(read);
    else malformed.push({ row: a.row, problem: read, value: a.value });
  }
  malformed.sort((a, b) => a.row - b.row);
  let score: number | null;
  let breakdown: SurveyScore['breakdown'];
  if (method === 'nps') {
    const r = npsOf(values);
    score = r.score;
    breakdown = { promoters: r.promoters, passives: r.passives, detractors: r.detractors };
  } else if (method === 'csat') {
    const r = csatOf(values);
    score = r.score;
    breakdown = { satisfied: r.satisfied };
  } else {
    score = cesOf(values).score;
    breakdown = {};
  }
  return { method, score, responses: values.length, blankRows, malformed, breakdown };
}
