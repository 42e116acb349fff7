/**
 * `npm run bench:canvas`: the journey canvas in headless Chromium. Builds bench/canvas (a Vite page
 * that mounts the real canvas on a generated journey), serves it on 127.0.0.1, and for 2,000, 5,000
 * and 10,000 cards times opening the map and each redraw of a pan/zoom sequence, for the naive
 * react-konva renderer (the "before") and the real one (the "after"). Merges its entries, all named
 * `canvas.*`, into bench/results.json as [{name, value, unit, target}] without touching others.
 *
 * Env: BENCH_CANVAS_SIZES=2000,5000 (card counts), BENCH_CANVAS_MODES=optimized,naive.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';

interface Result {
  name: string;
  value: number;
  unit: string;
  target: number | null;
}

interface PageResult {
  n: number;
  mode: string;
  cards: number;
  connectors: number;
  stages: number;
  lanes: number;
  parseMs: number;
  openMs: number;
  openToFrameMs: number;
  steps: number;
  p50: number;
  p95: number;
  max: number;
  reactP95: number;
  drawP95: number;
  exportMs: number | null;
  exportNote: string | null;
  editP95: number | null;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_CANVAS_SIZES ?? '2000,5000,10000').split(',').map(Number);
const MODES = (process.env.BENCH_CANVAS_MODES ?? 'naive,optimized').split(',');
const OPEN_TARGET_MS = 1000;
const REDRAW_TARGET_MS = 16;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'touchstone-canvas-bench-'));
  const server = await (async () => {
    await build({
      configFile: false,
      root: join(ROOT, 'bench', 'canvas'),
      base: './',
      plugins: [react()],
      define: { __APP_VERSION__: JSON.stringify('bench') },
      logLevel: 'warn',
      build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    });
    return serve(out);
  })();
  const profile = mkdtempSync(join(tmpdir(), 'touchstone-canvas-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: PageResult[] = [];
  try {
    // Warm-up (not recorded): the first page of a browser pays for fonts and code caches.
    const warm = await context.newPage();
    await warm.goto(`${server.url}?n=500&mode=optimized`);
    await warm.waitForFunction(() => window.__benchResult ?? window.__benchError, undefined, { timeout: 120_000, polling: 250 });
    await warm.close();
    for (const n of SIZES) {
      for (const mode of MODES) {
        const page = await context.newPage();
        // The 2,000-card map is also exported as a 2× PNG (≈ 24,500 px square: tiled, streamed).
        const exportToo = mode === 'optimized' && n === 2000 && process.env.BENCH_CANVAS_EXPORT !== '0';
        await page.goto(`${server.url}?n=${n}&mode=${mode}${exportToo ? '&export=1' : ''}`);
        const handle = await page.waitForFunction(() => window.__benchResult ?? window.__benchError, undefined, {
          timeout: 600_000,
          polling: 250,
        });
        const value = (await handle.jsonValue()) as PageResult | string;
        await page.close();
        if (typeof value === 'string') throw new Error(`${mode} ${n}: ${value}`);
        rows.push(value);
        console.log(
          `${mode.padEnd(9)} ${String(n).padStart(6)} cards ${String(value.connectors).padStart(5)} arrows  open ${round(value.openMs)
            .toFixed(1)
            .padStart(8)} ms  redraw p50 ${round(value.p50, 2).toFixed(2).padStart(7)} ms  p95 ${round(value.p95, 2)
            .toFixed(2)
            .padStart(7)} ms  max ${round(value.max, 1).toFixed(1).padStart(7)} ms  (react p95 ${round(value.reactP95, 2)}, draw p95 ${round(value.drawP95, 2)})`,
        );
        if (value.editP95 !== null) console.log(`          edit (move a card: command, relayout, redraw) p95 ${round(value.editP95, 1)} ms`);
        if (value.exportMs !== null) console.log(`          PNG export ${round(value.exportMs)} ms: ${value.exportNote}`);
      }
    }
  } finally {
    await context.close();
    server.server.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }

  const results: Result[] = [];
  for (const r of rows) {
    const prefix = r.mode === 'optimized' ? 'canvas' : `canvas.${r.mode}`;
    const gated = r.mode === 'optimized' && r.n === 2000;
    results.push(
      { name: `${prefix}.open.${r.n}`, value: round(r.openMs), unit: 'ms', target: gated ? OPEN_TARGET_MS : null },
      { name: `${prefix}.redraw.p50.${r.n}`, value: round(r.p50, 2), unit: 'ms', target: null },
      { name: `${prefix}.redraw.p95.${r.n}`, value: round(r.p95, 2), unit: 'ms', target: gated ? REDRAW_TARGET_MS : null },
      { name: `${prefix}.redraw.max.${r.n}`, value: round(r.max, 1), unit: 'ms', target: null },
    );
    if (r.editP95 !== null) results.push({ name: `${prefix}.edit.p95.${r.n}`, value: round(r.editP95, 1), unit: 'ms', target: null });
    if (r.exportMs !== null) results.push({ name: `${prefix}.exportPng2x.${r.n}`, value: round(r.exportMs), unit: 'ms', target: null });
  }
  const file = join(ROOT, 'bench', 'results.json');
  let existing: Result[] = [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(parsed)) existing = parsed as Result[];
  } catch {
    /* no file yet */
  }
  const mine = new Set(results.map((r) => r.name));
  const merged = [...existing.filter((r) => !mine.has(r.name)), ...results];
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  const failed = results.filter((r) => r.target !== null && r.value > r.target);
  for (const r of results.filter((x) => x.target !== null)) {
    console.log(`${r.name.padEnd(28)} ${String(r.value).padStart(8)} ${r.unit}  target ≤ ${r.target}  ${r.value <= r.target! ? 'ok' : 'OVER'}`);
  }
  console.log(`merged ${results.length} canvas entries into ${file}`);
  if (failed.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
