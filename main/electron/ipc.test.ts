import { describe, expect, it, vi } from 'vitest';

// Real Electron cannot load here; nothing in these modules may need it.
vi.mock('electron', () => ({ ipcMain: { handle: vi.fn(), removeHandler: vi.fn() } }));

import { ipcMain } from 'electron';
import { BadArgumentsError, CHANNELS, type Api } from '../../shared/api/contract';
import { createIpcHandlers, registerIpcHandlers, UntrustedSenderError } from './ipc';
import { isTrustedSenderUrl } from './security';

function fakeApi(): Api {
  return Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async (args: unknown) => ({ channel: c, args }))])) as unknown as Api;
}
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } });
const TRUSTED = 'app://touchstone/index.html';

describe('createIpcHandlers', () => {
  it('has one handler per contract channel', () => {
    const handlers = createIpcHandlers({ api: fakeApi(), isTrustedSender: isTrustedSenderUrl });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('passes good calls from our page to the service with the parsed arguments', async () => {
    const api = fakeApi();
    const handlers = createIpcHandlers({ api, isTrustedSender: isTrustedSenderUrl });
    await expect(handlers['doc.open'](from(TRUSTED), { ref: '/lib/a.touchstone' })).resolves.toEqual({
      channel: 'doc.open',
      args: { ref: '/lib/a.touchstone' },
    });
    await expect(handlers['library.create'](from(TRUSTED), { name: '  Kickoff  ' })).resolves.toEqual({
      channel: 'library.create',
      args: { name: 'Kickoff' },
    });
    await expect(handlers['app.info'](from(TRUSTED), undefined)).resolves.toEqual({ channel: 'app.info', args: {} });
  });

  it.each(['https://evil.example', 'file:///other/path', 'app://touchstone.evil', 'app://touchstone.evil/index.html', 'about:blank'])(
    'refuses a caller framed at %s before any service runs',
    async (url) => {
      const api = fakeApi();
      const handlers = createIpcHandlers({ api, isTrustedSender: isTrustedSenderUrl });
      for (const channel of CHANNELS) {
        await expect(handlers[channel](from(url), {})).rejects.toBeInstanceOf(UntrustedSenderError);
        expect(api[channel]).not.toHaveBeenCalled();
      }
    },
  );

  it('refuses a caller whose frame is gone', async () => {
    const api = fakeApi();
    const handlers = createIpcHandlers({ api, isTrustedSender: isTrustedSenderUrl });
    await expect(handlers['settings.get'](from(null), {})).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(handlers['settings.get']({} as never, {})).rejects.toBeInstanceOf(UntrustedSenderError);
  });

  it('refuses bad arguments without calling the service', async () => {
    const api = fakeApi();
    const handlers = createIpcHandlers({ api, isTrustedSender: isTrustedSenderUrl });
    const bad: [keyof Api, unknown][] = [
      ['doc.open', { ref: '' }],
      ['doc.open', { ref: 42 }],
      ['doc.open', 'a.touchstone'],
      ['settings.update', { locale: 'fr' }],
      ['library.restore', { trashId: '../../etc' }],
      ['doc.save', { ref: 'a', text: 'x', baseRevision: 'r', extra: true }],
      ['app.info', { sneaky: 1 }],
    ];
    for (const [channel, args] of bad) {
      await expect(handlers[channel](from(TRUSTED), args), channel).rejects.toBeInstanceOf(BadArgumentsError);
      expect(api[channel]).not.toHaveBeenCalled();
    }
  });

  it('asks the sender check with the frame url', async () => {
    const isTrustedSender = vi.fn(() => true);
    const handlers = createIpcHandlers({ api: fakeApi(), isTrustedSender });
    await handlers['recent.list'](from('app://touchstone/x'), {});
    expect(isTrustedSender).toHaveBeenCalledWith('app://touchstone/x');
  });
});

describe('registerIpcHandlers', () => {
  it('registers every channel with ipcMain.handle and passes only the first argument on', async () => {
    const api = fakeApi();
    const unregister = registerIpcHandlers(ipcMain, createIpcHandlers({ api, isTrustedSender: isTrustedSenderUrl }));
    const handle = vi.mocked(ipcMain.handle);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([...CHANNELS].sort());
    const listener = handle.mock.calls.find((c) => c[0] === 'doc.open')![1] as (...a: unknown[]) => Promise<unknown>;
    await expect(listener(from(TRUSTED), { ref: 'r' }, 'extra')).resolves.toEqual({ channel: 'doc.open', args: { ref: 'r' } });
    unregister();
    expect(vi.mocked(ipcMain.removeHandler).mock.calls.map((c) => c[0]).sort()).toEqual([...CHANNELS].sort());
  });
});
