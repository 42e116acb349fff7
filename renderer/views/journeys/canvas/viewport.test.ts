import { describe, expect, it } from 'vitest';
import { CHROME, clampPan, fitView, homeView, MAX_SCALE, toScreen, toWorld, visibleWorld, zoomAt } from './viewport';

const layout = { gridX: 184, gridY: 56, width: 184 + 2000, height: 56 + 1000 };

describe('canvas viewport', () => {
  it('converts between screen and map points', () => {
    const v = { scale: 0.5, tx: 10, ty: 20 };
    expect(toScreen(v, 100, 100)).toEqual({ x: 60, y: 70 });
    expect(toWorld(v, 60, 70)).toEqual({ x: 100, y: 100 });
    expect(visibleWorld(v, 100, 50)).toEqual({ x: -20, y: -40, w: 200, h: 100 });
  });

  it('zooms around the pointer', () => {
    const v = zoomAt({ scale: 1, tx: 0, ty: 0 }, 2, 300, 200);
    expect(v.scale).toBe(2);
    expect(toWorld(v, 300, 200)).toEqual({ x: 300, y: 200 });
    expect(zoomAt(v, 100, 0, 0).scale).toBe(MAX_SCALE);
  });

  it('fits the grid beside the chrome, never above 100 %', () => {
    const v = fitView(layout, 1280, 720);
    expect(v.scale).toBeCloseTo((1280 - CHROME.left - 48) / 2000);
    expect(toScreen(v, layout.gridX, layout.gridY)).toEqual({ x: CHROME.left + 24, y: CHROME.top + 24 });
    expect(fitView({ ...layout, width: 300, height: 200 }, 1280, 720).scale).toBe(1);
  });

  it('opens at the top-left of the grid', () => {
    expect(toScreen(homeView(layout), layout.gridX, layout.gridY)).toEqual({ x: CHROME.left, y: CHROME.top });
  });

  it('keeps part of the map on screen', () => {
    const far = clampPan({ scale: 1, tx: -100000, ty: 100000 }, layout, 1280, 720);
    expect(far.tx).toBe(CHROME.left + 120 - layout.width);
    expect(far.ty).toBe(720 - 120 - layout.gridY);
    const v = homeView(layout);
    expect(clampPan(v, layout, 1280, 720)).toBe(v);
  });
});
