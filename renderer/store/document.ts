import { create } from 'zustand';
import type { OpenResult, SaveResult } from '../../shared/api/contract';
import type { Command } from '../../shared/commands/command';
import { emptyHistory, record, redo, undo, type History } from '../../shared/commands/history';
import { createIncrementalSerializer, type WorkspaceFile } from '../../shared/format/file';
import { newId } from '../../shared/model/ids';
import type { Workspace } from '../../shared/model/schema';
import { api } from '../api';
import { navigate, useRoute } from './route';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export interface OpenDoc {
  ref: string;
  fileName: string;
  /** The file wrapper without the workspace: unknown fields are written back as they came. */
  wrapper: Omit<WorkspaceFile, 'workspace'>;
  workspace: Workspace;
  revision: string;
}

export interface DocumentState {
  doc: OpenDoc | null;
  history: History<Workspace>;
  saveState: SaveState;
  saveError: string | null;
  /** Set when a save found the file changed on disk: ours went to a copy. */
  conflictNotice: boolean;
  load(result: Extract<OpenResult, { ok: true }>): void;
  close(): Promise<void>;
  /** Runs a command as one undo step; runs sharing a `mergeKey` in a row (typing in one field) merge. */
  run<A>(command: Command<A>, args: A, options?: { mergeKey?: string }): void;
  undo(): void;
  redo(): void;
  /** Saves now if anything is pending and waits for it. */
  flush(): Promise<void>;
  dismissConflict(): void;
}

/** Autosave waits for a short pause in editing, but never longer than MAX_WAIT after the first change. */
export const AUTOSAVE_DEBOUNCE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 900;
const RETRY_AFTER_ERROR_MS = 5000;

let timer: ReturnType<typeof setTimeout> | null = null;
/** The merge key of the gesture in progress (a visit to a text field), if any. */
let gestureKey: string | null = null;

/** Runs `fn` so that the commands it runs merge into one undo step with others of the same `key`. */
export function runInGesture<T>(key: string, fn: () => T): T {
  const outer = gestureKey;
  gestureKey = key;
  try {
    return fn();
  } finally {
    gestureKey = outer;
  }
}
let dirtySince: number | null = null;
let inFlight: Promise<void> | null = null;
/** Documents in the store are never mutated, so autosave re-serializes only changed journeys. */
const serialize = createIncrementalSerializer();

export const useDocument = create<DocumentState>()((set, get) => {
  function schedule(delay?: number) {
    const now = Date.now();
    dirtySince ??= now;
    const wait = delay ?? Math.max(0, Math.min(AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS - (now - dirtySince)));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), wait);
  }

  async function saveNow(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) {
      await inFlight;
      if (get().saveState === 'unsaved') return saveNow();
      return;
    }
    const doc = get().doc;
    if (!doc || get().saveState === 'saved') return;
    dirtySince = null;
    const sent = doc.workspace;
    set({ saveState: 'saving' });
    inFlight = (async () => {
      let result: SaveResult;
      try {
        const text = serialize({ ...doc.wrapper, workspace: sent } as WorkspaceFile);
        result = await api['doc.save']({ ref: doc.ref, text, baseRevision: doc.revision });
      } catch (e) {
        result = { status: 'error', error: { kind: 'io', message: e instanceof Error ? e.message : String(e) } };
      }
      await applySaveResult(result, sent);
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  async function applySaveResult(result: SaveResult, sent: Workspace) {
    const current = get().doc;
    if (!current) return;
    switch (result.status) {
      case 'saved': {
        const changedMeanwhile = current.workspace !== sent;
        set({
          doc: { ...current, revision: result.revision },
          saveState: changedMeanwhile ? 'unsaved' : 'saved',
          saveError: null,
        });
        if (changedMeanwhile) schedule();
        return;
      }
      case 'conflict': {
        // Ours now lives in a separate copy (new id, marked name): continue editing that copy.
        const reopened = await api['doc.open']({ ref: result.ref });
        if (reopened.ok) {
          get().load(reopened);
          set({ conflictNotice: true });
          // Point the route (and the address bar) at the copy, so a reload reopens it.
          const route = useRoute.getState().route;
          navigate({ screen: 'workspace', ref: reopened.ref, section: route.screen === 'workspace' ? route.section : 'overview' });
        } else {
          set({ saveState: 'error', saveError: 'conflict copy could not be reopened' });
        }
        return;
      }
      case 'invalid':
        set({ saveState: 'error', saveError: result.issues.map((i) => `${i.path}: ${i.message}`).join('; ') });
        return;
      case 'error':
        set({ saveState: 'error', saveError: result.error.kind === 'io' ? result.error.message : 'too large' });
        schedule(RETRY_AFTER_ERROR_MS);
        return;
    }
  }

  return {
    doc: null,
    history: emptyHistory(),
    saveState: 'saved',
    saveError: null,
    conflictNotice: false,

    load(result) {
      const { workspace, ...wrapper } = result.file;
      if (timer) clearTimeout(timer);
      timer = null;
      dirtySince = null;
      set({
        doc: { ref: result.ref, fileName: result.fileName, wrapper, workspace, revision: result.revision },
        history: emptyHistory(),
        saveState: 'saved',
        saveError: null,
        conflictNotice: false,
      });
    },

    async close() {
      await get().flush();
      set({ doc: null, history: emptyHistory(), saveState: 'saved', saveError: null, conflictNotice: false });
    },

    run(command, args, options) {
      const doc = get().doc;
      if (!doc) return;
      const next = command.apply(doc.workspace, args, { now: new Date().toISOString(), newId });
      if (next === doc.workspace) return;
      set({
        doc: { ...doc, workspace: next },
        history: record(get().history, doc.workspace, options?.mergeKey ?? gestureKey),
        saveState: 'unsaved',
      });
      schedule();
    },

    undo() {
      const { doc, history } = get();
      const step = doc && undo(history, doc.workspace);
      if (!doc || !step) return;
      set({ doc: { ...doc, workspace: step.doc }, history: step.history, saveState: 'unsaved' });
      schedule();
    },

    redo() {
      const { doc, history } = get();
      const step = doc && redo(history, doc.workspace);
      if (!doc || !step) return;
      set({ doc: { ...doc, workspace: step.doc }, history: step.history, saveState: 'unsaved' });
      schedule();
    },

    flush: () => saveNow(),
    dismissConflict: () => set({ conflictNotice: false }),
  };
});
