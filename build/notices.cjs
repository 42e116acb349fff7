// Writes build/licenses/THIRD_PARTY_NOTICES.txt: the licence of every production package (those
// package-lock.json does not mark dev), whose code the esbuild/Vite bundles in out/ carry. Shipped
// beside the app as resources/licenses/ (electron-builder.yml extraResources); Electron's and
// Chromium's licences are shipped by electron-builder itself (LICENSE.electron.txt,
// LICENSES.chromium.html).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const NOTICES_FILE = path.join('build', 'licenses', 'THIRD_PARTY_NOTICES.txt');

/** Production packages from the lockfile: [{name, version, license, dir}]. Type-only packages are left out. */
function productionPackages(projectDir) {
  const lock = JSON.parse(fs.readFileSync(path.join(projectDir, 'package-lock.json'), 'utf8'));
  const seen = new Map();
  for (const [key, info] of Object.entries(lock.packages ?? {})) {
    if (!key.includes('node_modules/') || info.dev || info.devOptional || info.link) continue;
    const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (name.startsWith('@types/')) continue;
    const id = `${name}@${info.version}`;
    if (!seen.has(id)) seen.set(id, { name, version: info.version, license: info.license ?? 'UNKNOWN', dir: path.join(projectDir, key) });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function licenceText(dir) {
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  const file = names.find((n) => /^(licen[cs]e|copying)(\.|-|$)/i.test(n));
  return file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : null;
}

/** Writes the notices file; returns its path and the packages it lists. */
function writeNotices(projectDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  const packages = productionPackages(projectDir);
  const lines = [
    `${pkg.productName ?? pkg.name} ${pkg.version}`,
    `Licence: ${pkg.license}.`,
    '',
    'Electron and Chromium: see LICENSE.electron.txt and LICENSES.chromium.html beside the executable',
    '(on macOS, in Contents/Resources).',
    '',
    `This app bundles the following ${packages.length} packages:`,
    ...packages.map((p) => `  ${p.name} ${p.version} (${p.license})`),
  ];
  for (const p of packages) {
    lines.push('', '='.repeat(78), `${p.name} ${p.version} — ${p.license}`, '='.repeat(78));
    lines.push(licenceText(p.dir) ?? `(no licence file in the package; package.json says ${p.license})`);
  }
  const out = path.join(projectDir, NOTICES_FILE);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, lines.join('\n') + '\n');
  return { file: out, packages };
}

module.exports = { NOTICES_FILE, productionPackages, writeNotices };
