import type { Card, Journey, LaneType } from '../model/journey';

/**
 * Journey map geometry, in map units (1 unit = 1 CSS pixel at 100 %). A pure function of the journey:
 * the canvas draws from it, hit-tests against it, and the PDF report places cards with it, so what
 * the room sees is what gets printed.
 *
 * The grid: a header band of stage names on top, a column of lane labels on the left, then cells.
 * Cards flow inside their cell in the order of `journey.cards`, in as many columns as the stage width
 * allows; a lane grows to fit its fullest cell.
 */
export const LAYOUT = {
  headerHeight: 56,
  laneLabelWidth: 184,
  cellPadding: 12,
  cardGap: 10,
  cardMinWidth: 180,
  cardHeight: 112,
  /** Emotion lanes keep a band on top for the curve; cards, if any, go below it. */
  emotionBand: 168,
  emotionMargin: 26,
} as const;

export const DEFAULT_STAGE_WIDTH = 280;
export const DEFAULT_LANE_HEIGHT = LAYOUT.cardHeight + 2 * LAYOUT.cellPadding;
export const DEFAULT_EMOTION_LANE_HEIGHT = LAYOUT.emotionBand;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface StageBox {
  id: string;
  index: number;
  x: number;
  w: number;
  /** Card columns in this stage's cells and the width of each card. */
  cols: number;
  cardW: number;
}

export interface LaneBox {
  id: string;
  index: number;
  type: LaneType;
  y: number;
  h: number;
  /** Where cards start inside the lane: below the curve band in emotion lanes. */
  contentY: number;
  /** The curve band of an emotion lane (zero height elsewhere). */
  bandY: number;
  bandH: number;
}

export interface CardBox extends Box {
  id: string;
  stageIndex: number;
  laneIndex: number;
  /** Position inside the cell, in `journey.cards` order. */
  slot: number;
}

export type BoundaryLine = 'interaction' | 'visibility' | 'internal';

/** A service-blueprint line drawn across the map at `y`, above the lane it leads into. */
export interface LineLayout {
  y: number;
  kinds: BoundaryLine[];
}

export interface CurvePoint {
  stageId: string;
  stageIndex: number;
  x: number;
  y: number;
  value: number;
}

export interface CurveLayout {
  laneId: string;
  asIs: CurvePoint[];
  toBe: CurvePoint[] | null;
}

export interface JourneyLayout {
  width: number;
  height: number;
  /** Top-left of the first cell. */
  gridX: number;
  gridY: number;
  stages: StageBox[];
  lanes: LaneBox[];
  cards: Map<string, CardBox>;
  /** Card ids per cell, in order: key `stageIndex:laneIndex`. */
  cells: Map<string, string[]>;
  lines: LineLayout[];
  curves: CurveLayout[];
}

export const cellKey = (stageIndex: number, laneIndex: number) => `${stageIndex}:${laneIndex}`;

/** How many card columns fit in a stage, and how wide each card is. */
export function stageColumns(stageWidth: number): { cols: number; cardW: number } {
  const { cellPadding: pad, cardGap: gap, cardMinWidth } = LAYOUT;
  const inner = Math.max(1, stageWidth - 2 * pad);
  const cols = Math.max(1, Math.floor((inner + gap) / (cardMinWidth + gap)));
  return { cols, cardW: (inner - (cols - 1) * gap) / cols };
}

/** Service-blueprint zones: a line is drawn where the map passes from one zone into a deeper one. */
const ZONE: Partial<Record<LaneType, number>> = {
  physicalEvidence: 0,
  customerActions: 0,
  touchpoints: 0,
  thoughts: 0,
  emotions: 0,
  painPoints: 0,
  opportunities: 0,
  momentsOfTruth: 0,
  frontstage: 1,
  backstage: 2,
  supportProcesses: 3,
};
const BOUNDARY: BoundaryLine[] = ['interaction', 'visibility', 'internal'];

/** Maps an emotion score (−2…+2) to a y inside an emotion lane's band, and back. */
export function emotionY(lane: Pick<LaneBox, 'bandY' | 'bandH'>, value: number): number {
  const m = LAYOUT.emotionMargin;
  return lane.bandY + m + ((2 - value) / 4) * (lane.bandH - 2 * m);
}
export function emotionValueAt(lane: Pick<LaneBox, 'bandY' | 'bandH'>, y: number, step = 1): number {
  const m = LAYOUT.emotionMargin;
  const raw = 2 - ((y - lane.bandY - m) / Math.max(1, lane.bandH - 2 * m)) * 4;
  const snapped = Math.round(raw / step) * step;
  return Math.max(-2, Math.min(2, snapped));
}

