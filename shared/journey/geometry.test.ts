import { describe, expect, it } from 'vitest';
import { connectorGeometry, distanceToConnector, smoothCurve } from './geometry';

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
