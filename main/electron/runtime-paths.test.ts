import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../paths';
import { electronAppFiles } from './runtime-paths';

describe('electronAppFiles', () => {
  it('puts everything inside the package root two folders above the built main file', () => {
    const asar = path.resolve('/opt/Touchstone/resources/app.asar');
    const files = electronAppFiles(path.join(asar, 'out', 'main'));
    expect(files).toEqual({
      appRoot: asar,
      preloadPath: path.join(asar, 'out', 'preload', 'preload.cjs'),
      rendererDir: path.join(asar, 'out', 'renderer'),
      rendererEntry: path.join(asar, 'out', 'renderer', 'index.html'),
      templatesDir: path.join(asar, 'templates'),
      installDir: path.resolve('/opt/Touchstone'),
    });
  });

  it('in development the install folder is the project folder', () => {
    const project = path.resolve('/work/touchstone');
    expect(electronAppFiles(path.join(project, 'out', 'main')).installDir).toBe(project);
  });

  it('finds the same templates folder whatever the flags and environment say', () => {
    const mainDir = path.resolve('/app/out/main');
    const { appRoot, templatesDir } = electronAppFiles(mainDir);
    const withOverrides = resolvePaths({
      argv: ['touchstone', '--data-dir', '/d', '--library', '/l'],
      env: { TOUCHSTONE_DATA_DIR: '/e' },
      platform: process.platform,
      homeDir: '/home/x',
      appRoot,
    });
    expect(withOverrides.templatesDir).toBe(templatesDir);
  });

  it('names files that exist in this checkout once built (out/main → project root)', () => {
    const files = electronAppFiles(path.resolve('out', 'main'));
    expect(files.appRoot).toBe(path.resolve('.'));
    expect(statSync(files.templatesDir).isDirectory()).toBe(true);
    // out/ exists only after `npm run build`; the pack check verifies the built files inside app.asar.
    if (existsSync(files.rendererDir)) expect(existsSync(files.rendererEntry)).toBe(true);
  });
});
