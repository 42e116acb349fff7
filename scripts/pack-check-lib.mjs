// The checks behind `npm run pack:check` (scripts/pack-check.mjs), as pure functions over what the
// packed app contains, so they are tested (scripts/pack-check.test.ts) without packing anything.
// Each check returns a list of plain problem sentences; empty means fine.
import { isBuiltin } from 'node:module';
import path from 'node:path';

// ---------- fuses ----------

/** @electron/fuses' marker: the fuse wire follows it (version byte, length byte, one byte per fuse). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_NAMES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];
/** What the packaged binary must say (issue 5, plus file:// privileges off: the app serves app://). */
export const REQUIRED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};
/** Electron's defaults for fuse wire v1 (what an unflipped binary carries). */
const ELECTRON_DEFAULT_WIRE = '10110001';

/**
 * A stand-in for the Electron executable: a shell script that refuses to run, carrying a fuse wire
 * with Electron's default states so electron-builder's fuse step (@electron/fuses) really flips it.
 */
export function standInElectronBinary(electronVersion) {
  return Buffer.concat([
    Buffer.from(
      '#!/bin/sh\n' +
        `# Stand-in for Electron ${electronVersion}, made by scripts/pack-check.mjs to test packaging offline.\n` +
        'echo "This is not Electron: a stand-in used to check the package layout." >&2\nexit 1\n# ',
    ),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1'),
    Buffer.from('\n'),
  ]);
}

/** The fuse wire after the sentinel: {version, fuses: {name: '0' | '1' | 'r' | other}} or null. */
export function readFuseWire(binary) {
  const at = binary.indexOf(Buffer.from(FUSE_SENTINEL, 'latin1'));
  if (at === -1) return null;
  const pos = at + FUSE_SENTINEL.length;
  const version = binary[pos];
  const length = binary[pos + 1];
  const fuses = {};
  for (let i = 0; i < length; i++) fuses[FUSE_NAMES[i] ?? `fuse${i}`] = String.fromCharCode(binary[pos + 2 + i]);
  return { version, fuses };
}

export function checkFuses(binary, name = 'the executable') {
  const wire = readFuseWire(binary);
  if (wire === null) return [`${name} has no fuse wire (sentinel not found)`];
  if (wire.version !== 1) return [`${name} has fuse wire version ${wire.version}, expected 1`];
  const problems = [];
  for (const [fuse, on] of Object.entries(REQUIRED_FUSES)) {
    const state = wire.fuses[fuse];
    if (state !== (on ? '1' : '0')) {
      problems.push(`fuse ${fuse} should be ${on ? 'on' : 'off'} in ${name} but is ${state === undefined ? 'missing' : JSON.stringify(state)}`);
    }
  }
  return problems;
}

// ---------- app.asar ----------

/** Walks an asar header ({files: {...}}) into [{path, size, unpacked, link}] for files, and dir paths. */
export function flattenAsarHeader(header) {
  const files = [];
  const dirs = [];
  const walk = (node, prefix) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const p = prefix ? `${prefix}/${name}` : name;
      if (child.files) {
        dirs.push(p);
        walk(child, p);
      } else {
        files.push({ path: p, size: Number(child.size ?? 0), unpacked: Boolean(child.unpacked), link: child.link ?? null });
      }
    }
  };
  walk(header, '');
  return { files, dirs };
}

