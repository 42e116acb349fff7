/**
 * Child process for crash.test.ts: opens one document through the real services and saves new
 * versions back to back, printing `saved <n>` after each, until it is killed.
 * Usage: node --import tsx main/storage/crash-child.ts <dataDir> <libraryDir> <ref> <firstVersion>
 */
import { serializeWorkspaceFile } from '../../shared/format/file';
import { generateLargeWorkspace } from '../../bench/generate';
import { createServices } from '../services';

const [dataDir, libraryDir, ref, first] = process.argv.slice(2);
const services = createServices({ dataDir, libraryDir, templatesDir: libraryDir, host: 'browser', backupIntervalMs: 0 });

// Two sizes, so both the in-thread and the worker-thread write paths get killed mid-way.
const small = generateLargeWorkspace({ journeys: 2, cardsPerJourney: 200, seed: 1 });
const big = generateLargeWorkspace({ journeys: 6, cardsPerJourney: 400, seed: 2 });

void (async () => {
  const opened = await services['doc.open']({ ref });
  if (!opened.ok) throw new Error(`cannot open: ${JSON.stringify(opened.error)}`);
  let revision = opened.revision;
  process.stdout.write('ready\n');
  for (let n = Number(first); ; n++) {
    const file = n % 2 ? big : small;
    file.workspace.id = opened.file.workspace.id;
    file.workspace.description = `v${n}`;
    const r = await services['doc.save']({ ref, text: serializeWorkspaceFile(file), baseRevision: revision });
    if (r.status !== 'saved') throw new Error(`save ${n}: ${JSON.stringify(r)}`);
    revision = r.revision;
    process.stdout.write(`saved ${n}\n`);
  }
})().catch((e: unknown) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
