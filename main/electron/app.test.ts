// The Electron glue against a mocked `electron` (no runtime here): the security settings it applies,
// single-instance hand-over, IPC, menu and dialogs wiring.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const m = vi.hoisted(() => {
  const { EventEmitter: EE } = require('node:events') as typeof import('node:events');
  const state = {
    app: null as unknown as InstanceType<typeof EE> & Record<string, unknown>,
    windows: [] as Record<string, unknown>[],
    gotLock: true,
  };
  return { state, EE };
});

vi.mock('electron', () => {
  const { state, EE } = m;
  const app = Object.assign(new EE(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.gotLock),
    quit: vi.fn(),
    exit: vi.fn(),
    isReady: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    getLocale: vi.fn(() => 'zh-CN'),
    getPath: vi.fn(() => '/home/u/Documents'),
  });
  state.app = app as never;
  class BrowserWindow extends EE {
    static getAllWindows = () => state.windows;
    static getFocusedWindow = () => null;
    options: unknown;
    webContents = Object.assign(new EE(), { send: vi.fn() });
    loadURL = vi.fn(async () => undefined);
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    show = vi.fn();
    constructor(options: unknown) {
      super();
      this.options = options;
      state.windows.push(this as never);
    }
  }
  const ses = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    protocol: { handle: vi.fn() },
  };
  return {
    app,
    BrowserWindow,
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: { defaultSession: ses },
    shell: { openExternal: vi.fn() },
  };
});

import * as electron from 'electron';
import { CHANNELS, type Api, type OpenResult } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../host/headers';
import { runElectronApp, type ElectronHost } from './app';

const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeHost(): ElectronHost {
  const api = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => null)])) as unknown as Api;
  vi.mocked(api['settings.get']).mockResolvedValue({ locale: null });
  vi.mocked(api['recent.list']).mockResolvedValue([]);
  return {
    api,
    files: {
      openPath: vi.fn(async (p: string) => ({ ok: true, ref: p }) as unknown as OpenResult),
      saveCopyTo: vi.fn(async (p: string) => ({ path: p })),
    },
  };
}

async function start(argv = ['/opt/touchstone']) {
  const saved = process.argv;
  process.argv = argv;
  const host = fakeHost();
  try {
    runElectronApp({ preloadPath: '/app/out/preload/preload.cjs', rendererDir: '/app/out/renderer', createHost: () => host });
  } finally {
    process.argv = saved;
  }
  await flush();
  return host;
}

beforeEach(() => {
  vi.clearAllMocks();
  m.state.windows.length = 0;
  m.state.gotLock = true;
  m.state.app.removeAllListeners();
});

describe('runElectronApp', () => {
  it('opens one sandboxed, isolated window on app://touchstone with the preload', async () => {
    await start();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
    expect(m.state.windows).toHaveLength(1);
    const win = m.state.windows[0] as { options: { webPreferences: Record<string, unknown> }; loadURL: ReturnType<typeof vi.fn> };
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://touchstone/index.html');
  });

  it('denies every permission, blocks the network and sets the CSP on the session', async () => {
    await start();
    const ses = electron.session.defaultSession as unknown as {
      setPermissionRequestHandler: ReturnType<typeof vi.fn>;
      setPermissionCheckHandler: ReturnType<typeof vi.fn>;
      webRequest: { onBeforeRequest: ReturnType<typeof vi.fn>; onHeadersReceived: ReturnType<typeof vi.fn> };
      protocol: { handle: ReturnType<typeof vi.fn> };
    };
    const request = ses.setPermissionRequestHandler.mock.calls[0][0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      request({}, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = ses.setPermissionCheckHandler.mock.calls[0][0] as () => boolean;
    expect(check()).toBe(false);

    const [filter, block] = ses.webRequest.onBeforeRequest.mock.calls[0] as [{ urls: string[] }, (d: unknown, cb: (r: unknown) => void) => void];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const cb = vi.fn();
    block({ url: 'https://example.com/' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });

    const headers = ses.webRequest.onHeadersReceived.mock.calls[0][0] as (d: unknown, cb: (r: unknown) => void) => void;
    const hcb = vi.fn();
    headers({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, hcb);
    expect(hcb).toHaveBeenCalledWith({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });

    expect(ses.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('registers a validated IPC handler per channel that refuses foreign frames', async () => {
    const host = await start();
    const handle = vi.mocked(electron.ipcMain.handle);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([...CHANNELS].sort());
    const listener = handle.mock.calls.find((c) => c[0] === 'library.list')![1] as (...a: unknown[]) => Promise<unknown>;
    await expect(listener({ senderFrame: { url: 'https://evil.example/' } }, {})).rejects.toThrow(/not a Touchstone page/);
    expect(host.api['library.list']).not.toHaveBeenCalled();
    await listener({ senderFrame: { url: 'app://touchstone/index.html' } }, {});
    expect(host.api['library.list']).toHaveBeenCalled();
  });

  it('answers dialog.open through the native dialog and openPath', async () => {
    const host = await start();
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: ['/docs/a.touchstone'] });
    const listener = vi.mocked(electron.ipcMain.handle).mock.calls.find((c) => c[0] === 'dialog.open')![1] as (
      ...a: unknown[]
    ) => Promise<unknown>;
    await expect(listener({ senderFrame: { url: 'app://touchstone/index.html' } }, {})).resolves.toEqual({ ok: true, ref: '/docs/a.touchstone' });
    expect(host.files.openPath).toHaveBeenCalledWith('/docs/a.touchstone');
    expect(host.api['dialog.open']).not.toHaveBeenCalled();
  });

  it('builds the menu in the OS language when no language was chosen', async () => {
    await start();
    await new Promise((r) => setTimeout(r, 10));
    const template = vi.mocked(electron.Menu.buildFromTemplate).mock.calls.at(-1)![0] as { label?: string }[];
    expect(template.map((t) => t.label)).toEqual(['文件', '编辑', '视图']);
  });

  it('hardens every web contents it sees', async () => {
    await start();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    m.state.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('hands its files to the running instance and quits when it is the second one', async () => {
    m.state.gotLock = false;
    await start(['/opt/touchstone', 'work/a.touchstone']);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledWith({ files: [`${process.cwd()}/work/a.touchstone`] });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(m.state.windows).toHaveLength(0);
  });

  it('opens files from a second launch in the renderer once it has loaded', async () => {
    const host = await start();
    const win = m.state.windows[0] as unknown as { webContents: EventEmitter & { send: ReturnType<typeof vi.fn> }; focus: ReturnType<typeof vi.fn> };
    m.state.app.emit('second-instance', {}, ['/opt/touchstone', 'ignored.touchstone'], '/elsewhere', { files: ['/docs/b.touchstone'] });
    await flush();
    expect(host.files.openPath).not.toHaveBeenCalled();
    win.webContents.emit('did-finish-load');
    await flush();
    expect(host.files.openPath).toHaveBeenCalledWith('/docs/b.touchstone');
    expect(win.webContents.send).toHaveBeenCalledWith('open-request', 'queued');
    const handler = vi.mocked(electron.ipcMain.handle).mock.calls.find(([c]) => c === 'app.takeOpenRequests')![1];
    const trustedEvent = { senderFrame: { url: 'app://touchstone/index.html' } };
    await expect(handler(trustedEvent as never, {})).resolves.toEqual(['/docs/b.touchstone']);
    await expect(handler(trustedEvent as never, {})).resolves.toEqual([]);
    expect(win.focus).toHaveBeenCalled();
  });
});