const FORBIDDEN = [
  [/(^|\/)node_modules(\/|$)/, 'node_modules (out/ is self-contained: nothing may come from node_modules)'],
  [/\.(ts|tsx|mts|cts)$/, 'a TypeScript source'],
  [/(^|\/)[^/]+\.(test|spec)\.[^/]+$/, 'a test'],
  [/\.map$/, 'a source map'],
  [/^(main|renderer|shared|e2e|bench|scripts|build|bin|dist|release|\.ci|\.github)\//, 'a source or development folder'],
  [/(^|\/)(tsconfig[^/]*\.json|vite\.config\.[^/]+|vitest\.config\.[^/]+|electron-builder\.ya?ml|package-lock\.json)$/, 'a development config file'],
];

/**
 * What app.asar must and must not hold. `allowedFiles`/`allowedDirs` are asar paths the desktop app
 * loads at run time (derived from main/electron/runtime-paths.ts and package.json "main"); every file
 * must be one of them or inside an allowed folder.
 */
export function checkAsarContents({ files, allowedFiles, allowedDirs, requiredFiles }) {
  const problems = [];
  const names = new Set(files.map((f) => f.path));
  for (const f of files) {
    const bad = FORBIDDEN.find(([re]) => re.test(f.path));
    if (bad) {
      problems.push(`app.asar contains ${bad[1]}: ${f.path}`);
      continue;
    }
    if (f.unpacked) problems.push(`app.asar leaves ${f.path} unpacked (outside the archive)`);
    if (f.link !== null) problems.push(`app.asar holds a symbolic link: ${f.path} → ${f.link}`);
    const allowed = allowedFiles.includes(f.path) || allowedDirs.some((d) => f.path.startsWith(d + '/'));
    if (!allowed) problems.push(`app.asar contains ${f.path}, which the desktop app never loads (see main/electron/runtime-paths.ts)`);
  }
  for (const r of requiredFiles) if (!names.has(r)) problems.push(`app.asar is missing ${r}`);
  return problems;
}

/** Asar path for an absolute run-time path, or null when it lies outside the archive. */
export function insideAsar(asarRoot, p) {
  const rel = path.relative(asarRoot, p);
  if (rel === '') return '';
  if (rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

// ---------- bundles ----------

/** Module specifiers a CommonJS bundle loads with a literal require("…") or import("…"). */
export function requiredModules(code) {
  const found = new Set();
  for (const re of [/\brequire\(\s*(["'`])([^"'`\n]+)\1\s*\)/g, /\bimport\(\s*(["'`])([^"'`\n]+)\1\s*\)/g]) {
    for (const m of code.matchAll(re)) found.add(m[2]);
  }
  return [...found].sort();
}

/** Modules a sandboxed preload may require (Electron's sandbox polyfill). */
const SANDBOXED_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);

/**
 * Every require in `file` (an asar path) must be Electron, a Node built-in, or a file in the archive;
 * a sandboxed preload only gets Electron's short list.
 */
export function checkRequires(file, code, names, { sandboxedPreload = false } = {}) {
  const problems = [];
  for (const spec of requiredModules(code)) {
    if (spec.startsWith('./') || spec.startsWith('../')) {
      const base = path.posix.join(path.posix.dirname(file), spec);
      const candidates = [base, `${base}.js`, `${base}.cjs`, `${base}.json`, `${base}/index.js`];
      if (!candidates.some((c) => names.has(c))) problems.push(`${file} requires ${spec}, which is not in app.asar`);
    } else if (sandboxedPreload) {
      if (!SANDBOXED_PRELOAD_MODULES.has(spec)) problems.push(`${file} is a sandboxed preload but requires ${spec} (only electron, events, timers, url are available)`);
    } else if (spec !== 'electron' && !spec.startsWith('electron/') && !isBuiltin(spec)) {
      problems.push(`${file} requires ${spec} at run time, but node_modules is not packaged: bundle it (scripts/build.mjs)`);
    }
  }
  return problems;
}

/** Local files an HTML page loads (src/href), as asar paths relative to the page; external URLs skipped. */
export function htmlReferences(html, page, rendererRoot) {
  const refs = [];
  for (const m of html.matchAll(/\b(?:src|href)\s*=\s*(["'])([^"']+)\1/gi)) {
    const url = m[2].trim();
    if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
    const clean = decodeURIComponent(url.split(/[?#]/)[0]);
    refs.push(clean.startsWith('/') ? path.posix.join(rendererRoot, clean) : path.posix.join(path.posix.dirname(page), clean));
  }
  return refs;
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
}

// ---------- icons ----------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG, or null when it is not one. */
export function pngSize(buf) {
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Pixel sizes of the images in an .ico (0 in the directory means 256), or null when it is not one. */
export function icoSizes(buf) {
  if (buf.length < 6 || buf.readUInt16LE(0) !== 0 || buf.readUInt16LE(2) !== 1) return null;
  const n = buf.readUInt16LE(4);
  if (buf.length < 6 + 16 * n) return null;
  return Array.from({ length: n }, (_, i) => buf[6 + 16 * i] || 256);
}

/** OSTypes of the entries in an .icns, or null when it is not one. */
export function icnsTypes(buf) {
  if (buf.length < 8 || buf.toString('latin1', 0, 4) !== 'icns' || buf.readUInt32BE(4) !== buf.length) return null;
  const types = [];
  for (let at = 8; at + 8 <= buf.length; ) {
    const size = buf.readUInt32BE(at + 4);
    if (size < 8) return null;
    types.push(buf.toString('latin1', at, at + 4));
    at += size;
  }
  return types;
}

/**
 * The icons electron-builder.yml points at, as each target needs them: a square PNG of at least
 * 512 px, Windows .ico files with a 256 px image (NSIS), macOS .icns with a 512 px or larger image,
 * Linux icons/NxN.png whose pixels match their names. `read(rel)` gives a file under build/ or null.
 */
export function checkIcons(read, linuxIcons) {
  const problems = [];
  const png = read('icon.png');
  const size = png && pngSize(png);
  if (!size) problems.push('build/icon.png is missing or not a PNG');
  else if (size.width !== size.height || size.width < 512) problems.push(`build/icon.png is ${size.width}×${size.height}; it must be square, 512 px or more`);
  for (const name of ['icon', 'file']) {
    const ico = read(`${name}.ico`);
    const sizes = ico && icoSizes(ico);
    if (!sizes) problems.push(`build/${name}.ico is missing or not an icon file`);
    else if (!sizes.includes(256)) problems.push(`build/${name}.ico has no 256 px image (NSIS needs one)`);
    const icns = read(`${name}.icns`);
    const types = icns && icnsTypes(icns);
    if (!types) problems.push(`build/${name}.icns is missing or not an icns file`);
    else if (!types.some((t) => t === 'ic09' || t === 'ic10' || t === 'ic14')) problems.push(`build/${name}.icns has no 512 px image`);
  }
  if (linuxIcons.length === 0) problems.push('build/icons/ has no NxN.png for Linux');
  for (const rel of linuxIcons) {
    const m = /^icons\/(\d+)x(\d+)\.png$/.exec(rel);
    const s = pngSize(read(rel) ?? Buffer.alloc(0));
    if (!m || !s || s.width !== Number(m[1]) || s.height !== Number(m[2])) problems.push(`build/${rel} is not a ${m ? `${m[1]}×${m[2]} ` : ''}PNG`);
  }
  return problems;
}
