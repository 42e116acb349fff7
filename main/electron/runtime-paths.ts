// Where the desktop app finds its own files at run time. main/electron.ts calls this with the folder of
// the built main file (out/main — inside resources/app.asar once packaged), and scripts/pack-check.mjs
// calls the same function to check that each path exists inside the packaged app.asar. Anything new
// the main process reads from the package at run time (e.g. report assets) belongs here, and in
// electron-builder.yml `files`; the pack check refuses packaged files not named here.
import path from 'node:path';
import { resolveStaticPath } from '../host/static';
import { resolvePaths } from '../paths';
import { APP_ENTRY_URL } from './security';

export interface ElectronAppFiles {
  /** The package root: the project folder in development, resources/app.asar when packaged. */
  appRoot: string;
  /** The sandboxed preload (CommonJS). */
  preloadPath: string;
  /** The built renderer, served as app://touchstone/. */
  rendererDir: string;
  /** The file the window's first URL (APP_ENTRY_URL) is served from. */
  rendererEntry: string;
  /** Starter workshops (*.touchstone) offered on the home screen. */
  templatesDir: string;
  /**
   * The folder the app is installed in (the one holding resources/app.asar; the project folder in
   * development). Saving inside it is refused: updates replace it and users lose their files.
   */
  installDir: string;
}

/** `mainDir` is the folder of the built main file, i.e. `__dirname` of out/main/electron.cjs. */
export function electronAppFiles(mainDir: string): ElectronAppFiles {
  const outDir = path.resolve(mainDir, '..');
  const appRoot = path.resolve(outDir, '..');
  const rendererDir = path.join(outDir, 'renderer');
  const rendererEntry = resolveStaticPath(rendererDir, new URL(APP_ENTRY_URL).pathname);
  if (rendererEntry === null) throw new Error(`APP_ENTRY_URL does not map to a file: ${APP_ENTRY_URL}`);
  // The templates folder depends only on appRoot, never on flags or the environment.
  const { templatesDir } = resolvePaths({ argv: [], env: {}, platform: process.platform, homeDir: appRoot, appRoot });
  return {
    appRoot,
    preloadPath: path.join(outDir, 'preload', 'preload.cjs'),
    rendererDir,
    rendererEntry,
    templatesDir,
    installDir: path.basename(appRoot) === 'app.asar' ? path.resolve(appRoot, '..', '..') : appRoot,
  };
}
