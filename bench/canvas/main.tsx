import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { useState, createRef } from 'react';
import Konva from 'konva';
import '../../renderer/i18n';
import '../../renderer/styles.css';
import { applyLocale } from '../../renderer/i18n';
import { useDocument } from '../../renderer/store/document';
import { WorkspaceView } from '../../renderer/views/WorkspaceView';
import { parseWorkspaceFile } from '../../shared/format/file';
import { moveCards } from '../../shared/commands/journey/cards';
import { layoutJourney } from '../../shared/journey/layout';
import type { Journey } from '../../shared/model/journey';
import type { WorkspaceFile } from '../../shared/format/file';
import { fontFamily } from '../../renderer/views/journeys/canvas/labels';
import { fitView, homeView, zoomAt, CHROME, type Viewport } from '../../renderer/views/journeys/canvas/viewport';
import { NaiveMap } from './naive';
import { benchFile } from './data';
import { quantile, steps, type Step } from './steps';

/**
 * The canvas benchmark page. `?n=2000&mode=optimized|naive`: builds a journey of n cards, then
 * times opening it (parse + validate + layout + first full draw) and every step of a pan/zoom
 * sequence (the handler's work, React included, plus a synchronous draw of the stage). Results land
 * in `window.__benchResult` for bench/canvas.ts.
 */
declare global {
  interface Window {
    __benchResult?: unknown;
    __benchError?: string;
  }
}

const params = new URLSearchParams(location.search);
const N = Number(params.get('n') ?? 2000);
const MODE = params.get('mode') ?? 'optimized';
const W = 1280;
const H = 720;

function applyStep(v: Viewport, step: Step, fit: () => Viewport): Viewport {
  if (step.kind === 'pan') return { ...v, tx: v.tx + step.dx, ty: v.ty + step.dy };
  if (step.kind === 'zoom') return zoomAt(v, step.factor, (CHROME.left + W) / 2, (CHROME.top + H) / 2);
  return fit();
}

interface Driver {
  /** Applies a view change the way the app would and returns when React has committed it. */
  apply(step: Step): Promise<void> | void;
  /** Draws synchronously. */
  draw(): void;
}

async function run(): Promise<void> {
  const root = document.getElementById('root')!;
  root.style.width = `${W}px`;
  root.style.height = `${H}px`;
  const text = benchFile(N);
  await document.fonts.ready;
  // Warm the CJK font so the first draw does not pay for loading it.
  const warm = document.createElement('canvas').getContext('2d')!;
  warm.font = `15px ${fontFamily('zh-CN')}`;
  warm.fillText('客户旅程 Journey', 0, 10);

  const t0 = performance.now();
  const parsed = parseWorkspaceFile(text);
  if (!parsed.ok) throw new Error(`bench file invalid: ${JSON.stringify(parsed.error).slice(0, 300)}`);
  const tParsed = performance.now();
  const journey = parsed.file.workspace.journeys[0];
  const reactRoot = createRoot(root);
  let driver: Driver;
  if (MODE === 'naive') driver = mountNaive(reactRoot, journey);
  else driver = mountApp(reactRoot, parsed.file);
  driver.draw();
  const tOpen = performance.now();
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const tFrame = performance.now();

  const seq = steps();
  const times: number[] = [];
  const react: number[] = [];
  const draws: number[] = [];
  // Two warm-up steps, not counted.
  for (const step of [seq[0], { kind: 'pan', dx: 40, dy: 30 } as Step]) {
    await driver.apply(step);
    driver.draw();
  }
  for (const step of seq) {
    const a = performance.now();
    await driver.apply(step);
    const b = performance.now();
    driver.draw();
    const c = performance.now();
    times.push(c - a);
    react.push(b - a);
    draws.push(c - b);
  }
  // Edits: a card dropped in another cell, as a drag ends — one command through the store, then the
  // relayout and the redraw it causes.
  const edits: number[] = [];
  if (MODE !== 'naive') {
    const ids = journey.cards.filter((_, i) => i % 97 === 0).slice(0, 12).map((c) => c.id);
    const edit = (i: number) => {
      const stage = journey.stages[(i * 7) % journey.stages.length];
      const lane = journey.lanes[(i * 3) % journey.lanes.length];
      useDocument.getState().run(moveCards, { journeyId: journey.id, cardIds: [ids[i]], stageId: stage.id, laneId: lane.id });
    };
    Object.assign(window, { __benchEdit: edit, __benchDraw: () => driver.draw() });
    for (let i = 0; i < ids.length; i++) {
      const a = performance.now();
      edit(i);
      await Promise.resolve();
      driver.draw();
      edits.push(performance.now() - a);
    }
  }
  let exportMs: number | null = null;
  let exportNote: string | null = null;
  if (params.has('export') && MODE !== 'naive') {
    // The whole map as a 2× PNG through the toolbar button, until the notice reports its size.
    const button = document.querySelector<HTMLButtonElement>('.journey-toolbar button[title*="PNG"]')!;
    const e0 = performance.now();
    button.click();
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      const note = document.querySelector('.journey-notice')?.textContent ?? '';
      if (/×|：|:/.test(note) && !/…/.test(note)) {
        exportNote = note;
        break;
      }
    }
    exportMs = performance.now() - e0;
  }
  window.__benchResult = {
    editP95: edits.length ? quantile(edits, 0.95) : null,
    exportMs,
    exportNote,
    n: N,
    mode: MODE,
    cards: journey.cards.length,
    connectors: journey.connectors.length,
    stages: journey.stages.length,
    lanes: journey.lanes.length,
    parseMs: tParsed - t0,
    openMs: tOpen - t0,
    openToFrameMs: tFrame - t0,
    steps: times.length,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    max: Math.max(...times),
    reactP95: quantile(react, 0.95),
    drawP95: quantile(draws, 0.95),
    times,
  };
}

