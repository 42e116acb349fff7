import type { Card, Channel, Journey, LaneType } from '../../../../shared/model/journey';
import { arrowHead, connectorGeometry, placeLabel, smoothCurve, type ConnectorGeometry, type LabelPlacement } from '../../../../shared/journey/geometry';
import {
  anyCardInRect,
  cellKey,
  spanRange,
  emotionY,
  LAYOUT,
  type BoundaryLine,
  type Box,
  type CardBox,
  type CurvePoint,
  type JourneyLayout,
} from '../../../../shared/journey/layout';
import {
  ACCENT,
  AS_IS_COLOR,
  cardFill,
  CHANNEL_COLOR,
  emotionColor,
  GRID_LINE,
  HEADER_BG,
  INK,
  LANE_TINT,
  MOT_COLOR,
  MUTED,
  TO_BE_COLOR,
} from '../../../../shared/journey/style';
import type { TextCache } from './textCache';
import { CHROME, type Viewport } from './viewport';

/**
 * Drawing the journey map on a 2D canvas context: the functions the Konva shapes call, and the PNG
 * export calls for its tiles. Everything is culled to the visible rectangle and drawn with as few
 * state changes as possible (one path per style, one font per pass). Below certain zoom levels,
 * details give way to simpler marks (level of detail).
 */
export type Ctx = CanvasRenderingContext2D;

export interface Labels {
  channel(c: Channel): string;
  laneType(t: LaneType): string;
  line(k: BoundaryLine): string;
  scores(expected: string, actual: string): string;
  owner(id: string): string | undefined;
  cardType(card: Card): string | undefined;
}

export interface Fonts {
  family: string;
}

/** What a drawing pass needs: the journey, its layout, derived caches and the labels. */
export interface Scene {
  journey: Journey;
  layout: JourneyLayout;
  cards: Map<string, Card>;
  connectors: Map<string, ConnectorGeometry>;
  /** Where each arrow label goes, worked out once per layout (see `placeLabel`). */
  labelPlaces: Map<string, LabelPlacement & { text: string }> | null;
  /** The previous scene's places, reused where nothing around a label changed. */
  previousPlaces: Map<string, LabelPlacement & { text: string }> | null;
  labels: Labels;
  text: TextCache;
  family: string;
}

export function buildScene(
  journey: Journey,
  layout: JourneyLayout,
  labels: Labels,
  text: TextCache,
  family: string,
  previous?: Scene | null,
): Scene {
  const cards = new Map(journey.cards.map((c) => [c.id, c]));
  const connectors = new Map<string, ConnectorGeometry>();
  for (const k of journey.connectors) {
    const a = layout.cards.get(k.from);
    const b = layout.cards.get(k.to);
    if (a && b) connectors.set(k.id, connectorGeometry(a, b));
  }
  const previousPlaces = previous && previous.family === family ? (previous.labelPlaces ?? previous.previousPlaces) : null;
  return { journey, layout, cards, connectors, labelPlaces: null, previousPlaces, labels, text, family };
}

/** Zoom thresholds for the level of detail. */
export const LOD = { text: 0.5, bars: 0.28, arrows: 0.18, cells: 4 / LAYOUT.cardHeight, noArrows: 0.03 } as const;

export const font = (scene: Pick<Scene, 'family'>, size: number, weight = 400) => `${weight} ${size}px ${scene.family}`;

const SELECT = '#2563EB';

/** Calls `visit` for every card whose box meets `view`, walking only the visible cells. */
export function forVisibleCards(layout: JourneyLayout, view: Box, visit: (box: CardBox) => void): void {
  const [s0, s1] = spanRange(layout.stages, view.x, view.x + view.w, (s) => s.x, (s) => s.w);
  const [l0, l1] = spanRange(layout.lanes, view.y, view.y + view.h, (l) => l.y, (l) => l.h);
  const x1 = view.x + view.w;
  const y1 = view.y + view.h;
  for (let si = s0; si <= s1; si++) {
    for (let li = l0; li <= l1; li++) {
      const ids = layout.cells.get(cellKey(si, li));
      if (!ids) continue;
      for (const id of ids) {
        const b = layout.cards.get(id)!;
        if (b.y > y1) break; // later cards in a cell only go further down
        if (b.x <= x1 && b.x + b.w >= view.x && b.y + b.h >= view.y) visit(b);
      }
    }
  }
}

const intersects = (a: Box, b: Box) => a.x <= b.x + b.w && a.x + a.w >= b.x && a.y <= b.y + b.h && a.y + a.h >= b.y;

// ---------------------------------------------------------------------------------------------
// The grid: lane backgrounds, cell lines, emotion guides, blueprint lines.

