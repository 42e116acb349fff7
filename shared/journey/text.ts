/**
 * Line breaking for card text on a canvas, without the DOM: the caller passes a width function (a
 * cached `measureText` in the renderer, a fixed-width estimate in tests). Chinese, Japanese and Korean
 * break between any two characters; other scripts break at spaces, and a word too long for a line is
 * split. Text beyond `maxLines` is cut with an ellipsis.
 */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
/** Punctuation that must not start a line (kinsoku): it stays with the character before it. */
const NO_START = /[，。、；：！？）》」』】,.;:!?)\]}%]/;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push(word);
    word = '';
  };
  for (const ch of text) {
    if (ch === '\n') {
      flush();
      tokens.push('\n');
    } else if (/\s/.test(ch)) {
      flush();
      tokens.push(' ');
    } else if (NO_START.test(ch)) {
      const last = tokens[tokens.length - 1];
      if (!word && last !== undefined && last !== ' ' && last !== '\n') tokens[tokens.length - 1] = last + ch;
      else word += ch;
    } else if (CJK.test(ch)) {
      flush();
      tokens.push(ch);
    } else {
      word += ch;
    }
  }
  flush();
  return tokens;
}

export interface Wrapped {
  lines: string[];
  truncated: boolean;
}

export function wrapText(text: string, maxWidth: number, width: (s: string) => number, maxLines = Infinity): Wrapped {
  const lines: string[] = [];
  let line = '';
  let lineW = 0;
  const push = () => {
    lines.push(line.replace(/\s+$/, ''));
    line = '';
    lineW = 0;
  };
  const tokens = tokenize(text);
  let i = 0;
  for (; i < tokens.length && lines.length < maxLines; i++) {
    const tok = tokens[i];
    if (tok === '\n') {
      push();
      continue;
    }
    if (tok === ' ' && line === '') continue;
    const w = width(tok);
    if (lineW + w <= maxWidth) {
      line += tok;
      lineW += w;
      continue;
    }
    if (line !== '') push();
    if (lines.length >= maxLines) break;
    if (tok === ' ') continue;
    if (w <= maxWidth) {
      line = tok;
      lineW = w;
      continue;
    }
    // A single word wider than the line: split it by characters.
    for (const ch of tok) {
      const cw = width(ch);
      if (lineW + cw > maxWidth && line !== '') {
        push();
        if (lines.length >= maxLines) break;
      }
      line += ch;
      lineW += cw;
    }
  }
  const rest = i < tokens.length && tokens.slice(i).some((t) => t.trim() !== '');
  if (line !== '' && lines.length < maxLines) push();
  const truncated = rest || lines.length > maxLines;
  if (lines.length > maxLines) lines.length = maxLines;
  if (truncated && lines.length) {
    let last = lines[lines.length - 1];
    while (last && width(last + '…') > maxWidth) last = [...last].slice(0, -1).join('');
    lines[lines.length - 1] = last + '…';
  }
  return { lines, truncated };
}
