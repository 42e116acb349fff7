import type { Card } from '../../../../shared/model/journey';
import { wrapText } from '../../../../shared/journey/text';

/**
 * Text measuring for the canvas: one `measureText` per distinct character and font, then plain
 * arithmetic. Wrapped card text is cached per card object: the model is immutable, so an edited
 * card is a new object and its cache entry simply falls away.
 */
export class TextCache {
  private readonly ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  private readonly widths = new Map<string, Map<string, number>>();
  private wraps = new WeakMap<Card, { w: number; max: number; lines: string[] }>();
  private readonly labelLines = new Map<string, string[]>();

  constructor() {
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(8, 8) : document.createElement('canvas');
    this.ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  }

  /** Forget everything (fonts changed with the language). */
  reset(): void {
    this.widths.clear();
    this.labelLines.clear();
    this.wraps = new WeakMap();
  }

  width(font: string, text: string): number {
    let table = this.widths.get(font);
    if (!table) this.widths.set(font, (table = new Map()));
    let w = 0;
    for (const ch of text) {
      let cw = table.get(ch);
      if (cw === undefined) {
        this.ctx.font = font;
        cw = this.ctx.measureText(ch).width;
        table.set(ch, cw);
      }
      w += cw;
    }
    return w;
  }

  cardLines(card: Card, font: string, maxWidth: number, maxLines: number): string[] {
    const hit = this.wraps.get(card);
    if (hit && hit.w === maxWidth && hit.max === maxLines) return hit.lines;
    const { lines } = wrapText(card.text, maxWidth, (s) => this.width(font, s), maxLines);
    this.wraps.set(card, { w: maxWidth, max: maxLines, lines });
    return lines;
  }

  /** Wrapped lines of any short text (labels), cached by content. */
  lines(text: string, font: string, maxWidth: number, maxLines: number): string[] {
    const key = `${font}|${maxWidth}|${maxLines}|${text}`;
    let hit = this.labelLines.get(key);
    if (!hit) {
      if (this.labelLines.size > 4000) this.labelLines.clear();
      hit = wrapText(text, maxWidth, (s) => this.width(font, s), maxLines).lines;
      this.labelLines.set(key, hit);
    }
    return hit;
  }

  /** Cuts a single line to fit, with an ellipsis (binary search on the length). */
  fit(font: string, text: string, maxWidth: number): string {
    if (this.width(font, text) <= maxWidth) return text;
    const chars = [...text];
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.width(font, chars.slice(0, mid).join('') + '…') <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    return lo > 0 ? chars.slice(0, lo).join('') + '…' : '';
  }
}
