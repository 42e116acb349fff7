// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenResult, SaveResult } from '../../shared/api/contract';
import { addMember } from '../../shared/commands/members';
import { renameWorkspace } from '../../shared/commands/workspace';
import { wrapWorkspace } from '../../shared/format/file';
import { blankWorkspace } from '../../shared/model/factory';

const calls: { ref: string; text: string; baseRevision: string }[] = [];
let nextSave: (call: (typeof calls)[number]) => SaveResult = () => ({ status: 'saved', ref: 'r1', revision: `rev${calls.length}`, savedAt: '' });
let reopen: OpenResult | null = null;

vi.mock('../api', () => ({
  api: {
    'doc.save': async (args: (typeof calls)[number]) => {
      calls.push(args);
      return nextSave(args);
    },
    'doc.open': async () => reopen,
  },
}));

const { useDocument, AUTOSAVE_MAX_WAIT_MS } = await import('./document');
const { useRoute } = await import('./route');

function opened(name = 'W', ref = 'r1'): Extract<OpenResult, { ok: true }> {
  return {
    ok: true,
    ref,
    fileName: `${ref}.touchstone`,
    file: { ...wrapWorkspace(blankWorkspace(name, '2026-01-01T00:00:00.000Z', 'ws1')), producer: 'kept' },
    revision: 'rev0',
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  nextSave = () => ({ status: 'saved', ref: 'r1', revision: `rev${calls.length}`, savedAt: '' });
  useDocument.getState().load(opened());
});
afterEach(() => vi.useRealTimers());

const state = () => useDocument.getState();

describe('document store', () => {
  it('one command is one undo step; undo and redo restore exact documents', () => {
    const before = state().doc!.workspace;
    state().run(addMember, { name: 'A', function: 'ux' });
    const after = state().doc!.workspace;
    expect(state().history.past).toEqual([before]);
    state().undo();
    expect(state().doc!.workspace).toBe(before);
    state().redo();
    expect(state().doc!.workspace).toBe(after);
  });

  it('runs that share a merge key make one step', () => {
    state().run(renameWorkspace, { name: 'a' }, { mergeKey: 'name' });
    state().run(renameWorkspace, { name: 'ab' }, { mergeKey: 'name' });
    expect(state().history.past).toHaveLength(1);
    state().undo();
    expect(state().doc!.workspace.name).toBe('W');
  });

  it('a command that changes nothing records nothing and stays saved', () => {
    state().run(renameWorkspace, { name: 'W' });
    expect(state().history.past).toHaveLength(0);
    expect(state().saveState).toBe('saved');
  });

  it('autosaves within a second of an edit, even while edits keep coming, with the wrapper kept', async () => {
    state().run(addMember, { name: 'A', function: 'ux' });
    expect(state().saveState).toBe('unsaved');
    for (let t = 0; t < AUTOSAVE_MAX_WAIT_MS; t += 100) {
      state().run(renameWorkspace, { name: `n${t}` });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls.length).toBeGreaterThanOrEqual(1);
    const saved = JSON.parse(calls[0].text);
    expect(saved.producer).toBe('kept');
    expect(saved.workspace.members[0].name).toBe('A');
    expect(calls[0].baseRevision).toBe('rev0');
    await vi.advanceTimersByTimeAsync(2000);
    expect(state().saveState).toBe('saved');
    expect(JSON.parse(calls.at(-1)!.text).workspace.name).toBe(state().doc!.workspace.name);
    expect(calls.at(-1)!.baseRevision).toBe(`rev${calls.length - 1}`);
  });

  it('loading a document clears the history', () => {
    state().run(addMember, { name: 'A', function: 'ux' });
    state().load(opened('Other'));
    expect(state().history.past).toHaveLength(0);
    expect(state().saveState).toBe('saved');
  });

  it('a failed save shows the error, keeps the edit, and retries', async () => {
    nextSave = () => ({ status: 'error', error: { kind: 'io', message: 'disk full' } });
    state().run(addMember, { name: 'A', function: 'ux' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(state().saveState).toBe('error');
    expect(state().saveError).toBe('disk full');
    expect(state().doc!.workspace.members).toHaveLength(1);
    nextSave = () => ({ status: 'saved', ref: 'r1', revision: 'ok', savedAt: '' });
    await vi.advanceTimersByTimeAsync(6000);
    expect(state().saveState).toBe('saved');
  });

  it('a conflict continues in the copy and tells the user', async () => {
    nextSave = () => ({ status: 'conflict', ref: 'copy', revision: 'c1', savedAt: '', otherRef: 'r1' });
    reopen = opened('W (conflict copy)', 'copy');
    state().run(addMember, { name: 'A', function: 'ux' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(state().doc!.ref).toBe('copy');
    expect(state().conflictNotice).toBe(true);
    expect(location.hash).toContain('copy');
    expect(useRoute.getState().route).toMatchObject({ screen: 'workspace', ref: 'copy' });
  });
});
