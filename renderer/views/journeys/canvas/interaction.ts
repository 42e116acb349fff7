import type { Command } from '../../../../shared/commands/command';
import { nearestCard, firstCard, type Direction } from '../../../../shared/journey/navigation';
import { addCard, insertCards, moveCards, removeItems, updateCards, type CardClip } from '../../../../shared/commands/journey/cards';
import { connect, connectChain } from '../../../../shared/commands/journey/connectors';
import { setEmotionPoint, type Curve } from '../../../../shared/commands/journey/emotion';
import { addLane, moveLane, removeLane, resizeLane } from '../../../../shared/commands/journey/lanes';
import { addStage, moveStage, removeStage, resizeStage } from '../../../../shared/commands/journey/stages';
import { connectorGeometry, distanceToConnector } from '../../../../shared/journey/geometry';
import {
  cardAt,
  cardsInRect,
  cellKey,
  dropTarget,
  emotionValueAt,
  emotionY,
  laneAt,
  LAYOUT,
  slotBox,
  stageAt,
  type Box,
  type JourneyLayout,
} from '../../../../shared/journey/layout';
import { defaultCardType } from '../../../../shared/journey/presets';
import { AS_IS_COLOR, TO_BE_COLOR } from '../../../../shared/journey/style';
import { newId } from '../../../../shared/model/ids';
import type { Journey, LaneType } from '../../../../shared/model/journey';
import { useDocument } from '../../../store/document';
import { NO_SELECTION, select, useEditorUi, type MenuTarget, type Selection } from '../uiStore';
import { drawCardBoxes, drawConnectorPath, drawCurve, pointRadius, roundRect, SELECTION_COLOR, type Ctx } from './draw';
import type { MapCanvas } from './MapCanvas';
import { CHROME, toScreen, toWorld } from './viewport';

/** What is under a screen point, in the order it is looked for. */
export type Hit =
  | { kind: 'corner' }
  | { kind: 'stage'; id: string; index: number; edge: boolean }
  | { kind: 'lane'; id: string; index: number; edge: boolean }
  | { kind: 'handle'; cardId: string }
  | { kind: 'point'; laneId: string; stageId: string; curve: Curve; value: number | null }
  | { kind: 'card'; id: string }
  | { kind: 'connector'; id: string }
  | { kind: 'cell'; stageId: string; laneId: string; band: boolean }
  | { kind: 'none' };

type Gesture =
  | { kind: 'idle' }
  | { kind: 'pan'; x: number; y: number; tx: number; ty: number }
  | { kind: 'marquee'; x0: number; y0: number; x1: number; y1: number; base: string[] }
  | { kind: 'pressCard'; id: string; ids: string[]; x: number; y: number; toggle: boolean }
  | { kind: 'dragCards'; id: string; ids: string[]; grabX: number; grabY: number; wx: number; wy: number }
  | { kind: 'connect'; from: string; wx: number; wy: number; target: string | null }
  | { kind: 'emotion'; laneId: string; stageId: string; curve: Curve; from: number | null; value: number }
  | { kind: 'pressStage'; id: string; index: number; x: number; dragging: boolean; to: number }
  | { kind: 'pressLane'; id: string; index: number; y: number; dragging: boolean; to: number }
  | { kind: 'resizeStage'; id: string; x: number; width: number; next: number }
  | { kind: 'resizeLane'; id: string; y: number; height: number; next: number };

const DRAG_THRESHOLD = 4;
const EDGE = 6;
const HANDLE_R = 8;

/**
 * Pointer, wheel and keyboard input on the journey canvas. Resolves what is under the pointer
 * against the layout, keeps gesture state while the pointer is down, paints the live feedback on the
 * overlay layer, and ends every gesture in one command (one undo step). The base layer is only asked
 * to redraw when a gesture starts or ends.
 */
export class Interaction {
  gesture: Gesture = { kind: 'idle' };
  hover: Hit = { kind: 'none' };
  /** Last pointer position in screen pixels (canvas-relative), for paste and zoom keys. */
  pointer: { x: number; y: number } | null = null;
  private space = false;
  private readonly disposers: (() => void)[] = [];

  constructor(
    readonly canvas: MapCanvas,
    readonly el: HTMLDivElement,
    readonly journeyId: string,
  ) {
    canvas.paintOverlay = (c) => this.paint(c);
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement | Window | Document,
      type: K,
      fn: (e: HTMLElementEventMap[K]) => void,
      options?: AddEventListenerOptions,
    ) => {
      target.addEventListener(type, fn as EventListener, options);
      this.disposers.push(() => target.removeEventListener(type, fn as EventListener, options));
    };
    on(el, 'pointerdown', (e) => this.onPointerDown(e));
    on(el, 'pointermove', (e) => this.onPointerMove(e));
    on(el, 'pointerup', (e) => this.onPointerUp(e));
    on(el, 'pointercancel', () => this.cancel());
    on(el, 'pointerleave', () => {
      if (this.gesture.kind === 'idle' && this.hover.kind !== 'none') {
        this.hover = { kind: 'none' };
        canvas.redrawOverlay();
      }
    });
    on(el, 'dblclick', (e) => this.onDoubleClick(e));
    on(el, 'contextmenu', (e) => this.onContextMenu(e));
    on(el, 'wheel', (e) => this.onWheel(e), { passive: false });
    on(window, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    on(window, 'keyup', (e) => this.onKeyUp(e as KeyboardEvent));
    on(document, 'copy', (e) => this.onCopy(e as ClipboardEvent));
    on(document, 'paste', (e) => this.onPaste(e as ClipboardEvent));
    on(window, 'blur', () => {
      this.space = false;
      this.cancel();
    });
  }

  dispose(): void {
    for (const d of this.disposers) d();
    this.canvas.paintOverlay = null;
  }

  // -------------------------------------------------------------------------------------------
  // Model access.

  get journey(): Journey | null {
    return this.canvas.journey;
  }
  get layout(): JourneyLayout | null {
    return this.canvas.layout;
  }
  private run<A>(command: Command<A>, args: A): void {
    useDocument.getState().run(command, args);
  }
  private get selection(): Selection {
    return useEditorUi.getState().selection;
  }

