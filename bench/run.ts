/**
 * `npm run bench`: open/save/serialize costs of a large workspace through the real services, in
 * this process, against a temp folder. Writes bench/results.json as [{name, value, unit, target}]
 * and prints a table. Baselines (plain JSON.parse / writeFile of the same bytes) make the figures
 * comparable across machines: compare the ratios, not only the milliseconds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIncrementalSerializer, serializeWorkspaceFile } from '../shared/format/file';
import { createServices } from '../main/services';
import { generateLargeWorkspace } from './generate';

interface Result {
  name: string;
  value: number;
  unit: string;
  target: number | null;
}

const JOURNEYS = Number(process.env.BENCH_JOURNEYS ?? 50);
const CARDS = Number(process.env.BENCH_CARDS ?? 400);
const OPEN_RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 10);
const SAVE_RUNS = Number(process.env.BENCH_SAVE_RUNS ?? 20);
const OPEN_TARGET_MS = 300;
const SAVE_TARGET_MS = 100;
/** One frame at 60 Hz: what an autosave may take from the renderer without a visible stall. */
const FRAME_MS = 16;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const median = (xs: number[]) => quantile(xs, 0.5);
const p95 = (xs: number[]) => quantile(xs, 0.95);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'touchstone-bench-'));
  try {
    let file = generateLargeWorkspace({ journeys: JOURNEYS, cardsPerJourney: CARDS });
    const text = serializeWorkspaceFile(file);
    const bytes = Buffer.byteLength(text, 'utf8');
    const cards = file.workspace.journeys.reduce((n, j) => n + j.cards.length, 0);

    const services = createServices({
      dataDir: join(root, 'data'),
      libraryDir: join(root, 'data', 'library'),
      templatesDir: join(root, 'templates'),
      host: 'browser',
    });
    const imported = await services['library.import']({ fileName: 'bench.touchstone', text });
    if (!imported.ok) throw new Error(`generated workspace does not validate: ${JSON.stringify(imported.error).slice(0, 500)}`);
    const ref = imported.ref;

    // open: read + sha256 + parse + migrate + validate, through the service
    // Each measured run is paired with a JSON.parse of the same text just before it, so the ratio
    // holds even when the machine's load changes during the run.
    const baseline = () => {
      const t = performance.now();
      JSON.parse(text);
      return performance.now() - t;
    };
    const openRatios: number[] = [];
    const saveRatios: number[] = [];
    const opens: number[] = [];
    let revision = imported.revision;
    for (let i = 0; i <= OPEN_RUNS; i++) {
      const base = baseline();
      const [ms, r] = await time(() => services['doc.open']({ ref }));
      if (i > 0) openRatios.push(ms / base);
      if (!r.ok) throw new Error('open failed');
      revision = r.revision;
      opens.push(ms);
    }
    const openFirst = opens.shift()!;

    // save: a small edit per save, like autosave after a gesture (the first one after open also
    // takes the rolling backup)
    const saves: number[] = [];
    const serializes: number[] = [];
    // The renderer's autosave: documents are immutable, so its serializer re-encodes only the
    // journey an edit replaced. This is the main-thread cost an autosave adds while someone types.
    const autosaveSerialize = createIncrementalSerializer();
    autosaveSerialize(file);
    const autosaves: number[] = [];
    for (let i = 0; i < SAVE_RUNS; i++) {
      const ji = (i * 7) % file.workspace.journeys.length;
      const j = file.workspace.journeys[ji];
      const ci = (i * 13) % j.cards.length;
      const journeys = [...file.workspace.journeys];
      journeys[ji] = { ...j, cards: j.cards.map((c, k) => (k === ci ? { ...c, text: `修改 edit #${i}` } : c)) };
      file = { ...file, workspace: { ...file.workspace, journeys } };
      const [sms, next] = await time(() => serializeWorkspaceFile(file));
      serializes.push(sms);
      const [ams, incremental] = await time(() => autosaveSerialize(file));
      if (incremental !== next) throw new Error('incremental serializer disagrees with the full one');
      autosaves.push(ams);
      const base = baseline();
      const [ms, r] = await time(() => services['doc.save']({ ref, text: next, baseRevision: revision }));
      if (r.status !== 'saved') throw new Error(`save failed: ${JSON.stringify(r).slice(0, 300)}`);
      revision = r.revision;
      saves.push(ms);
      saveRatios.push(ms / base);
    }

    // baselines on the same bytes
    const parses: number[] = [];
    const writes: number[] = [];
    const raw = Buffer.from(text, 'utf8');
    for (let i = 0; i < 7; i++) {
      parses.push((await time(() => JSON.parse(text)))[0]);
      writes.push((await time(() => writeFile(join(root, 'baseline.json'), raw)))[0]);
    }
    const jsonParse = median(parses);
    if (process.env.BENCH_VERBOSE) console.log({ opens: opens.map((x) => round(x)), saves: saves.map((x) => round(x)), serializes: serializes.map((x) => round(x)) });

    const results: Result[] = [
      { name: 'workspace.bytes', value: bytes, unit: 'B', target: null },
      { name: 'workspace.cards', value: cards, unit: 'cards', target: null },
      { name: 'open.first', value: round(openFirst), unit: 'ms', target: null },
      { name: 'open.median', value: round(median(opens)), unit: 'ms', target: OPEN_TARGET_MS },
      { name: 'open.p95', value: round(p95(opens)), unit: 'ms', target: OPEN_TARGET_MS },
      { name: 'save.median', value: round(median(saves)), unit: 'ms', target: SAVE_TARGET_MS },
      { name: 'save.p95', value: round(p95(saves)), unit: 'ms', target: SAVE_TARGET_MS },
      { name: 'serialize.median', value: round(median(serializes)), unit: 'ms', target: null },
      { name: 'serialize.p95', value: round(p95(serializes)), unit: 'ms', target: null },
      { name: 'autosave.serialize.median', value: round(median(autosaves), 2), unit: 'ms', target: FRAME_MS },
      { name: 'autosave.serialize.p95', value: round(p95(autosaves), 2), unit: 'ms', target: FRAME_MS },
      { name: 'baseline.jsonParse.median', value: round(jsonParse), unit: 'ms', target: null },
      { name: 'baseline.writeFile.median', value: round(median(writes)), unit: 'ms', target: null },
      { name: 'ratio.open/jsonParse.median', value: round(median(openRatios), 2), unit: 'x', target: null },
      { name: 'ratio.save/jsonParse.median', value: round(median(saveRatios), 2), unit: 'x', target: null },
      { name: 'ratio.serializeMedian/jsonParse', value: round(median(serializes) / jsonParse, 2), unit: 'x', target: null },
    ];

    const out = fileURLToPath(new URL('./results.json', import.meta.url));
    writeFileSync(out, JSON.stringify(results, null, 2) + '\n');

    const w = Math.max(...results.map((r) => r.name.length));
    console.log(`Touchstone bench — ${JOURNEYS} journeys × ${CARDS} cards, ${(bytes / 1e6).toFixed(2)} MB, node ${process.version}, ${process.platform}`);
    console.log(`${'metric'.padEnd(w)}  ${'value'.padStart(12)}  ${'target'.padStart(8)}`);
    for (const r of results) {
      const mark = r.target === null ? '' : r.value <= r.target ? '  ok' : '  OVER';
      const value = `${r.value} ${r.unit}`;
      console.log(`${r.name.padEnd(w)}  ${value.padStart(12)}  ${(r.target === null ? '' : `≤ ${r.target}`).padStart(8)}${mark}`);
    }
    console.log(`wrote ${out}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
