import { z } from 'zod';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_ID,
  parseWorkspaceFile,
  safeJsonParse,
  type ParseResult,
  type WorkspaceFile,
} from '../../shared/format/file';
import { Journey, Workspace } from '../../shared/model/schema';
import { checkReferences } from '../../shared/model/references';

/**
 * Save-time validation that gives the same yes/no answer as `parseWorkspaceFile`, faster when most
 * journeys did not change since the last save.
 *
 * Zod-checking 20 000 cards costs ~100 ms here, more than the whole 5 MB save budget. The Journey
 * schema is context-free (references are checked separately, over the whole workspace), so a
 * journey that is JSON-equal to one that already passed it passes again. Every save therefore:
 * parses the JSON; zod-checks the workspace without its journeys; zod-checks only journeys that
 * differ from the known-valid ones (matched by id); runs `checkReferences` on the whole workspace.
 * Anything unusual (an older format version that needs migrating, any failure) falls back to
 * `parseWorkspaceFile`, so errors are exactly the ones it reports.
 *
 * `KnownJourneys` must only ever hold raw journeys that passed the Journey schema, and must not be
 * shared with code that could mutate them: they come from JSON this module parsed itself.
 */
export type KnownJourneys = Map<string, unknown>;

const WorkspaceShell = Workspace.extend({ journeys: z.array(z.unknown()) });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Structural equality of JSON values (key order ignored). Hot path: no allocation per object. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const oa = a as Record<string, unknown>;
  const ob = b as Record<string, unknown>;
  let keys = 0;
  for (const k in oa) {
    keys++;
    if (!Object.prototype.hasOwnProperty.call(ob, k) || !jsonEqual(oa[k], ob[k])) return false;
  }
  for (const _k in ob) keys--;
  return keys === 0;
}

function parseRaw(text: string): unknown {
  return safeJsonParse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Known-valid journeys from the text of a file that `parseWorkspaceFile` accepted without
 * migrating (the caller guarantees that). Null when the text is not what was promised.
 */
export function knownJourneysFromValidText(text: string): KnownJourneys | null {
  try {
    const raw = parseRaw(text);
    if (!isRecord(raw) || raw.formatVersion !== CURRENT_FORMAT_VERSION || !isRecord(raw.workspace)) return null;
    const journeys = raw.workspace.journeys;
    if (!Array.isArray(journeys)) return null;
    const known: KnownJourneys = new Map();
    for (const j of journeys) if (isRecord(j) && typeof j.id === 'string') known.set(j.id, j);
    return known;
  } catch {
    return null;
  }
}

export interface SaveValidation {
  result: ParseResult;
  /** The journeys of this text, all known valid: pass them to the next call. Null on failure. */
  known: KnownJourneys | null;
}

export function validateForSave(text: string, known: KnownJourneys | null): SaveValidation {
  const full = (): SaveValidation => ({ result: parseWorkspaceFile(text), known: null });
  let raw: unknown;
  try {
    raw = parseRaw(text);
  } catch {
    return full();
  }
  if (!isRecord(raw) || raw.format !== FORMAT_ID || raw.formatVersion !== CURRENT_FORMAT_VERSION) return full();

  const shell = WorkspaceShell.safeParse(raw.workspace);
  if (!shell.success) return full();

  const journeys: Journey[] = [];
  const nextKnown: KnownJourneys = new Map();
  for (const j of shell.data.journeys) {
    const id = isRecord(j) && typeof j.id === 'string' ? j.id : undefined;
    const prior = id !== undefined ? known?.get(id) : undefined;
    if (prior !== undefined && jsonEqual(prior, j)) {
      journeys.push(j as Journey);
    } else {
      const checked = Journey.safeParse(j);
      if (!checked.success) return full();
      journeys.push(checked.data);
    }
    if (id !== undefined) nextKnown.set(id, j);
  }

  const workspace = { ...shell.data, journeys } as Workspace;
  if (checkReferences(workspace).length) return full();
  const file: WorkspaceFile = { ...raw, format: FORMAT_ID, formatVersion: CURRENT_FORMAT_VERSION, workspace };
  return { result: { ok: true, file }, known: nextKnown };
}
