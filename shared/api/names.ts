/**
 * The API's channel names and the menu's actions, with no imports: the sandboxed preload bundles
 * this file and must not pull in zod or the schemas. contract.ts checks that its channels are
 * exactly these.
 */
export const CHANNEL_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'library.list',
  'library.templates',
  'library.create',
  'library.import',
  'library.duplicate',
  'library.rename',
  'library.trash',
  'library.restore',
  'recent.list',
  'doc.open',
  'doc.save',
  'doc.restoreBackup',
  'dialog.open',
  'dialog.saveCopy',
  'dialog.saveAs',
  'app.takeOpenRequests',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Events the main side sends to the renderer (application menu). */
export const MENU_ACTIONS = [
  'new',
  'open',
  'import',
  'saveAs',
  'export',
  'undo',
  'redo',
  'locale:zh-CN',
  'locale:zh-TW',
  'locale:en',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];