export function drawGrid(c: Ctx, scene: Scene, view: Box, s: number): void {
  const { layout } = scene;
  const gx0 = Math.max(layout.gridX, view.x);
  const gx1 = Math.min(layout.width, view.x + view.w);
  if (gx1 <= gx0) return;
  const [l0, l1] = spanRange(layout.lanes, view.y, view.y + view.h, (l) => l.y, (l) => l.h);
  const [s0, s1] = spanRange(layout.stages, view.x, view.x + view.w, (st) => st.x, (st) => st.w);
  for (let li = l0; li <= l1; li++) {
    const lane = layout.lanes[li];
    c.fillStyle = LANE_TINT[lane.type] ?? (li % 2 ? '#F8FAFC' : '#FFFFFF');
    c.fillRect(gx0, lane.y, gx1 - gx0, lane.h);
  }
  const top = Math.max(layout.gridY, view.y);
  const bottom = Math.min(layout.height, view.y + view.h);
  c.beginPath();
  for (let si = s0; si <= s1; si++) {
    const x = layout.stages[si].x + layout.stages[si].w;
    c.moveTo(x, top);
    c.lineTo(x, bottom);
  }
  for (let li = l0; li <= l1; li++) {
    const y = layout.lanes[li].y + layout.lanes[li].h;
    c.moveTo(gx0, y);
    c.lineTo(gx1, y);
  }
  c.strokeStyle = GRID_LINE;
  c.lineWidth = 1 / s;
  c.stroke();

  // Emotion guides: −2 … +2, the zero line stronger.
  for (let li = l0; li <= l1; li++) {
    const lane = layout.lanes[li];
    if (lane.type !== 'emotions' || lane.bandH * s < 36) continue;
    c.setLineDash([4 / s, 4 / s]);
    c.beginPath();
    for (const v of [2, 1, -1, -2]) {
      const y = emotionY(lane, v);
      c.moveTo(gx0, y);
      c.lineTo(gx1, y);
    }
    c.strokeStyle = '#E3E7EE';
    c.stroke();
    c.setLineDash([]);
    c.beginPath();
    const y0 = emotionY(lane, 0);
    c.moveTo(gx0, y0);
    c.lineTo(gx1, y0);
    c.strokeStyle = '#C9D1DC';
    c.stroke();
  }

  // Service-blueprint lines.
  for (const line of layout.lines) {
    if (line.y < view.y || line.y > view.y + view.h) continue;
    c.beginPath();
    c.moveTo(gx0, line.y);
    c.lineTo(gx1, line.y);
    c.setLineDash(line.kinds.includes('visibility') ? [10 / s, 6 / s] : []);
    c.strokeStyle = '#64748B';
    c.lineWidth = Math.max(2, 1.5 / s);
    c.stroke();
    c.setLineDash([]);
  }
}

// ---------------------------------------------------------------------------------------------
// Connectors.

export function drawConnectors(c: Ctx, scene: Scene, view: Box, s: number, skip?: ReadonlySet<string>): void {
  const { journey, connectors } = scene;
  if (s < LOD.noArrows) return; // a whole large map on screen: arrows would be a grey haze
  const detailed = s >= LOD.arrows;
  c.beginPath();
  const heads: ConnectorGeometry[] = [];
  for (const k of journey.connectors) {
    if (skip?.has(k.id)) continue;
    const g = connectors.get(k.id);
    if (!g || !intersects(g.bounds, view)) continue;
    c.moveTo(g.x0, g.y0);
    if (detailed) {
      c.bezierCurveTo(g.c1x, g.c1y, g.c2x, g.c2y, g.x1, g.y1);
      heads.push(g);
    } else {
      c.lineTo(g.x1, g.y1);
    }
  }
  c.strokeStyle = detailed ? '#475569' : 'rgba(71,85,105,0.45)';
  c.lineWidth = detailed ? Math.max(1.6, 1 / s) : 1 / s;
  c.stroke();
  if (!detailed) return;
  c.beginPath();
  const size = Math.max(10, 6 / s);
  for (const g of heads) {
    const [ax, ay, bx, by] = arrowHead(g.x1, g.y1, g.angle, size);
    c.moveTo(g.x1, g.y1);
    c.lineTo(ax, ay);
    c.lineTo(bx, by);
    c.closePath();
  }
  c.fillStyle = '#475569';
  c.fill();
}

const LABEL_FONT = 12.5;
const LABEL_H = 22;

