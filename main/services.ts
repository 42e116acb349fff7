import { mkdir, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createTranslator, matchLocale } from '../shared/i18n';
import { Low } from 'lowdb';
import type {
  Api,
  AppInfo,
  BackupInfo,
  IoError,
  LibraryEntry,
  OpenError,
  OpenResult,
  RecentEntry,
  SaveResult,
  Settings,
  TemplateInfo,
  TrashEntry,
} from '../shared/api/contract';
import {
  FILE_EXTENSION,
  parseWorkspaceFile,
  safeJsonParse,
  serializeWorkspaceFile,
  wrapWorkspace,
  type ParseError,
  type ParseResult,
  type WorkspaceFile,
} from '../shared/format/file';
import { blankWorkspace } from '../shared/model/factory';
import { ID_PATTERN, newId } from '../shared/model/ids';
import type { ModelIssue } from '../shared/model/references';
import {
  FileTooLargeError,
  WorkspaceFileAdapter,
  fileStamp,
  sha256Hex,
  type FileStamp,
  type FileVersion,
  type LoadedWorkspaceDocument,
  type PreparedWrite,
  type WorkspaceDocument,
} from './storage/adapters';
import { BackupStore, stampOf, type BackupRecord } from './storage/backups';
import { copyFileAtomic, existingMode, isNotFound, moveFileDurable, sweepStaleTemps, writeFileDurable } from './storage/durable';
import { SettingsStore } from './storage/settings';
import { knownJourneysFromValidText, validateForSave, type KnownJourneys } from './storage/validate';

export interface ServiceOptions {
  dataDir: string;
  libraryDir: string;
  templatesDir: string;
  host: 'electron' | 'browser';
  /** The app's own install folder: nothing is ever written inside it. */
  appDir?: string;
  now?: () => Date;
  /** At most one rolling backup per document per this many ms (the first save after opening always takes one). */
  backupIntervalMs?: number;
}

/** The channels of the contract plus the path-based helpers the Electron main process uses after native dialogs. */
export interface Services extends Api {
  /** Opens a file anywhere (a path the user picked), remembers it in recents and accepts it as a ref afterwards. */
  openPath(filePath: string): Promise<OpenResult>;
  /** Writes a copy anywhere the user picked, durably; refuses any path inside `appDir`. */
  saveCopyTo(filePath: string, text: string): Promise<{ path: string }>;
  /** Imports a file from anywhere into the library (same rules as `library.import`). */
  importPath(filePath: string): Promise<OpenResult>;
}

/** Files above this are refused without being read whole. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_BACKUP_INTERVAL_MS = 60_000;
export const KEEP_BACKUPS = 10;
const STALE_TEMP_MS = 60 * 60 * 1000;
const NAME_MAX = 200;

export class UnknownDocumentError extends Error {
  constructor() {
    super('unknown document');
  }
}

function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function withSuffix(name: string, suffix: string): string {
  const base = name.trim();
  return base.slice(0, NAME_MAX - suffix.length).trimEnd() + suffix;
}

/** A ParseError as the model issues a 'invalid' save result carries. */
function issuesOf(error: ParseError): ModelIssue[] {
  switch (error.kind) {
    case 'invalid':
      return error.issues;
    case 'notTouchstone':
      return [{ path: '', message: `not a Touchstone workspace file (${error.reason})` }];
    case 'tooNew':
      return [{ path: 'formatVersion', message: `format version ${error.fileVersion} is newer than ${error.supportedVersion}` }];
    case 'migrationFailed':
      return [{ path: 'formatVersion', message: `migration "${error.step}" from version ${error.fromVersion} failed: ${error.message}` }];
  }
}

function ioError(e: unknown): IoError {
  if (e instanceof FileTooLargeError) return { kind: 'tooLarge', sizeBytes: e.sizeBytes, limitBytes: e.limitBytes };
  return { kind: 'io', message: isNotFound(e) ? 'file not found' : messageOf(e) };
}

const PLACEHOLDER: WorkspaceDocument = { text: '', parsed: { ok: false, error: { kind: 'notTouchstone', reason: 'notJson' } } };

