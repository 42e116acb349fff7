import type { z } from 'zod';
import { Workspace } from '../model/schema';
import { checkReferences, type ModelIssue } from '../model/references';
import { migrations as defaultMigrations, type Migration } from './migrations';

export const FORMAT_ID = 'touchstone-workspace';
export const CURRENT_FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.touchstone';

export interface WorkspaceFile {
  format: typeof FORMAT_ID;
  formatVersion: number;
  workspace: Workspace;
  [extra: string]: unknown;
}

export type ParseError =
  | { kind: 'notTouchstone'; reason: 'notJson' | 'notObject' | 'wrongFormat' }
  | { kind: 'tooNew'; fileVersion: number; supportedVersion: number }
  | { kind: 'migrationFailed'; fromVersion: number; step: string; message: string }
  | { kind: 'invalid'; issues: ModelIssue[] };

export type ParseResult =
  | { ok: true; file: WorkspaceFile; migratedFrom?: number }
  | { ok: false; error: ParseError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_REPORTED_ISSUES = 50;

/** JSON.parse that drops keys able to reach an object's prototype. Only pays for the reviver when needed. */
export function safeJsonParse(text: string): unknown {
  const suspicious = text.includes('__proto__') || text.includes('constructor') || text.includes('prototype');
  return suspicious
    ? JSON.parse(text, (key, value) => (FORBIDDEN_KEYS.has(key) ? undefined : value))
    : JSON.parse(text);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Zod's default messages read like a type checker's; these read like a person's. */
function plainIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is missing';
    return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') return `should be one of: ${issue.values.map(String).join(', ')}`;
  return undefined;
}

/** The kind of a schema problem, for saying it in the user's language (see describeParseError). */
function issueCode(issue: z.core.$ZodIssue): Pick<ModelIssue, 'code' | 'params'> {
  if (issue.code === 'invalid_type') {
    return issue.message === 'is missing' ? { code: 'missing' } : { code: 'wrongType', params: { expected: issue.expected } };
  }
  if (issue.code === 'invalid_value') return { code: 'oneOf', params: { values: issue.values.map(String).join(', ') } };
  return {};
}

/** Parses, migrates and validates a workspace file. Never throws. */
export function parseWorkspaceFile(text: string, migrations: Migration[] = defaultMigrations): ParseResult {
  let raw: unknown;
  try {
    raw = safeJsonParse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, error: { kind: 'notTouchstone', reason: 'notJson' } };
  }
  if (!isRecord(raw)) return { ok: false, error: { kind: 'notTouchstone', reason: 'notObject' } };
  if (raw.format !== FORMAT_ID || typeof raw.formatVersion !== 'number' || !Number.isInteger(raw.formatVersion)) {
    return { ok: false, error: { kind: 'notTouchstone', reason: 'wrongFormat' } };
  }
  const fileVersion = raw.formatVersion;
  if (fileVersion > CURRENT_FORMAT_VERSION) {
    return { ok: false, error: { kind: 'tooNew', fileVersion, supportedVersion: CURRENT_FORMAT_VERSION } };
  }

  let file: Record<string, unknown> = raw;
  for (let v = fileVersion; v < CURRENT_FORMAT_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, error: { kind: 'migrationFailed', fromVersion: v, step: '(none)', message: `no migration from version ${v}` } };
    try {
      file = step.up(file);
    } catch (e) {
      return {
        ok: false,
        error: { kind: 'migrationFailed', fromVersion: v, step: step.name, message: e instanceof Error ? e.message : String(e) },
      };
    }
  }

  const checked = Workspace.safeParse(file.workspace, { error: plainIssueMessage });
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, MAX_REPORTED_ISSUES).map((i): ModelIssue => ({
      path: ['workspace', ...i.path.map(String)].join('.'),
      message: i.message,
      ...issueCode(i),
    }));
    return { ok: false, error: { kind: 'invalid', issues } };
  }
  const refIssues = checkReferences(checked.data);
  if (refIssues.length) return { ok: false, error: { kind: 'invalid', issues: refIssues.slice(0, MAX_REPORTED_ISSUES) } };

  const result: WorkspaceFile = { ...file, format: FORMAT_ID, formatVersion: CURRENT_FORMAT_VERSION, workspace: checked.data };
  return fileVersion < CURRENT_FORMAT_VERSION ? { ok: true, file: result, migratedFrom: fileVersion } : { ok: true, file: result };
}

export function wrapWorkspace(workspace: Workspace, extra: Record<string, unknown> = {}): WorkspaceFile {
  return { ...extra, format: FORMAT_ID, formatVersion: CURRENT_FORMAT_VERSION, workspace };
}

/**
 * Writes `obj` as JSON.stringify would, into `out` as pieces; `member` may write a member itself
 * (returning true). The caller joins the pieces once: each extra join of a 5 MB string costs ms.
 */
function writeObject(out: string[], obj: Record<string, unknown>, member: (key: string, value: unknown) => boolean): void {
  let first = true;
  out.push('{');
  for (const [key, value] of Object.entries(obj)) {
    const mark = out.length;
    out.push(first ? '' : ',', JSON.stringify(key), ':');
    if (member(key, value)) {
      first = false;
      continue;
    }
    const json = JSON.stringify(value);
    if (json === undefined) out.length = mark; // undefined and functions are left out, as JSON.stringify does
    else {
      out.push(json);
      first = false;
    }
  }
  out.push('}');
}

function serializeWith(file: WorkspaceFile, journeyJson: (journey: unknown) => string): string {
  const out: string[] = [];
  const journeys = (list: unknown): boolean => {
    if (!Array.isArray(list)) return false;
    out.push('[\n');
    list.forEach((journey, i) => out.push(i === 0 ? '' : ',\n', journeyJson(journey)));
    out.push('\n]');
    return true;
  };
  writeObject(out, file, (key, value) => {
    if (key !== 'workspace' || typeof value !== 'object' || value === null) return false;
    writeObject(out, value as Record<string, unknown>, (k, v) => k === 'journeys' && journeys(v));
    return true;
  });
  out.push('\n');
  return out.join('');
}

/** Compact JSON with one journey per line: what JSON.stringify says, laid out to diff well. */
export function serializeWorkspaceFile(file: WorkspaceFile): string {
  return serializeWith(file, (journey) => JSON.stringify(journey));
}

/**
 * A serializer for a stream of versions of one immutable document (the renderer's autosave).
 * Journeys hold nearly all of a file's bytes and an edit replaces only the journey it touches, so
 * each journey's JSON is remembered by identity: an autosave of a 5 MB workshop then costs the
 * changed journey, not the whole file. Never use it on documents that are mutated in place.
 */
export function createIncrementalSerializer(): (file: WorkspaceFile) => string {
  const cache = new WeakMap<object, string>();
  return (file) =>
    serializeWith(file, (journey) => {
      if (typeof journey !== 'object' || journey === null) return JSON.stringify(journey);
      let json = cache.get(journey);
      if (json === undefined) {
        json = JSON.stringify(journey);
        cache.set(journey, json);
      }
      return json;
    });
}
