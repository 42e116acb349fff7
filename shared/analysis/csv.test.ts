import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, guessColumn, MAX_CSV_BYTES, parseCsv, scoreCsvColumn, type ParsedCsv } from './csv';

const utf8 = (s: string) => new TextEncoder().encode(s);
function parsed(text: string): ParsedCsv {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.reason);
  return r.csv;
}

describe('decoding survey files', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('推荐\n9')]);
    expect(decodeCsvBytes(withBom)).toEqual({ ok: true, text: '推荐\n9', encoding: 'utf-8' });
    expect(decodeCsvBytes(utf8('推荐\n9'))).toEqual({ ok: true, text: '推荐\n9', encoding: 'utf-8' });
  });

  it('falls back to GB18030 (Excel on Chinese Windows) when the bytes are not UTF-8', () => {
    const gbk = new Uint8Array([0xcd, 0xc6, 0xbc, 0xf6, 0x0a, 0x39]); // 推荐\n9
    expect(decodeCsvBytes(gbk)).toEqual({ ok: true, text: '推荐\n9', encoding: 'gb18030' });
  });

  it('refuses binary files and files over the limit', () => {
    expect(decodeCsvBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual({ ok: false, reason: 'notText' });
    expect(decodeCsvBytes(new Uint8Array(MAX_CSV_BYTES + 1))).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('parsing', () => {
  it('comma separated with Chinese headers, quoted commas, CRLF and a BOM', () => {
    const csv = parsed('\ufeff编号,推荐意愿（0-10）,留言\r\n1,9,"很好, 谢谢"\r\n2,6,\r\n');
    expect(csv.headers).toEqual(['编号', '推荐意愿（0-10）', '留言']);
    expect(csv.delimiter).toBe(',');
    expect(csv.rows).toEqual([
      { row: 2, cells: ['1', '9', '很好, 谢谢'] },
      { row: 3, cells: ['2', '6', ''] },
    ]);
    expect(csv.problems).toEqual([]);
  });

  it('semicolon separated (European Excel)', () => {
    const csv = parsed('id;NPS;comment\n1;10;"a;b"\n2;7;x\n');
    expect(csv.delimiter).toBe(';');
    expect(csv.rows.map((r) => r.cells[1])).toEqual(['10', '7']);
  });

  it('keeps spreadsheet row numbers across blank lines and quoted line breaks', () => {
    const csv = parsed('a,b\n1,"two\nlines"\n\n3,x\n');
    expect(csv.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('reports rows with the wrong number of columns instead of dropping them', () => {
    const csv = parsed('a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    expect(csv.rows.map((r) => r.row)).toEqual([2]);
    expect(csv.problems).toEqual([
      { row: 3, problem: 'columnCount', value: '4,5' },
      { row: 4, problem: 'columnCount', value: '6,7,8,9' },
    ]);
  });

  it('empty and header-only files say so', () => {
    expect(parseCsv('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseCsv('\ufeff \n\n')).toEqual({ ok: false, reason: 'empty' });
    expect(parseCsv('a,b\n')).toEqual({ ok: false, reason: 'noData' });
  });

  it('guesses the answer column from Chinese and English headers', () => {
    const headers = ['编号', '您向朋友推荐我们的可能性（0-10）', '对服务的满意度', '办理业务是否容易', 'Comment'];
    expect(guessColumn(headers, 'nps')).toBe(1);
    expect(guessColumn(headers, 'csat')).toBe(2);
    expect(guessColumn(headers, 'ces')).toBe(3);
    expect(guessColumn(['How likely to recommend?'], 'nps')).toBe(0);
    expect(guessColumn(['推薦意願'], 'nps')).toBe(0);
    expect(guessColumn(['id'], 'nps')).toBe(-1);
  });
});

describe('the e2e survey fixture (UTF-8 with BOM, Chinese headers)', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../e2e/fixtures/member-survey.csv', import.meta.url)));
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) throw new Error('fixture unreadable');
  const csv = parsed(decoded.text);

  it('NPS 25 from 20 responses; the blank, the non-number, the out-of-scale and the short row are reported', () => {
    const column = guessColumn(csv.headers, 'nps');
    expect(csv.headers[column]).toBe('您向朋友或同事推荐我们的可能性有多大？（0-10）');
    const r = scoreCsvColumn(csv, column, 'nps');
    expect(r.score).toBe(25);
    expect(r.responses).toBe(20);
    expect(r.breakdown).toEqual({ promoters: 10, passives: 5, detractors: 5 });
    expect(r.blankRows).toEqual([7]);
    expect(r.malformed.map((m) => [m.row, m.problem, m.value])).toEqual([
      [11, 'notANumber', '十'],
      [16, 'outOfScale', '11'],
      [20, 'columnCount', 'Q2004,2026-03-15,广州天河店,9'],
    ]);
  });

  it('CSAT from the satisfaction column: 16 of 23 answered 4 or 5', () => {
    const r = scoreCsvColumn(csv, guessColumn(csv.headers, 'csat'), 'csat');
    expect(r.responses).toBe(23);
    expect(r.breakdown.satisfied).toBe(16);
    expect(r.score).toBeCloseTo(69.565, 2);
  });
});
