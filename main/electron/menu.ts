import type { MenuItemConstructorOptions } from 'electron';
import type { Locale, MenuAction, RecentEntry } from '../../shared/api/contract';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** Language names are written in their own language, never translated. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};

export interface MenuDeps {
  t: Translate;
  locale: Locale;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  recent: readonly RecentEntry[];
  send(action: MenuAction): void;
  openRecent(ref: string): void;
}

const MAX_RECENT = 10;

/** Labels come from shared/i18n (`menu.*`); i18next falls back to English for a missing string. */
export function menuLabel(t: Translate, key: string): string {
  return t(key);
}

function baseName(ref: string): string {
  const parts = ref.split(/[\\/]/);
  return parts[parts.length - 1] || ref;
}

/** The application menu as a template (pure; `Menu.buildFromTemplate` happens in the Electron glue). */
export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const L = (key: string) => menuLabel(deps.t, key);
  const action = (key: string, a: MenuAction, accelerator?: string, extra: Partial<MenuItemConstructorOptions> = {}) => ({
    label: L(key),
    accelerator,
    click: () => deps.send(a),
    ...extra,
  });
  const mac = deps.platform === 'darwin';

  const recentItems: MenuItemConstructorOptions[] = deps.recent.slice(0, MAX_RECENT).map((r) => ({
    label: r.name ?? baseName(r.ref),
    sublabel: r.ref,
    toolTip: r.ref,
    enabled: r.exists,
    click: () => deps.openRecent(r.ref),
  }));

  const file: MenuItemConstructorOptions = {
    label: L('menu.file'),
    submenu: [
      action('menu.new', 'new', 'CmdOrCtrl+N'),
      action('menu.open', 'open', 'CmdOrCtrl+O'),
      {
        label: L('menu.openRecent'),
        submenu: recentItems.length ? recentItems : [{ label: L('menu.noRecent'), enabled: false }],
      },
      action('menu.import', 'import', 'CmdOrCtrl+I'),
      { type: 'separator' },
      action('menu.saveAs', 'saveAs', 'CmdOrCtrl+Shift+S'),
      action('menu.export', 'export', 'CmdOrCtrl+E'),
      ...(mac ? [] : ([{ type: 'separator' }, { role: 'quit', label: L('menu.quit') }] as MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: L('menu.edit'),
    submenu: [
      // The renderer owns Ctrl/Cmd+Z (text fields keep their own undo), so the menu shows the
      // shortcut without registering it; a click sends the action.
      action('menu.undo', 'undo', 'CmdOrCtrl+Z', { registerAccelerator: false }),
      action('menu.redo', 'redo', deps.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z', { registerAccelerator: false }),
      { type: 'separator' },
      { role: 'cut', label: L('menu.cut') },
      { role: 'copy', label: L('menu.copy') },
      { role: 'paste', label: L('menu.paste') },
      { role: 'selectAll', label: L('menu.selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: L('menu.view'),
    submenu: [
      // Native page zoom, for the back of the room. The keys stay with the page: on the journey
      // canvas Ctrl/Cmd +, − and 0 zoom the map itself.
      { role: 'zoomIn', label: L('menu.zoomIn'), accelerator: 'CmdOrCtrl+=', registerAccelerator: false },
      { role: 'zoomOut', label: L('menu.zoomOut'), accelerator: 'CmdOrCtrl+-', registerAccelerator: false },
      { role: 'resetZoom', label: L('menu.zoomReset'), accelerator: 'CmdOrCtrl+0', registerAccelerator: false },
      { type: 'separator' },
      {
        label: L('menu.language'),
        submenu: (Object.keys(LOCALE_NAMES) as Locale[]).map((loc) => ({
          label: LOCALE_NAMES[loc],
          type: 'radio' as const,
          checked: loc === deps.locale,
          click: () => deps.send(`locale:${loc}`),
        })),
      },
      ...(deps.isPackaged
        ? []
        : ([{ type: 'separator' }, { label: L('menu.toggleDevTools'), role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
    ],
  };

  return [
    ...(mac ? ([{ role: 'appMenu' }] as MenuItemConstructorOptions[]) : []),
    file,
    edit,
    view,
    ...(mac ? ([{ role: 'windowMenu' }] as MenuItemConstructorOptions[]) : []),
  ];
}
