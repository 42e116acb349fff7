import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type OpenResult, type SaveResult } from '../shared/api/contract';
import { parseWorkspaceFile, serializeWorkspaceFile, type WorkspaceFile } from '../shared/format/file';
import { generateLargeWorkspace } from '../bench/generate';
import { createServices, MAX_FILE_BYTES, type ServiceOptions, type Services } from './services';
import { sampleFile, sampleText, steppingClock, tempRoot, T0 } from './storage/testing';

const TEMPLATES = fileURLToPath(new URL('../templates', import.meta.url));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let root: string;
let cleanup: () => void;
let dataDir: string;
let libraryDir: string;

beforeEach(() => {
  ({ root, cleanup } = tempRoot());
  dataDir = join(root, 'data');
  libraryDir = join(dataDir, 'library');
});
afterEach(() => cleanup());

function services(over: Partial<ServiceOptions> = {}): Services {
  return createServices({ dataDir, libraryDir, templatesDir: TEMPLATES, host: 'browser', now: steppingClock(), backupIntervalMs: 0, ...over });
}

function expectOk(r: OpenResult): Extract<OpenResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r;
}
function expectSaved(r: SaveResult): Extract<SaveResult, { status: 'saved' }> {
  if (r.status !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(r)}`);
  return r;
}

/** The file's text after an edit made the way the renderer makes one. */
function edited(file: WorkspaceFile, edit: (f: WorkspaceFile) => void): string {
  const copy = structuredClone(file);
  edit(copy);
  return serializeWorkspaceFile(copy);
}

async function importSample(svc: Services, id = 'ws1', name?: string) {
  return expectOk(await svc['library.import']({ fileName: 'sample.touchstone', text: sampleText(id, name) }));
}

const libraryFiles = () => readdirSync(libraryDir).sort();

describe('documents: open and save', () => {
  it('round-trips a file through save and open, with revision = sha256 of the bytes', async () => {
    const svc = services();
    const opened = await importSample(svc);
    expect(opened.ref).toBe(join(libraryDir, 'ws1.touchstone'));
    expect(opened.revision).toBe(sha256(readFileSync(opened.ref)));

    const text = edited(opened.file, (f) => {
      f.workspace.name = '夏季工作坊';
      f.workspace.journeys[0].cards.push({ id: 'c3', stageId: 's2', laneId: 'l1', text: '复购提醒 reminder' });
    });
    const saved = expectSaved(await svc['doc.save']({ ref: opened.ref, text, baseRevision: opened.revision }));
    expect(readFileSync(opened.ref, 'utf8')).toBe(text);
    expect(saved.revision).toBe(sha256(readFileSync(opened.ref)));

    const again = expectOk(await svc['doc.open']({ ref: opened.ref }));
    expect(again.revision).toBe(saved.revision);
    expect(again.file).toEqual(parseWorkspaceFile(text).ok && (parseWorkspaceFile(text) as { file: WorkspaceFile }).file);
    expect(again.file.workspace.name).toBe('夏季工作坊');
    expect(again.file.workspace.journeys[0].cards).toHaveLength(3);

    // and saving again from the new revision works (no false conflict)
    const text2 = edited(again.file, (f) => (f.workspace.description = 'v3'));
    expectSaved(await svc['doc.save']({ ref: opened.ref, text: text2, baseRevision: again.revision }));
    const list = await svc['library.list']({});
    expect(list.entries.map((e) => e.name)).toEqual(['夏季工作坊']);
  });

  it('keeps fields it does not know through open and save, and writes the exact text', async () => {
    const svc = services();
    const opened = await importSample(svc);
    expect(opened.file.futureTopLevel).toEqual({ keep: true });
    expect(opened.file.workspace.futureWorkspaceField).toEqual({ votes: 3 });
    expect(opened.file.workspace.journeys[0].cards[0].futureCardField).toBe('kept');

    const text = edited(opened.file, (f) => {
      f.workspace.journeys[0].name = '首次购买 v2';
      (f.workspace.journeys[0] as Record<string, unknown>).futureJourneyField = [1, 2];
    });
    expectSaved(await svc['doc.save']({ ref: opened.ref, text, baseRevision: opened.revision }));
    expect(readFileSync(opened.ref, 'utf8')).toBe(text);
    const again = expectOk(await svc['doc.open']({ ref: opened.ref }));
    expect(again.file.futureTopLevel).toEqual({ keep: true });
    expect(again.file.workspace.futureWorkspaceField).toEqual({ votes: 3 });
    expect(again.file.workspace.journeys[0].cards[0].futureCardField).toBe('kept');
    expect(again.file.workspace.journeys[0].futureJourneyField).toEqual([1, 2]);
  });

  it('refuses invalid text and writes nothing', async () => {
    const svc = services();
    const opened = await importSample(svc);
    const before = readFileSync(opened.ref);
    const cases = [
      'not json',
      JSON.stringify({ format: 'something-else', formatVersion: 1 }),
      JSON.stringify({ format: 'touchstone-workspace', formatVersion: 99, workspace: {} }),
      edited(opened.file, (f) => (f.workspace.journeys[0].cards[0].stageId = 'nope')),
      edited(opened.file, (f) => (f.workspace.journeys[0].stages[0].width = 1)),
      edited(opened.file, (f) => (f.workspace.name = '')),
    ];
    for (const text of cases) {
      const r = await svc['doc.save']({ ref: opened.ref, text, baseRevision: opened.revision });
      expect(r.status, text.slice(0, 40)).toBe('invalid');
      if (r.status === 'invalid') expect(r.issues.length).toBeGreaterThan(0);
    }
    expect(readFileSync(opened.ref).equals(before)).toBe(true);
    expect(libraryFiles()).toEqual(['ws1.touchstone']); // no temp files left behind either
    // still saveable afterwards
    expectSaved(await svc['doc.save']({ ref: opened.ref, text: edited(opened.file, (f) => (f.workspace.description = 'ok')), baseRevision: opened.revision }));
  });

  it('catches a bad edit in a journey that was valid at the previous save', async () => {
    const svc = services();
    const opened = await importSample(svc);
    const good = edited(opened.file, (f) => (f.workspace.description = 'one'));
    const saved = expectSaved(await svc['doc.save']({ ref: opened.ref, text: good, baseRevision: opened.revision }));
    const bad = edited(opened.file, (f) => {
      f.workspace.journeys[0].cards[1].color = 'red';
    });
    expect((await svc['doc.save']({ ref: opened.ref, text: bad, baseRevision: saved.revision })).status).toBe('invalid');
    expect(readFileSync(opened.ref, 'utf8')).toBe(good);
  });

  it('saves big documents (worker path) byte for byte', async () => {
    const svc = services();
    const big = generateLargeWorkspace({ journeys: 8, cardsPerJourney: 400 });
    const opened = expectOk(await svc['library.import']({ fileName: 'big.touchstone', text: serializeWorkspaceFile(big) }));
    const text = edited(opened.file, (f) => (f.workspace.journeys[5].cards[7].text = '改过 changed'));
    expect(text.length).toBeGreaterThan(512 * 1024); // the worker threshold
    const saved = expectSaved(await svc['doc.save']({ ref: opened.ref, text, baseRevision: opened.revision }));
    expect(readFileSync(opened.ref, 'utf8')).toBe(text);
    expect(saved.revision).toBe(sha256(readFileSync(opened.ref)));
    const bad = edited(opened.file, (f) => (f.workspace.journeys[2].cards[5].laneId = 'missing'));
    expect((await svc['doc.save']({ ref: opened.ref, text: bad, baseRevision: saved.revision })).status).toBe('invalid');
    expect(readFileSync(opened.ref, 'utf8')).toBe(text);
    expect(readdirSync(libraryDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('opens an older format version, reporting the migration', async () => {
    const svc = services();
    const v0 = readFileSync(fileURLToPath(new URL('../shared/format/fixtures/v0-prototype.touchstone', import.meta.url)), 'utf8');
    const outside = join(root, 'old.touchstone');
    writeFileSync(outside, v0);
    const opened = expectOk(await svc.openPath(outside));
    expect(opened.migratedFrom).toBe(0);
    const text = serializeWorkspaceFile(opened.file);
    expectSaved(await svc['doc.save']({ ref: outside, text, baseRevision: opened.revision }));
    expect(expectOk(await svc['doc.open']({ ref: outside })).migratedFrom).toBeUndefined();
  });

  it('refuses files over 64 MB without reading them', async () => {
    const svc = services();
    const ref = join(libraryDir, 'huge.touchstone');
    mkdirSync(libraryDir, { recursive: true });
    writeFileSync(ref, '');
    truncateSync(ref, MAX_FILE_BYTES + 1); // sparse: costs no disk
    const r = await svc['doc.open']({ ref });
    expect(r).toMatchObject({ ok: false, ref, error: { kind: 'tooLarge', sizeBytes: MAX_FILE_BYTES + 1, limitBytes: MAX_FILE_BYTES } });
    const list = await svc['library.list']({});
    expect(list.entries).toEqual([expect.objectContaining({ fileName: 'huge.touchstone', problem: 'io', name: null })]);
  });
});

describe('documents: changed on disk', () => {
  it('never overwrites a file another program changed: ours becomes a conflict copy', async () => {
    const svc = services();
    await svc['settings.update']({ locale: 'en' }); // the copy's name follows the chosen language
    const opened = await importSample(svc);
    const theirs = edited(opened.file, (f) => (f.workspace.description = 'edited elsewhere'));
    writeFileSync(opened.ref, theirs);

    const ours = edited(opened.file, (f) => (f.workspace.description = 'edited here'));
    const r = await svc['doc.save']({ ref: opened.ref, text: ours, baseRevision: opened.revision });
    if (r.status !== 'conflict') throw new Error(`expected conflict, got ${r.status}`);
    expect(r.otherRef).toBe(opened.ref);
    expect(r.ref).not.toBe(opened.ref);
    expect(readFileSync(opened.ref, 'utf8')).toBe(theirs);

    const copy = expectOk(await svc['doc.open']({ ref: r.ref }));
    expect(copy.revision).toBe(r.revision);
    expect(copy.file.workspace.description).toBe('edited here');
    expect(copy.file.workspace.id).not.toBe('ws1');
    expect(copy.file.workspace.name).toBe('春季会员体验工作坊 (conflict copy)');
    expect((await svc['library.list']({})).entries).toHaveLength(2);
  });

  it('detects an external change even when size and content length stay the same', async () => {
    const svc = services();
    const opened = await importSample(svc);
    const text = readFileSync(opened.ref, 'utf8');
    writeFileSync(opened.ref, text.replace('小红书笔记', '小红书广告')); // same byte length, written in place
    const r = await svc['doc.save']({ ref: opened.ref, text: edited(opened.file, (f) => (f.workspace.description = 'x')), baseRevision: opened.revision });
    expect(r.status).toBe('conflict');
  });

  it('two saves from the same stale revision: the first wins, the second becomes a copy', async () => {
    const svc = services();
    const opened = await importSample(svc);
    const a = edited(opened.file, (f) => (f.workspace.description = 'window A'));
    const b = edited(opened.file, (f) => (f.workspace.description = 'window B'));
    const [ra, rb] = await Promise.all([
      svc['doc.save']({ ref: opened.ref, text: a, baseRevision: opened.revision }),
      svc['doc.save']({ ref: opened.ref, text: b, baseRevision: opened.revision }),
    ]);
    expect(ra.status).toBe('saved');
    expect(rb.status).toBe('conflict');
    expect(readFileSync(opened.ref, 'utf8')).toBe(a);
    if (rb.status !== 'conflict') return;
    expect(expectOk(await svc['doc.open']({ ref: rb.ref })).file.workspace.description).toBe('window B');

    // a third save, still from the stale revision, is again a copy; nothing is ever overwritten
    const c = edited(opened.file, (f) => (f.workspace.description = 'window C'));
    const rc = await svc['doc.save']({ ref: opened.ref, text: c, baseRevision: opened.revision });
    expect(rc.status).toBe('conflict');
    expect(readFileSync(opened.ref, 'utf8')).toBe(a);
    expect((await svc['library.list']({})).entries).toHaveLength(3);
  });

  it('notices a change made by another services instance (another window or process)', async () => {
    const one = services();
    const two = services();
    const opened1 = await importSample(one);
    const opened2 = expectOk(await two['doc.open']({ ref: opened1.ref }));
    expectSaved(await one['doc.save']({ ref: opened1.ref, text: edited(opened1.file, (f) => (f.workspace.description = '1')), baseRevision: opened1.revision }));
    const r = await two['doc.save']({ ref: opened1.ref, text: edited(opened2.file, (f) => (f.workspace.description = '2')), baseRevision: opened2.revision });
    expect(r.status).toBe('conflict');
  });

  it('re-creates a file that was deleted while open', async () => {
    const svc = services();
    const opened = await importSample(svc);
    const outside = join(root, 'outside.touchstone');
    writeFileSync(outside, readFileSync(opened.ref));
    const o = expectOk(await svc.openPath(outside));
    const { rmSync } = await import('node:fs');
    rmSync(outside);
    const text = edited(o.file, (f) => (f.workspace.description = 'back'));
    expectSaved(await svc['doc.save']({ ref: outside, text, baseRevision: o.revision }));
    expect(readFileSync(outside, 'utf8')).toBe(text);
  });
});

describe('backups', () => {
  it('offers the valid backups of a damaged file, newest first, and restores one keeping the damaged file', async () => {
    const svc = services();
    const opened = await importSample(svc);
    let rev = opened.revision;
    const versions: string[] = [readFileSync(opened.ref, 'utf8')];
    for (const d of ['v1', 'v2', 'v3']) {
      const text = edited(opened.file, (f) => (f.workspace.description = d));
      rev = expectSaved(await svc['doc.save']({ ref: opened.ref, text, baseRevision: rev })).revision;
      versions.push(text);
    }
    // a broken backup is never offered
    const backupDir = join(dataDir, 'backups', 'ws1');
    writeFileSync(join(backupDir, '2099-01-01T00-00-00-000Z.touchstone'), '{ broken');

    const damaged = '{"format":"touchstone-workspace","formatVersion":1,"workspace":{"id":"ws1", truncated';
    writeFileSync(opened.ref, damaged);
    const r = await svc['doc.open']({ ref: opened.ref });
    if (r.ok) throw new Error('expected a failure');
    expect(r.error.kind).toBe('notTouchstone');
    // backups hold v0, v1, v2 (taken before each save), newest first
    expect(r.backups).toHaveLength(3);
    const times = r.backups.map((b) => b.savedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const contents = r.backups.map((b) => readFileSync(join(backupDir, b.backupId.slice('ws1.'.length) + '.touchstone'), 'utf8'));
    expect(contents).toEqual([versions[2], versions[1], versions[0]]);

    const restored = expectOk(await svc['doc.restoreBackup']({ ref: opened.ref, backupId: r.backups[0].backupId }));
    expect(readFileSync(opened.ref, 'utf8')).toBe(versions[2]);
    expect(restored.file.workspace.description).toBe('v2');
    const kept = readdirSync(join(dataDir, 'damaged'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'damaged', kept[0]), 'utf8')).toBe(damaged);
    // and it saves normally from the restored revision
    expectSaved(await svc['doc.save']({ ref: opened.ref, text: versions[3], baseRevision: restored.revision }));
  });

  it('finds backups of a damaged file outside the library through the recorded origin', async () => {
    const svc = services();
    const outside = join(root, 'workshop.touchstone');
    writeFileSync(outside, sampleText('wsOut'));
    const o = expectOk(await svc.openPath(outside));
    expectSaved(await svc['doc.save']({ ref: outside, text: edited(o.file, (f) => (f.workspace.description = 'x')), baseRevision: o.revision }));
    writeFileSync(outside, 'garbage');
    const r = await svc['doc.open']({ ref: outside });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.backups).toHaveLength(1);
  });

  it('rejects a backup id that does not belong to the document', async () => {
    const svc = services();
    const a = await importSample(svc, 'wsA');
    const b = await importSample(svc, 'wsB');
    expectSaved(await svc['doc.save']({ ref: b.ref, text: edited(b.file, (f) => (f.workspace.description = 'x')), baseRevision: b.revision }));
    const bBackups = readdirSync(join(dataDir, 'backups', 'wsB'));
    const id = 'wsB.' + bBackups.find((n) => n.endsWith('.touchstone'))!.replace('.touchstone', '');
    await expect(svc['doc.restoreBackup']({ ref: a.ref, backupId: id })).rejects.toThrow('unknown backup');
    await expect(svc['doc.restoreBackup']({ ref: a.ref, backupId: 'wsA.nonsense' })).rejects.toThrow('unknown backup');
  });

  it('takes one backup per interval, always at the first save after opening, and keeps the newest 10', async () => {
    let t = Date.parse(T0);
    const svc = services({ now: () => new Date(t), backupIntervalMs: 60_000 });
    const opened = await importSample(svc);
    let rev = opened.revision;
    const save = async (d: string) => {
      rev = expectSaved(await svc['doc.save']({ ref: opened.ref, text: edited(opened.file, (f) => (f.workspace.description = d)), baseRevision: rev })).revision;
    };
    const backupsNow = () => readdirSync(join(dataDir, 'backups', 'ws1')).filter((n) => n.endsWith('.touchstone')).length;
    await save('a'); // first save after open
    expect(backupsNow()).toBe(1);
    t += 10_000;
    await save('b');
    expect(backupsNow()).toBe(1);
    t += 60_000;
    await save('c');
    expect(backupsNow()).toBe(2);
    // reopening makes the next save take one again
    await svc['doc.open']({ ref: opened.ref });
    t += 1000;
    await save('d');
    expect(backupsNow()).toBe(3);
    for (let i = 0; i < 15; i++) {
      t += 60_000;
      await save(`e${i}`);
    }
    expect(backupsNow()).toBe(10);
  });
});

describe('library', () => {
  it('creates blank workspaces and lists them', async () => {
    const svc = services();
    const r = expectOk(await svc['library.create']({ name: '  新工作坊 ' }));
    expect(r.file.workspace.name).toBe('新工作坊');
    expect(r.ref).toBe(join(libraryDir, `${r.file.workspace.id}.touchstone`));
    expect(r.revision).toBe(sha256(readFileSync(r.ref)));
    const list = await svc['library.list']({});
    expect(list.entries).toEqual([
      { ref: r.ref, fileName: `${r.file.workspace.id}.touchstone`, name: '新工作坊', updatedAt: r.file.workspace.createdAt, sizeBytes: readFileSync(r.ref).length },
    ]);
  });

  it('lists templates and creates from one with a fresh id and times', async () => {
    const svc = services();
    const templates = await svc['library.templates']({});
    expect(templates.map((t) => t.templateId)).toContain('cx-workshop-starter');
    const info = templates.find((t) => t.templateId === 'cx-workshop-starter')!;
    expect(info.name.length).toBeGreaterThan(0);
    expect(info.description.length).toBeGreaterThan(0);

    const tplText = readFileSync(join(TEMPLATES, 'cx-workshop-starter.touchstone'), 'utf8');
    const tpl = parseWorkspaceFile(tplText);
    if (!tpl.ok) throw new Error('template invalid');
    const r = expectOk(await svc['library.create']({ name: '我的工作坊', templateId: 'cx-workshop-starter' }));
    expect(r.file.workspace.id).not.toBe(tpl.file.workspace.id);
    expect(r.file.workspace.name).toBe('我的工作坊');
    expect(r.file.workspace.createdAt).toBe(T0);
    expect(r.file.workspace.updatedAt).toBe(T0);
    expect(r.file.workspace.journeys).toEqual(tpl.file.workspace.journeys);
    expect(readFileSync(join(TEMPLATES, 'cx-workshop-starter.touchstone'), 'utf8')).toBe(tplText);
    await expect(svc['library.create']({ name: 'x', templateId: 'no-such-template' })).rejects.toThrow('unknown template');
    await expect(svc['library.create']({ name: 'x', templateId: '../etc' })).rejects.toThrow('unknown template');
  });

  it('lists a damaged file with its problem instead of hiding it, and ignores temp files', async () => {
    const svc = services();
    await importSample(svc);
    writeFileSync(join(libraryDir, 'broken.touchstone'), '{"format":"touchstone-workspace","formatVersion":1,"workspace":{}}');
    writeFileSync(join(libraryDir, 'notjson.touchstone'), 'hello');
    writeFileSync(join(libraryDir, '.ws1.touchstone.0123456789ab.tmp'), 'partial');
    writeFileSync(join(libraryDir, 'readme.txt'), 'not a document');
    const list = await svc['library.list']({});
    const byFile = Object.fromEntries(list.entries.map((e) => [e.fileName, e]));
    expect(Object.keys(byFile).sort()).toEqual(['broken.touchstone', 'notjson.touchstone', 'ws1.touchstone']);
    expect(byFile['broken.touchstone']).toMatchObject({ name: null, problem: 'invalid' });
    expect(byFile['notjson.touchstone']).toMatchObject({ name: null, problem: 'notTouchstone' });
    expect(byFile['ws1.touchstone'].problem).toBeUndefined();
  });

  it('imports: rejects invalid text writing nothing, and re-ids on collision', async () => {
    const svc = services();
    const bad = await svc['library.import']({ fileName: 'bad.touchstone', text: '{"format":"nope"}' });
    expect(bad).toEqual({ ok: false, ref: null, fileName: 'bad.touchstone', error: { kind: 'notTouchstone', reason: 'wrongFormat' }, backups: [] });
    expect(libraryFiles()).toEqual([]);

    const first = await importSample(svc);
    const text = sampleText();
    expect(readFileSync(first.ref, 'utf8')).toBe(text); // unchanged import is written verbatim
    const second = expectOk(await svc['library.import']({ fileName: 'sample.touchstone', text }));
    expect(second.file.workspace.id).not.toBe('ws1');
    expect(second.ref).not.toBe(first.ref);
    expect(readFileSync(first.ref, 'utf8')).toBe(text);
    expect(libraryFiles()).toHaveLength(2);
    expect(second.file.futureTopLevel).toEqual({ keep: true });
  });

  it('duplicates with a new id and a (copy) name in the chosen language', async () => {
    const svc = services();
    const opened = await importSample(svc);
    await svc['settings.update']({ locale: 'en' });
    const dup = await svc['library.duplicate']({ ref: opened.ref });
    expect(dup.name).toBe('春季会员体验工作坊 (copy)');
    await svc['settings.update']({ locale: 'zh-CN' });
    expect((await svc['library.duplicate']({ ref: opened.ref })).name).toBe('春季会员体验工作坊（副本）');
    await svc['settings.update']({ locale: 'en' });
    expect(dup.ref).not.toBe(opened.ref);
    const copy = expectOk(await svc['doc.open']({ ref: dup.ref }));
    expect(copy.file.workspace.id).not.toBe('ws1');
    expect(copy.file.workspace.journeys).toEqual(opened.file.workspace.journeys);
    expect(copy.file.futureTopLevel).toEqual({ keep: true });
  });

  it('renames inside the file, durably', async () => {
    const svc = services();
    const opened = await importSample(svc);
    const entry = await svc['library.rename']({ ref: opened.ref, name: '改名后' });
    expect(entry.name).toBe('改名后');
    const onDisk = parseWorkspaceFile(readFileSync(opened.ref, 'utf8'));
    expect(onDisk.ok && onDisk.file.workspace.name).toBe('改名后');
    expect(onDisk.ok && onDisk.file.workspace.journeys).toEqual(opened.file.workspace.journeys);
    expect((await svc['recent.list']({}))[0].name).toBe('改名后');
  });

  it('moves to the trash and restores, never overwriting', async () => {
    const svc = services();
    const opened = await importSample(svc);
    const original = readFileSync(opened.ref, 'utf8');
    const trashed = await svc['library.trash']({ ref: opened.ref });
    expect(trashed).toMatchObject({ name: '春季会员体验工作坊', fileName: 'ws1.touchstone' });
    expect(existsSync(opened.ref)).toBe(false);
    const meta = JSON.parse(readFileSync(join(dataDir, 'trash', trashed.trashId, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ originalPath: opened.ref, name: '春季会员体验工作坊', deletedAt: trashed.deletedAt });
    let list = await svc['library.list']({});
    expect(list.entries).toEqual([]);
    expect(list.trash).toEqual([trashed]);

    const restored = await svc['library.restore']({ trashId: trashed.trashId });
    expect(restored.ref).toBe(opened.ref);
    expect(readFileSync(opened.ref, 'utf8')).toBe(original);
    list = await svc['library.list']({});
    expect(list.trash).toEqual([]);
    expect(existsSync(join(dataDir, 'trash', trashed.trashId))).toBe(false);

    // trash again, put a different file at the same name, restore: both survive
    const t2 = await svc['library.trash']({ ref: opened.ref });
    writeFileSync(opened.ref, sampleText('ws1', 'newcomer'));
    const r2 = await svc['library.restore']({ trashId: t2.trashId });
    expect(r2.ref).toBe(join(libraryDir, 'ws1-2.touchstone'));
    expect(r2.name).toBe('春季会员体验工作坊');
    expect(parseWorkspaceFile(readFileSync(opened.ref, 'utf8'))).toMatchObject({ ok: true, file: { workspace: { name: 'newcomer' } } });
    await expect(svc['library.restore']({ trashId: t2.trashId })).rejects.toThrow();
  });

  it('trashes only library documents', async () => {
    const svc = services();
    const outside = join(root, 'elsewhere.touchstone');
    writeFileSync(outside, sampleText());
    expectOk(await svc.openPath(outside));
    await expect(svc['library.trash']({ ref: outside })).rejects.toThrow();
    expect(existsSync(outside)).toBe(true);
  });
});

describe('refs', () => {
  it('rejects anything outside the library that was not handed out, including .. tricks', async () => {
    const svc = services();
    const opened = await importSample(svc);
    writeFileSync(join(dataDir, 'secret.touchstone'), sampleText('sec'));
    mkdirSync(join(libraryDir, 'sub'), { recursive: true });
    writeFileSync(join(libraryDir, 'sub', 'nested.touchstone'), sampleText('nest'));
    const bad = [
      '/etc/passwd',
      join(dataDir, 'settings.json'),
      join(dataDir, 'secret.touchstone'),
      `${libraryDir}/../secret.touchstone`,
      `${libraryDir}/sub/../../secret.touchstone`,
      `${libraryDir}/../library/ws1.touchstone`,
      join(libraryDir, 'sub', 'nested.touchstone'),
      join(libraryDir, 'ws1.json'),
      'ws1.touchstone',
      `library/ws1.touchstone`,
      `${libraryDir}/ws1.touchstone\0.txt`,
    ];
    for (const ref of bad) {
      await expect(svc['doc.open']({ ref }), ref).rejects.toThrow('unknown document');
      await expect(svc['doc.save']({ ref, text: sampleText(), baseRevision: opened.revision }), ref).rejects.toThrow('unknown document');
      await expect(svc['library.rename']({ ref, name: 'x' })).rejects.toThrow('unknown document');
      await expect(svc['library.duplicate']({ ref })).rejects.toThrow('unknown document');
      await expect(svc['library.trash']({ ref })).rejects.toThrow('unknown document');
      await expect(svc['doc.restoreBackup']({ ref, backupId: 'ws1.2025-03-01T09-00-00-000Z' })).rejects.toThrow('unknown document');
    }
    expect(readFileSync(join(dataDir, 'secret.touchstone'), 'utf8')).toBe(sampleText('sec'));
    // the same checks apply through the contract's dispatch
    await expect(dispatch(svc, 'doc.open', { ref: '/etc/passwd' })).rejects.toThrow('unknown document');
  });

  it('accepts a path handed out by openPath, then and after a restart (from recents)', async () => {
    const svc = services();
    const outside = join(root, 'mine.touchstone');
    writeFileSync(outside, sampleText('mine'));
    await expect(svc['doc.open']({ ref: outside })).rejects.toThrow('unknown document');
    const o = expectOk(await svc.openPath(outside));
    expect(o.ref).toBe(outside);
    expectOk(await svc['doc.open']({ ref: outside }));
    const restarted = services();
    expectOk(await restarted['doc.open']({ ref: outside }));
  });
});

describe('settings and recents', () => {
  it('persist across a new services instance, newest first, at most 10, with exists', async () => {
    const svc = services();
    expect(await svc['settings.get']({})).toEqual({ locale: null });
    expect(await svc['settings.update']({ locale: 'zh-TW' })).toEqual({ locale: 'zh-TW' });
    const refs: string[] = [];
    for (let i = 0; i < 12; i++) refs.push((await importSample(svc, `ws${i}`, `工作坊 ${i}`)).ref);
    await svc['doc.open']({ ref: refs[3] });

    const again = services();
    expect(await again['settings.get']({})).toEqual({ locale: 'zh-TW' });
    const recents = await again['recent.list']({});
    expect(recents).toHaveLength(10);
    expect(recents[0]).toMatchObject({ ref: refs[3], name: '工作坊 3', exists: true });
    expect(recents.slice(1).map((r) => r.ref)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 2].map((i) => refs[i]));
    expect(new Set(recents.map((r) => r.ref)).size).toBe(10);

    await again['library.trash']({ ref: refs[3] });
    expect((await again['recent.list']({}))[0]).toMatchObject({ ref: refs[3], exists: false });
  });

  it('starts with defaults when settings.json is damaged, keeping the damaged file aside', async () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'settings.json'), '{ nope');
    const svc = services();
    expect(await svc['settings.get']({})).toEqual({ locale: null });
    await svc['settings.update']({ locale: 'en' });
    expect(readdirSync(dataDir).some((n) => n.startsWith('settings.json.damaged-'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ locale: 'en', recents: [] });
  });
});

describe('app and host helpers', () => {
  it('reports app info', async () => {
    expect(await services({ host: 'electron' })['app.info']({})).toEqual({ host: 'electron', version: '0.0.0-test', libraryDir });
  });

  it('answers null to the native dialogs (Electron overrides them)', async () => {
    const svc = services();
    expect(await svc['dialog.open']({})).toBeNull();
    expect(await svc['dialog.saveCopy']({ suggestedName: 'x.touchstone', text: 'x' })).toBeNull();
  });

  it('saves a copy anywhere except inside the app folder', async () => {
    const appDir = join(root, 'app');
    mkdirSync(join(appDir, 'resources'), { recursive: true });
    symlinkSync(appDir, join(root, 'link-to-app'));
    const svc = services({ appDir });
    const text = sampleText();
    const out = join(root, 'exports', 'copy.touchstone');
    mkdirSync(join(root, 'exports'));
    expect(await svc.saveCopyTo(out, text)).toEqual({ path: out });
    expect(readFileSync(out, 'utf8')).toBe(text);
    for (const p of [join(appDir, 'x.touchstone'), join(appDir, 'resources', 'x.touchstone'), join(root, 'link-to-app', 'x.touchstone'), `${appDir}/../app/y.touchstone`]) {
      await expect(svc.saveCopyTo(p, text), p).rejects.toThrow('application folder');
    }
    expect(readdirSync(appDir)).toEqual(['resources']);
  });

  it('imports from a path', async () => {
    const svc = services();
    const p = join(root, 'incoming.touchstone');
    writeFileSync(p, sampleText('inc'));
    const r = expectOk(await svc.importPath(p));
    expect(r.ref).toBe(join(libraryDir, 'inc.touchstone'));
    expect((await svc.importPath(join(root, 'missing.touchstone'))).ok).toBe(false);
  });
});
