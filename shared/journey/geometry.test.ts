import { describe, expect, it } from 'vitest';
import { connectorGeometry, distanceToConnector, placeLabel, smoothCurve } from './geometry';

const box = (x: number, y: number) => ({ x, y, w: 100, h: 50 });

describe('connector geometry', () => {
  it('joins side to side when the target is further along', () => {
    const g = connectorGeometry(box(0, 0), box(300, 200));
    expect([g.x0, g.y0, g.x1, g.y1]).toEqual([100, 25, 300, 225]);
    expect(g.c1x).toBeGreaterThan(g.x0);
    expect(g.c2x).toBeLessThan(g.x1);
    expect(Math.abs(g.angle)).toBeLessThan(Math.PI / 2);
  });

  it('points back (right to left) when the target is earlier', () => {
    const g = connectorGeometry(box(300, 0), box(0, 0));
    expect([g.x0, g.x1]).toEqual([300, 100]);
  });

  it('joins bottom to top in the same column', () => {
    const g = connectorGeometry(box(0, 0), box(0, 200));
    expect([g.x0, g.y0, g.x1, g.y1]).toEqual([50, 50, 50, 200]);
    expect(g.angle).toBeCloseTo(Math.PI / 2);
  });

  it('bounds the whole curve and finds clicks near it', () => {
    const g = connectorGeometry(box(0, 0), box(300, 200));
    expect(g.bounds.x).toBeLessThanOrEqual(100);
    expect(g.bounds.x + g.bounds.w).toBeGreaterThanOrEqual(300);
    expect(distanceToConnector(g, g.mid.x, g.mid.y)).toBeLessThan(2);
    expect(distanceToConnector(g, 0, 250)).toBeGreaterThan(50);
  });
});

describe('emotion curve', () => {
  it('passes through every point without overshooting', () => {
    const pts = [
      { x: 0, y: 100 },
      { x: 100, y: 0 },
      { x: 200, y: 0 },
      { x: 300, y: 100 },
    ];
    const segs = smoothCurve(pts);
    expect(segs.map((s) => [s.x, s.y])).toEqual(pts.slice(1).map((p) => [p.x, p.y]));
    for (const s of segs) {
      expect(s.c1y).toBeGreaterThanOrEqual(0);
      expect(s.c1y).toBeLessThanOrEqual(100);
    }
    expect(smoothCurve(pts.slice(0, 1))).toEqual([]);
  });
});

describe('connector labels', () => {
  const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
    a.x < b.x + b.w && a.x + a.w > b.x && a.y < b.y + b.h && a.y + a.h > b.y;

  it('sit on the arrow when that spot is free', () => {
    const g = connectorGeometry(box(0, 0), box(300, 0));
    const p = placeLabel(g, 60, 20, () => false);
    expect(p.anchor).toBeNull();
    expect(p.box.x + 30).toBeCloseTo(g.mid.x);
  });

  it('move beside a short arrow between two neighbouring cards, with a leader back to it', () => {
    const cards = [box(0, 0), box(124, 0)];
    const g = connectorGeometry(cards[0], cards[1]);
    const p = placeLabel(g, 70, 20, (b) => cards.some((c) => overlaps(b, c)));
    expect(cards.some((c) => overlaps(p.box, c))).toBe(false);
    expect(p.anchor).toEqual(g.mid);
    expect(p.box.y >= 50 || p.box.y + p.box.h <= 0).toBe(true);
  });

  it('stays on the arrow when there is no free room at all', () => {
    const g = connectorGeometry(box(0, 0), box(124, 0));
    expect(placeLabel(g, 70, 20, () => true).anchor).toBeNull();
  });
});