/** Reads a workspace file through lowdb (`Low` over the durable adapter). Null when missing. */
async function readDocument(file: string): Promise<LoadedWorkspaceDocument | null> {
  const db = new Low<WorkspaceDocument>(new WorkspaceFileAdapter(file, MAX_FILE_BYTES), PLACEHOLDER);
  await db.read();
  return db.data === PLACEHOLDER ? null : (db.data as LoadedWorkspaceDocument);
}

/** Durably writes exactly `text` through lowdb; returns what is on disk now. */
async function writeDocument(file: string, text: string, parsed: ParseResult): Promise<FileVersion> {
  const adapter = new WorkspaceFileAdapter(file, MAX_FILE_BYTES);
  const db = new Low<WorkspaceDocument>(adapter, { text, parsed });
  await db.write();
  if (!adapter.lastWritten) throw new Error('write did not complete');
  return adapter.lastWritten;
}

/** What this process knows about a document's bytes on disk. */
interface DocState {
  revision: string;
  stamp: FileStamp | null;
  /** ms (from `now`) of the last rolling backup since the document was opened; null = none yet. */
  lastBackupAt: number | null;
}

/** Speeds up save-time validation of the documents being edited (see storage/validate.ts). */
interface ValidationCache {
  known: KnownJourneys | null;
  /** Text that opened without migration; turned into `known` at the first save. */
  seedText: string | null;
}
const VALIDATION_CACHE_DOCS = 8;

interface TrashMeta {
  deletedAt: string;
  originalPath: string;
  name: string | null;
  fileName: string;
}

