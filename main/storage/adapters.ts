import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { parseWorkspaceFile, type ParseResult } from '../../shared/format/file';
import { dirname } from 'node:path';
import { rm } from 'node:fs/promises';
import { existingMode, fsyncDir, isNotFound, renameWithRetry, tempNameFor, writeFileDurable } from './durable';
import { stageText } from './stage';

/**
 * lowdb adapters over `writeFileDurable`. lowdb's own node adapters (TextFile/JSONFile through
 * steno) are atomic but never fsync, and its presets switch to memory under NODE_ENV=test; these
 * are used through `Low` directly.
 */

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What identifies one version of a file without reading it: device, inode, size, and nanosecond
 * change/modify times. A writer that replaces the file by rename gets a new inode; one that writes
 * in place moves ctime.
 */
export type FileStamp = string;

export async function fileStamp(file: string): Promise<FileStamp | null> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Serializes writes so an older one can never land after a newer one. */
class WriteQueue {
  #tail: Promise<unknown> = Promise.resolve();
  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(job, job);
    this.#tail = next.catch(() => undefined);
    return next;
  }
}

/** Text file: `null` when missing. */
export class DurableTextFile implements Adapter<string> {
  readonly #queue = new WriteQueue();
  constructor(readonly filename: string) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.filename, 'utf8');
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  write(text: string): Promise<void> {
    return this.#queue.run(() => writeFileDurable(this.filename, text));
  }
}

/** JSON file (lowdb's JSONFile, made durable). The data is serialized when `write` is called. */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly #text: DurableTextFile;
  readonly #parse: (text: string) => T;
  readonly #stringify: (data: T) => string;

  constructor(
    filename: string,
    opts: { parse?: (text: string) => T; stringify?: (data: T) => string } = {},
  ) {
    this.#text = new DurableTextFile(filename);
    this.#parse = opts.parse ?? ((t) => JSON.parse(t) as T);
    this.#stringify = opts.stringify ?? ((d) => JSON.stringify(d, null, 2) + '\n');
  }

  get filename(): string {
    return this.#text.filename;
  }

  async read(): Promise<T | null> {
    const text = await this.#text.read();
    return text === null ? null : this.#parse(text);
  }

  write(data: T): Promise<void> {
    return this.#text.write(this.#stringify(data));
  }
}

export class FileTooLargeError extends Error {
  constructor(
    readonly sizeBytes: number,
    readonly limitBytes: number,
  ) {
    super(`file is ${sizeBytes} bytes, more than the ${limitBytes} bytes allowed`);
  }
}

/** A workspace document: the text and what `parseWorkspaceFile` made of it. Writing writes `text` exactly. */
export interface WorkspaceDocument {
  text: string;
  parsed: ParseResult;
}

/** What a read or write learned about the bytes on disk. */
export interface FileVersion {
  /** sha256 hex of the file's bytes. */
  revision: string;
  stamp: FileStamp | null;
  sizeBytes: number;
}

export interface LoadedWorkspaceDocument extends WorkspaceDocument, FileVersion {}

/** A write whose bytes are on disk in a temp file (fsynced), not yet renamed into place. */
export interface PreparedWrite {
  revision: string;
  sizeBytes: number;
  /** Renames the temp file over the target and fsyncs the folder. */
  commit(): Promise<FileVersion>;
  /** Removes the temp file. Safe to call after commit (does nothing then). */
  abort(): Promise<void>;
}

/**
 * A `.touchstone` file. `read` refuses files over `maxBytes` (throws `FileTooLargeError`) before
 * reading them, hashes the bytes it read, and parses them; `write` durably writes the exact text.
 */
export class WorkspaceFileAdapter implements Adapter<WorkspaceDocument> {
  readonly #queue = new WriteQueue();
  /** Set by the last successful write. */
  lastWritten: FileVersion | null = null;

  constructor(
    readonly filename: string,
    readonly maxBytes: number,
  ) {}

  /** Reads the raw bytes (with the size limit) and the stamp of the version read. */
  async readBytes(): Promise<{ bytes: Buffer; stamp: FileStamp } | null> {
    let handle;
    try {
      handle = await open(this.filename, 'r');
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
    try {
      const s = await handle.stat({ bigint: true });
      if (!s.isFile()) throw new Error('not a file');
      if (s.size > BigInt(this.maxBytes)) throw new FileTooLargeError(Number(s.size), this.maxBytes);
      const bytes = await handle.readFile();
      if (bytes.length > this.maxBytes) throw new FileTooLargeError(bytes.length, this.maxBytes);
      // The stamp of the inode we actually read (the path may be replaced meanwhile; then the
      // stamps differ and the next conflict check re-hashes).
      return { bytes, stamp: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` };
    } finally {
      await handle.close();
    }
  }

  async read(): Promise<LoadedWorkspaceDocument | null> {
    const raw = await this.readBytes();
    if (!raw) return null;
    const text = raw.bytes.toString('utf8');
    return { text, parsed: parseWorkspaceFile(text), revision: sha256Hex(raw.bytes), stamp: raw.stamp, sizeBytes: raw.bytes.length };
  }

  /** sha256 of the bytes on disk, or null when the file is missing. */
  async revisionOnDisk(): Promise<FileVersion | null> {
    const raw = await this.readBytes();
    return raw ? { revision: sha256Hex(raw.bytes), stamp: raw.stamp, sizeBytes: raw.bytes.length } : null;
  }

  /**
   * First half of a durable write of `text`: encode, hash, write and fsync a temp file beside the
   * target (big texts on a worker thread, so the caller can validate meanwhile). The caller must
   * call `commit` or `abort`, and must serialize writes to one file itself.
   */
  async prepare(text: string, mode?: number): Promise<PreparedWrite> {
    const tmp = tempNameFor(this.filename);
    // With `mode` given, the text is handed to the worker before this function first yields.
    const staged = await stageText(text, tmp, { mode: mode ?? (await existingMode(this.filename)) });
    let settled = false;
    return {
      revision: staged.revision,
      sizeBytes: staged.sizeBytes,
      commit: async () => {
        if (settled) throw new Error('write already settled');
        settled = true;
        try {
          await renameWithRetry(tmp, this.filename);
        } catch (e) {
          await rm(tmp, { force: true }).catch(() => undefined);
          throw e;
        }
        await fsyncDir(dirname(this.filename));
        this.lastWritten = { revision: staged.revision, stamp: await fileStamp(this.filename), sizeBytes: staged.sizeBytes };
        return this.lastWritten;
      },
      abort: async () => {
        if (settled) return;
        settled = true;
        await rm(tmp, { force: true }).catch(() => undefined);
      },
    };
  }

  /** Durably writes exactly `doc.text` (what `Low.write` calls). */
  write(doc: WorkspaceDocument): Promise<void> {
    return this.#queue.run(async () => {
      const prepared = await this.prepare(doc.text);
      try {
        await prepared.commit();
      } finally {
        await prepared.abort();
      }
    });
  }
}
