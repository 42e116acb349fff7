// `npm run pack:check`: proves electron-builder.yml produces a correct desktop package on a machine
// that cannot download Electron.
//  1. Builds out/ when it is missing or older than the sources (as `npm start` does).
//  2. Makes a stand-in Electron folder (electronDist) for linux x64: an `electron` "binary" that is a
//     shell script carrying a real fuse wire with Electron's default states, LICENSE,
//     LICENSES.chromium.html, version, resources/ and a few locales/*.pak.
//  3. Runs electron-builder's `--dir` target against it with the project's own configuration, so the
//     real pipeline runs: file patterns, asar, beforeBuild hook, extra resources, locale trimming and
//     the fuse flip (@electron/fuses rewrites the wire in the stand-in).
//  4. Opens the produced app.asar with @electron/asar and checks what is in it and what is not, that
//     package.json "main" is inside it, that every path the main process resolves at run time
//     (main/electron/runtime-paths.ts, the same function main/electron.ts calls) exists inside it, that
//     the bundles need nothing from node_modules, and that the fuses are flipped; then reports sizes.
// Exits 1 with one plain line per problem. `--keep` keeps the temporary folder; `--verbose` shows
// electron-builder's output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import asar from '@electron/asar';
import { needsBuild } from './start.mjs';
import { ICON_FILES, generateIcons } from '../build/icons.mjs';
import {
  checkAsarContents,
  checkFuses,
  checkIcons,
  checkRequires,
  flattenAsarHeader,
  formatBytes,
  htmlReferences,
  insideAsar,
  readFuseWire,
  standInElectronBinary,
} from './pack-check-lib.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const started = Date.now();
const problems = [];
const say = (line) => console.log(`pack:check: ${line}`);

function stop(lines, tmp) {
  const SHOW = 25;
  for (const line of lines.slice(0, SHOW)) console.error(`pack:check: FAIL ${line}`);
  if (lines.length > SHOW) console.error(`pack:check: FAIL … and ${lines.length - SHOW} more problems`);
  if (tmp) console.error(`pack:check: the packed app is left in ${tmp}`);
  process.exit(1);
}

// ---------- 1. build ----------
if (needsBuild(ROOT)) {
  say('out/ is missing or stale: node scripts/build.mjs');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) stop(['the build failed (node scripts/build.mjs)']);
}
const missingIcons = ICON_FILES.filter((f) => !existsSync(path.join(ROOT, 'build', f)));
if (missingIcons.length) {
  say(`generating icons (missing: ${missingIcons.join(', ')})`);
  generateIcons();
}

const buildDir = path.join(ROOT, 'build');
const readBuild = (rel) => (existsSync(path.join(buildDir, rel)) ? readFileSync(path.join(buildDir, rel)) : null);
const linuxIcons = existsSync(path.join(buildDir, 'icons')) ? readdirSync(path.join(buildDir, 'icons')).map((f) => `icons/${f}`) : [];
problems.push(...checkIcons(readBuild, linuxIcons));

// ---------- 2. stand-in Electron ----------
const electronVersion = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'touchstone-pack-'));
const dist = path.join(tmp, 'electron-dist');
const STAND_IN_LOCALES = ['en-US', 'en-GB', 'zh-CN', 'zh-TW', 'de', 'fr', 'ja'];
mkdirSync(path.join(dist, 'resources'), { recursive: true });
mkdirSync(path.join(dist, 'locales'), { recursive: true });
writeFileSync(path.join(dist, 'electron'), standInElectronBinary(electronVersion), { mode: 0o755 });
writeFileSync(path.join(dist, 'LICENSE'), 'Stand-in for Electron’s LICENSE (MIT).\n');
writeFileSync(path.join(dist, 'LICENSES.chromium.html'), '<!-- stand-in for Chromium’s licences -->\n');
writeFileSync(path.join(dist, 'version'), electronVersion);
for (const l of STAND_IN_LOCALES) writeFileSync(path.join(dist, 'locales', `${l}.pak`), l);

