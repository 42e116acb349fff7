// The Electron glue: lifecycle, the window, the session's security settings, IPC, menu. Kept thin;
// the decisions live in the pure modules beside it (security, ipc, menu, dialogs, protocol,
// hardening, launch-files), which are tested without Electron.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type Session } from 'electron';
import type { Api, Locale, MenuAction, OpenResult, RecentEntry } from '../../shared/api/contract';
import { describeOpenError } from '../../shared/format/describe';
import { createTranslator, matchLocale } from '../../shared/i18n';
import { CONTENT_SECURITY_POLICY } from '../host/headers';
import { MENU_ACTION_CHANNEL, OPEN_REQUEST_CHANNEL } from './channels';
import { observeApi, withNativeDialogs, type FileHelpers } from './dialogs';
import { hardenWebContents } from './hardening';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { documentsFromArgv, readLaunchData, createOpenQueue, type LaunchData } from './launch-files';
import { buildMenuTemplate, menuLabel, type Translate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { APP_ENTRY_URL, APP_SCHEME, isTrustedSenderUrl } from './security';

export interface ElectronHost {
  /** The services for host 'electron' (their dialog.* answer null; native dialogs are added here). */
  api: Api;
  files: FileHelpers;
  /** Flush and stop timers before quitting, when the services have something to stop. */
  close?(): unknown;
}

export interface ElectronAppOptions {
  /** out/preload/preload.cjs */
  preloadPath: string;
  /** out/renderer */
  rendererDir: string;
  createHost(): ElectronHost;
}

/** Channels after which the recent list or the locale (both shown in the menu) may have changed. */
const MENU_DEPENDS_ON = new Set([
  'settings.update',
  'doc.open',
  'doc.restoreBackup',
  'dialog.open',
  'library.create',
  'library.import',
  'library.duplicate',
  'library.rename',
  'library.trash',
  'library.restore',
]);

const DOCUMENT_FILTERS = [
  { name: 'Touchstone', extensions: ['touchstone'] },
  { name: 'JSON', extensions: ['json'] },
];


function secureSession(ses: Session, rendererDir: string): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // The app is offline: nothing leaves the machine from a page, whatever a page tries.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([k]) => k.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

export function runElectronApp(opts: ElectronAppOptions): void {
  // Both must happen before 'ready'.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();

  const skip = process.defaultApp ? 2 : 1; // executable (+ app folder when run as `electron .`)
  const launchFiles = documentsFromArgv(process.argv, process.cwd(), skip);
  if (!app.requestSingleInstanceLock({ files: launchFiles } satisfies LaunchData)) {
    // Another instance runs: it received our files through the lock's additional data.
    app.quit();
    return;
  }

  let mainWindow: BrowserWindow | null = null;
  let host: ElectronHost | null = null;
  let api: Api | null = null;
  let locale: Locale = 'en';
  let t: Translate = createTranslator(locale);

  const sendToRenderer = (channel: string, payload: string) => {
    const win = mainWindow ?? BrowserWindow.getAllWindows()[0];
    if (win && !win.isDestroyed()) win.webContents.send(channel, payload);
  };

  const openRequests: string[] = [];
  const requestOpen = (ref: string) => {
    openRequests.push(ref);
    sendToRenderer(OPEN_REQUEST_CHANNEL, 'queued');
  };

  const openDocument = async (file: string) => {
    if (!host) return;
    let result: OpenResult;
    try {
      result = await host.files.openPath(file);
    } catch (e) {
      dialog.showErrorBox(t('fileError.openFailed', { name: path.basename(file) }), e instanceof Error ? e.message : String(e));
      return;
    }
    const ref = result.ok ? result.ref : result.ref;
    if (ref !== null) {
      // The renderer opens it through doc.open, which also shows a failure with its backups.
      requestOpen(ref);
    } else if (!result.ok) {
      dialog.showErrorBox(t('fileError.openFailed', { name: result.fileName }), describeOpenError(result.error, t).join('\n'));
    }
    scheduleMenuRefresh();
  };
  const openQueue = createOpenQueue((file) => void openDocument(file));

  const focusWindow = () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const files = readLaunchData(additionalData) ?? documentsFromArgv(argv, workingDirectory, 1);
    files.forEach((f) => openQueue.push(f));
    if (!mainWindow && app.isReady()) createWindow();
    focusWindow();
  });
  // macOS: a document opened from Finder or the Dock (may come before 'ready').
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openQueue.push(file);
  });
  launchFiles.forEach((f) => openQueue.push(f));

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal: (url) => void shell.openExternal(url) });
  });

  let menuTimer: NodeJS.Timeout | null = null;
  const scheduleMenuRefresh = () => {
    if (menuTimer) clearTimeout(menuTimer);
    menuTimer = setTimeout(() => void refreshMenu(), 100);
  };
  const refreshMenu = async () => {
    if (!api) return;
    try {
      const settings = await api['settings.get']({});
      locale = settings.locale ?? matchLocale(app.getLocale());
    } catch {
      locale = matchLocale(app.getLocale());
    }
    t = createTranslator(locale);
    let recent: RecentEntry[] = [];
    try {
      recent = await api['recent.list']({});
    } catch {
      // The menu still works without recents.
    }
    const template = buildMenuTemplate({
      t,
      locale,
      platform: process.platform,
      isPackaged: app.isPackaged,
      recent,
      send: (action: MenuAction) => sendToRenderer(MENU_ACTION_CHANNEL, action),
      openRecent: (ref) => {
        requestOpen(ref);
        focusWindow();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const createWindow = () => {
    const win = new BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 800,
      minHeight: 560,
      show: false,
      title: 'Touchstone',
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: opts.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        // Middle-click would try to open a link in a new window (denied anyway); don't start one.
        disableBlinkFeatures: 'Auxclick',
        devTools: !app.isPackaged,
      },
    });
    mainWindow = win;
    win.once('ready-to-show', () => win.show());
    win.webContents.on('did-start-loading', () => openQueue.setReady(false));
    win.webContents.on('did-finish-load', () => openQueue.setReady(true));
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      openQueue.setReady(false);
    });
    void win.loadURL(APP_ENTRY_URL);
    return win;
  };

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => {
    try {
      host?.close?.();
    } catch {
      // Quitting anyway.
    }
  });

  void app.whenReady().then(() => {
    try {
      host = opts.createHost();
    } catch (e) {
      dialog.showErrorBox('Touchstone could not start', e instanceof Error ? e.message : String(e));
      app.exit(1);
      return;
    }
    const dialogs = {
      chooseFileToOpen: async () => {
        const options = { title: menuLabel(t, 'menu.open'), properties: ['openFile' as const], filters: DOCUMENT_FILTERS };
        const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
        const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return r.canceled || !r.filePaths[0] ? null : r.filePaths[0];
      },
      chooseSaveLocation: async (suggestedName: string) => {
        const options = {
          title: menuLabel(t, 'menu.saveAs'),
          defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)),
          filters: DOCUMENT_FILTERS,
        };
        const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
        const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
    };
    const withDialogs = withNativeDialogs(host.api, dialogs, host.files);
    api = observeApi(
      { ...withDialogs, 'app.takeOpenRequests': async () => openRequests.splice(0) },
      MENU_DEPENDS_ON,
      scheduleMenuRefresh,
    );
    registerIpcHandlers(ipcMain, createIpcHandlers({ api, isTrustedSender: isTrustedSenderUrl }));
    secureSession(session.defaultSession, opts.rendererDir);
    void refreshMenu();
    createWindow();
  });
}
