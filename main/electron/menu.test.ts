import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { MENU_ACTIONS, type RecentEntry } from '../../shared/api/contract';
import { createTranslator } from '../../shared/i18n';
import { buildMenuTemplate, type MenuDeps } from './menu';

type Item = MenuItemConstructorOptions;
const sub = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(sub(i))]);
const click = (item: Item) => (item.click as unknown as () => void)();

const recent: RecentEntry[] = [
  { ref: '/home/u/a.touchstone', name: 'Kickoff', openedAt: '2026-01-01T00:00:00Z', exists: true },
  { ref: '/home/u/gone.touchstone', name: null, openedAt: '2026-01-01T00:00:00Z', exists: false },
];

function build(over: Partial<MenuDeps> = {}) {
  const send = vi.fn();
  const openRecent = vi.fn();
  const template = buildMenuTemplate({
    t: createTranslator('en'),
    locale: 'en',
    platform: 'linux',
    isPackaged: false,
    recent,
    send,
    openRecent,
    ...over,
  });
  return { template, send, openRecent, items: flat(template) };
}

describe('buildMenuTemplate', () => {
  it('has File, Edit and View with the expected entries', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
    expect(sub(template[0]).map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'New Workshop',
      'Open…',
      'Open Recent',
      'Import…',
      'separator',
      'Save As…',
      'Export a Copy…',
      'separator',
      'Quit',
    ]);
    expect(sub(template[1]).map((i) => i.role ?? i.label ?? i.type)).toEqual([
      'Undo',
      'Redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('sends every menu action to the renderer, and nothing else', () => {
    const { items, send } = build();
    for (const item of items) if (item.click && !item.sublabel) click(item);
    expect(send.mock.calls.map((c) => c[0]).sort()).toEqual([...MENU_ACTIONS].sort());
  });

  it('lists recent workshops, disabling missing ones', () => {
    const { template, openRecent } = build();
    const recentMenu = sub(sub(template[0]).find((i) => i.label === 'Open Recent'));
    expect(recentMenu.map((i) => [i.label, i.enabled])).toEqual([
      ['Kickoff', true],
      ['gone.touchstone', false],
    ]);
    click(recentMenu[0]);
    expect(openRecent).toHaveBeenCalledWith('/home/u/a.touchstone');
  });

  it('says when there is nothing recent', () => {
    const recentMenu = sub(sub(build({ recent: [] }).template[0]).find((i) => i.label === 'Open Recent'));
    expect(recentMenu).toEqual([{ label: 'No recent workshops', enabled: false }]);
  });

  it('lets the renderer own the undo/redo keys', () => {
    const { items } = build({ platform: 'win32' });
    const undo = items.find((i) => i.label === 'Undo')!;
    const redo = items.find((i) => i.label === 'Redo')!;
    expect(undo).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(redo).toMatchObject({ accelerator: 'Ctrl+Y', registerAccelerator: false });
  });

  it('zooms the page natively from the View menu and leaves the zoom keys to the canvas', () => {
    const view = sub(build().template[2]);
    expect(view.slice(0, 3)).toMatchObject([
      { role: 'zoomIn', registerAccelerator: false },
      { role: 'zoomOut', registerAccelerator: false },
      { role: 'resetZoom', registerAccelerator: false },
    ]);
  });

  it('marks the current language and names languages in their own script', () => {
    const { items } = build({ locale: 'zh-TW' });
    const radios = items.filter((i) => i.type === 'radio');
    expect(radios.map((i) => [i.label, i.checked])).toEqual([
      ['简体中文', false],
      ['繁體中文', true],
      ['English', false],
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    expect(build({ isPackaged: false }).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(build({ isPackaged: true }).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('is translated', () => {
    const { template } = build({ t: createTranslator('zh-CN'), locale: 'zh-CN' });
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图']);
    expect(flat(template).every((i) => !i.label || !i.label.startsWith('menu.'))).toBe(true);
  });

  it('follows macOS conventions', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0].role).toBe('appMenu');
    expect(template.at(-1)?.role).toBe('windowMenu');
    expect(flat(template).some((i) => i.role === 'quit')).toBe(false);
  });
});