export function layoutJourney(journey: Pick<Journey, 'stages' | 'lanes' | 'cards'>): JourneyLayout {
  const { headerHeight, laneLabelWidth, cellPadding: pad, cardGap: gap, cardHeight: ch, emotionBand } = LAYOUT;
  const stageIndex = new Map<string, number>();
  const laneIndex = new Map<string, number>();
  let x = laneLabelWidth;
  const stages: StageBox[] = journey.stages.map((s, index) => {
    stageIndex.set(s.id, index);
    const box: StageBox = { id: s.id, index, x, w: s.width, ...stageColumns(s.width) };
    x += s.width;
    return box;
  });
  journey.lanes.forEach((l, i) => laneIndex.set(l.id, i));

  // Cards per cell, in document order.
  const cells = new Map<string, string[]>();
  const placed: { card: Card; si: number; li: number; slot: number }[] = [];
  const rowsNeeded = new Array<number>(journey.lanes.length).fill(0);
  for (const card of journey.cards) {
    const si = stageIndex.get(card.stageId);
    const li = laneIndex.get(card.laneId);
    if (si === undefined || li === undefined) continue;
    const key = cellKey(si, li);
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    const slot = list.length;
    list.push(card.id);
    placed.push({ card, si, li, slot });
    const rows = Math.ceil((slot + 1) / stages[si].cols);
    if (rows > rowsNeeded[li]) rowsNeeded[li] = rows;
  }

  let y = headerHeight;
  const lanes: LaneBox[] = journey.lanes.map((l, index) => {
    const isEmotion = l.type === 'emotions';
    const rows = rowsNeeded[index];
    const cardsH = rows > 0 ? 2 * pad + rows * ch + (rows - 1) * gap : 0;
    const bandH = isEmotion ? (rows > 0 ? emotionBand : Math.max(emotionBand, l.height)) : 0;
    const h = Math.max(l.height, bandH + cardsH);
    const box: LaneBox = { id: l.id, index, type: l.type, y, h, contentY: y + bandH, bandY: y, bandH };
    y += h;
    return box;
  });

  const cards = new Map<string, CardBox>();
  for (const { card, si, li, slot } of placed) {
    const s = stages[si];
    const lane = lanes[li];
    const col = slot % s.cols;
    const row = Math.floor(slot / s.cols);
    cards.set(card.id, {
      id: card.id,
      stageIndex: si,
      laneIndex: li,
      slot,
      x: s.x + pad + col * (s.cardW + gap),
      y: lane.contentY + pad + row * (ch + gap),
      w: s.cardW,
      h: ch,
    });
  }

  const lines: LineLayout[] = [];
  let zone: number | null = null;
  for (const lane of lanes) {
    const z = ZONE[lane.type];
    if (z === undefined) continue;
    if (zone !== null && z > zone) lines.push({ y: lane.y, kinds: BOUNDARY.slice(zone, z) });
    zone = z;
  }

  const curves: CurveLayout[] = [];
  journey.lanes.forEach((l, li) => {
    if (l.type !== 'emotions') return;
    const lane = lanes[li];
    const points = (list: readonly { stageId: string; value: number }[]): CurvePoint[] =>
      list
        .map((p) => ({ p, si: stageIndex.get(p.stageId) }))
        .filter((e): e is { p: { stageId: string; value: number }; si: number } => e.si !== undefined)
        .sort((a, b) => a.si - b.si)
        .map(({ p, si }) => ({
          stageId: p.stageId,
          stageIndex: si,
          x: stages[si].x + stages[si].w / 2,
          y: emotionY(lane, p.value),
          value: p.value,
        }));
    curves.push({ laneId: l.id, asIs: points(l.asIs ?? []), toBe: l.toBe ? points(l.toBe) : null });
  });

  return {
    width: x,
    height: y,
    gridX: laneLabelWidth,
    gridY: headerHeight,
    stages,
    lanes,
    cards,
    cells,
    lines,
    curves,
  };
}

