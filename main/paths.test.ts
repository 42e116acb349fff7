import { describe, expect, it } from 'vitest';
import { resolvePaths, type PathInput } from './paths';

const linux = (over: Partial<PathInput> = {}): PathInput => ({
  argv: ['/usr/bin/electron', '.'],
  env: {},
  platform: 'linux',
  homeDir: '/home/ana',
  appRoot: '/opt/touchstone/resources/app',
  cwd: '/work',
  ...over,
});

describe('resolvePaths', () => {
  it('uses ~/.config/Touchstone on Linux by default, the library inside it, templates beside the app', () => {
    expect(resolvePaths(linux())).toEqual({
      dataDir: '/home/ana/.config/Touchstone',
      libraryDir: '/home/ana/.config/Touchstone/library',
      templatesDir: '/opt/touchstone/resources/app/templates',
    });
  });

  it('honours XDG_CONFIG_HOME on Linux and ignores an empty one', () => {
    expect(resolvePaths(linux({ env: { XDG_CONFIG_HOME: '/xdg' } })).dataDir).toBe('/xdg/Touchstone');
    expect(resolvePaths(linux({ env: { XDG_CONFIG_HOME: '' } })).dataDir).toBe('/home/ana/.config/Touchstone');
  });

  it('uses Application Support on macOS', () => {
    const p = resolvePaths(linux({ platform: 'darwin', homeDir: '/Users/ana' }));
    expect(p.dataDir).toBe('/Users/ana/Library/Application Support/Touchstone');
    expect(p.libraryDir).toBe('/Users/ana/Library/Application Support/Touchstone/library');
  });

  it('uses %APPDATA% on Windows, with a fallback under the profile', () => {
    const base = { platform: 'win32' as const, homeDir: 'C:\\Users\\ana', appRoot: 'C:\\Program Files\\Touchstone\\resources\\app', cwd: 'C:\\' };
    const p = resolvePaths(linux({ ...base, env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' } }));
    expect(p).toEqual({
      dataDir: 'C:\\Users\\ana\\AppData\\Roaming\\Touchstone',
      libraryDir: 'C:\\Users\\ana\\AppData\\Roaming\\Touchstone\\library',
      templatesDir: 'C:\\Program Files\\Touchstone\\resources\\app\\templates',
    });
    expect(resolvePaths(linux({ ...base, env: {} })).dataDir).toBe('C:\\Users\\ana\\AppData\\Roaming\\Touchstone');
  });

  it('takes the data folder from TOUCHSTONE_DATA_DIR, and the library follows it', () => {
    const p = resolvePaths(linux({ env: { TOUCHSTONE_DATA_DIR: '/data/ts' } }));
    expect(p.dataDir).toBe('/data/ts');
    expect(p.libraryDir).toBe('/data/ts/library');
  });

  it('takes --data-dir in both spellings, and flags beat the environment', () => {
    const env = { TOUCHSTONE_DATA_DIR: '/from-env', TOUCHSTONE_LIBRARY: '/lib-env' };
    expect(resolvePaths(linux({ env, argv: ['node', 'cli', '--data-dir', '/flag'] })).dataDir).toBe('/flag');
    expect(resolvePaths(linux({ env, argv: ['node', 'cli', '--data-dir=/flag2'] })).dataDir).toBe('/flag2');
    expect(resolvePaths(linux({ env, argv: ['node', 'cli', '--library', '/flaglib'] })).libraryDir).toBe('/flaglib');
    expect(resolvePaths(linux({ env, argv: ['node', 'cli', '--library=/flaglib2'] })).libraryDir).toBe('/flaglib2');
    expect(resolvePaths(linux({ env, argv: ['node', 'cli'] })).libraryDir).toBe('/lib-env');
  });

  it('keeps an explicit library when only the data folder is overridden', () => {
    const p = resolvePaths(linux({ argv: ['x', '--data-dir', '/d', '--library', '/l'] }));
    expect(p).toMatchObject({ dataDir: '/d', libraryDir: '/l' });
  });

  it('resolves relative overrides against the working folder and expands ~', () => {
    expect(resolvePaths(linux({ argv: ['x', '--data-dir', 'rel/data'] })).dataDir).toBe('/work/rel/data');
    expect(resolvePaths(linux({ argv: ['x', '--library=~/lib'] })).libraryDir).toBe('/home/ana/lib');
  });

  it('ignores a flag with no value, empty env values, and anything after a bare --', () => {
    expect(resolvePaths(linux({ argv: ['x', '--data-dir'] })).dataDir).toBe('/home/ana/.config/Touchstone');
    expect(resolvePaths(linux({ argv: ['x', '--data-dir', '--library', '/l'] })).dataDir).toBe('/home/ana/.config/Touchstone');
    expect(resolvePaths(linux({ env: { TOUCHSTONE_DATA_DIR: '  ' } })).dataDir).toBe('/home/ana/.config/Touchstone');
    expect(resolvePaths(linux({ argv: ['x', '--', '--data-dir', '/no'] })).dataDir).toBe('/home/ana/.config/Touchstone');
  });

  it('lets the last flag win', () => {
    expect(resolvePaths(linux({ argv: ['x', '--data-dir', '/a', '--data-dir=/b'] })).dataDir).toBe('/b');
  });
});
