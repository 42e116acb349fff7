import { createHash } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/**
 * The first half of a durable write, done off the main thread for big texts: UTF-8 encode, sha256,
 * write the temp file, fsync it. The main thread meanwhile validates the same text; the caller then
 * renames the temp file into place (or removes it). For a 5 MB workspace this takes ~30 ms out of
 * the save's critical path.
 */

export interface StagedFile {
  tmp: string;
  /** sha256 hex of the bytes written. */
  revision: string;
  sizeBytes: number;
}

/** Below this many UTF-16 units the worker round trip is not worth it. */
export const WORKER_THRESHOLD_CHARS = 512 * 1024;

// Plain CommonJS run with `eval: true`, so it works the same from TypeScript sources (vitest,
// tsx) and from the esbuild bundle, with no extra file to ship.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
parentPort.on('message', (job) => {
  let fd;
  try {
    const buf = Buffer.from(job.text, 'utf8');
    const revision = crypto.createHash('sha256').update(buf).digest('hex');
    fd = fs.openSync(job.tmp, 'wx', job.mode);
    let off = 0;
    while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
    if (job.fsync) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    parentPort.postMessage({ id: job.id, ok: true, revision, sizeBytes: buf.length });
  } catch (e) {
    if (fd !== undefined) { try { fs.closeSync(fd); } catch {} }
    try { fs.rmSync(job.tmp, { force: true }); } catch {}
    parentPort.postMessage({ id: job.id, ok: false, message: String(e && e.message), code: e && e.code });
  }
});
`;

type Reply = { id: number; ok: true; revision: string; sizeBytes: number } | { id: number; ok: false; message: string; code?: string };

class StagingWorker {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (r: StagedFile) => void; reject: (e: Error) => void; tmp: string }>();

  #get(): Worker {
    if (this.#worker) return this.#worker;
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.on('message', (r: Reply) => {
      const job = this.#pending.get(r.id);
      if (!job) return;
      this.#pending.delete(r.id);
      if (this.#pending.size === 0) w.unref();
      if (r.ok) job.resolve({ tmp: job.tmp, revision: r.revision, sizeBytes: r.sizeBytes });
      else job.reject(Object.assign(new Error(r.message), r.code ? { code: r.code } : {}));
    });
    const fail = (e: Error) => {
      if (this.#worker === w) this.#worker = null;
      for (const [, job] of this.#pending) job.reject(e);
      this.#pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`staging worker exited (${code})`)));
    w.unref();
    this.#worker = w;
    return w;
  }

  stage(text: string, tmp: string, mode: number, fsync: boolean): Promise<StagedFile> {
    const w = this.#get();
    const id = this.#nextId++;
    return new Promise<StagedFile>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, tmp });
      // Keep the process alive while a job is out (tests, the CLI).
      w.ref();
      w.postMessage({ id, text, tmp, mode, fsync });
    });
  }
}

let shared: StagingWorker | null = null;
let workerBroken = false;

async function stageInThread(text: string, tmp: string, mode: number, fsync: boolean): Promise<StagedFile> {
  const buf = Buffer.from(text, 'utf8');
  const revision = createHash('sha256').update(buf).digest('hex');
  const handle = await open(tmp, 'wx', mode);
  try {
    await handle.writeFile(buf);
    if (fsync) await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await handle.close();
  return { tmp, revision, sizeBytes: buf.length };
}

/** Encodes, hashes and writes `text` to `tmp` (which must not exist), fsynced unless told otherwise. */
export async function stageText(text: string, tmp: string, opts: { mode?: number; fsync?: boolean; threshold?: number } = {}): Promise<StagedFile> {
  const mode = opts.mode ?? 0o666;
  const fsync = opts.fsync !== false;
  if (text.length < (opts.threshold ?? WORKER_THRESHOLD_CHARS) || workerBroken) return stageInThread(text, tmp, mode, fsync);
  try {
    shared ??= new StagingWorker();
    return await shared.stage(text, tmp, mode, fsync);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
    if (code !== undefined) throw e; // a real I/O error from the worker
    // The worker itself failed (not available in this runtime?): do it here from now on.
    workerBroken = true;
    await rm(tmp, { force: true }).catch(() => undefined);
    return stageInThread(text, tmp, mode, fsync);
  }
}
