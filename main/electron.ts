// Entry point of the desktop app (built to out/main/electron.cjs; package.json "main").
// Everything with decisions in it lives in ./electron/*; this file only wires paths and services.
import os from 'node:os';
import path from 'node:path';
import { resolvePaths } from './paths';
import { createServices } from './services';
import { runElectronApp } from './electron/app';

// Built file: out/main/electron.cjs → out/preload, out/renderer, and the package root two up.
const outDir = path.resolve(__dirname, '..');
const appRoot = path.resolve(outDir, '..');

runElectronApp({
  preloadPath: path.join(outDir, 'preload', 'preload.cjs'),
  rendererDir: path.join(outDir, 'renderer'),
  createHost: () => {
    const paths = resolvePaths({
      argv: process.argv,
      env: process.env,
      platform: process.platform,
      homeDir: os.homedir(),
      appRoot,
    });
    const services = createServices({ ...paths, host: 'electron', appDir: appRoot });
    return {
      api: services,
      files: { openPath: (p) => services.openPath(p), saveCopyTo: (p, text) => services.saveCopyTo(p, text) },
    };
  },
});