function labelPlaces(scene: Scene): Map<string, LabelPlacement & { text: string }> {
  if (scene.labelPlaces) return scene.labelPlaces;
  const f = font(scene, LABEL_FONT, 500);
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;
  // Placed labels in 256-unit buckets, so each new label checks only its neighbours.
  const buckets = new Map<string, Box[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x / 256); x <= Math.floor((b.x + b.w) / 256); x++)
      for (let y = Math.floor(b.y / 256); y <= Math.floor((b.y + b.h) / 256); y++) out.push(`${x}:${y}`);
    return out;
  };
  const clash = (b: Box) => keys(b).some((k) => buckets.get(k)?.some((q) => overlaps(b, q)));
  const { gridX, gridY } = scene.layout;
  const blocked = (b: Box) => b.x < gridX || b.y < gridY || clash(b) || anyCardInRect(scene.layout, b);
  const out = new Map<string, LabelPlacement & { text: string }>();
  const before = scene.previousPlaces;
  for (const k of scene.journey.connectors) {
    const g = k.label ? scene.connectors.get(k.id) : undefined;
    if (!g || !k.label) continue;
    const text = scene.text.fit(f, k.label, 220);
    // After an edit most arrows did not move: keep a label where it was if that place is still free.
    const old = before?.get(k.id);
    const keep =
      old && old.text === text && (old.anchor ? old.anchor.x === g.mid.x && old.anchor.y === g.mid.y : sameSpot(old.box, g)) && !blocked(old.box);
    const p = keep ? old : { ...placeLabel(g, scene.text.width(f, text) + 14, LABEL_H, blocked), text };
    for (const key of keys(p.box)) {
      const list = buckets.get(key);
      if (list) list.push(p.box);
      else buckets.set(key, [p.box]);
    }
    out.set(k.id, p);
  }
  scene.previousPlaces = null;
  return (scene.labelPlaces = out);
}

/** Whether a label box sat on this arrow (its centre on the curve's sampled points). */
function sameSpot(box: Box, g: ConnectorGeometry): boolean {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  return Math.abs(cx - g.mid.x) < 0.5 && Math.abs(cy - g.mid.y) < 0.5;
}

export function drawConnectorLabels(c: Ctx, scene: Scene, view: Box, s: number): void {
  if (s < LOD.text) return;
  const places = labelPlaces(scene);
  if (places.size === 0) return;
  c.font = font(scene, LABEL_FONT, 500);
  c.textBaseline = 'middle';
  c.textAlign = 'center';
  for (const [, p] of places) {
    const b = p.box;
    if (!intersects(b, view)) continue;
    if (p.anchor) {
      const cx = b.x + b.w / 2;
      const edge = p.anchor.y > b.y + b.h ? b.y + b.h : p.anchor.y < b.y ? b.y : b.y + b.h / 2;
      const ex = p.anchor.x > b.x + b.w ? b.x + b.w : p.anchor.x < b.x ? b.x : cx;
      c.beginPath();
      c.moveTo(ex, edge);
      c.lineTo(p.anchor.x, p.anchor.y);
      c.setLineDash([3, 3]);
      c.strokeStyle = '#64748B';
      c.lineWidth = 1.2;
      c.stroke();
      c.setLineDash([]);
      c.beginPath();
      c.arc(p.anchor.x, p.anchor.y, 2.5, 0, Math.PI * 2);
      c.fillStyle = '#64748B';
      c.fill();
    }
    c.fillStyle = 'rgba(255,255,255,0.96)';
    roundRect(c, b.x, b.y, b.w, b.h, b.h / 2);
    c.fill();
    c.strokeStyle = '#94A3B8';
    c.lineWidth = 1;
    c.stroke();
    c.fillStyle = '#334155';
    c.fillText(p.text, b.x + b.w / 2, b.y + b.h / 2 + 0.5);
  }
  c.textAlign = 'left';
}

/** A connector highlighted (selection) or drawn live (connect preview). */
export function drawConnectorPath(c: Ctx, g: ConnectorGeometry, s: number, color: string, width: number): void {
  c.beginPath();
  c.moveTo(g.x0, g.y0);
  c.bezierCurveTo(g.c1x, g.c1y, g.c2x, g.c2y, g.x1, g.y1);
  c.strokeStyle = color;
  c.lineWidth = width / s;
  c.stroke();
  const [ax, ay, bx, by] = arrowHead(g.x1, g.y1, g.angle, Math.max(12, 8 / s));
  c.beginPath();
  c.moveTo(g.x1, g.y1);
  c.lineTo(ax, ay);
  c.lineTo(bx, by);
  c.closePath();
  c.fillStyle = color;
  c.fill();
}

// ---------------------------------------------------------------------------------------------
// Cards.

export interface CardDrawOptions {
  /** Cards drawn faded (being dragged). */
  dim?: ReadonlySet<string>;
  /** A card whose text is being edited in place: its text is not drawn. */
  editing?: string | null;
}

