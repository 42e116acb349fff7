import { describe, expect, it } from 'vitest';
import { emptyWorkspace, runValid, T1 } from './testing';
import { renameWorkspace, setWorkspaceDescription } from './workspace';

describe('workspace commands', () => {
  it('rename trims and stamps updatedAt', () => {
    const ws = runValid(renameWorkspace, emptyWorkspace(), { name: '  会员体验工作坊 ' });
    expect(ws.name).toBe('会员体验工作坊');
    expect(ws.updatedAt).toBe(T1);
  });

  it('rename to blank or to the same name is no change (same object)', () => {
    const ws = emptyWorkspace();
    expect(renameWorkspace.apply(ws, { name: '   ' }, { now: T1, newId: () => 'x' })).toBe(ws);
    expect(renameWorkspace.apply(ws, { name: ws.name }, { now: T1, newId: () => 'x' })).toBe(ws);
  });

  it('sets the description', () => {
    expect(runValid(setWorkspaceDescription, emptyWorkspace(), { description: 'Q1' }).description).toBe('Q1');
  });
});
