import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkAsarContents,
  checkFuses,
  checkIcons,
  checkRequires,
  flattenAsarHeader,
  htmlReferences,
  icnsTypes,
  icoSizes,
  insideAsar,
  pngSize,
  readFuseWire,
  requiredModules,
  standInElectronBinary,
  type AsarFileEntry,
} from './pack-check-lib.mjs';

const file = (p: string, size = 1): AsarFileEntry => ({ path: p, size, unpacked: false, link: null });
const GOOD = [
  'package.json',
  'out/main/electron.cjs',
  'out/preload/preload.cjs',
  'out/renderer/index.html',
  'out/renderer/assets/index-abc.js',
  'templates/starter.touchstone',
].map((p) => file(p));
const RULES = {
  allowedFiles: ['package.json', 'out/main/electron.cjs', 'out/preload/preload.cjs'],
  allowedDirs: ['out/renderer', 'templates'],
  requiredFiles: ['package.json', 'out/main/electron.cjs', 'out/renderer/index.html'],
};

describe('fuses', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('the stand-in carries Electron’s default wire, which fails every required fuse', () => {
    const bin = standInElectronBinary('45.4.1');
    expect(readFuseWire(bin)).toEqual({
      version: 1,
      fuses: {
        RunAsNode: '1',
        EnableCookieEncryption: '0',
        EnableNodeOptionsEnvironmentVariable: '1',
        EnableNodeCliInspectArguments: '1',
        EnableEmbeddedAsarIntegrityValidation: '0',
        OnlyLoadAppFromAsar: '0',
        LoadBrowserProcessSpecificV8Snapshot: '0',
        GrantFileProtocolExtraPrivileges: '1',
      },
    });
    expect(checkFuses(bin, 'touchstone')).toEqual([
      'fuse RunAsNode should be off in touchstone but is "1"',
      'fuse EnableCookieEncryption should be on in touchstone but is "0"',
      'fuse EnableNodeOptionsEnvironmentVariable should be off in touchstone but is "1"',
      'fuse EnableNodeCliInspectArguments should be off in touchstone but is "1"',
      'fuse OnlyLoadAppFromAsar should be on in touchstone but is "0"',
      'fuse GrantFileProtocolExtraPrivileges should be off in touchstone but is "1"',
    ]);
  });

  it('@electron/fuses (what electron-builder calls) flips the stand-in, and the check then passes', async () => {
    // @electron/fuses comes with electron-builder (app-builder-lib); resolve it the way it does.
    const req = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
    const { flipFuses, FuseV1Options, FuseVersion } = req('@electron/fuses');
    dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-fuses-'));
    const exe = path.join(dir, 'touchstone');
    writeFileSync(exe, standInElectronBinary('45.4.1'));
    await flipFuses(exe, {
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
    expect(checkFuses(readFileSync(exe))).toEqual([]);
  });

  it('reports a binary without a fuse wire', () => {
    expect(checkFuses(Buffer.from('#!/bin/sh\n'), 'x')).toEqual(['x has no fuse wire (sentinel not found)']);
  });
});

describe('checkAsarContents', () => {
  it('accepts the built output, templates and package.json', () => {
    expect(checkAsarContents({ files: GOOD, ...RULES })).toEqual([]);
  });

  it('rejects sources, tests, source maps, node_modules and files the app never loads', () => {
    const files = [
      ...GOOD,
      file('main/electron.ts'),
      file('shared/model/schema.test.ts'),
      file('out/renderer/assets/index-abc.js.map'),
      file('node_modules/vitest/package.json'),
      file('e2e/run.mjs'),
      file('out/main/cli.cjs'),
      file('tsconfig.json'),
    ];
    expect(checkAsarContents({ files, ...RULES })).toEqual([
      'app.asar contains a TypeScript source: main/electron.ts',
      'app.asar contains a TypeScript source: shared/model/schema.test.ts',
      'app.asar contains a source map: out/renderer/assets/index-abc.js.map',
      'app.asar contains node_modules (out/ is self-contained: nothing may come from node_modules): node_modules/vitest/package.json',
      'app.asar contains a source or development folder: e2e/run.mjs',
      'app.asar contains out/main/cli.cjs, which the desktop app never loads (see main/electron/runtime-paths.ts)',
      'app.asar contains a development config file: tsconfig.json',
    ]);
  });

  it('reports missing files, unpacked files and links', () => {
    const files = [file('package.json'), { ...file('out/main/electron.cjs'), unpacked: true }, { ...file('templates/a.touchstone'), link: '../x' }];
    expect(checkAsarContents({ files, ...RULES })).toEqual([
      'app.asar leaves out/main/electron.cjs unpacked (outside the archive)',
      'app.asar holds a symbolic link: templates/a.touchstone → ../x',
      'app.asar is missing out/renderer/index.html',
    ]);
  });
});

describe('asar helpers', () => {
  it('flattens a header into files and folders', () => {
    const header = {
      files: {
        'package.json': { size: 10, offset: '0' },
        out: { files: { main: { files: { 'electron.cjs': { size: 20, offset: '10' } } } } },
        x: { files: { big: { size: 5, unpacked: true } } },
      },
    };
    expect(flattenAsarHeader(header)).toEqual({
      files: [
        { path: 'package.json', size: 10, unpacked: false, link: null },
        { path: 'out/main/electron.cjs', size: 20, unpacked: false, link: null },
        { path: 'x/big', size: 5, unpacked: true, link: null },
      ],
      dirs: ['out', 'out/main', 'x'],
    });
  });

  it('maps run-time paths into the archive and refuses those outside it', () => {
    const root = path.resolve('/opt/T/resources/app.asar');
    expect(insideAsar(root, path.join(root, 'out', 'preload', 'preload.cjs'))).toBe('out/preload/preload.cjs');
    expect(insideAsar(root, root)).toBe('');
    expect(insideAsar(root, path.resolve('/opt/T/resources/templates'))).toBeNull();
    expect(insideAsar(root, path.join(root, '..foo'))).toBe('..foo');
  });

  it('lists the local files an index.html loads', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="stylesheet" crossorigin href="./assets/index-def.css">
      <link rel="icon" href="data:,"><a href="#main"></a><a href="https://example.com/x"></a>
      <link rel="preload" href="/fonts/a%20b.woff2?v=1">
    </head></html>`;
    expect(htmlReferences(html, 'out/renderer/index.html', 'out/renderer')).toEqual([
      'out/renderer/assets/index-abc.js',
      'out/renderer/assets/index-def.css',
      'out/renderer/fonts/a b.woff2',
    ]);
  });
});

describe('checkRequires', () => {
  const names = new Set(['out/main/electron.cjs', 'out/main/chunk.cjs']);

  it('finds literal require() and import() specifiers', () => {
    expect(requiredModules(`require("electron");const a=require('node:fs');import("./chunk.cjs");require(x)`)).toEqual([
      './chunk.cjs',
      'electron',
      'node:fs',
    ]);
  });

  it('allows electron, built-ins and files in the archive; reports node_modules and missing files', () => {
    const code = `require("electron");require("node:path");require("fs");require("./chunk.cjs");require("lowdb");require("./gone")`;
    expect(checkRequires('out/main/electron.cjs', code, names)).toEqual([
      'out/main/electron.cjs requires ./gone, which is not in app.asar',
      'out/main/electron.cjs requires lowdb at run time, but node_modules is not packaged: bundle it (scripts/build.mjs)',
    ]);
  });

  it('holds a sandboxed preload to Electron’s short list', () => {
    expect(checkRequires('out/preload/preload.cjs', `require("electron");require("events")`, names, { sandboxedPreload: true })).toEqual([]);
    expect(checkRequires('out/preload/preload.cjs', `require("electron");require("fs")`, names, { sandboxedPreload: true })).toEqual([
      'out/preload/preload.cjs is a sandboxed preload but requires fs (only electron, events, timers, url are available)',
    ]);
  });
});

describe('checkIcons', () => {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const build = path.join(here, '..', 'build');
  const read = (rel: string) => {
    try {
      return readFileSync(path.join(build, rel));
    } catch {
      return null;
    }
  };
  const linux = ['icons/16x16.png', 'icons/256x256.png', 'icons/512x512.png'];

  it('accepts the committed icons (node build/icons.mjs)', () => {
    expect(checkIcons(read, linux)).toEqual([]);
    expect(pngSize(read('icon.png')!)).toEqual({ width: 1024, height: 1024 });
    expect(icoSizes(read('icon.ico')!)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(icnsTypes(read('file.icns')!)).toContain('ic10');
  });

  it('reports missing, wrong-sized or malformed icons', () => {
    const small = read('icons/16x16.png');
    const fake = (rel: string) => (rel === 'icon.png' || rel === 'icons/32x32.png' ? small : rel === 'file.icns' ? Buffer.from('nope') : rel.endsWith('.ico') ? null : read(rel));
    expect(checkIcons(fake, ['icons/32x32.png', 'icons/icon.png'])).toEqual([
      'build/icon.png is 16×16; it must be square, 512 px or more',
      'build/icon.ico is missing or not an icon file',
      'build/file.ico is missing or not an icon file',
      'build/file.icns is missing or not an icns file',
      'build/icons/32x32.png is not a 32×32 PNG',
      'build/icons/icon.png is not a PNG',
    ]);
  });
});