export function drawCards(c: Ctx, scene: Scene, view: Box, s: number, opts: CardDrawOptions = {}): void {
  if (s < LOD.cells) return drawCellBlocks(c, scene, view, s);
  const boxes: CardBox[] = [];
  forVisibleCards(scene.layout, view, (b) => boxes.push(b));
  drawCardBoxes(c, scene, boxes, s, opts);
}

/** Draws the given cards at their boxes (also used for drag ghosts at shifted boxes). */
export function drawCardBoxes(c: Ctx, scene: Scene, boxes: readonly (Box & { id: string })[], s: number, opts: CardDrawOptions = {}): void {
  if (boxes.length === 0) return;
  if (s < LOD.bars) return drawCardsFlat(c, scene, boxes, s, opts);

  // Pass 1: bodies (batched per fill), borders, moment-of-truth rims, channel stripes.
  const byFill = new Map<string, Box[]>();
  for (const b of boxes) {
    const card = scene.cards.get(b.id)!;
    const fill = cardFill(card);
    let list = byFill.get(fill);
    if (!list) byFill.set(fill, (list = []));
    list.push(b);
  }
  const r = 6;
  if (opts.dim?.size) c.globalAlpha = 1;
  for (const [fill, list] of byFill) {
    c.beginPath();
    for (const b of list) roundRectPath(c, b.x, b.y, b.w, b.h, r);
    c.fillStyle = fill;
    c.fill();
  }
  c.beginPath();
  for (const b of boxes) roundRectPath(c, b.x, b.y, b.w, b.h, r);
  c.strokeStyle = '#B8C2CF';
  c.lineWidth = Math.max(1, 0.8 / s);
  c.stroke();

  c.beginPath();
  let anyMot = false;
  for (const b of boxes) {
    if (!scene.cards.get(b.id)!.momentOfTruth) continue;
    anyMot = true;
    roundRectPath(c, b.x, b.y, b.w, b.h, r);
  }
  if (anyMot) {
    c.strokeStyle = MOT_COLOR;
    c.lineWidth = Math.max(3, 2 / s);
    c.stroke();
  }
  for (const b of boxes) {
    const ch = scene.cards.get(b.id)!.channel;
    if (!ch) continue;
    c.fillStyle = CHANNEL_COLOR[ch];
    c.fillRect(b.x + 1, b.y + r, 4, b.h - 2 * r);
  }

  if (s < LOD.text) {
    // Text as grey bars: the map keeps its texture without paying for glyphs.
    c.beginPath();
    for (const b of boxes) {
      const card = scene.cards.get(b.id)!;
      const n = Math.min(3, Math.ceil((card.text.length * 15) / Math.max(1, b.w - 20)));
      const top = b.y + (card.channel || card.momentOfTruth ? 36 : 14);
      for (let i = 0; i < n; i++) {
        const w = i === n - 1 && n > 1 ? (b.w - 24) * 0.6 : b.w - 24;
        c.rect(b.x + 12, top + i * 20, w, 9);
      }
    }
    c.fillStyle = 'rgba(27,36,48,0.28)';
    c.fill();
    // Channel tags as coloured blocks.
    for (const b of boxes) {
      const ch = scene.cards.get(b.id)!.channel;
      if (!ch) continue;
      c.fillStyle = CHANNEL_COLOR[ch];
      c.fillRect(b.x + 12, b.y + 10, 44, 14);
    }
    if (opts.dim?.size) dimBoxes(c, boxes, opts.dim);
    return;
  }

  // Full detail.
  const tagFont = font(scene, 12, 600);
  const textFont = font(scene, 15, 400);
  const metaFont = font(scene, 12.5, 400);
  c.textBaseline = 'alphabetic';
  // Channel tags.
  c.font = tagFont;
  for (const b of boxes) {
    const card = scene.cards.get(b.id)!;
    let x = b.x + 12;
    if (card.channel) {
      const label = scene.labels.channel(card.channel);
      const w = scene.text.width(tagFont, label) + 14;
      c.fillStyle = CHANNEL_COLOR[card.channel];
      roundRect(c, x, b.y + 9, w, 20, 10);
      c.fill();
      c.fillStyle = '#FFFFFF';
      c.fillText(label, x + 7, b.y + 23.5);
      x += w + 6;
    }
    const typeLabel = scene.labels.cardType(card);
    if (typeLabel) {
      c.fillStyle = MUTED;
      c.fillText(typeLabel, x, b.y + 23.5);
    }
    if (card.momentOfTruth) {
      star(c, b.x + b.w - 18, b.y + 19, 9);
      c.fillStyle = MOT_COLOR;
      c.fill();
    }
  }
  // Text.
  c.font = textFont;
  c.fillStyle = INK;
  for (const b of boxes) {
    if (b.id === opts.editing) continue;
    const card = scene.cards.get(b.id)!;
    const hasTop = !!(card.channel || card.momentOfTruth || scene.labels.cardType(card));
    const hasBottom = !!(card.ownerId || card.expected || card.actual);
    const top = b.y + (hasTop ? 34 : 10);
    const avail = b.y + b.h - (hasBottom ? 24 : 6) - top;
    const max = Math.max(1, Math.floor(avail / 20));
    const lines = scene.text.cardLines(card, textFont, b.w - 22, max);
    for (let i = 0; i < lines.length; i++) c.fillText(lines[i], b.x + 12, top + 16 + i * 20);
  }
  // Owner and scores.
  c.font = metaFont;
  for (const b of boxes) {
    const card = scene.cards.get(b.id)!;
    const baseline = b.y + b.h - 9;
    let right = b.x + b.w - 10;
    if (card.expected || card.actual) {
      const label = scene.labels.scores(card.expected ? String(card.expected) : '–', card.actual ? String(card.actual) : '–');
      const w = scene.text.width(metaFont, label);
      const gap = card.expected && card.actual ? card.actual - card.expected : 0;
      c.fillStyle = gap < 0 ? '#B91C1C' : gap > 0 ? '#15803D' : MUTED;
      right -= w;
      c.fillText(label, right, baseline);
      right -= 8;
    }
    const owner = card.ownerId ? scene.labels.owner(card.ownerId) : undefined;
    if (owner) {
      c.beginPath();
      c.arc(b.x + 17, baseline - 4.5, 4.5, 0, Math.PI * 2);
      c.fillStyle = ACCENT;
      c.fill();
      c.fillStyle = '#334155';
      c.fillText(scene.text.fit(metaFont, owner, Math.max(0, right - b.x - 28)), b.x + 26, baseline);
    }
  }
  if (opts.dim?.size) dimBoxes(c, boxes, opts.dim);
}

