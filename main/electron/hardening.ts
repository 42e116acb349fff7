import type { WebContents } from 'electron';
import { isTrustedSenderUrl, safeExternalUrl } from './security';

export interface HardeningDeps {
  /** `shell.openExternal`; only ever called with a URL `safeExternalUrl` accepted. */
  openExternal(url: string): void;
}

/**
 * Applied to every web contents (`app.on('web-contents-created')`): no new windows, no navigation
 * away from our pages, no <webview>. Links to http(s)/mailto open in the user's browser instead.
 */
export function hardenWebContents(contents: WebContents, deps: HardeningDeps): void {
  const openOutside = (url: string) => {
    const safe = safeExternalUrl(url);
    if (safe !== null) deps.openExternal(safe);
  };

  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (isTrustedSenderUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  // Frames too (will-navigate only covers the main frame); nothing is opened outside from here.
  contents.on('will-frame-navigate', (event) => {
    if (!isTrustedSenderUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedSenderUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
