import path from 'node:path';

const DOCUMENT_EXTENSIONS = new Set(['.touchstone', '.json']);
/** Flags of ours that take a value (so the value is not mistaken for a file). */
const VALUE_FLAGS = new Set(['--data-dir', '--library']);

/**
 * Documents named on a command line (`touchstone-app some.touchstone`, a second launch, a file
 * association): arguments that are not flags and end in .touchstone or .json, made absolute
 * against the launching process's working folder. `skip` = leading entries that are the
 * executable (and, unpackaged, the app folder).
 */
export function documentsFromArgv(argv: readonly string[], cwd: string, skip: number): string[] {
  const found: string[] = [];
  for (let i = skip; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg.startsWith('-')) {
      if (VALUE_FLAGS.has(arg)) i++;
      continue;
    }
    if (!DOCUMENT_EXTENSIONS.has(path.extname(arg).toLowerCase())) continue;
    found.push(path.resolve(cwd, arg));
  }
  return [...new Set(found)];
}

/** What a second launch hands to the running instance through `requestSingleInstanceLock`. */
export interface LaunchData {
  files: string[];
}

export function readLaunchData(data: unknown): string[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const files = (data as { files?: unknown }).files;
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && f.length > 0 && f.length <= 4096)) return null;
  return files.filter((f) => path.isAbsolute(f));
}

/**
 * Holds documents to open until the renderer has loaded (a file argument arrives before the
 * window exists), then hands them over in order.
 */
export function createOpenQueue(deliver: (path: string) => void) {
  const pending: string[] = [];
  let ready = false;
  return {
    push(file: string) {
      if (ready) deliver(file);
      else pending.push(file);
    },
    /** The renderer loaded: deliver what waited. */
    setReady(value: boolean) {
      ready = value;
      if (ready) for (const file of pending.splice(0)) deliver(file);
    },
  };
}