export function createServices(opts: ServiceOptions): Services {
  const now = opts.now ?? (() => new Date());
  const backupInterval = opts.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  const libraryDir = path.resolve(opts.libraryDir);
  const dataDir = path.resolve(opts.dataDir);
  const templatesDir = path.resolve(opts.templatesDir);
  const trashDir = path.join(dataDir, 'trash');
  const damagedDir = path.join(dataDir, 'damaged');
  const backups = new BackupStore(path.join(dataDir, 'backups'), KEEP_BACKUPS);

  const key = (p: string) => (caseInsensitive ? p.toLowerCase() : p);
  /** Refs handed out by this process outside the library (recents, openPath). */
  const handedOut = new Set<string>();
  const docs = new Map<string, DocState>();
  const listCache = new Map<string, { stamp: FileStamp; entry: LibraryEntry; workspaceId: string | null }>();
  const validation = new Map<string, ValidationCache>();
  function remember(k: string, v: ValidationCache | null): void {
    validation.delete(k);
    if (!v) return;
    validation.set(k, v);
    // Map iteration is insertion order: the first keys are the least recently used.
    for (const old of validation.keys()) {
      if (validation.size <= VALIDATION_CACHE_DOCS) break;
      validation.delete(old);
    }
    // Turn opened text into known journeys once the current task is done, rather than during
    // the first save (which does it itself if it comes first).
    if (v.seedText !== null) {
      setImmediate(() => {
        const c = validation.get(k);
        if (c && c.known === null && c.seedText !== null) validation.set(k, { known: knownJourneysFromValidText(c.seedText), seedText: null });
      }).unref();
    }
  }

  // ---- per-file and library-wide serialization ----
  const queues = new Map<string, Promise<unknown>>();
  function serial<T>(file: string, job: () => Promise<T>): Promise<T> {
    const k = key(file);
    const prev = queues.get(k) ?? Promise.resolve();
    const run = prev.then(job, job);
    const tail = run.catch(() => undefined);
    queues.set(k, tail);
    void tail.then(() => {
      if (queues.get(k) === tail) queues.delete(k);
    });
    return run;
  }
  const LIBRARY_LOCK = '\0library';

  // ---- start-up ----
  let settingsStore: SettingsStore | undefined;
  const ready = (async () => {
    await mkdir(dataDir, { recursive: true });
    await mkdir(libraryDir, { recursive: true });
    settingsStore = await SettingsStore.open(path.join(dataDir, 'settings.json'));
    for (const r of settingsStore.data.recents) {
      const p = normalize(r.ref);
      if (p) handedOut.add(key(p));
    }
  })();
  // Failures surface to each caller that awaits `ready`; never as an unhandled rejection.
  ready.catch(() => undefined);
  /** "(copy)" and "(conflict copy)" in the language the user chose (else the system's). */
  async function suffix(key: 'library.copyName' | 'library.conflictName'): Promise<string> {
    const locale = (await settings()).data.locale ?? matchLocale(Intl.DateTimeFormat().resolvedOptions().locale);
    return createTranslator(locale)(key, { name: '' });
  }

  async function settings(): Promise<SettingsStore> {
    await ready;
    return settingsStore!;
  }

  // ---- refs ----
  /** An absolute path without `..` segments or NULs, normalized; null otherwise. */
  function normalize(ref: string): string | null {
    if (typeof ref !== 'string' || ref.length === 0 || ref.length > 4096 || ref.includes('\0')) return null;
    if (!path.isAbsolute(ref)) return null;
    if (ref.split(/[\\/]+/).includes('..')) return null;
    return path.resolve(ref);
  }
  function isLibraryPath(p: string): boolean {
    const name = path.basename(p);
    return key(path.dirname(p)) === key(libraryDir) && name.endsWith(FILE_EXTENSION) && !name.startsWith('.') && name.length > FILE_EXTENSION.length;
  }
  /** The ref as a path, if it is a library document or one this process handed out; throws otherwise. */
  async function allowed(ref: string): Promise<string> {
    await ready;
    const p = normalize(ref);
    if (p === null || !(isLibraryPath(p) || handedOut.has(key(p)))) throw new UnknownDocumentError();
    return p;
  }
  function libraryPathFor(workspaceId: string): string {
    return path.join(libraryDir, workspaceId + FILE_EXTENSION);
  }
  async function exists(p: string): Promise<boolean> {
    try {
      await stat(p);
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }

  // ---- backups ----
  /** Ids the backups of a (possibly damaged) file may be filed under. */
  async function backupCandidates(p: string, text: string | null): Promise<BackupRecord[]> {
    const ids = new Set<string>();
    const base = path.basename(p, FILE_EXTENSION).replace(/-\d+$/, '');
    if (ID_PATTERN.test(base)) ids.add(base);
    if (text) {
      try {
        const raw = safeJsonParse(text) as { workspace?: { id?: unknown } } | null;
        const id = raw?.workspace?.id;
        if (typeof id === 'string' && ID_PATTERN.test(id)) ids.add(id);
      } catch {
        const m = /"workspace"\s*:\s*\{[^{}]*?"id"\s*:\s*"([A-Za-z0-9]{1,64})"/.exec(text.slice(0, 65536));
        if (m) ids.add(m[1]);
      }
    }
    for (const id of await backups.workspacesBackedUpFrom(p)) ids.add(id);
    const all: BackupRecord[] = [];
    for (const id of ids) all.push(...(await backups.list(id)));
    return all.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  }

  /** Backups that parse, newest first. */
  async function validBackups(p: string, text: string | null): Promise<BackupInfo[]> {
    const out: BackupInfo[] = [];
    for (const b of await backupCandidates(p, text)) {
      if (b.sizeBytes > MAX_FILE_BYTES) continue;
      try {
        if (parseWorkspaceFile(await readFile(b.path, 'utf8')).ok) out.push({ backupId: b.backupId, savedAt: b.savedAt, sizeBytes: b.sizeBytes });
      } catch {
        // unreadable backup: not offered
      }
    }
    return out;
  }

  // ---- opening ----
  async function openAt(p: string): Promise<OpenResult> {
    const fileName = path.basename(p);
    const fail = (error: OpenError, backupsOffered: BackupInfo[] = []): OpenResult => ({ ok: false, ref: p, fileName, error, backups: backupsOffered });
    let loaded: LoadedWorkspaceDocument | null;
    try {
      loaded = await readDocument(p);
    } catch (e) {
      const err = ioError(e);
      return fail(err, err.kind === 'tooLarge' ? await validBackups(p, null).catch(() => []) : []);
    }
    if (!loaded) return fail({ kind: 'io', message: 'file not found' });
    if (!loaded.parsed.ok) return fail(loaded.parsed.error, await validBackups(p, loaded.text));
    docs.set(key(p), { revision: loaded.revision, stamp: loaded.stamp, lastBackupAt: null });
    remember(key(p), loaded.parsed.migratedFrom === undefined ? { known: null, seedText: loaded.text } : null);
    const file = loaded.parsed.file;
    await (await settings()).addRecent({ ref: p, name: file.workspace.name, openedAt: now().toISOString() });
    return {
      ok: true,
      ref: p,
      fileName,
      file,
      revision: loaded.revision,
      ...(loaded.parsed.migratedFrom !== undefined ? { migratedFrom: loaded.parsed.migratedFrom } : {}),
    };
  }

  /** Writes a new library document (under the library lock); returns its OpenResult and remembers it. */
  async function createInLibrary(file: WorkspaceFile, verbatim?: string, migratedFrom?: number): Promise<OpenResult> {
    return serial(LIBRARY_LOCK, async () => {
      let wf = file;
      while (await exists(libraryPathFor(wf.workspace.id))) wf = { ...wf, workspace: { ...wf.workspace, id: newId() } };
      const text = wf === file && verbatim !== undefined ? verbatim : serializeWorkspaceFile(wf);
      const p = libraryPathFor(wf.workspace.id);
      const written = await writeDocument(p, text, { ok: true, file: wf });
      docs.set(key(p), { revision: written.revision, stamp: written.stamp, lastBackupAt: null });
      // Only validated, current-version files get here, so its journeys may seed the save cache.
      remember(key(p), { known: null, seedText: text });
      await (await settings()).addRecent({ ref: p, name: wf.workspace.name, openedAt: now().toISOString() });
      return {
        ok: true,
        ref: p,
        fileName: path.basename(p),
        file: wf,
        revision: written.revision,
        ...(migratedFrom !== undefined ? { migratedFrom } : {}),
      };
    });
  }

  /** Reads a document that must parse (duplicate, rename); throws a plain Error otherwise. */
  async function readValid(p: string): Promise<LoadedWorkspaceDocument & { parsed: { ok: true; file: WorkspaceFile } }> {
    const doc = await readDocument(p);
    if (!doc) throw new Error('document not found');
    if (!doc.parsed.ok) throw new Error(`document cannot be read (${doc.parsed.error.kind})`);
    return doc as LoadedWorkspaceDocument & { parsed: { ok: true; file: WorkspaceFile } };
  }

  // ---- library listing ----
  async function entryFor(p: string): Promise<(LibraryEntry & { workspaceId: string | null }) | null> {
    let s;
    try {
      s = await stat(p, { bigint: true });
    } catch {
      return null;
    }
    if (!s.isFile()) return null;
    const stamp: FileStamp = `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
    const cached = listCache.get(key(p));
    if (cached && cached.stamp === stamp) return { ...cached.entry, workspaceId: cached.workspaceId };
    const base = { ref: p, fileName: path.basename(p), sizeBytes: Number(s.size) };
    let entry: LibraryEntry;
    let workspaceId: string | null = null;
    if (s.size > BigInt(MAX_FILE_BYTES)) {
      entry = { ...base, name: null, updatedAt: null, problem: 'io' };
    } else {
      try {
        const parsed = parseWorkspaceFile(await readFile(p, 'utf8'));
        if (parsed.ok) {
          workspaceId = parsed.file.workspace.id;
          entry = { ...base, name: parsed.file.workspace.name, updatedAt: parsed.file.workspace.updatedAt };
        } else {
          entry = { ...base, name: null, updatedAt: null, problem: parsed.error.kind };
        }
      } catch {
        entry = { ...base, name: null, updatedAt: null, problem: 'io' };
      }
    }
    listCache.set(key(p), { stamp, entry, workspaceId });
    return { ...entry, workspaceId };
  }

  async function libraryEntries(): Promise<(LibraryEntry & { workspaceId: string | null })[]> {
    await ready;
    await mkdir(libraryDir, { recursive: true });
    await sweepStaleTemps(libraryDir, STALE_TEMP_MS, Date.now());
    const names = (await readdir(libraryDir)).filter((n) => n.endsWith(FILE_EXTENSION) && !n.startsWith('.'));
    const out: (LibraryEntry & { workspaceId: string | null })[] = [];
    for (const n of names) {
      const e = await entryFor(path.join(libraryDir, n));
      if (e) out.push(e);
    }
    return out.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || a.fileName.localeCompare(b.fileName));
  }

  function publicEntry(e: LibraryEntry & { workspaceId?: string | null }): LibraryEntry {
    const { workspaceId: _omit, ...entry } = e;
    return entry;
  }

  async function trashEntries(): Promise<TrashEntry[]> {
    let ids: string[];
    try {
      ids = await readdir(trashDir);
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
    const out: TrashEntry[] = [];
    for (const trashId of ids) {
      if (!ID_PATTERN.test(trashId)) continue;
      const meta = await readTrashMeta(trashId);
      if (meta) out.push({ trashId, name: meta.name, fileName: meta.fileName, deletedAt: meta.deletedAt });
    }
    return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  async function readTrashMeta(trashId: string): Promise<TrashMeta | null> {
    try {
      const m = JSON.parse(await readFile(path.join(trashDir, trashId, 'meta.json'), 'utf8')) as Partial<TrashMeta>;
      if (typeof m.fileName !== 'string' || typeof m.deletedAt !== 'string') return null;
      if (m.fileName !== path.basename(m.fileName) || m.fileName.startsWith('.')) return null;
      return {
        deletedAt: m.deletedAt,
        originalPath: typeof m.originalPath === 'string' ? m.originalPath : '',
        name: typeof m.name === 'string' ? m.name : null,
        fileName: m.fileName,
      };
    } catch {
      return null;
    }
  }

  /** `name.touchstone`, else `name-2.touchstone`, `name-3…`: never an existing file. */
  async function freeLibraryPath(fileName: string): Promise<string> {
    const stem = fileName.endsWith(FILE_EXTENSION) ? fileName.slice(0, -FILE_EXTENSION.length) : fileName;
    for (let n = 1; ; n++) {
      const candidate = path.join(libraryDir, (n === 1 ? stem : `${stem}-${n}`) + FILE_EXTENSION);
      if (!(await exists(candidate))) return candidate;
    }
  }

  // ---- saving ----
  async function save(ref: string, text: string, baseRevision: string): Promise<SaveResult> {
    const p = await allowed(ref);
    await ready;
    return serial(p, async (): Promise<SaveResult> => {
      const k = key(p);
      if (text.length > MAX_FILE_BYTES) {
        return { status: 'error', error: { kind: 'tooLarge', sizeBytes: Buffer.byteLength(text, 'utf8'), limitBytes: MAX_FILE_BYTES } };
      }
      const adapter = new WorkspaceFileAdapter(p, MAX_FILE_BYTES);

      /** Revision on disk now; re-hashes only when the stamp differs from the version we last saw. */
      const revisionOnDisk = async (): Promise<string | null> => {
        const stampNow = await fileStamp(p);
        if (stampNow === null) return null;
        const state = docs.get(k);
        if (state && state.stamp === stampNow) return state.revision;
        const seen = await adapter.revisionOnDisk();
        if (!seen) return null;
        docs.set(k, { revision: seen.revision, stamp: seen.stamp, lastBackupAt: state?.lastBackupAt ?? null });
        return seen.revision;
      };

      let prepared: PreparedWrite | null = null;
      try {
        const onDisk = await revisionOnDisk();
        const changedOnDisk = onDisk !== null && onDisk !== baseRevision;

        // Encode, hash, write and fsync the temp file on a worker thread while this thread validates.
        const preparing = changedOnDisk ? null : adapter.prepare(text, await existingMode(p));
        preparing?.catch(() => undefined);
        const cache = validation.get(k);
        let known = cache?.known ?? null;
        if (!known && cache?.seedText) {
          known = knownJourneysFromValidText(cache.seedText);
          remember(k, { known, seedText: null });
        }
        const checked = validateForSave(text, known);
        const parsed = checked.result;
        let prepareError: unknown = null;
        if (preparing) {
          try {
            prepared = await preparing;
          } catch (e) {
            prepareError = e;
          }
        }
        if (!parsed.ok) return { status: 'invalid', issues: issuesOf(parsed.error) };
        if (prepareError) throw prepareError;
        if (prepared && prepared.sizeBytes > MAX_FILE_BYTES) {
          return { status: 'error', error: { kind: 'tooLarge', sizeBytes: prepared.sizeBytes, limitBytes: MAX_FILE_BYTES } };
        }

        const conflict = async (): Promise<SaveResult> => {
          // Changed on disk since it was opened (another program, another window): never overwrite.
          const ws = parsed.file.workspace;
          const copy: WorkspaceFile = { ...parsed.file, workspace: { ...ws, id: newId(), name: withSuffix(ws.name, await suffix('library.conflictName')) } };
          const created = await createInLibrary(copy);
          if (!created.ok) throw new Error('conflict copy failed');
          return { status: 'conflict', ref: created.ref, revision: created.revision, savedAt: now().toISOString(), otherRef: p };
        };
        if (changedOnDisk || !prepared) return await conflict();

        const at = now();
        let lastBackupAt = docs.get(k)?.lastBackupAt ?? null;
        if (onDisk !== null && (lastBackupAt === null || at.getTime() - lastBackupAt >= backupInterval)) {
          try {
            await backups.take(p, parsed.file.workspace.id, p, at);
            lastBackupAt = at.getTime();
          } catch {
            // A failed backup must not cost the user their save; the next save tries again.
          }
        }
        // Last look just before replacing: did someone write the file while we validated?
        if ((await revisionOnDisk()) !== onDisk) return await conflict();

        const written = await prepared.commit();
        docs.set(k, { revision: written.revision, stamp: written.stamp, lastBackupAt });
        remember(k, { known: checked.known, seedText: null });
        await (await settings()).renameRecent(p, parsed.file.workspace.name);
        return { status: 'saved', ref: p, revision: written.revision, savedAt: at.toISOString() };
      } catch (e) {
        return { status: 'error', error: ioError(e) };
      } finally {
        await prepared?.abort();
      }
    });
  }

  async function restoreBackup(ref: string, backupId: string): Promise<OpenResult> {
    const p = await allowed(ref);
    await ready;
    return serial(p, async () => {
      if (!backups.locate(backupId)) throw new Error('unknown backup');
      let current: Buffer | null = null;
      try {
        current = (await new WorkspaceFileAdapter(p, MAX_FILE_BYTES).readBytes())?.bytes ?? null;
      } catch (e) {
        if (!(e instanceof FileTooLargeError)) throw e;
      }
      const candidates = await backupCandidates(p, current ? current.toString('utf8') : null);
      const chosen = candidates.find((b) => b.backupId === backupId);
      if (!chosen) throw new Error('unknown backup');
      const content = await readFile(chosen.path);
      const parsed = parseWorkspaceFile(content.toString('utf8'));
      if (!parsed.ok) throw new Error('the backup cannot be read');
      if (await exists(p)) {
        // The damaged file is kept, never deleted.
        await mkdir(damagedDir, { recursive: true });
        await copyFileAtomic(p, path.join(damagedDir, `${stampOf(now())}-${sha256Hex(Buffer.from(p)).slice(0, 8)}-${path.basename(p)}`));
      }
      await writeFileDurable(p, content);
      return openAt(p);
    });
  }

  // ---- the API ----
  const api: Services = {
    async 'app.takeOpenRequests'() {
      return [];
    },

    async 'app.info'(): Promise<AppInfo> {
      return { host: opts.host, version: appVersion(), libraryDir };
    },

    async 'settings.get'(): Promise<Settings> {
      return { locale: (await settings()).data.locale };
    },

    async 'settings.update'({ locale }): Promise<Settings> {
      const s = await settings();
      await s.setLocale(locale);
      return { locale: s.data.locale };
    },

    async 'library.list'() {
      const entries = (await libraryEntries()).map(publicEntry);
      return { entries, trash: await trashEntries() };
    },

    async 'library.templates'(): Promise<TemplateInfo[]> {
      let names: string[];
      try {
        names = await readdir(templatesDir);
      } catch (e) {
        if (isNotFound(e)) return [];
        throw e;
      }
      const out: TemplateInfo[] = [];
      for (const n of names.sort()) {
        if (!n.endsWith(FILE_EXTENSION)) continue;
        const templateId = n.slice(0, -FILE_EXTENSION.length);
        if (!/^[a-z0-9-]{1,64}$/.test(templateId)) continue;
        const parsed = parseWorkspaceFile(await readFile(path.join(templatesDir, n), 'utf8'));
        if (!parsed.ok) continue;
        out.push({ templateId, name: parsed.file.workspace.name, description: parsed.file.workspace.description ?? '' });
      }
      return out;
    },

    async 'library.create'({ name, templateId }): Promise<OpenResult> {
      await ready;
      const at = now().toISOString();
      const trimmed = name.trim();
      if (!trimmed) throw new Error('a name is required');
      if (templateId === undefined) return createInLibrary(wrapWorkspace(blankWorkspace(trimmed.slice(0, NAME_MAX), at)));
      if (!/^[a-z0-9-]{1,64}$/.test(templateId)) throw new Error('unknown template');
      let text: string;
      try {
        text = await readFile(path.join(templatesDir, templateId + FILE_EXTENSION), 'utf8');
      } catch (e) {
        if (isNotFound(e)) throw new Error('unknown template');
        throw e;
      }
      const parsed = parseWorkspaceFile(text);
      if (!parsed.ok) throw new Error(`template ${templateId} cannot be read (${parsed.error.kind})`);
      const ws = parsed.file.workspace;
      return createInLibrary({ ...parsed.file, workspace: { ...ws, id: newId(), name: trimmed.slice(0, NAME_MAX), createdAt: at, updatedAt: at } });
    },

    async 'library.import'({ fileName, text }): Promise<OpenResult> {
      await ready;
      const parsed = parseWorkspaceFile(text);
      if (!parsed.ok) return { ok: false, ref: null, fileName, error: parsed.error, backups: [] };
      const taken = new Set((await libraryEntries()).map((e) => e.workspaceId).filter((id): id is string => id !== null));
      let file = parsed.file;
      if (taken.has(file.workspace.id)) file = { ...file, workspace: { ...file.workspace, id: newId() } };
      const unchanged = file === parsed.file && parsed.migratedFrom === undefined;
      return createInLibrary(file, unchanged ? text : undefined, parsed.migratedFrom);
    },

    async 'library.duplicate'({ ref }): Promise<LibraryEntry> {
      const p = await allowed(ref);
      await ready;
      const src = await readValid(p);
      const at = now().toISOString();
      const ws = src.parsed.file.workspace;
      const created = await createInLibrary({
        ...src.parsed.file,
        workspace: { ...ws, id: newId(), name: withSuffix(ws.name, await suffix('library.copyName')), createdAt: at, updatedAt: at },
      });
      if (!created.ok) throw new Error('duplicate failed');
      const entry = await entryFor(created.ref);
      if (!entry) throw new Error('duplicate failed');
      return publicEntry(entry);
    },

    async 'library.rename'({ ref, name }): Promise<LibraryEntry> {
      const p = await allowed(ref);
      await ready;
      const trimmed = name.trim();
      if (!trimmed) throw new Error('a name is required');
      return serial(p, async () => {
        const src = await readValid(p);
        const file: WorkspaceFile = {
          ...src.parsed.file,
          workspace: { ...src.parsed.file.workspace, name: trimmed.slice(0, NAME_MAX), updatedAt: now().toISOString() },
        };
        const written = await writeDocument(p, serializeWorkspaceFile(file), { ok: true, file });
        const prev = docs.get(key(p));
        docs.set(key(p), { revision: written.revision, stamp: written.stamp, lastBackupAt: prev?.lastBackupAt ?? null });
        await (await settings()).renameRecent(p, file.workspace.name);
        const entry = await entryFor(p);
        if (!entry) throw new Error('rename failed');
        return publicEntry(entry);
      });
    },

    async 'library.trash'({ ref }): Promise<TrashEntry> {
      const p = await allowed(ref);
      if (!isLibraryPath(p)) throw new Error('only library documents can be moved to the trash');
      await ready;
      return serial(p, async () => {
        if (!(await exists(p))) throw new Error('document not found');
        const entry = await entryFor(p);
        const trashId = newId();
        const dir = path.join(trashDir, trashId);
        await mkdir(dir, { recursive: true });
        const meta: TrashMeta = { deletedAt: now().toISOString(), originalPath: p, name: entry?.name ?? null, fileName: path.basename(p) };
        await writeFileDurable(path.join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
        await moveFileDurable(p, path.join(dir, meta.fileName));
        docs.delete(key(p));
        validation.delete(key(p));
        listCache.delete(key(p));
        return { trashId, name: meta.name, fileName: meta.fileName, deletedAt: meta.deletedAt };
      });
    },

    async 'library.restore'({ trashId }): Promise<LibraryEntry> {
      if (!ID_PATTERN.test(trashId)) throw new Error('unknown trash entry');
      await ready;
      const meta = await readTrashMeta(trashId);
      if (!meta) throw new Error('unknown trash entry');
      const dir = path.join(trashDir, trashId);
      const src = path.join(dir, meta.fileName);
      if (!(await exists(src))) throw new Error('unknown trash entry');
      return serial(LIBRARY_LOCK, async () => {
        await mkdir(libraryDir, { recursive: true });
        const dest = await freeLibraryPath(meta.fileName);
        await moveFileDurable(src, dest);
        await rm(dir, { recursive: true, force: true });
        const entry = await entryFor(dest);
        if (!entry) throw new Error('restore failed');
        return publicEntry(entry);
      });
    },

    async 'recent.list'(): Promise<RecentEntry[]> {
      const s = await settings();
      const out: RecentEntry[] = [];
      for (const r of s.data.recents) {
        let isFile = false;
        try {
          isFile = (await stat(r.ref)).isFile();
        } catch {
          isFile = false;
        }
        out.push({ ref: r.ref, name: r.name, openedAt: r.openedAt, exists: isFile });
      }
      return out;
    },

    async 'doc.open'({ ref }): Promise<OpenResult> {
      const p = await allowed(ref);
      await ready;
      return serial(p, () => openAt(p));
    },

    async 'doc.save'({ ref, text, baseRevision }): Promise<SaveResult> {
      return save(ref, text, baseRevision);
    },

    async 'doc.restoreBackup'({ ref, backupId }): Promise<OpenResult> {
      return restoreBackup(ref, backupId);
    },

    async 'dialog.open'() {
      return null;
    },

    async 'dialog.saveAs'() {
      return null;
    },

    async 'dialog.saveCopy'() {
      return null;
    },

    async openPath(filePath: string): Promise<OpenResult> {
      const p = normalize(path.resolve(filePath));
      if (p === null) throw new UnknownDocumentError();
      await ready;
      handedOut.add(key(p));
      return serial(p, () => openAt(p));
    },

    async saveCopyTo(filePath: string, text: string): Promise<{ path: string }> {
      const p = path.resolve(filePath);
      if (opts.appDir !== undefined && (await insideAppDir(p, opts.appDir))) {
        throw new Error('refusing to write inside the application folder');
      }
      if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) throw new Error('document too large');
      await serial(p, () => writeFileDurable(p, text));
      return { path: p };
    },

    async importPath(filePath: string): Promise<OpenResult> {
      const p = path.resolve(filePath);
      const fileName = path.basename(p);
      let bytes: Buffer | null;
      try {
        bytes = (await new WorkspaceFileAdapter(p, MAX_FILE_BYTES).readBytes())?.bytes ?? null;
      } catch (e) {
        return { ok: false, ref: null, fileName, error: ioError(e), backups: [] };
      }
      if (!bytes) return { ok: false, ref: null, fileName, error: { kind: 'io', message: 'file not found' }, backups: [] };
      return api['library.import']({ fileName, text: bytes.toString('utf8') });
    },
  };
  return api;
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** Whether `p` is inside `appDir`, by path and by real path (symlinks resolved as far as they exist). */
async function insideAppDir(p: string, appDir: string): Promise<boolean> {
  const app = path.resolve(appDir);
  if (isInside(app, p)) return true;
  const realApp = await realpath(app).catch(() => app);
  // Resolve the deepest existing ancestor of p.
  let probe = p;
  let rest = '';
  for (;;) {
    try {
      const real = await realpath(probe);
      return isInside(realApp, path.join(real, rest));
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) return false;
      rest = path.join(path.basename(probe), rest);
      probe = parent;
    }
  }
}
