import { randomBytes } from 'node:crypto';
import { copyFile, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Durable, atomic file replacement: the data goes to a temp file in the same folder, the temp file is
 * fsynced, renamed over the target, and the folder is fsynced so the rename itself survives a power
 * cut. A reader (or a crash) sees either the old bytes or the new bytes, never a mix. steno (lowdb's
 * writer) does the temp + rename but no fsync; this adds it.
 */

const TEMP_SUFFIX = '.tmp';
const TEMP_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** `.name.<12 hex>.tmp` beside the target: hidden, and never ends in `.touchstone`. */
export function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** True for names made by `tempNameFor`. Such files are never documents. */
export function isTempName(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

function errCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export function isNotFound(e: unknown): boolean {
  return errCode(e) === 'ENOENT';
}

/** fsync a folder so a rename or a new entry in it is on disk. Not possible on Windows (no-op there). */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    // Some file systems refuse to fsync a folder; the rename is still atomic there.
    if (!['EISDIR', 'EINVAL', 'EPERM', 'ENOTSUP', 'EBADF', 'EACCES'].includes(errCode(e) ?? '')) throw e;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** rename, retried briefly on Windows where a virus scanner or indexer may hold the target open. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errCode(e) ?? '');
      if (!transient || process.platform !== 'win32' || attempt >= 9) throw e;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

export interface DurableWriteOptions {
  /** Skip the fsyncs (still atomic). For caches and backups whose loss costs nothing. */
  fsync?: boolean;
}

/** The permission bits of `file`, to give its replacement; 0o666 (less umask) for a new file. */
export async function existingMode(file: string): Promise<number> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch (e) {
    if (!isNotFound(e)) throw e;
    return 0o666;
  }
}

/** Atomically and durably replaces `file` with `data`. Cleans up its temp file when anything fails. */
export async function writeFileDurable(file: string, data: string | Uint8Array, opts: DurableWriteOptions = {}): Promise<void> {
  const sync = opts.fsync !== false;
  const tmp = tempNameFor(file);
  const mode = await existingMode(file);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx', mode);
    await handle.writeFile(data);
    if (sync) await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  if (sync) await fsyncDir(dirname(file));
}

/** Copies `from` to `to` through a temp file + rename, so `to` is never seen half-copied. */
export async function copyFileAtomic(from: string, to: string, opts: DurableWriteOptions = {}): Promise<void> {
  const sync = opts.fsync !== false;
  const tmp = tempNameFor(to);
  try {
    await copyFile(from, tmp);
    if (sync) {
      const h = await open(tmp, 'r+');
      try {
        await h.sync();
      } finally {
        await h.close();
      }
    }
    await renameWithRetry(tmp, to);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  if (sync) await fsyncDir(dirname(to));
}

/**
 * Moves a file, durably. A plain rename when both sides are on one volume; otherwise copy (atomic,
 * fsynced) then unlink, so the file exists in at least one place at every moment.
 */
export async function moveFileDurable(from: string, to: string): Promise<void> {
  try {
    await renameWithRetry(from, to);
  } catch (e) {
    if (errCode(e) !== 'EXDEV') throw e;
    await copyFileAtomic(from, to);
    await unlink(from);
  }
  await fsyncDir(dirname(to));
  if (dirname(from) !== dirname(to)) await fsyncDir(dirname(from));
}

/** Removes temp files left by a crashed writer, when older than `olderThanMs`. Best effort. */
export async function sweepStaleTemps(dir: string, olderThanMs: number, nowMs = Date.now()): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!isTempName(name)) continue;
    const full = join(dir, name);
    try {
      const s = await stat(full);
      if (s.isFile() && nowMs - s.mtimeMs > olderThanMs) {
        await unlink(full);
        removed++;
      }
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
