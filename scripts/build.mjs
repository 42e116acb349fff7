// Builds everything `npm start`, the CLI and the e2e tests run: the renderer (Vite) into out/renderer,
// and the Node/Electron entry points (esbuild, CommonJS so the preload can stay sandboxed) into out/.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const only = process.argv[2]; // 'node' or 'renderer' to build one half

const nodeEntries = [
  { in: 'main/electron.ts', out: 'main/electron' },
  { in: 'main/preload.ts', out: 'preload/preload' },
  { in: 'main/host.ts', out: 'main/host' },
  { in: 'main/cli.ts', out: 'main/cli' },
];

if (only !== 'renderer') {
  await esbuild({
    absWorkingDir: root,
    entryPoints: nodeEntries,
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'playwright-core'],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
  });
}
if (only !== 'node') {
  await viteBuild({ configFile: `${root}/vite.config.ts`, logLevel: 'warn' });
}
console.log('built out/');
