/**
 * Pure security predicates for the Electron main process (no electron import, so they are tested
 * directly). URLs are always parsed with `new URL`, never compared with `startsWith`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'touchstone';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages we serve ourselves: `app://touchstone/…`, no credentials, no port. */
export function isTrustedSenderUrl(url: string | null | undefined): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    // Chromium lowercases hosts of standard schemes; Node keeps opaque hosts as written.
    u.hostname.toLowerCase() === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The normalised URL when it may be handed to the OS (`shell.openExternal`): http(s) with a host,
 * or mailto. Null for everything else (file:, javascript:, custom schemes, junk).
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  const u = parse(url);
  if (u === null || !EXTERNAL_PROTOCOLS.has(u.protocol)) return null;
  if (u.protocol !== 'mailto:' && (u.hostname === '' || u.username !== '' || u.password !== '')) return null;
  return u.href;
}
