import Konva from 'konva';
import type { Journey } from '../../../../shared/model/journey';
import { layoutJourney, type Box, type JourneyLayout } from '../../../../shared/journey/layout';
import {
  buildScene,
  drawCards,
  drawChrome,
  drawConnectorLabels,
  drawConnectors,
  drawCurves,
  drawGrid,
  type Ctx,
  type Labels,
  type Scene,
} from './draw';
import { TextCache } from './textCache';
import { CHROME, clampPan, fitView, homeView, toScreen, visibleWorld, zoomAt, type Viewport } from './viewport';

export interface BaseOptions {
  dim?: ReadonlySet<string>;
  editing?: string | null;
  fadedCurve?: string | null;
}

/**
 * The journey map on a Konva stage, drawn imperatively from the model. Two layers:
 * - `base`: grid, connectors, cards, emotion curves and the fixed chrome — one custom shape whose
 *   draw walks only the visible cells (culling) and simplifies when zoomed out (level of detail).
 *   Redrawn when the journey or the view changes, never while the pointer merely moves.
 * - `overlay`: selection, hover, drag ghosts, marquee, previews — small and redrawn freely.
 * Nothing listens on Konva nodes (`listening(false)`, no hit canvas): pointer input is resolved
 * against the layout by the interaction controller, in O(log n) through the grid.
 */
export class MapCanvas {
  readonly stage: Konva.Stage;
  readonly base: Konva.Layer;
  readonly overlay: Konva.Layer;
  readonly text = new TextCache();
  layout: JourneyLayout | null = null;
  scene: Scene | null = null;
  journey: Journey | null = null;
  viewport: Viewport = { scale: 1, tx: 0, ty: 0 };
  width: number;
  height: number;
  baseOptions: BaseOptions = {};
  /** Paints the overlay (set by the interaction controller). */
  paintOverlay: ((c: Ctx) => void) | null = null;
  onViewport: ((v: Viewport) => void) | null = null;
  /** Duration of the last base and overlay draws, in ms (the benchmark reads them). */
  readonly timings = { base: 0, overlay: 0 };
  private labels: Labels;
  private family: string;
  private title = '';
  private viewportSet = false;

