import { describe, expect, it } from 'vitest';
import { tokenize, wrapText } from './text';

/** Every character 10 wide, CJK 20 wide: close enough to a real font for line breaking. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 20 : 10), 0);

describe('card text wrapping', () => {
  it('breaks Chinese between any characters and keeps closing punctuation with its character', () => {
    expect(tokenize('首次绑定，失败。')).toEqual(['首', '次', '绑', '定，', '失', '败。']);
    expect(wrapText('首次绑定手环时蓝牙配对失败', 100, width).lines).toEqual(['首次绑定手', '环时蓝牙配', '对失败']);
  });

  it('breaks Latin text at spaces and splits words longer than a line', () => {
    expect(wrapText('Books an in-store fitting', 90, width).lines).toEqual(['Books an', 'in-store', 'fitting']);
    expect(wrapText('abcdefghijkl', 50, width).lines).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('mixes scripts and honours new lines', () => {
    expect(wrapText('客服 hotline 等待\n5 min', 120, width).lines).toEqual(['客服 hotline', '等待', '5 min']);
  });

  it('cuts after the last line with an ellipsis', () => {
    const w = wrapText('一二三四五六七八九十', 60, width, 2);
    expect(w.truncated).toBe(true);
    expect(w.lines).toEqual(['一二三', '四五…']);
    expect(wrapText('short', 100, width, 2)).toEqual({ lines: ['short'], truncated: false });
  });

  it('handles empty text', () => {
    expect(wrapText('', 100, width, 3)).toEqual({ lines: [], truncated: false });
  });
});