/** The index of the box whose span [start, start+size) contains v, by binary search; -1 outside. */
export function findSpan<T>(list: readonly T[], v: number, start: (t: T) => number, size: (t: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(list[mid]);
    if (v < s) hi = mid - 1;
    else if (v >= s + size(list[mid])) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export const stageAt = (layout: JourneyLayout, x: number) => findSpan(layout.stages, x, (s) => s.x, (s) => s.w);
export const laneAt = (layout: JourneyLayout, y: number) => findSpan(layout.lanes, y, (l) => l.y, (l) => l.h);

/** The card under a map point: found through its cell, without scanning all cards. */
export function cardAt(layout: JourneyLayout, x: number, y: number): string | null {
  const si = stageAt(layout, x);
  const li = laneAt(layout, y);
  if (si < 0 || li < 0) return null;
  const ids = layout.cells.get(cellKey(si, li));
  if (!ids) return null;
  const s = layout.stages[si];
  const lane = layout.lanes[li];
  const { cellPadding: pad, cardGap: gap, cardHeight: ch } = LAYOUT;
  const col = Math.floor((x - s.x - pad) / (s.cardW + gap));
  const row = Math.floor((y - lane.contentY - pad) / (ch + gap));
  if (col < 0 || col >= s.cols || row < 0) return null;
  const id = ids[row * s.cols + col];
  if (!id) return null;
  const b = layout.cards.get(id)!;
  return x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h ? id : null;
}

/**
 * Where a card dropped at (x, y) would go: the cell and the insertion index among that cell's cards
 * (0 … n). Snaps to the nearest slot boundary.
 */
export function dropTarget(
  layout: JourneyLayout,
  x: number,
  y: number,
): { stageIndex: number; laneIndex: number; index: number } | null {
  const si = stageAt(layout, x);
  const li = laneAt(layout, y);
  if (si < 0 || li < 0) return null;
  const s = layout.stages[si];
  const lane = layout.lanes[li];
  const n = layout.cells.get(cellKey(si, li))?.length ?? 0;
  const { cellPadding: pad, cardGap: gap, cardHeight: ch } = LAYOUT;
  let index: number;
  if (s.cols === 1) {
    index = Math.round((y - lane.contentY - pad - ch / 2) / (ch + gap) + 0.5);
  } else {
    const row = Math.max(0, Math.floor((y - lane.contentY - pad + gap / 2) / (ch + gap)));
    const col = Math.max(0, Math.min(s.cols, Math.round((x - s.x - pad) / (s.cardW + gap))));
    index = row * s.cols + col;
  }
  return { stageIndex: si, laneIndex: li, index: Math.max(0, Math.min(n, index)) };
}

/** The box a card at `slot` in a cell occupies (also for slot = n, the next free place). */
export function slotBox(layout: JourneyLayout, stageIndex: number, laneIndex: number, slot: number): Box {
  const s = layout.stages[stageIndex];
  const lane = layout.lanes[laneIndex];
  const { cellPadding: pad, cardGap: gap, cardHeight: ch } = LAYOUT;
  const col = slot % s.cols;
  const row = Math.floor(slot / s.cols);
  return { x: s.x + pad + col * (s.cardW + gap), y: lane.contentY + pad + row * (ch + gap), w: s.cardW, h: ch };
}

export function cellBox(layout: JourneyLayout, stageIndex: number, laneIndex: number): Box {
  const s = layout.stages[stageIndex];
  const l = layout.lanes[laneIndex];
  return { x: s.x, y: l.y, w: s.w, h: l.h };
}

/** Indices [first, last] of the spans overlapping [lo, hi], by binary search; first > last when none. */
export function spanRange<T>(list: readonly T[], lo: number, hi: number, start: (t: T) => number, size: (t: T) => number): [number, number] {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (start(list[m]) + size(list[m]) < lo) a = m + 1;
    else b = m;
  }
  let c = a;
  let d = list.length;
  while (c < d) {
    const m = (c + d) >> 1;
    if (start(list[m]) <= hi) c = m + 1;
    else d = m;
  }
  return [a, c - 1];
}

/** Cards whose boxes intersect a map rectangle (marquee), visiting only the cells it covers. */
export function cardsInRect(layout: JourneyLayout, r: Box): string[] {
  const out: string[] = [];
  const x1 = r.x + r.w;
  const y1 = r.y + r.h;
  const [s0, s1] = spanRange(layout.stages, r.x, x1, (s) => s.x, (s) => s.w);
  const [l0, l1] = spanRange(layout.lanes, r.y, y1, (l) => l.y, (l) => l.h);
  for (let si = s0; si <= s1; si++) {
    for (let li = l0; li <= l1; li++) {
      for (const id of layout.cells.get(cellKey(si, li)) ?? []) {
        const b = layout.cards.get(id)!;
        if (b.x <= x1 && b.x + b.w >= r.x && b.y <= y1 && b.y + b.h >= r.y) out.push(id);
      }
    }
  }
  return out;
}

/** Whether any card's box meets a map rectangle (label placement asks this many times: no allocation). */
export function anyCardInRect(layout: JourneyLayout, r: Box): boolean {
  const x1 = r.x + r.w;
  const y1 = r.y + r.h;
  const [s0, s1] = spanRange(layout.stages, r.x, x1, (s) => s.x, (s) => s.w);
  const [l0, l1] = spanRange(layout.lanes, r.y, y1, (l) => l.y, (l) => l.h);
  for (let si = s0; si <= s1; si++) {
    for (let li = l0; li <= l1; li++) {
      const ids = layout.cells.get(cellKey(si, li));
      if (!ids) continue;
      for (const id of ids) {
        const b = layout.cards.get(id)!;
        if (b.x < x1 && b.x + b.w > r.x && b.y < y1 && b.y + b.h > r.y) return true;
      }
    }
  }
  return false;
}