// ---------- 3. electron-builder --dir ----------
const outDir = path.join(tmp, 'out');
const builder = spawnSync(
  process.execPath,
  [
    require.resolve('electron-builder/cli.js'),
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    `-c.electronDist=${dist}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${outDir}`,
  ],
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
);
if (args.has('--verbose') || builder.status !== 0) process.stdout.write(builder.stdout + builder.stderr);
if (builder.status !== 0) stop([`electron-builder exited with ${builder.status}`], tmp);
const unpacked = readdirSync(outDir).filter((d) => d.endsWith('-unpacked'));
if (unpacked.length !== 1) stop([`expected one *-unpacked folder in ${outDir}, found: ${unpacked.join(', ') || 'none'}`], tmp);
const appOutDir = path.join(outDir, unpacked[0]);
const resources = path.join(appOutDir, 'resources');
const asarFile = path.join(resources, 'app.asar');
if (!existsSync(asarFile)) stop([`no resources/app.asar in ${appOutDir} (is asar off?)`], tmp);

// ---------- 4a. the folder around app.asar ----------
const rootFiles = readdirSync(appOutDir).filter((f) => statSync(path.join(appOutDir, f)).isFile());
const executables = rootFiles.filter((f) => readFuseWire(readFileSync(path.join(appOutDir, f))) !== null);
if (executables.length !== 1) {
  problems.push(`expected one executable with a fuse wire in ${unpacked[0]}/, found: ${executables.join(', ') || 'none'}`);
} else {
  const exe = executables[0];
  if (exe === 'electron') problems.push('the executable was not renamed from "electron" to the product’s name');
  problems.push(...checkFuses(readFileSync(path.join(appOutDir, exe)), exe));
}
for (const p of ['app', 'app.asar.unpacked']) {
  if (existsSync(path.join(resources, p))) problems.push(`resources/${p} exists: everything must be inside app.asar`);
}
for (const f of ['LICENSE.electron.txt', 'LICENSES.chromium.html']) {
  if (!existsSync(path.join(appOutDir, f))) problems.push(`${f} (Electron’s licences) is missing beside the executable`);
}
const noticesFile = path.join(resources, 'licenses', 'THIRD_PARTY_NOTICES.txt');
if (!existsSync(noticesFile)) {
  problems.push('resources/licenses/THIRD_PARTY_NOTICES.txt is missing (build/before-build.cjs, extraResources)');
} else {
  const notices = readFileSync(noticesFile, 'utf8');
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    if (!notices.includes(`\n  ${dep} `)) problems.push(`THIRD_PARTY_NOTICES.txt does not list the dependency ${dep}`);
  }
}
const keptLocales = readdirSync(path.join(appOutDir, 'locales')).map((f) => f.replace(/\.pak$/, ''));
for (const l of ['en-US', 'zh-CN', 'zh-TW']) if (!keptLocales.includes(l)) problems.push(`locales/${l}.pak was removed`);
for (const l of ['de', 'fr', 'ja']) if (keptLocales.includes(l)) problems.push(`locales/${l}.pak was kept (electronLanguages)`);
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [path.join(dir, e.name), ...walk(path.join(dir, e.name))] : []));
for (const d of walk(appOutDir)) if (path.basename(d) === 'node_modules') problems.push(`${path.relative(appOutDir, d)} is in the package`);

// ---------- 4b. app.asar ----------
const { files, dirs } = flattenAsarHeader(asar.getRawHeader(asarFile).header);
const names = new Set(files.map((f) => f.path));
const dirNames = new Set(dirs);
const read = (p) => asar.extractFile(asarFile, p);

