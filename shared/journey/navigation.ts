import type { Box } from './layout';

/**
 * Keyboard navigation between cards on the journey map: pure geometry over the laid-out card boxes
 * (map units), so the canvas, tests and anything else agree on where an arrow key goes.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavBox extends Box {
  id: string;
}

const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/**
 * The first card in reading order: the top row (boxes whose tops are within half a card of the
 * highest), then the leftmost of that row. Null when there are no cards.
 */
export function firstCard(boxes: readonly NavBox[]): string | null {
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((b) => b.y));
  const row = boxes.filter((b) => b.y - top < Math.max(1, Math.min(...boxes.map((x) => x.h)) / 2));
  return row.reduce((best, b) => (b.x < best.x || (b.x === best.x && b.y < best.y) ? b : best)).id;
}

/**
 * The nearest card from `fromId` in a direction, or null at the edge. A candidate must lie beyond
 * the current card in that direction (its centre past the current centre by more than a pixel);
 * among those, cards overlapping the current one across the direction of travel (the same lane
 * for left/right, the same stage column for up/down) win, then the smallest distance along the
 * direction plus twice the distance across it.
 */
export function nearestCard(boxes: readonly NavBox[], fromId: string, dir: Direction): string | null {
  const from = boxes.find((b) => b.id === fromId);
  if (!from) return null;
  const c = centre(from);
  const horizontal = dir === 'left' || dir === 'right';
  const sign = dir === 'right' || dir === 'down' ? 1 : -1;
  let best: { id: string; aligned: boolean; score: number } | null = null;
  for (const b of boxes) {
    if (b.id === fromId) continue;
    const d = centre(b);
    const along = (horizontal ? d.x - c.x : d.y - c.y) * sign;
    if (along <= 1) continue;
    const across = Math.abs(horizontal ? d.y - c.y : d.x - c.x);
    const aligned = horizontal ? b.y < from.y + from.h && b.y + b.h > from.y : b.x < from.x + from.w && b.x + b.w > from.x;
    const score = along + 2 * across;
    if (!best || (aligned && !best.aligned) || (aligned === best.aligned && score < best.score)) best = { id: b.id, aligned, score };
  }
  return best?.id ?? null;
}
