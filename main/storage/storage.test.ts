import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJsonFile, DurableTextFile, FileTooLargeError, WorkspaceFileAdapter, sha256Hex, type WorkspaceDocument } from './adapters';
import { BackupStore } from './backups';
import { isTempName, moveFileDurable, sweepStaleTemps, tempNameFor, writeFileDurable } from './durable';
import { SettingsStore } from './settings';
import { stageText } from './stage';
import { sampleText, tempRoot } from './testing';

let root: string;
let cleanup: () => void;
beforeEach(() => ({ root, cleanup } = tempRoot()));
afterEach(() => cleanup());

describe('writeFileDurable', () => {
  it('replaces the content, keeps the permissions, and leaves no temp file', async () => {
    const f = join(root, 'a.json');
    writeFileSync(f, 'old');
    chmodSync(f, 0o600);
    await writeFileDurable(f, 'new ✓');
    expect(readFileSync(f, 'utf8')).toBe('new ✓');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(root)).toEqual(['a.json']);
  });

  it('cleans its temp file and keeps the old content when the rename fails', async () => {
    const target = join(root, 'dir.touchstone');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    await expect(writeFileDurable(target, 'data')).rejects.toThrow();
    expect(readdirSync(root)).toEqual(['dir.touchstone']);
  });

  it('names temp files so they are never taken for documents', () => {
    const t = tempNameFor(join(root, 'ws1.touchstone'));
    expect(t.endsWith('.touchstone')).toBe(false);
    expect(isTempName(t.slice(root.length + 1))).toBe(true);
    expect(isTempName('ws1.touchstone')).toBe(false);
  });

  it('sweeps only stale temp files', async () => {
    const stale = tempNameFor(join(root, 'a.touchstone'));
    const fresh = tempNameFor(join(root, 'b.touchstone'));
    writeFileSync(stale, 'x');
    writeFileSync(fresh, 'x');
    writeFileSync(join(root, 'c.touchstone'), 'x');
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, old, old);
    expect(await sweepStaleTemps(root, 3600_000)).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(join(root, 'c.touchstone'))).toBe(true);
  });

  it('moves files durably', async () => {
    writeFileSync(join(root, 'a'), 'A');
    mkdirSync(join(root, 'sub'));
    await moveFileDurable(join(root, 'a'), join(root, 'sub', 'b'));
    expect(readFileSync(join(root, 'sub', 'b'), 'utf8')).toBe('A');
    expect(existsSync(join(root, 'a'))).toBe(false);
  });
});

