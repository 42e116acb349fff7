import type { Box, JourneyLayout } from '../../../../shared/journey/layout';

/**
 * The canvas view: map point (x, y) appears at screen (x·scale + tx, y·scale + ty). Stage names and
 * lane labels are drawn in fixed-size bands along the top and left edges (`CHROME`), readable at every
 * zoom, so the map itself is shown to the right of and below them.
 */
export interface Viewport {
  scale: number;
  tx: number;
  ty: number;
}

export const CHROME = { top: 44, left: 172 } as const;
export const MIN_SCALE = 0.02;
export const MAX_SCALE = 4;
const FIT_MARGIN = 24;
/** At least this much of the map stays on screen however far one pans. */
const KEEP_VISIBLE = 120;

export const clampScale = (s: number) => Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));

export function toWorld(v: Viewport, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - v.tx) / v.scale, y: (sy - v.ty) / v.scale };
}

export function toScreen(v: Viewport, x: number, y: number): { x: number; y: number } {
  return { x: x * v.scale + v.tx, y: y * v.scale + v.ty };
}

/** The map rectangle visible in a `width × height` canvas (under the chrome bands too). */
export function visibleWorld(v: Viewport, width: number, height: number): Box {
  return { x: -v.tx / v.scale, y: -v.ty / v.scale, w: width / v.scale, h: height / v.scale };
}

/** Zooms by `factor` keeping the map point under (sx, sy) where it is. */
export function zoomAt(v: Viewport, factor: number, sx: number, sy: number): Viewport {
  const scale = clampScale(v.scale * factor);
  const k = scale / v.scale;
  return { scale, tx: sx - (sx - v.tx) * k, ty: sy - (sy - v.ty) * k };
}

/** The whole grid in view, below/right of the chrome, never larger than 100 %. */
export function fitView(layout: Pick<JourneyLayout, 'gridX' | 'gridY' | 'width' | 'height'>, width: number, height: number): Viewport {
  const gw = Math.max(1, layout.width - layout.gridX);
  const gh = Math.max(1, layout.height - layout.gridY);
  const aw = Math.max(40, width - CHROME.left - 2 * FIT_MARGIN);
  const ah = Math.max(40, height - CHROME.top - 2 * FIT_MARGIN);
  const scale = clampScale(Math.min(1, aw / gw, ah / gh));
  return {
    scale,
    tx: CHROME.left + FIT_MARGIN - layout.gridX * scale,
    ty: CHROME.top + FIT_MARGIN - layout.gridY * scale,
  };
}

/** The top-left corner of the grid at a given zoom (how a map opens). */
export function homeView(layout: Pick<JourneyLayout, 'gridX' | 'gridY'>, scale = 1): Viewport {
  return { scale, tx: CHROME.left - layout.gridX * scale, ty: CHROME.top - layout.gridY * scale };
}

/** Keeps part of the grid on screen: panning cannot lose the map. */
export function clampPan(v: Viewport, layout: Pick<JourneyLayout, 'gridX' | 'gridY' | 'width' | 'height'>, width: number, height: number): Viewport {
  const left = layout.gridX * v.scale;
  const right = layout.width * v.scale;
  const top = layout.gridY * v.scale;
  const bottom = layout.height * v.scale;
  const keepX = Math.min(KEEP_VISIBLE, (right - left) / 2);
  const keepY = Math.min(KEEP_VISIBLE, (bottom - top) / 2);
  const minTx = CHROME.left + keepX - right;
  const maxTx = width - keepX - left;
  const minTy = CHROME.top + keepY - bottom;
  const maxTy = height - keepY - top;
  const tx = Math.max(minTx, Math.min(maxTx, v.tx));
  const ty = Math.max(minTy, Math.min(maxTy, v.ty));
  return tx === v.tx && ty === v.ty ? v : { ...v, tx, ty };
}
