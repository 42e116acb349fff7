/** The Electron menu's actions reach screens as a window event carrying the `MenuAction`. */
export const MENU_EVENT = 'touchstone-menu';