/**
 * The real thing: the workspace screen on the journeys section, as the app renders it, fed the
 * document through the store. Steps arrive as DOM wheel events and a button click, the way a user's
 * input does; the time runs until React has committed and the stage has drawn.
 */
function mountApp(reactRoot: ReturnType<typeof createRoot>, file: WorkspaceFile): Driver {
  applyLocale('zh-CN');
  useDocument.getState().load({ ok: true, ref: 'bench', fileName: 'bench.touchstone', file, revision: 'r0' });
  flushSync(() => reactRoot.render(<WorkspaceView section="journeys" />));
  const stage = Konva.stages[Konva.stages.length - 1];
  const el = document.querySelector<HTMLElement>('[data-testid="journey-canvas"]')!;
  const box = el.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const fit = [...document.querySelectorAll<HTMLButtonElement>('.journey-toolbar button')].find((b) => b.title === 'Shift+1')!;
  const wheel = (init: WheelEventInit) => el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, ...at, ...init }));
  return {
    async apply(step) {
      if (step.kind === 'pan') wheel({ deltaX: -step.dx, deltaY: -step.dy, altKey: true });
      else if (step.kind === 'zoom') wheel({ deltaY: -Math.log(step.factor) / 0.0015 });
      else fit.click();
      await Promise.resolve(); // React commits subscribed updates (the zoom label) in a microtask
    },
    draw: () => stage.draw(),
  };
}

function mountNaive(reactRoot: ReturnType<typeof createRoot>, journey: Journey): Driver {
  Konva.autoDrawEnabled = false;
  const layout = layoutJourney(journey);
  const stageRef = createRef<Konva.Stage>();
  const control: { set?: (v: Viewport) => void; v: Viewport } = { v: homeView(layout, 1) };
  const App = () => {
    const [v, setV] = useState(control.v);
    control.set = (next) => {
      control.v = next;
      setV(next);
    };
    return <NaiveMap ref={stageRef} journey={journey} layout={layout} viewport={v} width={W} height={H} />;
  };
  flushSync(() => reactRoot.render(<App />));
  return {
    apply(step) {
      const next = applyStep(control.v, step, () => fitView(layout, W, H));
      flushSync(() => control.set!(next));
    },
    draw: () => stageRef.current!.draw(),
  };
}

run().catch((e: unknown) => {
  window.__benchError = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
});
