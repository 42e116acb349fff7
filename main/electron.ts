// Entry point of the desktop app (built to out/main/electron.cjs; package.json "main").
// Everything with decisions in it lives in ./electron/*; this file only wires paths and services.
import os from 'node:os';
import { resolvePaths } from './paths';
import { createServices } from './services';
import { runElectronApp } from './electron/app';
import { electronAppFiles } from './electron/runtime-paths';

// Built file: out/main/electron.cjs → out/preload, out/renderer, and the package root two up
// (scripts/pack-check.mjs checks each of these exists inside the packaged app.asar).
const { appRoot, preloadPath, rendererDir, installDir } = electronAppFiles(__dirname);

runElectronApp({
  preloadPath,
  rendererDir,
  createHost: () => {
    const paths = resolvePaths({
      argv: process.argv,
      env: process.env,
      platform: process.platform,
      homeDir: os.homedir(),
      appRoot,
    });
    const services = createServices({ ...paths, host: 'electron', appDir: installDir });
    return {
      api: services,
      files: { openPath: (p) => services.openPath(p), saveCopyTo: (p, text) => services.saveCopyTo(p, text) },
    };
  },
});