  private local(e: { clientX: number; clientY: number }): { x: number; y: number } {
    const r = this.el.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  // -------------------------------------------------------------------------------------------
  // Hit testing.

  hitTest(sx: number, sy: number): Hit {
    const layout = this.layout;
    const journey = this.journey;
    if (!layout || !journey) return { kind: 'none' };
    const v = this.canvas.viewport;
    if (sy < CHROME.top && sx < CHROME.left) return { kind: 'corner' };
    if (sy < CHROME.top) {
      const wx = (sx - v.tx) / v.scale;
      let i = stageAt(layout, wx);
      // The right edge belongs to the stage on its left (the one it resizes).
      if (i >= 0) {
        const left = layout.stages[i].x * v.scale + v.tx;
        if (sx - left <= EDGE && i > 0) return { kind: 'stage', id: layout.stages[i - 1].id, index: i - 1, edge: true };
      } else {
        const last = layout.stages[layout.stages.length - 1];
        if (last && Math.abs(sx - ((last.x + last.w) * v.scale + v.tx)) <= EDGE) i = last.index;
        else return { kind: 'none' };
      }
      const st = layout.stages[i];
      const right = (st.x + st.w) * v.scale + v.tx;
      return { kind: 'stage', id: st.id, index: i, edge: Math.abs(sx - right) <= EDGE };
    }
    if (sx < CHROME.left) {
      const wy = (sy - v.ty) / v.scale;
      let i = laneAt(layout, wy);
      if (i >= 0) {
        const top = layout.lanes[i].y * v.scale + v.ty;
        if (sy - top <= EDGE && i > 0) return { kind: 'lane', id: layout.lanes[i - 1].id, index: i - 1, edge: true };
      } else {
        const last = layout.lanes[layout.lanes.length - 1];
        if (last && Math.abs(sy - ((last.y + last.h) * v.scale + v.ty)) <= EDGE) i = last.index;
        else return { kind: 'none' };
      }
      const lane = layout.lanes[i];
      const bottom = (lane.y + lane.h) * v.scale + v.ty;
      return { kind: 'lane', id: lane.id, index: i, edge: Math.abs(sy - bottom) <= EDGE };
    }
    const { x: wx, y: wy } = toWorld(v, sx, sy);
    const sel = this.selection;
    if (sel.cards.length === 1) {
      const h = this.handlePoint(sel.cards[0]);
      if (h && Math.hypot(h.x - sx, h.y - sy) <= HANDLE_R + 4) return { kind: 'handle', cardId: sel.cards[0] };
    }
    const point = this.pointAt(sx, sy);
    if (point) return point;
    const card = cardAt(layout, wx, wy);
    if (card) return { kind: 'card', id: card };
    const connector = this.connectorAt(wx, wy);
    if (connector) return { kind: 'connector', id: connector };
    const si = stageAt(layout, wx);
    const li = laneAt(layout, wy);
    if (si >= 0 && li >= 0) {
      const lane = layout.lanes[li];
      return { kind: 'cell', stageId: layout.stages[si].id, laneId: lane.id, band: lane.bandH > 0 && wy < lane.contentY };
    }
    return { kind: 'none' };
  }

  /** The round "connect" handle on the right edge of a selected card, in screen pixels. */
  handlePoint(cardId: string): { x: number; y: number } | null {
    const b = this.layout?.cards.get(cardId);
    if (!b) return null;
    const p = toScreen(this.canvas.viewport, b.x + b.w, b.y + b.h / 2);
    return { x: p.x + HANDLE_R + 2, y: p.y };
  }

  private pointAt(sx: number, sy: number): Hit | null {
    const layout = this.layout!;
    const v = this.canvas.viewport;
    const r = pointRadius(v.scale) * v.scale + 4;
    const active = useEditorUi.getState().activeCurve;
    let best: { d: number; hit: Hit } | null = null;
    for (const curve of layout.curves) {
      const lane = layout.lanes.find((l) => l.id === curve.laneId)!;
      const top = lane.y * v.scale + v.ty;
      if (sy < top - r || sy > (lane.y + lane.h) * v.scale + v.ty + r) continue;
      const candidates: { stageId: string; x: number; y: number; value: number | null; curve: Curve }[] = [];
      for (const p of curve.asIs) candidates.push({ ...p, curve: 'asIs' });
      for (const p of curve.toBe ?? []) candidates.push({ ...p, curve: 'toBe' });
      const have = new Set(curve.asIs.map((p) => p.stageId));
      for (const st of layout.stages) {
        if (!have.has(st.id)) candidates.push({ stageId: st.id, x: st.x + st.w / 2, y: emotionY(lane, 0), value: null, curve: 'asIs' });
      }
      for (const c of candidates) {
        const p = toScreen(v, c.x, c.y);
        const d = Math.hypot(p.x - sx, p.y - sy) - (c.curve === active ? 2 : 0);
        if (d <= r && (!best || d < best.d)) {
          best = { d, hit: { kind: 'point', laneId: curve.laneId, stageId: c.stageId, curve: c.curve, value: c.value } };
        }
      }
    }
    return best?.hit ?? null;
  }

  private connectorAt(wx: number, wy: number): string | null {
    const scene = this.canvas.scene;
    if (!scene) return null;
    const tolerance = 6 / this.canvas.viewport.scale;
    let best: { d: number; id: string } | null = null;
    for (const [id, g] of scene.connectors) {
      const b = g.bounds;
      if (wx < b.x - tolerance || wx > b.x + b.w + tolerance || wy < b.y - tolerance || wy > b.y + b.h + tolerance) continue;
      const d = distanceToConnector(g, wx, wy);
      if (d <= tolerance && (!best || d < best.d)) best = { d, id };
    }
    return best?.id ?? null;
  }

  // -------------------------------------------------------------------------------------------
  // Pointer gestures.

  private onPointerDown(e: PointerEvent): void {
    if (useEditorUi.getState().menu) useEditorUi.setState({ menu: null });
    if (useEditorUi.getState().editing) return; // the inline editor commits on blur first
    this.el.focus({ preventScroll: true });
    if (useEditorUi.getState().connectFrom) useEditorUi.setState({ connectFrom: null });
    const p = this.local(e);
    this.pointer = p;
    const v = this.canvas.viewport;
    if (e.button === 1 || (e.button === 0 && this.space)) {
      e.preventDefault();
      this.capture(e);
      this.gesture = { kind: 'pan', x: p.x, y: p.y, tx: v.tx, ty: v.ty };
      this.el.style.cursor = 'grabbing';
      return;
    }
    if (e.button !== 0) return;
    const hit = this.hitTest(p.x, p.y);
    const shift = e.shiftKey || e.metaKey || e.ctrlKey;
    this.capture(e);
    switch (hit.kind) {
      case 'stage':
        if (hit.edge) {
          const w = this.journey!.stages[hit.index].width;
          this.gesture = { kind: 'resizeStage', id: hit.id, x: p.x, width: w, next: w };
        } else {
          select({ stage: hit.id });
          this.gesture = { kind: 'pressStage', id: hit.id, index: hit.index, x: p.x, dragging: false, to: hit.index };
        }
        break;
      case 'lane':
        if (hit.edge) {
          const h = this.journey!.lanes[hit.index].height;
          this.gesture = { kind: 'resizeLane', id: hit.id, y: p.y, height: this.layout!.lanes[hit.index].h, next: h };
        } else {
          select({ lane: hit.id });
          this.gesture = { kind: 'pressLane', id: hit.id, index: hit.index, y: p.y, dragging: false, to: hit.index };
        }
        break;
      case 'handle': {
        const w = toWorld(v, p.x, p.y);
        this.gesture = { kind: 'connect', from: hit.cardId, wx: w.x, wy: w.y, target: null };
        break;
      }
      case 'point':
        select({ lane: hit.laneId });
        this.canvas.setBaseOptions({ fadedCurve: `${hit.laneId}:${hit.curve}` });
        this.gesture = { kind: 'emotion', laneId: hit.laneId, stageId: hit.stageId, curve: hit.curve, from: hit.value, value: hit.value ?? 0 };
        break;
      case 'card': {
        const current = this.selection.cards;
        const b = this.layout!.cards.get(hit.id)!;
        this.setLastCell(b.stageIndex, b.laneIndex);
        if (shift) {
          select({ cards: current.includes(hit.id) ? current.filter((id) => id !== hit.id) : [...current, hit.id] });
          this.gesture = { kind: 'idle' };
        } else {
          const ids = current.includes(hit.id) ? current : [hit.id];
          if (!current.includes(hit.id)) select({ cards: [hit.id] });
          this.gesture = { kind: 'pressCard', id: hit.id, ids, x: p.x, y: p.y, toggle: false };
        }
        break;
      }
      case 'connector':
        select({ connector: hit.id });
        this.gesture = { kind: 'idle' };
        break;
      case 'cell':
      case 'none': {
        if (hit.kind === 'cell') useEditorUi.setState({ lastCell: { stageId: hit.stageId, laneId: hit.laneId } });
        const base = shift ? this.selection.cards : [];
        if (!shift) select({});
        this.gesture = { kind: 'marquee', x0: p.x, y0: p.y, x1: p.x, y1: p.y, base };
        break;
      }
      default:
        this.gesture = { kind: 'idle' };
    }
    this.canvas.redrawOverlay();
  }

  private capture(e: PointerEvent): void {
    try {
      this.el.setPointerCapture(e.pointerId);
    } catch {
      /* synthetic events */
    }
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.local(e);
    this.pointer = p;
    const g = this.gesture;
    const v = this.canvas.viewport;
    const layout = this.layout;
    if (!layout) return;
    switch (g.kind) {
      case 'idle': {
        const hit = this.hitTest(p.x, p.y);
        this.el.style.cursor = cursorFor(hit, this.space);
        if (!sameHit(hit, this.hover)) {
          this.hover = hit;
          this.canvas.redrawOverlay();
        }
        return;
      }
      case 'pan':
        this.canvas.setViewport({ ...v, tx: g.tx + p.x - g.x, ty: g.ty + p.y - g.y });
        return;
      case 'marquee': {
        g.x1 = p.x;
        g.y1 = p.y;
        const a = toWorld(v, Math.min(g.x0, g.x1), Math.min(g.y0, g.y1));
        const b = toWorld(v, Math.max(g.x0, g.x1), Math.max(g.y0, g.y1));
        if (Math.abs(g.x1 - g.x0) + Math.abs(g.y1 - g.y0) > DRAG_THRESHOLD) {
          const inside = cardsInRect(layout, { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y });
          const next = [...g.base, ...inside.filter((id) => !g.base.includes(id))];
          if (next.join() !== this.selection.cards.join()) select({ cards: next });
        }
        break;
      }
      case 'pressCard': {
        if (Math.hypot(p.x - g.x, p.y - g.y) < DRAG_THRESHOLD) return;
        const b = layout.cards.get(g.id)!;
        const w = toWorld(v, g.x, g.y);
        this.gesture = { kind: 'dragCards', id: g.id, ids: g.ids, grabX: w.x - b.x, grabY: w.y - b.y, wx: 0, wy: 0 };
        this.canvas.setBaseOptions({ dim: new Set(g.ids) });
        this.el.style.cursor = 'grabbing';
        return this.onPointerMove(e);
      }
      case 'dragCards': {
        const w = toWorld(v, p.x, p.y);
        g.wx = w.x;
        g.wy = w.y;
        break;
      }
      case 'connect': {
        const w = toWorld(v, p.x, p.y);
        g.wx = w.x;
        g.wy = w.y;
        const target = cardAt(layout, w.x, w.y);
        g.target = target && target !== g.from ? target : null;
        break;
      }
      case 'emotion': {
        const lane = layout.lanes.find((l) => l.id === g.laneId)!;
        g.value = emotionValueAt(lane, toWorld(v, p.x, p.y).y);
        break;
      }
      case 'pressStage': {
        if (!g.dragging && Math.abs(p.x - g.x) < DRAG_THRESHOLD) return;
        g.dragging = true;
        g.to = this.insertionIndex(layout.stages.map((s) => [s.x * v.scale + v.tx, s.w * v.scale]), p.x, g.index);
        this.el.style.cursor = 'grabbing';
        break;
      }
      case 'pressLane': {
        if (!g.dragging && Math.abs(p.y - g.y) < DRAG_THRESHOLD) return;
        g.dragging = true;
        g.to = this.insertionIndex(layout.lanes.map((l) => [l.y * v.scale + v.ty, l.h * v.scale]), p.y, g.index);
        this.el.style.cursor = 'grabbing';
        break;
      }
      case 'resizeStage':
        g.next = Math.max(120, Math.round(g.width + (p.x - g.x) / v.scale));
        break;
      case 'resizeLane':
        g.next = Math.max(60, Math.round(g.height + (p.y - g.y) / v.scale));
        break;
    }
    this.canvas.redrawOverlay();
  }

  /** The final index of an item dragged to `pos` among spans [start, size] (screen pixels). */
  private insertionIndex(spans: [number, number][], pos: number, from: number): number {
    let before = spans.findIndex(([start, size]) => pos < start + size / 2);
    if (before < 0) before = spans.length;
    return before > from ? before - 1 : before;
  }

  private onPointerUp(e: PointerEvent): void {
    const g = this.gesture;
    this.gesture = { kind: 'idle' };
    const journey = this.journey;
    const layout = this.layout;
    try {
      this.el.releasePointerCapture(e.pointerId);
    } catch {
      /* not captured */
    }
    this.el.style.cursor = '';
    if (!journey || !layout) return;
    const id = this.journeyId;
    switch (g.kind) {
      case 'pan':
        break;
      case 'dragCards': {
        this.canvas.setBaseOptions({});
        const target = this.dropFor(g);
        if (target) {
          this.run(moveCards, {
            journeyId: id,
            cardIds: g.ids,
            anchorId: g.id,
            stageId: layout.stages[target.stageIndex].id,
            laneId: layout.lanes[target.laneIndex].id,
            beforeId: target.beforeId,
          });
          this.setLastCell(target.stageIndex, target.laneIndex);
        }
        break;
      }
      case 'connect':
        if (g.target) {
          this.run(connect, { journeyId: id, from: g.from, to: g.target });
          select({ cards: [g.target] });
        }
        break;
      case 'emotion':
        this.canvas.setBaseOptions({});
        if (g.value !== g.from) {
          this.run(setEmotionPoint, { journeyId: id, laneId: g.laneId, stageId: g.stageId, curve: g.curve, value: g.value });
        }
        break;
      case 'pressCard':
        // A plain click on one card of a multi-selection selects just that card.
        if (g.ids.length > 1) select({ cards: [g.id] });
        break;
      case 'pressStage':
        if (g.dragging && g.to !== g.index) this.run(moveStage, { journeyId: id, stageId: g.id, toIndex: g.to });
        break;
      case 'pressLane':
        if (g.dragging && g.to !== g.index) this.run(moveLane, { journeyId: id, laneId: g.id, toIndex: g.to });
        break;
      case 'resizeStage':
        this.run(resizeStage, { journeyId: id, stageId: g.id, width: g.next });
        break;
      case 'resizeLane':
        this.run(resizeLane, { journeyId: id, laneId: g.id, height: g.next });
        break;
      default:
        break;
    }
    this.canvas.redrawOverlay();
  }

  cancel(): void {
    if (this.gesture.kind === 'dragCards' || this.gesture.kind === 'emotion') this.canvas.setBaseOptions({});
    this.gesture = { kind: 'idle' };
    this.el.style.cursor = '';
    this.canvas.redrawOverlay();
  }

  /** Where dragged cards would land: the cell under the anchor card's centre, and the card to go before. */
  private dropFor(g: Extract<Gesture, { kind: 'dragCards' }>) {
    const layout = this.layout!;
    const cx = g.wx - g.grabX + layout.cards.get(g.id)!.w / 2;
    const cy = g.wy - g.grabY + LAYOUT.cardHeight / 2;
    const t = dropTarget(layout, cx, cy);
    if (!t) return null;
    const ids = layout.cells.get(cellKey(t.stageIndex, t.laneIndex)) ?? [];
    const moving = new Set(g.ids);
    const beforeId = ids.slice(t.index).find((x) => !moving.has(x)) ?? null;
    return { ...t, beforeId };
  }

  private onDoubleClick(e: MouseEvent): void {
    const p = this.local(e);
    const hit = this.hitTest(p.x, p.y);
    const layout = this.layout;
    if (!layout) return;
    switch (hit.kind) {
      case 'card':
        this.editCard(hit.id);
        break;
      case 'stage':
        if (!hit.edge) useEditorUi.setState({ editing: { kind: 'stage', id: hit.id } });
        break;
      case 'lane':
        if (!hit.edge) useEditorUi.setState({ editing: { kind: 'lane', id: hit.id } });
        break;
      case 'point':
        if (hit.value !== null) {
          this.run(setEmotionPoint, { journeyId: this.journeyId, laneId: hit.laneId, stageId: hit.stageId, curve: hit.curve, value: null });
        }
        break;
      case 'cell':
        if (hit.band) {
          const lane = layout.lanes.find((l) => l.id === hit.laneId)!;
          const value = emotionValueAt(lane, toWorld(this.canvas.viewport, p.x, p.y).y);
          this.run(setEmotionPoint, { journeyId: this.journeyId, laneId: hit.laneId, stageId: hit.stageId, curve: useEditorUi.getState().activeCurve, value });
        } else {
          this.newCard(hit.stageId, hit.laneId);
        }
        break;
      default:
        break;
    }
  }

  private onContextMenu(e: MouseEvent): void {
    e.preventDefault();
    const p = this.local(e);
    const hit = this.hitTest(p.x, p.y);
    let target: MenuTarget | null = null;
    switch (hit.kind) {
      case 'card':
        if (!this.selection.cards.includes(hit.id)) select({ cards: [hit.id] });
        target = { kind: 'card', id: hit.id };
        break;
      case 'stage':
        select({ stage: hit.id });
        target = { kind: 'stage', id: hit.id };
        break;
      case 'lane':
        select({ lane: hit.id });
        target = { kind: 'lane', id: hit.id };
        break;
      case 'connector':
        select({ connector: hit.id });
        target = { kind: 'connector', id: hit.id };
        break;
      case 'point':
        if (hit.value !== null) target = { kind: 'point', laneId: hit.laneId, stageId: hit.stageId, curve: hit.curve };
        break;
      case 'cell':
        useEditorUi.setState({ lastCell: { stageId: hit.stageId, laneId: hit.laneId } });
        target = { kind: 'cell', stageId: hit.stageId, laneId: hit.laneId };
        break;
      default:
        break;
    }
    if (target) useEditorUi.setState({ menu: { x: p.x, y: p.y, target } });
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const p = this.local(e);
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const dx = e.deltaX * unit;
    const dy = e.deltaY * unit;
    if (e.shiftKey) {
      this.canvas.panBy(-(dx || dy), 0);
    } else if (e.altKey) {
      this.canvas.panBy(-dx, -dy);
    } else {
      // Wheel and pinch (ctrl+wheel) zoom around the pointer.
      const factor = Math.exp(-dy * (e.ctrlKey ? 0.01 : 0.0015));
      this.canvas.zoomAt(factor, p.x, p.y);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Keyboard.

  private onKeyDown(e: KeyboardEvent): void {
    if (isTyping(e.target) || useEditorUi.getState().editing) return;
    const ui = useEditorUi.getState();
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key;
    if (key === ' ' && !mod) {
      if (!this.space) {
        this.space = true;
        this.el.style.cursor = 'grab';
      }
      e.preventDefault();
      return;
    }
    const onCanvas = e.target === this.el || e.target === document.body || e.target === document.documentElement;
    if (ui.connectFrom) {
      // Keyboard connect mode: arrows pick the target, Enter draws the arrow, Escape (or anything else) leaves.
      if (key === 'Escape') {
        useEditorUi.setState({ connectFrom: null });
        select({ cards: [ui.connectFrom] });
        e.preventDefault();
        return;
      }
      if (key === 'Enter' && !mod) {
        this.finishConnect();
        e.preventDefault();
        return;
      }
      if (key.startsWith('Arrow') && !mod && !e.altKey && !e.shiftKey) {
        this.moveSelection(ARROWS[key]);
        e.preventDefault();
        return;
      }
      if (!['Shift', 'Control', 'Alt', 'Meta'].includes(key)) useEditorUi.setState({ connectFrom: null });
    }
    if (key === 'Escape') {
      if (ui.menu || ui.help) useEditorUi.setState({ menu: null, help: false });
      else if (this.gesture.kind !== 'idle') this.cancel();
      else select({});
      return;
    }
    if (ui.help && key !== '?') return;
    const handled = (() => {
      if (mod && !e.altKey) {
        switch (key.toLowerCase()) {
          case 'a':
            select({ cards: this.journey?.cards.map((c) => c.id) ?? [] });
            return true;
          case 'd':
            this.duplicate();
            return true;
          case '=':
          case '+':
            this.canvas.zoomBy(1.25);
            return true;
          case '-':
            this.canvas.zoomBy(0.8);
            return true;
          case '0':
            this.zoomTo(1);
            return true;
          default:
            return false;
        }
      }
      if (e.altKey && key.startsWith('Arrow')) {
        this.nudge(key);
        return true;
      }
      // Arrow keys walk between cards (the first one when none is selected); Shift+arrows pan.
      if (onCanvas && key in ARROWS && !e.shiftKey && this.moveSelection(ARROWS[key])) return true;
      if (onCanvas && key === 'Tab' && !e.shiftKey && this.selection.cards.length === 0 && this.moveSelection('right')) return true;
      if (onCanvas && (key === 'c' || key === 'C') && !e.shiftKey) return this.startConnect();
      switch (key) {
        case 'Delete':
        case 'Backspace':
          this.deleteSelection();
          return true;
        case 'Enter':
        case 'F2': {
          const sel = this.selection;
          if (sel.cards.length === 1) this.editCard(sel.cards[0]);
          else if (sel.stage) useEditorUi.setState({ editing: { kind: 'stage', id: sel.stage } });
          else if (sel.lane) useEditorUi.setState({ editing: { kind: 'lane', id: sel.lane } });
          else return false;
          return true;
        }
        case 'n':
        case 'N':
          this.newCardInCurrentCell();
          return true;
        case '?':
          useEditorUi.setState({ help: !ui.help });
          return true;
        case '!':
          if (e.shiftKey) this.canvas.fit();
          return e.shiftKey;
        default:
          if (e.shiftKey && e.code === 'Digit1') {
            this.canvas.fit();
            return true;
          }
          break;
      }
      switch (key) {
        case '+':
        case '=':
          this.canvas.zoomBy(1.25);
          return true;
        case '-':
          this.canvas.zoomBy(0.8);
          return true;
        case 'Home':
          this.canvas.home();
          return true;
        case 'ArrowLeft':
          this.canvas.panBy(80, 0);
          return true;
        case 'ArrowRight':
          this.canvas.panBy(-80, 0);
          return true;
        case 'ArrowUp':
          this.canvas.panBy(0, 80);
          return true;
        case 'ArrowDown':
          this.canvas.panBy(0, -80);
          return true;
        default:
          return false;
      }
    })();
    if (handled) e.preventDefault();
  }

  private onKeyUp(e: KeyboardEvent): void {
    if (e.key === ' ' && this.space) {
      this.space = false;
      this.el.style.cursor = '';
    }
  }

  private onCopy(e: ClipboardEvent): void {
    if (isTyping(e.target) || useEditorUi.getState().editing) return;
    const clip = this.copy();
    if (!clip) return;
    e.clipboardData?.setData('text/plain', clipText(clip));
    e.preventDefault();
  }

  private onPaste(e: ClipboardEvent): void {
    if (isTyping(e.target) || useEditorUi.getState().editing) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const clip = useEditorUi.getState().clipboard;
    e.preventDefault();
    if (clip && (!text || text === clipText(clip))) this.paste();
    else if (text.trim()) this.pasteText(text);
  }

  // -------------------------------------------------------------------------------------------
  // Actions (keyboard, toolbar, context menu).

  zoomTo(scale: number): void {
    this.canvas.zoomBy(scale / this.canvas.viewport.scale);
  }

  private setLastCell(si: number, li: number): void {
    const layout = this.layout!;
    useEditorUi.setState({ lastCell: { stageId: layout.stages[si].id, laneId: layout.lanes[li].id } });
  }

  editCard(id: string): void {
    const b = this.layout?.cards.get(id);
    if (!b) return;
    this.canvas.reveal(b);
    select({ cards: [id] });
    useEditorUi.setState({ editing: { kind: 'card', id } });
  }

  /** Opens the editor on the next free slot of a cell; the card is created when the text is committed. */
  newCard(stageId: string, laneId: string): void {
    const layout = this.layout;
    if (!layout) return;
    const si = layout.stages.findIndex((s) => s.id === stageId);
    const li = layout.lanes.findIndex((l) => l.id === laneId);
    if (si < 0 || li < 0) return;
    const n = layout.cells.get(cellKey(si, li))?.length ?? 0;
    this.canvas.reveal(slotBox(layout, si, li, n));
    useEditorUi.setState({ editing: { kind: 'newCard', stageId, laneId }, lastCell: { stageId, laneId } });
    this.canvas.redrawOverlay();
  }

  /** The cell for "add card": that of the selected card, else the last one clicked, else the first usable one. */
  currentCell(): { stageId: string; laneId: string } | null {
    const j = this.journey;
    if (!j || j.stages.length === 0 || j.lanes.length === 0) return null;
    const sel = this.selection.cards;
    const selected = j.cards.find((c) => c.id === sel[sel.length - 1]);
    if (selected) return { stageId: selected.stageId, laneId: selected.laneId };
    const last = useEditorUi.getState().lastCell;
    if (last && j.stages.some((s) => s.id === last.stageId) && j.lanes.some((l) => l.id === last.laneId)) return last;
    const lane = j.lanes.find((l) => l.type !== 'emotions') ?? j.lanes[0];
    return { stageId: j.stages[0].id, laneId: lane.id };
  }

  newCardInCurrentCell(): void {
    const cell = this.currentCell();
    if (cell) this.newCard(cell.stageId, cell.laneId);
  }

  /** Creates the card the inline editor was opened for. */
  commitNewCard(stageId: string, laneId: string, text: string): void {
    const j = this.journey;
    const lane = j?.lanes.find((l) => l.id === laneId);
    if (!j || !lane || !text.trim()) return;
    const id = newId();
    this.run(addCard, { journeyId: this.journeyId, stageId, laneId, text: text.trim(), type: defaultCardType(lane.type), id });
    select({ cards: [id] });
  }

  addStage(index?: number, name?: string): void {
    const j = this.journey;
    if (!j) return;
    const id = newId();
    this.run(addStage, { journeyId: this.journeyId, name: name ?? '', index, id });
    select({ stage: id });
    const layout = this.layout!;
    const st = layout.stages.find((s) => s.id === id);
    if (st) this.canvas.reveal({ x: st.x, y: this.canvas.mapView().y, w: st.w, h: 1 });
  }

  addLane(type: LaneType, name: string, index?: number): void {
    const id = newId();
    this.run(addLane, { journeyId: this.journeyId, name, type, index, id });
    select({ lane: id });
    const lane = this.layout?.lanes.find((l) => l.id === id);
    if (lane) this.canvas.reveal({ x: this.canvas.mapView().x, y: lane.y, w: 1, h: Math.min(lane.h, 200) });
  }

  /** Deletes what is selected: cards and arrows, or a stage, or a lane (with their cards). */
  deleteSelection(): void {
    const sel = this.selection;
    if (sel.cards.length || sel.connector) {
      this.run(removeItems, { journeyId: this.journeyId, cardIds: sel.cards, connectorIds: sel.connector ? [sel.connector] : [] });
    } else if (sel.stage) {
      this.run(removeStage, { journeyId: this.journeyId, stageId: sel.stage });
    } else if (sel.lane) {
      this.run(removeLane, { journeyId: this.journeyId, laneId: sel.lane });
    } else {
      return;
    }
    select({});
  }

  /** Chains the selected cards with arrows in the order they were selected: one step. */
  connectSelected(): void {
    const ids = this.selection.cards;
    if (ids.length >= 2) this.run(connectChain, { journeyId: this.journeyId, ids });
  }

  copy(): CardClip | null {
    const j = this.journey;
    const ids = new Set(this.selection.cards);
    if (!j || ids.size === 0) return null;
    const stageIdx = new Map(j.stages.map((s, i) => [s.id, i]));
    const laneIdx = new Map(j.lanes.map((l, i) => [l.id, i]));
    const clip: CardClip = {
      items: j.cards
        .filter((c) => ids.has(c.id))
        .map((card) => ({ card, stageIndex: stageIdx.get(card.stageId)!, laneIndex: laneIdx.get(card.laneId)! })),
      connectors: j.connectors.filter((k) => ids.has(k.from) && ids.has(k.to)).map(({ from, to, label }) => ({ from, to, label })),
    };
    useEditorUi.setState({ clipboard: clip });
    return clip;
  }

  /** Pastes into the cell under the pointer (keeping the copied cards' arrangement), else in place. */
  paste(): void {
    const clip = useEditorUi.getState().clipboard;
    const layout = this.layout;
    if (!clip || !layout || clip.items.length === 0) return;
    let offset = { stages: 0, lanes: 0 };
    const target = this.pointerCell() ?? this.cellIndex(useEditorUi.getState().lastCell);
    if (target) offset = { stages: target.si - clip.items[0].stageIndex, lanes: target.li - clip.items[0].laneIndex };
    const ids = clip.items.map(() => newId());
    this.run(insertCards, { journeyId: this.journeyId, clip, offset, ids });
    select({ cards: ids });
  }

  /** Text from elsewhere (a spreadsheet column, a list): one card per line in the current cell. */
  pasteText(text: string): void {
    const cell = this.pointerCellIds() ?? this.currentCell();
    const j = this.journey;
    if (!cell || !j) return;
    const lane = j.lanes.find((l) => l.id === cell.laneId)!;
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 200);
    if (lines.length === 0) return;
    const si = j.stages.findIndex((s) => s.id === cell.stageId);
    const li = j.lanes.findIndex((l) => l.id === cell.laneId);
    const type = defaultCardType(lane.type);
    const clip: CardClip = {
      items: lines.map((line, k) => ({ card: { id: `p${k}`, stageId: cell.stageId, laneId: cell.laneId, text: line.slice(0, 5000), type }, stageIndex: si, laneIndex: li })),
      connectors: [],
    };
    const ids = lines.map(() => newId());
    this.run(insertCards, { journeyId: this.journeyId, clip, ids });
    select({ cards: ids });
  }

  duplicate(): void {
    const clip = this.copy();
    if (!clip) return;
    const ids = clip.items.map(() => newId());
    this.run(insertCards, { journeyId: this.journeyId, clip, ids });
    select({ cards: ids });
  }

  /**
   * Arrow keys: selects the nearest card in a direction from the (last) selected card, or the first
   * card in reading order when no card is selected, and scrolls it into view. False when the map has
   * no cards (the key then pans).
   */
  moveSelection(dir: Direction): boolean {
    const layout = this.layout;
    if (!layout || layout.cards.size === 0) return false;
    const boxes = [...layout.cards.values()];
    const sel = this.selection.cards;
    const current = sel.length ? sel[sel.length - 1] : null;
    const next = current && layout.cards.has(current) ? (nearestCard(boxes, current, dir) ?? current) : firstCard(boxes);
    const b = next ? layout.cards.get(next) : null;
    if (!next || !b) return false;
    select({ cards: [next] });
    this.setLastCell(b.stageIndex, b.laneIndex);
    this.canvas.reveal(b);
    return true;
  }

  /** C: keyboard connect mode from the selected card; arrows pick the target, Enter connects. */
  startConnect(): boolean {
    const sel = this.selection.cards;
    if (sel.length !== 1 || !this.layout?.cards.has(sel[0])) return false;
    useEditorUi.setState({ connectFrom: sel[0] });
    this.canvas.redrawOverlay();
    return true;
  }

  /** Enter in connect mode: an arrow from the start card to the selected one (one undo step). */
  finishConnect(): void {
    const from = useEditorUi.getState().connectFrom;
    const to = this.selection.cards[0];
    useEditorUi.setState({ connectFrom: null });
    if (!from || !to || from === to || !this.journey?.cards.some((c) => c.id === from)) return;
    this.run(connect, { journeyId: this.journeyId, from, to });
    select({ cards: [to] });
  }

  /** Alt+arrow: moves the selected cards one cell over. */
  private nudge(key: string): void {
    const j = this.journey;
    const ids = this.selection.cards;
    if (!j || ids.length === 0) return;
    const anchor = j.cards.find((c) => c.id === ids[0]);
    if (!anchor) return;
    let si = j.stages.findIndex((s) => s.id === anchor.stageId);
    let li = j.lanes.findIndex((l) => l.id === anchor.laneId);
    if (key === 'ArrowLeft') si--;
    if (key === 'ArrowRight') si++;
    if (key === 'ArrowUp') li--;
    if (key === 'ArrowDown') li++;
    if (si < 0 || li < 0 || si >= j.stages.length || li >= j.lanes.length) return;
    this.run(moveCards, { journeyId: this.journeyId, cardIds: ids, anchorId: anchor.id, stageId: j.stages[si].id, laneId: j.lanes[li].id });
    const b = this.layout?.cards.get(anchor.id);
    if (b) this.canvas.reveal(b);
  }

  toggleMot(ids: string[]): void {
    const j = this.journey;
    const on = !ids.every((id) => j?.cards.find((c) => c.id === id)?.momentOfTruth);
    this.run(updateCards, { journeyId: this.journeyId, ids, patch: { momentOfTruth: on } });
  }

  private pointerCell(): { si: number; li: number } | null {
    const layout = this.layout;
    const p = this.pointer;
    if (!layout || !p || p.x < CHROME.left || p.y < CHROME.top) return null;
    const w = toWorld(this.canvas.viewport, p.x, p.y);
    const si = stageAt(layout, w.x);
    const li = laneAt(layout, w.y);
    return si >= 0 && li >= 0 ? { si, li } : null;
  }

  private pointerCellIds(): { stageId: string; laneId: string } | null {
    const c = this.pointerCell();
    return c ? { stageId: this.layout!.stages[c.si].id, laneId: this.layout!.lanes[c.li].id } : null;
  }

  private cellIndex(cell: { stageId: string; laneId: string } | null): { si: number; li: number } | null {
    const layout = this.layout;
    if (!cell || !layout) return null;
    const si = layout.stages.findIndex((s) => s.id === cell.stageId);
    const li = layout.lanes.findIndex((l) => l.id === cell.laneId);
    return si >= 0 && li >= 0 ? { si, li } : null;
  }

  /** Screen box (canvas-relative) of what the inline editor edits. */
  editRect(kind: 'card' | 'newCard' | 'stage' | 'lane', ids: { id?: string; stageId?: string; laneId?: string }): Box | null {
    const layout = this.layout;
    if (!layout) return null;
    const v = this.canvas.viewport;
    const toBox = (b: Box): Box => {
      const a = toScreen(v, b.x, b.y);
      return { x: a.x, y: a.y, w: b.w * v.scale, h: b.h * v.scale };
    };
    if (kind === 'card') {
      const b = layout.cards.get(ids.id!);
      return b ? toBox(b) : null;
    }
    if (kind === 'newCard') {
      const si = layout.stages.findIndex((s) => s.id === ids.stageId);
      const li = layout.lanes.findIndex((l) => l.id === ids.laneId);
      if (si < 0 || li < 0) return null;
      return toBox(slotBox(layout, si, li, layout.cells.get(cellKey(si, li))?.length ?? 0));
    }
    if (kind === 'stage') {
      const st = layout.stages.find((s) => s.id === ids.id);
      if (!st) return null;
      const x = Math.max(CHROME.left, st.x * v.scale + v.tx);
      return { x, y: 0, w: Math.max(160, (st.x + st.w) * v.scale + v.tx - x), h: CHROME.top };
    }
    const lane = layout.lanes.find((l) => l.id === ids.id);
    if (!lane) return null;
    const y = Math.max(CHROME.top, lane.y * v.scale + v.ty);
    return { x: 0, y, w: CHROME.left, h: Math.max(44, Math.min(120, (lane.y + lane.h) * v.scale + v.ty - y)) };
  }

  // -------------------------------------------------------------------------------------------
  // The overlay.

  private paint(c: Ctx): void {
    const scene = this.canvas.scene;
    const layout = this.layout;
    if (!scene || !layout) return;
    const v = this.canvas.viewport;
    const s = v.scale;
    const { width, height } = this.canvas;
    const sel = this.selection;
    const g = this.gesture;
    const ui = useEditorUi.getState();

    c.save();
    c.beginPath();
    c.rect(CHROME.left, CHROME.top, width - CHROME.left, height - CHROME.top);
    c.clip();
    c.transform(s, 0, 0, s, v.tx, v.ty);

    // Selected stage or lane: a band across the map.
    if (sel.stage) {
      const st = layout.stages.find((x) => x.id === sel.stage);
      if (st) outline(c, { x: st.x, y: layout.gridY, w: st.w, h: layout.height - layout.gridY }, s, SELECTION_COLOR, 2, 'rgba(37,99,235,0.05)');
    }
    if (sel.lane) {
      const lane = layout.lanes.find((x) => x.id === sel.lane);
      if (lane) outline(c, { x: layout.gridX, y: lane.y, w: layout.width - layout.gridX, h: lane.h }, s, SELECTION_COLOR, 2, 'rgba(37,99,235,0.04)');
    }
    // Hover.
    if (g.kind === 'idle' && this.hover.kind === 'card' && !sel.cards.includes(this.hover.id)) {
      const b = layout.cards.get(this.hover.id);
      if (b) outline(c, b, s, '#60A5FA', 1.5);
    }
    if (g.kind === 'idle' && this.hover.kind === 'connector' && sel.connector !== this.hover.id) {
      const geo = scene.connectors.get(this.hover.id);
      if (geo) drawConnectorPath(c, geo, s, '#60A5FA', 2.5);
    }
    // Selected connector.
    if (sel.connector) {
      const geo = scene.connectors.get(sel.connector);
      if (geo) drawConnectorPath(c, geo, s, SELECTION_COLOR, 3);
    }
    // Selected cards.
    const view = this.canvas.mapView();
    for (const id of sel.cards) {
      const b = layout.cards.get(id);
      if (!b || b.x > view.x + view.w || b.x + b.w < view.x || b.y > view.y + view.h || b.y + b.h < view.y) continue;
      outline(c, b, s, SELECTION_COLOR, 2.5);
    }

    // Keyboard connect mode: the start card dashed, a line to the target.
    if (ui.connectFrom) {
      const a = layout.cards.get(ui.connectFrom);
      const b = sel.cards[0] && sel.cards[0] !== ui.connectFrom ? layout.cards.get(sel.cards[0]) : undefined;
      if (a) {
        c.setLineDash([6 / s, 4 / s]);
        outline(c, a, s, SELECTION_COLOR, 2.5);
        if (b) {
          c.beginPath();
          c.moveTo(a.x + a.w / 2, a.y + a.h / 2);
          c.lineTo(b.x + b.w / 2, b.y + b.h / 2);
          c.strokeStyle = SELECTION_COLOR;
          c.lineWidth = 2 / s;
          c.stroke();
        }
        c.setLineDash([]);
      }
    }

    // The slot a new card is being typed into.
    if (ui.editing?.kind === 'newCard') {
      const r = this.editRectWorld(ui.editing.stageId, ui.editing.laneId);
      if (r) {
        c.setLineDash([6 / s, 4 / s]);
        outline(c, r, s, SELECTION_COLOR, 2, '#FFFFFF');
        c.setLineDash([]);
      }
    }

    switch (g.kind) {
      case 'dragCards': {
        const target = this.dropFor(g);
        if (target) {
          const n = layout.cells.get(cellKey(target.stageIndex, target.laneIndex))?.length ?? 0;
          const slot = slotBox(layout, target.stageIndex, target.laneIndex, Math.min(target.index, n));
          const st = layout.stages[target.stageIndex];
          c.fillStyle = SELECTION_COLOR;
          if (st.cols === 1) c.fillRect(slot.x, slot.y - LAYOUT.cardGap / 2 - 2 / s, slot.w, 4 / s);
          else c.fillRect(slot.x - LAYOUT.cardGap / 2 - 2 / s, slot.y, 4 / s, slot.h);
          const cell = { x: st.x, y: layout.lanes[target.laneIndex].y, w: st.w, h: layout.lanes[target.laneIndex].h };
          outline(c, cell, s, 'rgba(37,99,235,0.5)', 1.5, 'rgba(37,99,235,0.05)');
        }
        const anchor = layout.cards.get(g.id)!;
        const dx = g.wx - g.grabX - anchor.x;
        const dy = g.wy - g.grabY - anchor.y;
        const ghosts = g.ids
          .map((id) => layout.cards.get(id))
          .filter((b): b is NonNullable<typeof b> => !!b)
          .slice(0, 200)
          .map((b) => ({ ...b, x: b.x + dx, y: b.y + dy }));
        c.globalAlpha = 0.9;
        drawCardBoxes(c, scene, ghosts, s);
        c.globalAlpha = 1;
        for (const b of ghosts) outline(c, b, s, SELECTION_COLOR, 2);
        break;
      }
      case 'connect': {
        const from = layout.cards.get(g.from)!;
        const to = g.target ? layout.cards.get(g.target)! : { x: g.wx, y: g.wy, w: 0.01, h: 0.01 };
        if (g.target) outline(c, to, s, '#16A34A', 3);
        drawConnectorPath(c, connectorGeometry(from, to), s, g.target ? '#16A34A' : SELECTION_COLOR, 2.5);
        break;
      }
      case 'emotion': {
        const curve = layout.curves.find((cv) => cv.laneId === g.laneId);
        const lane = layout.lanes.find((l) => l.id === g.laneId)!;
        if (curve) {
          const base = (g.curve === 'toBe' ? curve.toBe : curve.asIs) ?? [];
          const st = layout.stages.find((x) => x.id === g.stageId)!;
          const moved = { stageId: g.stageId, stageIndex: st.index, x: st.x + st.w / 2, y: emotionY(lane, g.value), value: g.value };
          const points = [...base.filter((p) => p.stageId !== g.stageId), moved].sort((a, b) => a.stageIndex - b.stageIndex);
          drawCurve(c, points, s, g.curve === 'toBe' ? TO_BE_COLOR : AS_IS_COLOR, g.curve === 'toBe');
          c.beginPath();
          c.arc(moved.x, moved.y, pointRadius(s) + 4 / s, 0, Math.PI * 2);
          c.strokeStyle = SELECTION_COLOR;
          c.lineWidth = 2.5 / s;
          c.stroke();
        }
        break;
      }
      case 'marquee':
        break;
      default:
        break;
    }
    c.restore();

    // Screen-space feedback.
    if (sel.cards.length === 1 && g.kind !== 'dragCards') {
      const h = this.handlePoint(sel.cards[0]);
      if (h && h.x > CHROME.left && h.y > CHROME.top) {
        c.beginPath();
        c.arc(h.x, h.y, HANDLE_R, 0, Math.PI * 2);
        c.fillStyle = this.hover.kind === 'handle' || g.kind === 'connect' ? SELECTION_COLOR : '#FFFFFF';
        c.fill();
        c.strokeStyle = SELECTION_COLOR;
        c.lineWidth = 2.5;
        c.stroke();
      }
    }
    if (g.kind === 'marquee' && Math.abs(g.x1 - g.x0) + Math.abs(g.y1 - g.y0) > DRAG_THRESHOLD) {
      const x = Math.min(g.x0, g.x1);
      const y = Math.min(g.y0, g.y1);
      c.fillStyle = 'rgba(37,99,235,0.08)';
      c.fillRect(x, y, Math.abs(g.x1 - g.x0), Math.abs(g.y1 - g.y0));
      c.strokeStyle = SELECTION_COLOR;
      c.lineWidth = 1;
      c.setLineDash([5, 3]);
      c.strokeRect(x + 0.5, y + 0.5, Math.abs(g.x1 - g.x0), Math.abs(g.y1 - g.y0));
      c.setLineDash([]);
    }
    if (sel.stage) {
      const st = layout.stages.find((x) => x.id === sel.stage);
      if (st) {
        const x0 = Math.max(CHROME.left, st.x * s + v.tx);
        const x1 = (st.x + st.w) * s + v.tx;
        if (x1 > x0) {
          c.strokeStyle = '#93C5FD';
          c.lineWidth = 3;
          c.strokeRect(x0 + 1.5, 1.5, x1 - x0 - 3, CHROME.top - 3);
        }
      }
    }
    if (sel.lane) {
      const lane = layout.lanes.find((x) => x.id === sel.lane);
      if (lane) {
        const y0 = Math.max(CHROME.top, lane.y * s + v.ty);
        const y1 = (lane.y + lane.h) * s + v.ty;
        if (y1 > y0) {
          c.strokeStyle = SELECTION_COLOR;
          c.lineWidth = 3;
          c.strokeRect(1.5, y0 + 1.5, CHROME.left - 3, y1 - y0 - 3);
        }
      }
    }
    if (g.kind === 'resizeStage') {
      const st = layout.stages.find((x) => x.id === g.id)!;
      const x = (st.x + g.next) * s + v.tx;
      guide(c, x, 0, x, height, `${g.next}`);
    }
    if (g.kind === 'resizeLane') {
      const lane = layout.lanes.find((x) => x.id === g.id)!;
      const y = (lane.y + Math.max(g.next, 0)) * s + v.ty;
      guide(c, 0, y, width, y, `${g.next}`);
    }
    if (g.kind === 'pressStage' && g.dragging && this.pointer) {
      const target = g.to > g.index ? layout.stages[g.to] : layout.stages[g.to];
      const x = (g.to > g.index ? target.x + target.w : target.x) * s + v.tx;
      c.fillStyle = '#F59E0B';
      c.fillRect(x - 2, 0, 4, height);
      const st = layout.stages[g.index];
      c.globalAlpha = 0.85;
      c.fillStyle = '#0F6E6E';
      roundRect(c, this.pointer.x - 60, 6, 120, CHROME.top - 12, 6);
      c.fill();
      c.globalAlpha = 1;
      c.fillStyle = '#FFFFFF';
      c.font = `600 14px ${scene.family}`;
      c.textBaseline = 'middle';
      c.fillText(scene.text.fit(c.font, this.journey!.stages[st.index].name, 104), this.pointer.x - 52, CHROME.top / 2);
    }
    if (g.kind === 'pressLane' && g.dragging) {
      const target = layout.lanes[g.to];
      const y = (g.to > g.index ? target.y + target.h : target.y) * s + v.ty;
      c.fillStyle = '#F59E0B';
      c.fillRect(0, y - 2, width, 4);
    }
  }

  private editRectWorld(stageId: string, laneId: string): Box | null {
    const layout = this.layout!;
    const si = layout.stages.findIndex((s) => s.id === stageId);
    const li = layout.lanes.findIndex((l) => l.id === laneId);
    if (si < 0 || li < 0) return null;
    return slotBox(layout, si, li, layout.cells.get(cellKey(si, li))?.length ?? 0);
  }

  /** Read-only geometry for end-to-end tests, in page coordinates. */
  testGeometry() {
    const rect = () => this.el.getBoundingClientRect();
    const v = () => this.canvas.viewport;
    const page = (x: number, y: number) => ({ x: rect().left + x, y: rect().top + y });
    const layout = () => this.layout!;
    return Object.freeze({
      viewport: () => ({ ...v() }),
      card: (id: string) => {
        const b = layout().cards.get(id);
        if (!b) return null;
        const a = toScreen(v(), b.x, b.y);
        return { ...page(a.x, a.y), w: b.w * v().scale, h: b.h * v().scale };
      },
      cell: (stageId: string, laneId: string) => {
        const st = layout().stages.find((s) => s.id === stageId);
        const lane = layout().lanes.find((l) => l.id === laneId);
        if (!st || !lane) return null;
        const a = toScreen(v(), st.x, lane.y);
        return { ...page(a.x, a.y), w: st.w * v().scale, h: lane.h * v().scale };
      },
      stageHeader: (stageId: string) => {
        const st = layout().stages.find((s) => s.id === stageId);
        if (!st) return null;
        const x = st.x * v().scale + v().tx;
        return { ...page(x, 0), w: st.w * v().scale, h: CHROME.top };
      },
      laneLabel: (laneId: string) => {
        const lane = layout().lanes.find((l) => l.id === laneId);
        if (!lane) return null;
        const y = lane.y * v().scale + v().ty;
        return { ...page(0, y), w: CHROME.left, h: lane.h * v().scale };
      },
      emotionPoint: (laneId: string, stageId: string, curve: Curve = 'asIs') => {
        const lane = layout().lanes.find((l) => l.id === laneId);
        const st = layout().stages.find((s) => s.id === stageId);
        const cv = layout().curves.find((x) => x.laneId === laneId);
        if (!lane || !st || !cv) return null;
        const p = (curve === 'toBe' ? cv.toBe : cv.asIs)?.find((x) => x.stageId === stageId);
        const a = toScreen(v(), st.x + st.w / 2, p ? p.y : emotionY(lane, 0));
        return { ...page(a.x, a.y), value: p?.value ?? null, step: ((lane.bandH - 2 * LAYOUT.emotionMargin) / 4) * v().scale };
      },
      handle: (cardId: string) => {
        const h = this.handlePoint(cardId);
        return h ? page(h.x, h.y) : null;
      },
      timings: () => ({ ...this.canvas.timings }),
    });
  }
}

function outline(c: Ctx, b: Box, s: number, color: string, width: number, fill?: string): void {
  const pad = 2 / s;
  roundRect(c, b.x - pad, b.y - pad, b.w + 2 * pad, b.h + 2 * pad, 7);
  if (fill) {
    c.fillStyle = fill;
    c.fill();
  }
  c.strokeStyle = color;
  c.lineWidth = width / s;
  c.stroke();
}

function guide(c: Ctx, x0: number, y0: number, x1: number, y1: number, label: string): void {
  c.beginPath();
  c.moveTo(x0, y0);
  c.lineTo(x1, y1);
  c.strokeStyle = SELECTION_COLOR;
  c.lineWidth = 2;
  c.setLineDash([6, 4]);
  c.stroke();
  c.setLineDash([]);
  c.font = '600 12px system-ui, sans-serif';
  const w = c.measureText(label).width + 12;
  const x = x0 === x1 ? x0 + 6 : 8 + CHROME.left;
  const y = x0 === x1 ? CHROME.top + 8 : y0 + 6;
  c.fillStyle = SELECTION_COLOR;
  roundRect(c, x, y, w, 20, 6);
  c.fill();
  c.fillStyle = '#FFFFFF';
  c.textBaseline = 'middle';
  c.fillText(label, x + 6, y + 10);
}

function sameHit(a: Hit, b: Hit): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function cursorFor(hit: Hit, space: boolean): string {
  if (space) return 'grab';
  switch (hit.kind) {
    case 'stage':
      return hit.edge ? 'col-resize' : 'grab';
    case 'lane':
      return hit.edge ? 'row-resize' : 'grab';
    case 'handle':
      return 'crosshair';
    case 'point':
      return 'ns-resize';
    case 'card':
      return 'move';
    case 'connector':
      return 'pointer';
    default:
      return '';
  }
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function clipText(clip: CardClip): string {
  return clip.items.map((i) => i.card.text).join('\n');
}

export { NO_SELECTION };
