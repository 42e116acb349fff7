import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ID_PATTERN } from '../../shared/model/ids';
import { copyFileAtomic, isNotFound, writeFileDurable } from './durable';

/**
 * Rolling backups: `<root>/<workspaceId>/<stamp>[-<n>].touchstone`, where stamp is the ISO time with
 * `:` and `.` made file-name safe (`2025-03-01T09-30-00-000Z`), so names sort by time; `-<n>` tells
 * apart backups taken in the same millisecond. `origin.json` in each folder lists the paths the
 * backups were taken from, so the backups of a file too damaged to read its id can still be found.
 */

export const BACKUP_EXTENSION = '.touchstone';
const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d{1,4}))?$/;
const MAX_ORIGINS = 20;

export interface BackupRecord {
  /** `<workspaceId>.<stamp>[-n]`: unique across workspaces, matches the contract's backupId pattern. */
  backupId: string;
  workspaceId: string;
  savedAt: string;
  sizeBytes: number;
  path: string;
  /** sort key */
  key: string;
}

export function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function savedAtOf(stamp: string): string {
  // 2025-03-01T09-30-00-000Z → 2025-03-01T09:30:00.000Z
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

function parseName(fileName: string): { stamp: string; seq: number } | null {
  if (!fileName.endsWith(BACKUP_EXTENSION)) return null;
  const m = STAMP.exec(fileName.slice(0, -BACKUP_EXTENSION.length));
  return m ? { stamp: m[1], seq: m[2] ? Number(m[2]) : 0 } : null;
}

export class BackupStore {
  constructor(
    readonly root: string,
    readonly keep = 10,
  ) {}

  /** Splits a backupId into its folder and file; null when it is not one of ours. */
  locate(backupId: string): { workspaceId: string; path: string } | null {
    const dot = backupId.indexOf('.');
    if (dot < 1) return null;
    const workspaceId = backupId.slice(0, dot);
    const name = backupId.slice(dot + 1);
    if (!ID_PATTERN.test(workspaceId) || !STAMP.test(name)) return null;
    return { workspaceId, path: join(this.root, workspaceId, name + BACKUP_EXTENSION) };
  }

  /** Backups of one workspace, newest first (unchecked: they may not parse). */
  async list(workspaceId: string): Promise<BackupRecord[]> {
    if (!ID_PATTERN.test(workspaceId)) return [];
    const dir = join(this.root, workspaceId);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
    const out: BackupRecord[] = [];
    for (const name of names) {
      const p = parseName(name);
      if (!p) continue;
      const path = join(dir, name);
      let sizeBytes: number;
      try {
        sizeBytes = (await stat(path)).size;
      } catch {
        continue;
      }
      const base = name.slice(0, -BACKUP_EXTENSION.length);
      out.push({
        backupId: `${workspaceId}.${base}`,
        workspaceId,
        savedAt: savedAtOf(p.stamp),
        sizeBytes,
        path,
        key: `${p.stamp}.${String(p.seq).padStart(4, '0')}`,
      });
    }
    return out.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  }

  /** Workspace ids whose backups were taken from `ref`. */
  async workspacesBackedUpFrom(ref: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
    const out: string[] = [];
    for (const id of names) {
      if (!ID_PATTERN.test(id)) continue;
      const origins = await this.#origins(id);
      if (origins.includes(ref)) out.push(id);
    }
    return out;
  }

  async #origins(workspaceId: string): Promise<string[]> {
    try {
      const v: unknown = JSON.parse(await readFile(join(this.root, workspaceId, 'origin.json'), 'utf8'));
      const refs = typeof v === 'object' && v !== null ? (v as { refs?: unknown }).refs : undefined;
      return Array.isArray(refs) ? refs.filter((r): r is string => typeof r === 'string') : [];
    } catch {
      return [];
    }
  }

  /** Copies `source` (the file as it is on disk now) into the workspace's backups and prunes old ones. */
  async take(source: string, workspaceId: string, ref: string, at: Date): Promise<BackupRecord> {
    if (!ID_PATTERN.test(workspaceId)) throw new Error('bad workspace id');
    const dir = join(this.root, workspaceId);
    await mkdir(dir, { recursive: true });
    const stamp = stampOf(at);
    // After the newest of this millisecond, even if older ones were pruned (names are never reused).
    let maxSeq = -1;
    for (const name of await readdir(dir)) {
      const p = parseName(name);
      if (p && p.stamp === stamp) maxSeq = Math.max(maxSeq, p.seq);
    }
    const base = maxSeq < 0 ? stamp : `${stamp}-${maxSeq + 1}`;
    // A backup only matters while the original exists, and the original is replaced durably
    // after this; skipping the fsync here keeps saves fast.
    await copyFileAtomic(source, join(dir, base + BACKUP_EXTENSION), { fsync: false });

    const origins = await this.#origins(workspaceId);
    if (!origins.includes(ref)) {
      await writeFileDurable(join(dir, 'origin.json'), JSON.stringify({ refs: [ref, ...origins].slice(0, MAX_ORIGINS) }) + '\n', {
        fsync: false,
      });
    }

    const all = await this.list(workspaceId);
    for (const old of all.slice(this.keep)) await unlink(old.path).catch(() => undefined);
    const taken = all.find((b) => b.backupId === `${workspaceId}.${base}`);
    if (!taken) throw new Error('backup vanished');
    return taken;
  }
}