/** Cards a few pixels tall: one block per cell for its stack of cards, amber-rimmed if it holds a moment of truth. */
function drawCellBlocks(c: Ctx, scene: Scene, view: Box, s: number): void {
  const { layout } = scene;
  const [s0, s1] = spanRange(layout.stages, view.x, view.x + view.w, (st) => st.x, (st) => st.w);
  const [l0, l1] = spanRange(layout.lanes, view.y, view.y + view.h, (l) => l.y, (l) => l.h);
  const { cellPadding: pad, cardGap: gap, cardHeight: ch } = LAYOUT;
  const mot: Box[] = [];
  c.beginPath();
  for (let si = s0; si <= s1; si++) {
    const st = layout.stages[si];
    for (let li = l0; li <= l1; li++) {
      const ids = layout.cells.get(cellKey(si, li));
      if (!ids) continue;
      const lane = layout.lanes[li];
      const rows = Math.ceil(ids.length / st.cols);
      const box = { x: st.x + pad, y: lane.contentY + pad, w: st.w - 2 * pad, h: rows * (ch + gap) - gap };
      c.rect(box.x, box.y, box.w, box.h);
      if (ids.some((id) => scene.cards.get(id)!.momentOfTruth)) mot.push(box);
    }
  }
  c.fillStyle = '#B6C2D2';
  c.fill();
  if (mot.length) {
    c.beginPath();
    for (const b of mot) c.rect(b.x, b.y, b.w, b.h);
    c.strokeStyle = MOT_COLOR;
    c.lineWidth = 1.5 / s;
    c.stroke();
  }
}

function drawCardsFlat(c: Ctx, scene: Scene, boxes: readonly (Box & { id: string })[], s: number, opts: CardDrawOptions): void {
  const byFill = new Map<string, Box[]>();
  const mot: Box[] = [];
  for (const b of boxes) {
    const card = scene.cards.get(b.id)!;
    const fill = card.channel ? CHANNEL_COLOR[card.channel] : cardFill(card);
    let list = byFill.get(fill);
    if (!list) byFill.set(fill, (list = []));
    list.push(b);
    if (card.momentOfTruth) mot.push(b);
  }
  // Cards as blocks: pale body, a channel-coloured head.
  c.beginPath();
  for (const b of boxes) c.rect(b.x, b.y, b.w, b.h);
  c.fillStyle = '#E2E8F0';
  c.fill();
  const head = LAYOUT.cardHeight * 0.3;
  for (const [fill, list] of byFill) {
    c.beginPath();
    for (const b of list) c.rect(b.x, b.y, b.w, head);
    c.fillStyle = fill;
    c.fill();
  }
  if (mot.length) {
    c.beginPath();
    for (const b of mot) c.rect(b.x, b.y, b.w, b.h);
    c.strokeStyle = MOT_COLOR;
    c.lineWidth = 2 / s;
    c.stroke();
  }
  if (opts.dim?.size) dimBoxes(c, boxes, opts.dim);
}

