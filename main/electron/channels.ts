/**
 * Main → renderer event channels. No imports: the sandboxed preload bundles this file.
 * (Renderer → main calls use the contract's channel names with `ipcRenderer.invoke`.)
 */
export const MENU_ACTION_CHANNEL = 'menu-action';
/** A document the main side opened for the renderer (file argument, second launch, Open Recent). */
export const OPEN_REF_CHANNEL = 'open-ref';
