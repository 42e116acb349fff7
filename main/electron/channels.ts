/**
 * Main → renderer event channels. No imports: the sandboxed preload bundles this file.
 * (Renderer → main calls use the contract's channel names with `ipcRenderer.invoke`.)
 */
export const MENU_ACTION_CHANNEL = 'menu-action';
/**
 * A signal that the main side queued documents to open (file argument, second launch, Open Recent);
 * the renderer takes them with the `app.takeOpenRequests` call, so none is lost before it listens.
 */
export const OPEN_REQUEST_CHANNEL = 'open-request';
