// Entry point of the loopback browser host (built to out/main/host.cjs): `npm start` without the
// Electron runtime, and what the e2e tests drive. Prints `Touchstone is running at <url>`.
import os from 'node:os';
import path from 'node:path';
import { resolvePaths } from './paths';
import { createServices } from './services';
import { runHost } from './host/run';

// Built file: out/main/host.cjs → the package root is two folders up.
const appRoot = path.resolve(__dirname, '..', '..');

void (async () => {
  const started = await runHost({
    argv: process.argv.slice(2),
    env: process.env,
    platform: process.platform,
    homeDir: os.homedir(),
    appRoot,
    resolvePaths,
    createApi: (paths) => createServices({ ...paths, host: 'browser' }),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
  if (!started.ok) {
    process.exitCode = started.exitCode;
    return;
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void started.host.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
})();
