import { SECURITY_HEADERS } from '../host/headers';
import { readStaticFile } from '../host/static';
import { APP_HOST, APP_SCHEME } from './security';

/** How `protocol.registerSchemesAsPrivileged` must declare `app:` (before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard: a real origin (`app://touchstone`), so CSP 'self' and relative URLs work;
  // secure: a secure context, like https. No fetch/CORS/service-worker privileges are needed.
  privileges: { standard: true, secure: true },
} as const;

function plain(status: number, message: string): Response {
  return new Response(message + '\n', {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Serves the built renderer for `app://touchstone/…` from `rendererDir` with the CSP and security
 * headers. Any other host, method or a path outside the folder gets an error, never a file.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '' || url.username !== '') {
      return plain(404, 'Not found');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = await readStaticFile(rendererDir, url.pathname);
    if (file === null) return plain(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  };
}
