import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Api, type OpenResult } from '../../shared/api/contract';
import { observeApi, withNativeDialogs, type FileHelpers, type NativeDialogs } from './dialogs';

const fakeApi = () =>
  Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => (c.startsWith('dialog.') ? null : c))])) as unknown as Api;
const opened = { ok: true, ref: '/x/a.touchstone' } as unknown as OpenResult;

function setup(picked: string | null) {
  const dialogs: NativeDialogs = { chooseFileToOpen: vi.fn(async () => picked), chooseSaveLocation: vi.fn(async () => picked) };
  const files: FileHelpers = { openPath: vi.fn(async () => opened), saveCopyTo: vi.fn(async (p: string) => ({ path: p })) };
  const base = fakeApi();
  return { api: withNativeDialogs(base, dialogs, files), base, dialogs, files };
}

describe('withNativeDialogs', () => {
  it('opens the picked file through openPath', async () => {
    const { api, files } = setup('/x/a.touchstone');
    await expect(api['dialog.open']({})).resolves.toBe(opened);
    expect(files.openPath).toHaveBeenCalledWith('/x/a.touchstone');
  });

  it('answers null when a dialog is cancelled', async () => {
    const { api, files } = setup(null);
    await expect(api['dialog.open']({})).resolves.toBeNull();
    await expect(api['dialog.saveCopy']({ suggestedName: 'a.touchstone', text: '{}' })).resolves.toBeNull();
    expect(files.openPath).not.toHaveBeenCalled();
    expect(files.saveCopyTo).not.toHaveBeenCalled();
  });

  it('saves a copy where the user chose', async () => {
    const { api, dialogs, files } = setup('/docs/copy.touchstone');
    await expect(api['dialog.saveCopy']({ suggestedName: 'Kickoff.touchstone', text: '{"a":1}' })).resolves.toEqual({
      path: '/docs/copy.touchstone',
    });
    expect(dialogs.chooseSaveLocation).toHaveBeenCalledWith('Kickoff.touchstone');
    expect(files.saveCopyTo).toHaveBeenCalledWith('/docs/copy.touchstone', '{"a":1}');
  });

  it('Save As writes the copy and opens it in place of the old file', async () => {
    const { api, files } = setup('/docs/new.touchstone');
    await expect(api['dialog.saveAs']({ suggestedName: 'K.touchstone', text: '{"b":2}' })).resolves.toBe(opened);
    expect(files.saveCopyTo).toHaveBeenCalledWith('/docs/new.touchstone', '{"b":2}');
    expect(files.openPath).toHaveBeenCalledWith('/docs/new.touchstone');
    const cancelled = setup(null);
    await expect(cancelled.api['dialog.saveAs']({ suggestedName: 'K.touchstone', text: '{}' })).resolves.toBeNull();
    expect(cancelled.files.saveCopyTo).not.toHaveBeenCalled();
  });

  it('leaves the other channels to the services', async () => {
    const { api, base } = setup(null);
    await expect(api['library.list']({})).resolves.toBe('library.list');
    expect(base['library.list']).toHaveBeenCalled();
  });
});

describe('observeApi', () => {
  it('reports successful calls on the watched channels only', async () => {
    const base = fakeApi();
    vi.mocked(base['doc.save']).mockRejectedValueOnce(new Error('disk full'));
    const after = vi.fn();
    const api = observeApi(base, new Set(['doc.open', 'doc.save']), after);
    await api['doc.open']({ ref: 'r' });
    await api['library.list']({});
    await expect(api['doc.save']({ ref: 'r', text: 't', baseRevision: '' })).rejects.toThrow('disk full');
    expect(after.mock.calls).toEqual([['doc.open']]);
  });

  it('never fails a call because the observer threw', async () => {
    const api = observeApi(fakeApi(), new Set(['doc.open']), () => {
      throw new Error('menu broke');
    });
    await expect(api['doc.open']({ ref: 'r' })).resolves.toBe('doc.open');
  });
});
