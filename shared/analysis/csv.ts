import Papa from 'papaparse';
import type { SurveyMethod } from '../model/schema';
import { scoreAnswers, type Answer, type RowProblem, type SurveyScore } from './surveyScores';

/** Survey exports larger than this are not something a workshop imports by hand. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false; reason: 'tooLarge' | 'notText' };

/**
 * Decodes a CSV file: UTF-8 with or without a byte-order mark; failing that GB18030, which is what
 * Excel on a Chinese Windows writes when "CSV UTF-8" was not chosen. Binary files are refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, reason: 'tooLarge' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'notText' };
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    try {
      return { ok: true, text: stripBom(new TextDecoder('gb18030', { fatal: true }).decode(bytes)), encoding: 'gb18030' };
    } catch {
      return { ok: false, reason: 'notText' };
    }
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface ParsedCsv {
  headers: string[];
  delimiter: ',' | ';' | '\t';
  /** Data rows with their spreadsheet row number (the header is row 1). Blank lines are left out. */
  rows: { row: number; cells: string[] }[];
  /** Rows that cannot be read as a whole: wrong number of columns, broken quotes. */
  problems: RowProblem[];
}

export type ParseCsvResult = { ok: true; csv: ParsedCsv } | { ok: false; reason: 'empty' | 'noData' };

/** Parses CSV text (comma, semicolon or tab separated; quoted fields may span lines). */
export function parseCsv(input: string): ParseCsvResult {
  const text = stripBom(input);
  if (!text.trim()) return { ok: false, reason: 'empty' };
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const all = parsed.data;
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const headerIndex = all.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { ok: false, reason: 'empty' };
  const headers = all[headerIndex].map((h) => h.trim());
  const quoteErrors = new Set(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!));
  const rows: ParsedCsv['rows'] = [];
  const problems: RowProblem[] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    const cells = all[i];
    const row = i + 1;
    if (isBlank(cells)) continue;
    if (quoteErrors.has(i)) problems.push({ row, problem: 'badQuotes', value: '' });
    else if (cells.length !== headers.length) problems.push({ row, problem: 'columnCount', value: cells.join(parsed.meta.delimiter) });
    else rows.push({ row, cells });
  }
  if (rows.length === 0 && problems.length === 0) return { ok: false, reason: 'noData' };
  const delimiter = parsed.meta.delimiter === ';' ? ';' : parsed.meta.delimiter === '\t' ? '\t' : ',';
  return { ok: true, csv: { headers, delimiter, rows, problems } };
}

const COLUMN_HINTS: Record<SurveyMethod, RegExp> = {
  nps: /nps|recommend|推荐|推薦|净推荐|淨推薦/i,
  csat: /csat|satisf|满意|滿意/i,
  ces: /\bces\b|effort|easy|费力|費力|省力|容易|轻松|輕鬆|便利/i,
};

/** The column that most likely holds the answers for this score, or -1. */
export function guessColumn(headers: readonly string[], method: SurveyMethod): number {
  return headers.findIndex((h) => COLUMN_HINTS[method].test(h));
}

/** Scores one column of a parsed CSV; rows that could not be read at all are reported as malformed. */
export function scoreCsvColumn(csv: ParsedCsv, column: number, method: SurveyMethod): SurveyScore {
  const answers: Answer[] = csv.rows.map((r) => ({ row: r.row, value: r.cells[column] ?? '' }));
  return scoreAnswers(method, answers, csv.problems);
}