function dimBoxes(c: Ctx, boxes: readonly (Box & { id: string })[], dim: ReadonlySet<string>): void {
  c.beginPath();
  for (const b of boxes) if (dim.has(b.id)) c.rect(b.x - 1, b.y - 1, b.w + 2, b.h + 2);
  c.fillStyle = 'rgba(255,255,255,0.7)';
  c.fill();
}

// ---------------------------------------------------------------------------------------------
// Emotion curves.

export interface CurveDrawOptions {
  /** A curve drawn faded because the overlay shows it live: `laneId:asIs|toBe`. */
  faded?: string | null;
  /** Hollow handles at 0 for steps without a score (the emotion lane is editable). */
  ghosts?: boolean;
}

export function drawCurves(c: Ctx, scene: Scene, view: Box, s: number, opts: CurveDrawOptions = {}): void {
  const { layout } = scene;
  for (const curve of layout.curves) {
    const lane = layout.lanes.find((l) => l.id === curve.laneId)!;
    if (lane.y > view.y + view.h || lane.y + lane.h < view.y) continue;
    if (curve.toBe) {
      c.globalAlpha = opts.faded === `${curve.laneId}:toBe` ? 0.25 : 1;
      drawCurve(c, curve.toBe, s, TO_BE_COLOR, true);
    }
    c.globalAlpha = opts.faded === `${curve.laneId}:asIs` ? 0.25 : 1;
    drawCurve(c, curve.asIs, s, AS_IS_COLOR, false);
    c.globalAlpha = 1;
    if (opts.ghosts !== false && s >= LOD.bars) {
      const have = new Set(curve.asIs.map((p) => p.stageId));
      const r = pointRadius(s);
      c.beginPath();
      for (const st of layout.stages) {
        if (have.has(st.id)) continue;
        const x = st.x + st.w / 2;
        if (x < view.x - r || x > view.x + view.w + r) continue;
        const y = emotionY(lane, 0);
        c.moveTo(x + r, y);
        c.arc(x, y, r, 0, Math.PI * 2);
      }
      c.setLineDash([3 / s, 3 / s]);
      c.strokeStyle = '#94A3B8';
      c.lineWidth = 1.5 / s;
      c.stroke();
      c.setLineDash([]);
    }
  }
}

export const pointRadius = (s: number) => Math.max(13, 6 / s);

export function drawCurve(c: Ctx, points: readonly CurvePoint[], s: number, color: string, dashed: boolean): void {
  if (points.length === 0) return;
  const segs = smoothCurve(points);
  c.beginPath();
  c.moveTo(points[0].x, points[0].y);
  for (const g of segs) c.bezierCurveTo(g.c1x, g.c1y, g.c2x, g.c2y, g.x, g.y);
  c.strokeStyle = color;
  c.lineWidth = Math.max(3, 2 / s);
  c.setLineDash(dashed ? [10 / Math.min(1, s), 7 / Math.min(1, s)] : []);
  c.stroke();
  c.setLineDash([]);
  const r = pointRadius(s);
  for (const p of points) {
    c.beginPath();
    c.arc(p.x, p.y, r, 0, Math.PI * 2);
    c.fillStyle = dashed ? '#FFFFFF' : emotionColor(p.value);
    c.fill();
    c.strokeStyle = dashed ? TO_BE_COLOR : '#FFFFFF';
    c.lineWidth = 2 / Math.max(s, 0.5);
    c.stroke();
  }
  if (s >= LOD.text) {
    c.font = `700 13px ${FALLBACK_FAMILY}`;
    c.textAlign = 'center';
    c.textBaseline = 'middle';
    c.fillStyle = dashed ? TO_BE_COLOR : '#FFFFFF';
    for (const p of points) c.fillText(formatScore(p.value), p.x, p.y + 0.5);
    c.textAlign = 'left';
  }
}

const FALLBACK_FAMILY = 'system-ui, sans-serif';
export const formatScore = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');

// ---------------------------------------------------------------------------------------------
// Chrome: stage names along the top, lane labels down the left, in screen pixels at every zoom.

