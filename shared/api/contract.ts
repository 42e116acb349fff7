import { z } from 'zod';
import type { ParseError, WorkspaceFile } from '../format/file';
import type { ModelIssue } from '../model/references';
import { CHANNEL_NAMES, type ChannelName, type MenuAction } from './names';

export { MENU_ACTIONS, type MenuAction } from './names';

/**
 * The one API the renderer talks to, served by three hosts (Electron IPC, the loopback browser
 * host, the CLI's services). Each channel names an argument schema, checked by every host before a
 * service runs, and a result type. Services are written once against `Services`.
 */

/** Where a document lives. Only paths the main side handed out (library, recents, dialogs) are accepted. */
export const DocRef = z.string().min(1).max(4096);
export type DocRef = z.infer<typeof DocRef>;

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A workspace file sent for saving; 64 MB of text is far beyond any real workshop. */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
const DocumentText = z.string().min(1).max(MAX_DOCUMENT_CHARS);
const FileName = z.string().min(1).max(255);
const WorkspaceName = z.string().trim().min(1).max(200);

const NoArgs = z.strictObject({});

export interface AppInfo {
  host: 'electron' | 'browser';
  version: string;
  libraryDir: string;
}
export interface Settings {
  locale: Locale | null;
}
export interface LibraryEntry {
  ref: DocRef;
  fileName: string;
  /** Workspace name read from the file; null when the file could not be read. */
  name: string | null;
  updatedAt: string | null;
  sizeBytes: number;
  problem?: ParseError['kind'] | 'io';
}
export interface TrashEntry {
  trashId: string;
  name: string | null;
  fileName: string;
  deletedAt: string;
}
export interface RecentEntry {
  ref: DocRef;
  name: string | null;
  openedAt: string;
  exists: boolean;
}
export interface TemplateInfo {
  templateId: string;
  name: string;
  description: string;
}
export interface BackupInfo {
  backupId: string;
  savedAt: string;
  sizeBytes: number;
}
export type IoError = { kind: 'io'; message: string } | { kind: 'tooLarge'; sizeBytes: number; limitBytes: number };
export type OpenError = ParseError | IoError;

export type OpenResult =
  | { ok: true; ref: DocRef; fileName: string; file: WorkspaceFile; revision: string; migratedFrom?: number }
  | { ok: false; ref: DocRef | null; fileName: string; error: OpenError; backups: BackupInfo[] };

export type SaveResult =
  | { status: 'saved'; ref: DocRef; revision: string; savedAt: string }
  /** The file changed on disk since it was opened: it is left as it was, and ours went to `ref`. */
  | { status: 'conflict'; ref: DocRef; revision: string; savedAt: string; otherRef: DocRef }
  | { status: 'invalid'; issues: ModelIssue[] }
  | { status: 'error'; error: IoError };

export interface LibraryListing {
  entries: LibraryEntry[];
  trash: TrashEntry[];
}

const define = <A extends z.ZodType, R>(args: A) => ({ args, result: undefined as unknown as R });

