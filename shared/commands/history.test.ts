import { describe, expect, it } from 'vitest';
import { emptyHistory, HISTORY_LIMIT, record, redo, undo } from './history';

describe('history', () => {
  it('undo and redo walk back and forth', () => {
    let h = emptyHistory<number>();
    h = record(h, 0);
    h = record(h, 1); // now at 2
    const u1 = undo(h, 2)!;
    expect(u1.doc).toBe(1);
    const u2 = undo(u1.history, u1.doc)!;
    expect(u2.doc).toBe(0);
    expect(undo(u2.history, u2.doc)).toBeNull();
    const r1 = redo(u2.history, u2.doc)!;
    expect(r1.doc).toBe(1);
    const r2 = redo(r1.history, r1.doc)!;
    expect(r2.doc).toBe(2);
    expect(redo(r2.history, r2.doc)).toBeNull();
  });

  it('a new change clears redo', () => {
    let h = record(emptyHistory<number>(), 0);
    const u = undo(h, 1)!;
    h = record(u.history, 0);
    expect(h.future).toEqual([]);
  });

  it('changes with the same merge key are one step; another key starts a new one', () => {
    let h = emptyHistory<string>();
    h = record(h, '', 'name');
    h = record(h, 'a', 'name');
    h = record(h, 'ab', 'name');
    expect(h.past).toEqual(['']);
    h = record(h, 'abc', 'desc');
    expect(h.past).toEqual(['', 'abc']);
  });

  it('undo breaks a merge run', () => {
    let h = record(emptyHistory<string>(), '', 'name');
    const u = undo(h, 'a')!;
    h = record(u.history, '', 'name');
    expect(h.past).toEqual(['']);
    expect(h.lastMergeKey).toBe('name');
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(5);
  });
});