  constructor(container: HTMLDivElement, labels: Labels, family: string) {
    this.labels = labels;
    this.family = family;
    this.width = Math.max(1, container.clientWidth);
    this.height = Math.max(1, container.clientHeight);
    this.stage = new Konva.Stage({ container, width: this.width, height: this.height, listening: false });
    this.base = new Konva.Layer({ listening: false });
    this.overlay = new Konva.Layer({ listening: false });
    this.base.add(
      new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        sceneFunc: (ctx) => this.drawBase(native(ctx)),
      }),
    );
    this.overlay.add(
      new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        sceneFunc: (ctx) => {
          const t0 = performance.now();
          const c = native(ctx);
          c.save();
          this.paintOverlay?.(c);
          c.restore();
          this.timings.overlay = performance.now() - t0;
        },
      }),
    );
    this.stage.add(this.base, this.overlay);
  }

  setJourney(journey: Journey, title: string): void {
    if (journey === this.journey && title === this.title) return;
    this.title = title;
    if (journey !== this.journey) {
      this.journey = journey;
      this.layout = layoutJourney(journey);
    }
    this.rebuild();
    if (!this.viewportSet) {
      this.viewportSet = true;
      const fit = fitView(this.layout!, this.width, this.height);
      this.setViewport(fit.scale >= 0.6 ? fit : homeView(this.layout!, 0.75));
    } else {
      this.setViewport(this.viewport);
    }
    this.redraw();
  }

  setLabels(labels: Labels, family: string): void {
    this.labels = labels;
    if (family !== this.family) this.text.reset();
    this.family = family;
    this.rebuild();
    this.redraw();
  }

  private rebuild(): void {
    if (this.journey && this.layout) this.scene = buildScene(this.journey, this.layout, this.labels, this.text, this.family, this.scene);
  }

  setBaseOptions(options: BaseOptions): void {
    this.baseOptions = options;
    this.base.batchDraw();
  }

  setViewport(v: Viewport, restored = false): void {
    const next = this.layout ? clampPan(v, this.layout, this.width, this.height) : v;
    if (restored) this.viewportSet = true;
    if (next.scale === this.viewport.scale && next.tx === this.viewport.tx && next.ty === this.viewport.ty) return;
    this.viewport = next;
    this.onViewport?.(next);
    this.redraw();
  }

  panBy(dx: number, dy: number): void {
    this.setViewport({ ...this.viewport, tx: this.viewport.tx + dx, ty: this.viewport.ty + dy });
  }

  zoomAt(factor: number, sx: number, sy: number): void {
    this.setViewport(zoomAt(this.viewport, factor, sx, sy));
  }

  /** Zooms around the middle of the map area. */
  zoomBy(factor: number): void {
    this.zoomAt(factor, (CHROME.left + this.width) / 2, (CHROME.top + this.height) / 2);
  }

  /** Back to the first stage and lane, keeping the zoom. */
  home(): void {
    if (this.layout) this.setViewport(homeView(this.layout, this.viewport.scale));
  }

  fit(): void {
    if (this.layout) this.setViewport(fitView(this.layout, this.width, this.height));
  }

  /** Scrolls the least needed to bring a map box into view. */
  reveal(box: Box): void {
    const v = this.viewport;
    const a = toScreen(v, box.x, box.y);
    const b = toScreen(v, box.x + box.w, box.y + box.h);
    const m = 24;
    let dx = 0;
    let dy = 0;
    if (a.x < CHROME.left + m) dx = CHROME.left + m - a.x;
    else if (b.x > this.width - m) dx = Math.max(this.width - m - b.x, CHROME.left + m - a.x);
    if (a.y < CHROME.top + m) dy = CHROME.top + m - a.y;
    else if (b.y > this.height - m) dy = Math.max(this.height - m - b.y, CHROME.top + m - a.y);
    if (!dx && !dy) return;
    // Never scroll the grid's first stage or lane away from the chrome just to leave a margin.
    const home = this.layout ? homeView(this.layout, v.scale) : v;
    this.setViewport({ ...v, tx: Math.min(v.tx + dx, Math.max(v.tx, home.tx)), ty: Math.min(v.ty + dy, Math.max(v.ty, home.ty)) });
  }

  resize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = Math.max(1, width);
    this.height = Math.max(1, height);
    this.stage.size({ width: this.width, height: this.height });
    this.setViewport(this.viewport);
    this.redraw();
  }

  redraw(): void {
    this.base.batchDraw();
    this.overlay.batchDraw();
  }

  redrawOverlay(): void {
    this.overlay.batchDraw();
  }

  /** Draws both layers now (the benchmark times this). */
  drawNow(): void {
    this.base.draw();
    this.overlay.draw();
  }

  /** The map rectangle under the map area (right of and below the chrome). */
  mapView(): Box {
    const v = this.viewport;
    const all = visibleWorld(v, this.width, this.height);
    const x = (CHROME.left - v.tx) / v.scale;
    const y = (CHROME.top - v.ty) / v.scale;
    return { x, y, w: all.x + all.w - x, h: all.y + all.h - y };
  }

  private drawBase(c: Ctx): void {
    const t0 = performance.now();
    const scene = this.scene;
    if (!scene) return;
    const v = this.viewport;
    const s = v.scale;
    const view = this.mapView();
    c.save();
    c.beginPath();
    c.rect(CHROME.left, CHROME.top, this.width - CHROME.left, this.height - CHROME.top);
    c.clip();
    c.transform(s, 0, 0, s, v.tx, v.ty);
    drawGrid(c, scene, view, s);
    drawConnectors(c, scene, view, s);
    drawCards(c, scene, view, s, { dim: this.baseOptions.dim, editing: this.baseOptions.editing });
    drawConnectorLabels(c, scene, view, s);
    drawCurves(c, scene, view, s, { faded: this.baseOptions.fadedCurve });
    c.restore();
    c.save();
    drawChrome(c, scene, v, this.width, this.height, this.title);
    c.restore();
    this.timings.base = performance.now() - t0;
  }

  destroy(): void {
    this.stage.destroy();
  }
}

function native(ctx: Konva.Context): Ctx {
  return (ctx as unknown as { _context: Ctx })._context;
}