let pkgInAsar = null;
if (!names.has('package.json')) problems.push('app.asar has no package.json');
else pkgInAsar = JSON.parse(read('package.json').toString('utf8'));
const main = pkgInAsar && typeof pkgInAsar.main === 'string' ? path.posix.normalize(pkgInAsar.main).replace(/^\.\//, '') : null;
if (pkgInAsar && main === null) problems.push('package.json in app.asar has no "main"');
if (main !== null && !names.has(main)) problems.push(`package.json "main" is ${pkgInAsar.main}, which is not in app.asar`);

// The paths the main process computes at run time, from the same function main/electron.ts calls,
// evaluated with __dirname where the packaged main file really is (resources/app.asar/…).
const bundled = await esbuild({
  absWorkingDir: ROOT,
  entryPoints: ['main/electron/runtime-paths.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  logLevel: 'error',
});
const runtimePathsFile = path.join(tmp, 'runtime-paths.cjs');
writeFileSync(runtimePathsFile, bundled.outputFiles[0].text);
const { electronAppFiles } = require(runtimePathsFile);

const allowedFiles = ['package.json'];
const allowedDirs = [];
const requiredFiles = ['package.json'];
if (main !== null) {
  allowedFiles.push(main);
  const rt = electronAppFiles(path.join(asarFile, path.posix.dirname(main)));
  const rel = (what, p) => {
    const r = insideAsar(asarFile, p);
    if (r === null) problems.push(`the ${what} resolves outside app.asar at run time: ${p}`);
    return r;
  };
  if (rel('package root', rt.appRoot) !== '') problems.push(`the package root resolves to ${rt.appRoot}, not app.asar`);
  const preload = rel('preload', rt.preloadPath);
  const entry = rel('renderer entry', rt.rendererEntry);
  const rendererDir = rel('renderer folder', rt.rendererDir);
  const templatesDir = rel('templates folder', rt.templatesDir);
  if (preload !== null) {
    allowedFiles.push(preload);
    requiredFiles.push(preload);
  }
  for (const [what, d] of [
    ['renderer folder', rendererDir],
    ['templates folder', templatesDir],
  ]) {
    if (d === null) continue;
    allowedDirs.push(d);
    if (!dirNames.has(d)) problems.push(`the ${what} ${d}/ is not in app.asar`);
  }
  if (entry !== null) {
    requiredFiles.push(entry);
    if (names.has(entry)) {
      const refs = htmlReferences(read(entry).toString('utf8'), entry, rendererDir ?? path.posix.dirname(entry));
      if (refs.length === 0) problems.push(`${entry} loads no local script or style`);
      requiredFiles.push(...refs);
    }
  }
  if (templatesDir !== null) {
    const shipped = readdirSync(path.join(ROOT, 'templates')).filter((f) => f.endsWith('.touchstone'));
    if (shipped.length === 0) problems.push('templates/ has no *.touchstone file to ship');
    requiredFiles.push(...shipped.map((f) => `${templatesDir}/${f}`));
  }
  if (names.has(main)) {
    const code = read(main);
    problems.push(...checkRequires(main, code.toString('utf8'), names));
    const built = path.join(ROOT, main);
    if (existsSync(built) && createHash('sha256').update(readFileSync(built)).digest('hex') !== createHash('sha256').update(code).digest('hex')) {
      problems.push(`${main} in app.asar differs from the one in the project (was out/ rebuilt while packing?)`);
    }
  }
  if (preload !== null && names.has(preload)) problems.push(...checkRequires(preload, read(preload).toString('utf8'), names, { sandboxedPreload: true }));
}
problems.push(...checkAsarContents({ files, allowedFiles, allowedDirs, requiredFiles: [...new Set(requiredFiles)] }));

// ---------- 5. report ----------
const total = files.reduce((n, f) => n + f.size, 0);
say(`stand-in Electron ${electronVersion} → ${path.relative(tmp, appOutDir)}/ (electron-builder --linux dir --x64)`);
say(`app.asar: ${files.length} files, ${formatBytes(total)} of content, ${formatBytes(statSync(asarFile).size)} on disk`);
for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) console.log(`  ${formatBytes(f.size).padStart(10)}  ${f.path}`);
if (executables.length === 1) {
  const wire = readFuseWire(readFileSync(path.join(appOutDir, executables[0]))).fuses;
  say(`fuses in ${executables[0]}: ${Object.entries(wire).map(([k, v]) => `${k}=${v}`).join(' ')}`);
}
if (problems.length) stop(problems, tmp);
if (args.has('--keep')) say(`kept ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
say(`OK in ${((Date.now() - started) / 1000).toFixed(1)} s`);