export function drawChrome(c: Ctx, scene: Scene, v: Viewport, width: number, height: number, title: string): void {
  const { layout } = scene;
  const { top: HB, left: LB } = CHROME;
  const s = v.scale;
  c.fillStyle = HEADER_BG;
  c.fillRect(0, 0, width, HB);
  c.fillStyle = '#F1F4F8';
  c.fillRect(0, HB, LB, height - HB);

  const headFont = font(scene, 15, 600);
  c.font = headFont;
  c.textBaseline = 'middle';
  const [s0, s1] = spanRange(layout.stages, (LB - v.tx) / s, (width - v.tx) / s, (st) => st.x, (st) => st.w);
  c.save();
  c.beginPath();
  c.rect(LB, 0, width - LB, HB);
  c.clip();
  for (let i = s0; i <= s1; i++) {
    const st = layout.stages[i];
    const x0 = st.x * s + v.tx;
    const x1 = x0 + st.w * s;
    c.fillStyle = 'rgba(255,255,255,0.28)';
    c.fillRect(Math.round(x1) - 1, 6, 1, HB - 12);
    const left = Math.max(x0, LB) + 10;
    const room = x1 - 10 - left;
    if (room < 16) continue;
    const name = scene.journey.stages[i].name;
    c.fillStyle = '#FFFFFF';
    c.fillText(scene.text.fit(headFont, name, room), left, HB / 2 + 1);
  }
  c.restore();

  // Lane labels.
  const nameFont = font(scene, 14.5, 600);
  const typeFont = font(scene, 12, 400);
  const [l0, l1] = spanRange(layout.lanes, (HB - v.ty) / s, (height - v.ty) / s, (l) => l.y, (l) => l.h);
  c.save();
  c.beginPath();
  c.rect(0, HB, LB, height - HB);
  c.clip();
  for (let i = l0; i <= l1; i++) {
    const lane = layout.lanes[i];
    const model = scene.journey.lanes[i];
    const y0 = lane.y * s + v.ty;
    const y1 = y0 + lane.h * s;
    c.fillStyle = laneAccent(lane.type);
    c.fillRect(0, y0, 5, y1 - y0);
    c.fillStyle = GRID_LINE;
    c.fillRect(0, Math.round(y1) - 1, LB, 1);
    const top = Math.max(y0, HB) + 8;
    if (y1 - top < 16) continue;
    c.font = nameFont;
    c.fillStyle = INK;
    c.textBaseline = 'top';
    const typeLabel = scene.labels.laneType(lane.type);
    const name = model.name.trim() || typeLabel;
    const nameLines = scene.text.lines(name, nameFont, LB - 26, 2);
    nameLines.forEach((line, k) => {
      if (top + k * 19 + 17 < y1) c.fillText(line, 14, top + k * 19);
    });
    if (name !== typeLabel && top + nameLines.length * 19 + 16 < y1) {
      c.font = typeFont;
      c.fillStyle = MUTED;
      c.fillText(scene.text.fit(typeFont, typeLabel, LB - 26), 14, top + nameLines.length * 19 + 2);
    }
    if (lane.type === 'emotions' && lane.bandH * s >= 70) {
      c.font = `600 12px ${FALLBACK_FAMILY}`;
      c.textAlign = 'right';
      c.textBaseline = 'middle';
      for (const val of [2, 1, 0, -1, -2]) {
        const y = emotionY(lane, val) * s + v.ty;
        if (y < HB + 6 || y > y1 - 4) continue;
        c.fillStyle = emotionColor(val);
        c.fillText(formatScore(val), LB - 8, y);
      }
      c.textAlign = 'left';
    }
  }
  c.restore();
  c.fillStyle = GRID_LINE;
  c.fillRect(LB - 1, HB, 1, height - HB);

  // Blueprint line names, pinned to the left edge of the map.
  c.font = font(scene, 12.5, 600);
  c.textBaseline = 'middle';
  for (const line of layout.lines) {
    const y = line.y * s + v.ty;
    if (y < HB + 8 || y > height - 8) continue;
    const text = line.kinds.map((k) => scene.labels.line(k)).join(' · ');
    const w = scene.text.width(c.font, text) + 14;
    const x = Math.max(LB, layout.gridX * s + v.tx) + 10;
    c.fillStyle = '#64748B';
    roundRect(c, x, y - 10, w, 20, 10);
    c.fill();
    c.fillStyle = '#FFFFFF';
    c.fillText(text, x + 7, y + 0.5);
  }

  // Corner: the journey's name.
  c.fillStyle = '#0F2536';
  c.fillRect(0, 0, LB, HB);
  c.font = font(scene, 13.5, 600);
  c.fillStyle = '#CFE3EC';
  c.textBaseline = 'middle';
  c.fillText(scene.text.fit(c.font, title, LB - 20), 12, HB / 2 + 1);
}

