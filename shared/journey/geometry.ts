import type { Box, CurvePoint } from './layout';

/** A connector as one cubic Bézier from an anchor on one card's side to an anchor on the other's. */
export interface ConnectorGeometry {
  x0: number;
  y0: number;
  c1x: number;
  c1y: number;
  c2x: number;
  c2y: number;
  x1: number;
  y1: number;
  /** The direction the arrow points at the end, in radians. */
  angle: number;
  /** Where a label sits (the curve's midpoint). */
  mid: { x: number; y: number };
  /** A box around the whole curve, for culling. */
  bounds: Box;
}

/**
 * Horizontal neighbours connect side to side (right → left when the target is further along the
 * journey, left → right when it is earlier); cards in the same column connect bottom → top or top →
 * bottom. Control points follow the anchors' normals, so arrows leave and enter cards squarely.
 */
export function connectorGeometry(a: Box, b: Box): ConnectorGeometry {
  let x0: number, y0: number, x1: number, y1: number, n0x: number, n0y: number, n1x: number, n1y: number;
  if (b.x >= a.x + a.w) {
    [x0, y0, n0x, n0y] = [a.x + a.w, a.y + a.h / 2, 1, 0];
    [x1, y1, n1x, n1y] = [b.x, b.y + b.h / 2, -1, 0];
  } else if (b.x + b.w <= a.x) {
    [x0, y0, n0x, n0y] = [a.x, a.y + a.h / 2, -1, 0];
    [x1, y1, n1x, n1y] = [b.x + b.w, b.y + b.h / 2, 1, 0];
  } else if (b.y >= a.y) {
    [x0, y0, n0x, n0y] = [a.x + a.w / 2, a.y + a.h, 0, 1];
    [x1, y1, n1x, n1y] = [b.x + b.w / 2, b.y, 0, -1];
  } else {
    [x0, y0, n0x, n0y] = [a.x + a.w / 2, a.y, 0, -1];
    [x1, y1, n1x, n1y] = [b.x + b.w / 2, b.y + b.h, 0, 1];
  }
  const dist = Math.hypot(x1 - x0, y1 - y0);
  const k = Math.max(24, Math.min(160, dist / 2.5));
  const c1x = x0 + n0x * k;
  const c1y = y0 + n0y * k;
  const c2x = x1 + n1x * k;
  const c2y = y1 + n1y * k;
  const mid = bezierPoint(x0, y0, c1x, c1y, c2x, c2y, x1, y1, 0.5);
  const minX = Math.min(x0, c1x, c2x, x1);
  const minY = Math.min(y0, c1y, c2y, y1);
  return {
    x0,
    y0,
    c1x,
    c1y,
    c2x,
    c2y,
    x1,
    y1,
    angle: Math.atan2(y1 - c2y, x1 - c2x),
    mid,
    bounds: { x: minX, y: minY, w: Math.max(x0, c1x, c2x, x1) - minX, h: Math.max(y0, c1y, c2y, y1) - minY },
  };
}

export function bezierPoint(
  x0: number,
  y0: number,
  c1x: number,
  c1y: number,
  c2x: number,
  c2y: number,
  x1: number,
  y1: number,
  t: number,
): { x: number; y: number } {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * x0 + b * c1x + c * c2x + d * x1, y: a * y0 + b * c1y + c * c2y + d * y1 };
}

/** Shortest distance from a point to a connector, sampled along the curve (for clicking on arrows). */
export function distanceToConnector(g: ConnectorGeometry, x: number, y: number, samples = 24): number {
  let best = Infinity;
  let prev = { x: g.x0, y: g.y0 };
  for (let i = 1; i <= samples; i++) {
    const p = bezierPoint(g.x0, g.y0, g.c1x, g.c1y, g.c2x, g.c2y, g.x1, g.y1, i / samples);
    best = Math.min(best, segmentDistance(x, y, prev.x, prev.y, p.x, p.y));
    prev = p;
  }
  return best;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The two back corners of an arrowhead at (x, y) pointing along `angle`. */
export function arrowHead(x: number, y: number, angle: number, size: number): [number, number, number, number] {
  const spread = Math.PI / 7;
  return [
    x - size * Math.cos(angle - spread),
    y - size * Math.sin(angle - spread),
    x - size * Math.cos(angle + spread),
    y - size * Math.sin(angle + spread),
  ];
}

export interface CurveSegment {
  c1x: number;
  c1y: number;
  c2x: number;
  c2y: number;
  x: number;
  y: number;
}

/**
 * A smooth curve through the emotion points (Catmull–Rom as Béziers). Control points are kept within
 * the y range of their segment's ends, so the curve never overshoots past −2 or +2.
 */
export function smoothCurve(points: readonly Pick<CurvePoint, 'x' | 'y'>[]): CurveSegment[] {
  const out: CurveSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    const lo = Math.min(p1.y, p2.y);
    const hi = Math.max(p1.y, p2.y);
    const clampY = (v: number) => Math.max(lo, Math.min(hi, v));
    out.push({
      c1x: p1.x + (p2.x - p0.x) / 6,
      c1y: clampY(p1.y + (p2.y - p0.y) / 6),
      c2x: p2.x - (p3.x - p1.x) / 6,
      c2y: clampY(p2.y - (p3.y - p1.y) / 6),
      x: p2.x,
      y: p2.y,
    });
  }
  return out;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x <= b.x + b.w && a.x + a.w >= b.x && a.y <= b.y + b.h && a.y + a.h >= b.y;
}

export interface LabelPlacement {
  box: Box;
  /** The point on the arrow a moved label points back to (null when it sits on the arrow). */
  anchor: { x: number; y: number } | null;
}

/**
 * Where an arrow's label goes: on the arrow if that spot is free, else a little along it, else
 * beside it (above/below a mostly horizontal arrow, left/right of a vertical one) with a leader
 * line back to the arrow — so a label never hides a card's text when there is room around it.
 */
export function placeLabel(g: ConnectorGeometry, w: number, h: number, blocked: (b: Box) => boolean): LabelPlacement {
  const at = (x: number, y: number): Box => ({ x: x - w / 2, y: y - h / 2, w, h });
  for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74]) {
    const p = bezierPoint(g.x0, g.y0, g.c1x, g.c1y, g.c2x, g.c2y, g.x1, g.y1, t);
    const box = at(p.x, p.y);
    if (!blocked(box)) return { box, anchor: null };
  }
  const horizontal = Math.abs(g.x1 - g.x0) >= Math.abs(g.y1 - g.y0);
  const step = 2;
  for (let k = 1; k <= 60; k++) {
    for (const sign of [1, -1]) {
      const d = sign * k * step;
      const box = horizontal ? at(g.mid.x, g.mid.y + d) : at(g.mid.x + d, g.mid.y);
      if (!blocked(box)) return { box, anchor: { x: g.mid.x, y: g.mid.y } };
    }
  }
  return { box: at(g.mid.x, g.mid.y), anchor: null };
}
