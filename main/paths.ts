import path from 'node:path';

export interface PathInput {
  argv: string[];
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homeDir: string;
  appRoot: string;
  /** Base for relative overrides; defaults to `process.cwd()`. */
  cwd?: string;
}

export interface AppPaths {
  dataDir: string;
  libraryDir: string;
  templatesDir: string;
}

export const PRODUCT_NAME = 'Touchstone';

/** Value of `--name DIR` or `--name=DIR`; the last one wins; nothing after a bare `--` counts. */
function flagValue(argv: string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === name) {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg.startsWith(name + '=')) {
      const v = arg.slice(name.length + 1);
      if (v !== '') found = v;
    }
  }
  return found;
}

function nonEmpty(v: string | undefined): string | undefined {
  return v !== undefined && v.trim() !== '' ? v : undefined;
}

/**
 * Where Touchstone keeps its data. The default data folder is the one Electron's
 * `app.getPath('userData')` gives for productName "Touchstone", so the browser host and the CLI
 * share it with the desktop app. Flags beat environment variables.
 */
export function resolvePaths(input: PathInput): AppPaths {
  const p = input.platform === 'win32' ? path.win32 : path.posix;
  const cwd = input.cwd ?? process.cwd();
  const absolute = (dir: string): string => {
    let d = dir;
    if (d === '~') d = input.homeDir;
    else if (d.startsWith('~/') || (input.platform === 'win32' && d.startsWith('~\\'))) d = p.join(input.homeDir, d.slice(2));
    return p.resolve(cwd, d);
  };

  const dataOverride = flagValue(input.argv, '--data-dir') ?? nonEmpty(input.env.TOUCHSTONE_DATA_DIR);
  const dataDir = dataOverride !== undefined ? absolute(dataOverride) : defaultDataDir(input, p);

  const libraryOverride = flagValue(input.argv, '--library') ?? nonEmpty(input.env.TOUCHSTONE_LIBRARY);
  const libraryDir = libraryOverride !== undefined ? absolute(libraryOverride) : p.join(dataDir, 'library');

  return { dataDir, libraryDir, templatesDir: p.join(p.resolve(cwd, input.appRoot), 'templates') };
}

function defaultDataDir(input: PathInput, p: path.PlatformPath): string {
  switch (input.platform) {
    case 'darwin':
      return p.join(input.homeDir, 'Library', 'Application Support', PRODUCT_NAME);
    case 'win32':
      return p.join(nonEmpty(input.env.APPDATA) ?? p.join(input.homeDir, 'AppData', 'Roaming'), PRODUCT_NAME);
    default: {
      // Chromium's base::nix::GetXDGDirectory: a non-empty XDG_CONFIG_HOME, else ~/.config.
      const xdg = nonEmpty(input.env.XDG_CONFIG_HOME);
      return p.join(xdg !== undefined ? p.resolve(input.cwd ?? process.cwd(), xdg) : p.join(input.homeDir, '.config'), PRODUCT_NAME);
    }
  }
}