export const contract = {
  'app.info': define<typeof NoArgs, AppInfo>(NoArgs),
  'settings.get': define<typeof NoArgs, Settings>(NoArgs),
  'settings.update': define<z.ZodObject<{ locale: z.ZodNullable<typeof Locale> }>, Settings>(
    z.strictObject({ locale: Locale.nullable() }),
  ),
  'library.list': define<typeof NoArgs, LibraryListing>(NoArgs),
  'library.templates': define<typeof NoArgs, TemplateInfo[]>(NoArgs),
  'library.create': define<z.ZodType<{ name: string; templateId?: string }>, OpenResult>(
    z.strictObject({ name: WorkspaceName, templateId: z.string().regex(/^[a-z0-9-]{1,64}$/).optional() }),
  ),
  'library.import': define<z.ZodType<{ fileName: string; text: string }>, OpenResult>(
    z.strictObject({ fileName: FileName, text: DocumentText }),
  ),
  'library.duplicate': define<z.ZodType<{ ref: DocRef }>, LibraryEntry>(z.strictObject({ ref: DocRef })),
  'library.rename': define<z.ZodType<{ ref: DocRef; name: string }>, LibraryEntry>(
    z.strictObject({ ref: DocRef, name: WorkspaceName }),
  ),
  'library.trash': define<z.ZodType<{ ref: DocRef }>, TrashEntry>(z.strictObject({ ref: DocRef })),
  'library.restore': define<z.ZodType<{ trashId: string }>, LibraryEntry>(
    z.strictObject({ trashId: z.string().regex(/^[A-Za-z0-9]{1,64}$/) }),
  ),
  'recent.list': define<typeof NoArgs, RecentEntry[]>(NoArgs),
  'doc.open': define<z.ZodType<{ ref: DocRef }>, OpenResult>(z.strictObject({ ref: DocRef })),
  'doc.save': define<z.ZodType<{ ref: DocRef; text: string; baseRevision: string }>, SaveResult>(
    z.strictObject({ ref: DocRef, text: DocumentText, baseRevision: z.string().max(200) }),
  ),
  'doc.restoreBackup': define<z.ZodType<{ ref: DocRef; backupId: string }>, OpenResult>(
    z.strictObject({ ref: DocRef, backupId: z.string().regex(/^[A-Za-z0-9._-]{1,128}$/) }),
  ),
  /**
   * Documents the main side was asked to open (a file given at launch or to a second launch, Open
   * Recent), oldest first; taking them empties the list. The browser host has none.
   */
  'app.takeOpenRequests': define<typeof NoArgs, DocRef[]>(NoArgs),
  /** Electron only: native dialogs. The browser host answers null (the renderer uses file inputs and downloads). */
  'dialog.open': define<typeof NoArgs, OpenResult | null>(NoArgs),
  'dialog.saveCopy': define<z.ZodType<{ suggestedName: string; text: string }>, { path: string } | null>(
    z.strictObject({ suggestedName: FileName, text: DocumentText }),
  ),
  /** Save As: writes the text where the user picks and opens that file in its place. */
  'dialog.saveAs': define<z.ZodType<{ suggestedName: string; text: string }>, OpenResult | null>(
    z.strictObject({ suggestedName: FileName, text: DocumentText }),
  ),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;
// Compile errors unless the contract and CHANNEL_NAMES name the same channels.
const namesCoverContract: Exclude<Channel, ChannelName> extends never ? true : never = true;
const contractCoversNames: Exclude<ChannelName, Channel> extends never ? true : never = true;
void namesCoverContract;
void contractCoversNames;
export type Args<C extends Channel> = z.infer<Contract[C]['args']>;
export type Result<C extends Channel> = Contract[C]['result'];

/** What each host implements and what the renderer calls. */
export type Api = { [C in Channel]: (args: Args<C>) => Promise<Result<C>> };

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export class BadArgumentsError extends Error {
  constructor(channel: string, detail: string) {
    super(`bad arguments for ${channel}: ${detail}`);
  }
}

/** Validates arguments against the contract before calling the service; shared by every host. */
export async function dispatch(api: Api, channel: string, rawArgs: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new BadArgumentsError(channel, 'unknown channel');
  const parsed = contract[channel].args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    throw new BadArgumentsError(channel, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; '));
  }
  const call = api[channel] as (args: unknown) => Promise<unknown>;
  return call(parsed.data);
}


/** What the Electron preload exposes as `window.touchstone` (one named function per channel). */
export interface Bridge {
  api: Api;
  onMenuAction(listener: (action: MenuAction) => void): () => void;
  /** Called when the main side queued documents to open: take them with `app.takeOpenRequests`. */
  onOpenRequest(listener: () => void): () => void;
}

/** The browser host's wire format: POST /api/<channel> with the JSON arguments as the body. */
export const TOKEN_HEADER = 'x-touchstone-token';
export type WireResponse = { ok: true; result: unknown } | { ok: false; error: string };
