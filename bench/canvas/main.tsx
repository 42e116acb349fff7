import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { useState, useImperativeHandle, forwardRef, useRef, createRef } from 'react';
import Konva from 'konva';
import { parseWorkspaceFile } from '../../shared/format/file';
import { layoutJourney } from '../../shared/journey/layout';
import type { Journey } from '../../shared/model/journey';
import { createTranslator } from '../../shared/i18n';
import { MapCanvas } from '../../renderer/views/journeys/canvas/MapCanvas';
import { fontFamily, makeLabels } from '../../renderer/views/journeys/canvas/labels';
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
  /** Applies a view change the way the app would (state, React) and returns when it is committed. */
  apply(step: Step): void;
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
  else driver = mountOptimized(root, journey, parsed.file.workspace.members);
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
    driver.apply(step);
    driver.draw();
  }
  for (const step of seq) {
    const a = performance.now();
    driver.apply(step);
    const b = performance.now();
    driver.draw();
    const c = performance.now();
    times.push(c - a);
    react.push(b - a);
    draws.push(c - b);
  }
  window.__benchResult = {
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

function mountOptimized(root: HTMLElement, journey: Journey, members: Parameters<typeof makeLabels>[1]): Driver {
  const t = createTranslator('zh-CN');
  const canvas = new MapCanvas(root as HTMLDivElement, makeLabels(t, members), fontFamily('zh-CN'));
  canvas.setJourney(journey, journey.name);
  canvas.setViewport(homeView(canvas.layout!, 1));
  (window as unknown as { __benchCanvas: MapCanvas }).__benchCanvas = canvas;
  return {
    apply(step) {
      if (step.kind === 'pan') canvas.panBy(step.dx, step.dy);
      else if (step.kind === 'zoom') canvas.zoomBy(step.factor);
      else canvas.fit();
    },
    draw: () => canvas.drawNow(),
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

// Unused helpers kept typed for the editor mode.
void forwardRef;
void useImperativeHandle;
void useRef;

run().catch((e: unknown) => {
  window.__benchError = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
});
