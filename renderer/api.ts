import {
  CHANNELS,
  TOKEN_HEADER,
  type Api,
  type Bridge,
  type MenuAction,
  type WireResponse,
} from '../shared/api/contract';

declare global {
  interface Window {
    /** Present in Electron (exposed by the preload); absent in the browser host. */
    touchstone?: Bridge;
  }
}

const TOKEN_KEY = 'touchstone.token';

/** The browser host prints a URL with `?token=`; keep it for reloads within this tab. */
function hostToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpBridge(): Bridge {
  const token = hostToken();
  const api = {} as Record<string, (args: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    api[channel] = async (args: unknown) => {
      let response: Response;
      try {
        response = await fetch(`./api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(args ?? {}),
        });
      } catch {
        throw new Error('The Touchstone host is not reachable. Is `npm start` still running?');
      }
      let body: WireResponse;
      try {
        body = (await response.json()) as WireResponse;
      } catch {
        throw new Error(`The Touchstone host answered ${response.status} without a readable body.`);
      }
      if (!body.ok) throw new Error(body.error);
      return body.result;
    };
  }
  // No application menu and no launch files in the browser.
  return { api: api as unknown as Api, onMenuAction: () => () => undefined, onOpenRequest: () => () => undefined };
}

export const bridge: Bridge = window.touchstone ?? httpBridge();
export const api: Api = bridge.api;
export const isElectron = window.touchstone !== undefined;
export type { MenuAction };
