// `npm start`: builds when out/ is missing or older than the sources, then runs the desktop app when
// the Electron runtime is installed, else serves the same app in the browser (out/main/host.cjs).
// Arguments after `--` are passed on: `npm start -- --port 4780 --data-dir ./data`.
// Never `require('electron')` here: without its runtime that tries to download it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SOURCES = ['main', 'renderer', 'shared', 'package.json', 'vite.config.ts', 'scripts/build.mjs'];
const OUTPUTS = ['out/main/electron.cjs', 'out/main/host.cjs', 'out/main/cli.cjs', 'out/preload/preload.cjs', 'out/renderer/index.html'];

function newestMtime(p) {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    // Tests do not end up in out/.
    if (/\.test\.tsx?$/.test(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/** True when an output is missing or a source changed after the oldest output was written. */
export function needsBuild(root = ROOT) {
  let oldestOutput = Infinity;
  for (const out of OUTPUTS) {
    const file = path.join(root, out);
    if (!existsSync(file)) return true;
    oldestOutput = Math.min(oldestOutput, statSync(file).mtimeMs);
  }
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  return newestSource > oldestOutput;
}

/**
 * The Electron binary when the runtime is really installed (node_modules/electron/path.txt names a
 * file that exists under dist/), else null.
 */
export function findElectronBinary(root = ROOT) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  let relative;
  try {
    relative = readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relative) return null;
  const dist = path.join(pkgDir, 'dist');
  const binary = path.resolve(dist, relative);
  const rel = path.relative(dist, binary);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return existsSync(binary) ? binary : null;
}

/** Runs a child with our stdio, passes Ctrl+C / SIGTERM on, and exits with its code. */
function runChild(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  const forward = (signal) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (e) => {
    console.error(`Could not start ${path.basename(command)}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const args = process.argv.slice(2);
  if (needsBuild()) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT });
    if (built.status !== 0) {
      console.error('The build failed; see the messages above.');
      process.exit(built.status ?? 1);
    }
  }
  const electron = findElectronBinary();
  if (electron) {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    runChild(electron, [ROOT, ...args], env);
  } else {
    console.log('The Electron runtime is not installed, so Touchstone is served in your browser instead.');
    runChild(process.execPath, [path.join(ROOT, 'out', 'main', 'host.cjs'), ...args], process.env);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