describe('lowdb adapters', () => {
  it('DurableJsonFile works through Low and the last of concurrent writes wins', async () => {
    const file = join(root, 'db.json');
    const db = new Low<{ n: number; items: string[] }>(new DurableJsonFile(file), { n: 0, items: [] });
    await db.read();
    expect(db.data).toEqual({ n: 0, items: [] });
    const writes: Promise<void>[] = [];
    for (let i = 1; i <= 20; i++) {
      db.data.n = i;
      db.data.items.push(`项目 ${i}`);
      writes.push(db.write());
    }
    await Promise.all(writes);
    const again = new Low(new DurableJsonFile<{ n: number; items: string[] }>(file), { n: -1, items: [] });
    await again.read();
    expect(again.data.n).toBe(20);
    expect(again.data.items).toHaveLength(20);
    expect(readdirSync(root)).toEqual(['db.json']);
  });

  it('DurableTextFile reads null when missing', async () => {
    const t = new DurableTextFile(join(root, 'missing.txt'));
    expect(await t.read()).toBeNull();
    await t.write('hi');
    expect(await t.read()).toBe('hi');
  });

  it('WorkspaceFileAdapter reads text + parse result + revision, writes the exact text', async () => {
    const file = join(root, 'ws1.touchstone');
    const adapter = new WorkspaceFileAdapter(file, 64 * 1024 * 1024);
    const text = sampleText();
    const db = new Low<WorkspaceDocument>(adapter, { text: '', parsed: { ok: false, error: { kind: 'notTouchstone', reason: 'notJson' } } });
    db.data = { text, parsed: { ok: false, error: { kind: 'notTouchstone', reason: 'notJson' } } }; // parse result is not written
    await db.write();
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(adapter.lastWritten?.revision).toBe(sha256Hex(readFileSync(file)));

    const reader = new Low<WorkspaceDocument>(new WorkspaceFileAdapter(file, 64 * 1024 * 1024), { text: '', parsed: { ok: false, error: { kind: 'notTouchstone', reason: 'notJson' } } });
    await reader.read();
    expect(reader.data.text).toBe(text);
    expect(reader.data.parsed.ok).toBe(true);
  });

  it('WorkspaceFileAdapter refuses a file over its limit before reading it', async () => {
    const file = join(root, 'big.touchstone');
    writeFileSync(file, '');
    truncateSync(file, 2000);
    await expect(new WorkspaceFileAdapter(file, 1000).read()).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('a prepared write can be aborted, leaving the old file and no temp file', async () => {
    const file = join(root, 'ws1.touchstone');
    writeFileSync(file, 'old');
    for (const text of ['small', 'x'.repeat(600 * 1024)]) {
      const prepared = await new WorkspaceFileAdapter(file, 64 * 1024 * 1024).prepare(text);
      expect(readdirSync(root)).toHaveLength(2);
      await prepared.abort();
      expect(readdirSync(root)).toEqual(['ws1.touchstone']);
      expect(readFileSync(file, 'utf8')).toBe('old');
    }
  });

  it('stageText gives the same bytes and hash on the worker and in-thread', async () => {
    const text = '工作坊 workshop '.repeat(50_000);
    const a = await stageText(text, join(root, 'a'), { threshold: 0 });
    const b = await stageText(text, join(root, 'b'), { threshold: Infinity });
    expect(a.revision).toBe(b.revision);
    expect(a.sizeBytes).toBe(Buffer.byteLength(text));
    expect(readFileSync(join(root, 'a')).equals(readFileSync(join(root, 'b')))).toBe(true);
    // it refuses to clobber an existing temp name, and reports the I/O error
    await expect(stageText(text, join(root, 'a'), { threshold: 0 })).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(stageText('x', join(root, 'b'), { threshold: Infinity })).rejects.toMatchObject({ code: 'EEXIST' });
  });
});

describe('SettingsStore', () => {
  it('keeps settings and recents, dropping malformed recents and keeping unknown keys', async () => {
    const file = join(root, 'settings.json');
    writeFileSync(file, JSON.stringify({ locale: 'xx', recents: [{ ref: '/a', name: 'A', openedAt: 't' }, { nope: 1 }], fromNewerBuild: 7 }));
    const s = await SettingsStore.open(file);
    expect(s.data.locale).toBeNull();
    expect(s.data.recents).toEqual([{ ref: '/a', name: 'A', openedAt: 't' }]);
    await s.setLocale('en');
    for (let i = 0; i < 12; i++) await s.addRecent({ ref: `/r${i}`, name: null, openedAt: String(i) });
    const again = await SettingsStore.open(file);
    expect(again.data.locale).toBe('en');
    expect(again.data.recents.map((r) => r.ref)).toEqual(['/r11', '/r10', '/r9', '/r8', '/r7', '/r6', '/r5', '/r4', '/r3', '/r2']);
    expect(again.data.fromNewerBuild).toBe(7);
  });
});

describe('BackupStore', () => {
  it('names backups by sortable time, tells apart same-millisecond ones, and prunes to keep', async () => {
    const src = join(root, 'doc.touchstone');
    const store = new BackupStore(join(root, 'backups'), 3);
    const at = new Date('2025-03-01T09:30:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      writeFileSync(src, `v${i}`);
      ids.push((await store.take(src, 'ws1', src, at)).backupId);
    }
    expect(ids[0]).toBe('ws1.2025-03-01T09-30-00-000Z');
    expect(ids[1]).toBe('ws1.2025-03-01T09-30-00-000Z-1');
    const list = await store.list('ws1');
    expect(list.map((b) => b.backupId)).toEqual([ids[4], ids[3], ids[2]]);
    expect(list.map((b) => readFileSync(b.path, 'utf8'))).toEqual(['v4', 'v3', 'v2']);
    expect(list[0].savedAt).toBe('2025-03-01T09:30:00.000Z');
    expect(await store.workspacesBackedUpFrom(src)).toEqual(['ws1']);
    expect(store.locate('ws1.2025-03-01T09-30-00-000Z-1')?.path).toBe(join(root, 'backups', 'ws1', '2025-03-01T09-30-00-000Z-1.touchstone'));
    expect(store.locate('../x.2025-03-01T09-30-00-000Z')).toBeNull();
    expect(store.locate('ws1.../../etc')).toBeNull();
  });
});