/** Stage headers and lane labels in map units, for the exported image (nothing is sticky there). */
export function drawWorldChrome(c: Ctx, scene: Scene, view: Box, title: string): void {
  const { layout } = scene;
  const HH = layout.gridY;
  const LW = layout.gridX;
  c.fillStyle = HEADER_BG;
  c.fillRect(LW, 0, layout.width - LW, HH);
  c.fillStyle = '#0F2536';
  c.fillRect(0, 0, LW, HH);
  c.fillStyle = '#F1F4F8';
  c.fillRect(0, HH, LW, layout.height - HH);
  const headFont = font(scene, 17, 600);
  c.textBaseline = 'middle';
  c.font = headFont;
  for (const st of layout.stages) {
    if (st.x > view.x + view.w || st.x + st.w < view.x) continue;
    c.fillStyle = 'rgba(255,255,255,0.28)';
    c.fillRect(st.x + st.w - 1, 8, 1, HH - 16);
    c.fillStyle = '#FFFFFF';
    c.fillText(scene.text.fit(headFont, scene.journey.stages[st.index].name, st.w - 24), st.x + 12, HH / 2 + 1);
  }
  c.font = font(scene, 14, 600);
  c.fillStyle = '#CFE3EC';
  c.fillText(scene.text.fit(c.font, title, LW - 24), 12, HH / 2 + 1);
  const nameFont = font(scene, 15, 600);
  const typeFont = font(scene, 12.5, 400);
  c.textBaseline = 'top';
  for (const lane of layout.lanes) {
    if (lane.y > view.y + view.h || lane.y + lane.h < view.y) continue;
    c.fillStyle = laneAccent(lane.type);
    c.fillRect(0, lane.y, 6, lane.h);
    c.fillStyle = GRID_LINE;
    c.fillRect(0, lane.y + lane.h - 1, LW, 1);
    const typeLabel = scene.labels.laneType(lane.type);
    const name = scene.journey.lanes[lane.index].name.trim() || typeLabel;
    c.font = nameFont;
    c.fillStyle = INK;
    const lines = scene.text.lines(name, nameFont, LW - 30, 3);
    lines.forEach((line, k) => c.fillText(line, 16, lane.y + 12 + k * 20));
    if (name !== typeLabel) {
      c.font = typeFont;
      c.fillStyle = MUTED;
      c.fillText(scene.text.fit(typeFont, typeLabel, LW - 30), 16, lane.y + 14 + lines.length * 20);
    }
    if (lane.type === 'emotions') {
      c.font = `600 12px ${FALLBACK_FAMILY}`;
      c.textAlign = 'right';
      c.textBaseline = 'middle';
      for (const val of [2, 1, 0, -1, -2]) {
        c.fillStyle = emotionColor(val);
        c.fillText(formatScore(val), LW - 10, emotionY(lane, val));
      }
      c.textAlign = 'left';
      c.textBaseline = 'top';
    }
  }
  c.fillStyle = GRID_LINE;
  c.fillRect(LW - 1, HH, 1, layout.height - HH);
  c.font = font(scene, 13, 600);
  c.textBaseline = 'middle';
  for (const line of layout.lines) {
    const text = line.kinds.map((k) => scene.labels.line(k)).join(' · ');
    const w = scene.text.width(c.font, text) + 14;
    c.fillStyle = '#64748B';
    roundRect(c, LW + 10, line.y - 10, w, 20, 10);
    c.fill();
    c.fillStyle = '#FFFFFF';
    c.fillText(text, LW + 17, line.y + 0.5);
  }
}

const ZONE_ACCENT: Partial<Record<LaneType, string>> = {
  emotions: '#0F6E6E',
  painPoints: '#DC2626',
  opportunities: '#16A34A',
  momentsOfTruth: MOT_COLOR,
  frontstage: '#2563EB',
  backstage: '#64748B',
  supportProcesses: '#94A3B8',
};
const laneAccent = (t: LaneType) => ZONE_ACCENT[t] ?? '#CBD5E1';

// ---------------------------------------------------------------------------------------------
// Small shapes.

export function roundRectPath(c: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  c.moveTo(x + r, y);
  c.arcTo(x + w, y, x + w, y + h, r);
  c.arcTo(x + w, y + h, x, y + h, r);
  c.arcTo(x, y + h, x, y, r);
  c.arcTo(x, y, x + w, y, r);
  c.closePath();
}

export function roundRect(c: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  c.beginPath();
  roundRectPath(c, x, y, w, h, r);
}

export function star(c: Ctx, cx: number, cy: number, r: number): void {
  c.beginPath();
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 ? r * 0.45 : r;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const x = cx + rr * Math.cos(a);
    const y = cy + rr * Math.sin(a);
    if (i === 0) c.moveTo(x, y);
    else c.lineTo(x, y);
  }
  c.closePath();
}

export { SELECT as SELECTION_COLOR };
