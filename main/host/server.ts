import http from 'node:http';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { BadArgumentsError, dispatch, isChannel, TOKEN_HEADER, type Api, type WireResponse } from '../../shared/api/contract';
import { safeJsonParse } from '../../shared/format/file';
import { SECURITY_HEADERS } from './headers';
import { readStaticFile } from './static';

/** Bigger than the largest document the contract accepts (64 M characters) plus JSON overhead. */
export const DEFAULT_MAX_BODY_BYTES = 80 * 1024 * 1024;
export const LOOPBACK = '127.0.0.1';

export interface HostServerOptions {
  api: Api;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** The per-run secret; see `newToken`. */
  token: string;
  maxBodyBytes?: number;
  /** 0 picks a free port. */
  port?: number;
  /** When `port` is taken, listen on a free port instead of failing. */
  fallbackToFreePort?: boolean;
  /** Where unexpected service errors are reported (never to the client with a stack). */
  logError?: (message: string) => void;
}

export interface HostServer {
  readonly server: http.Server;
  /** Starts listening on 127.0.0.1; resolves with the port. */
  listen(): Promise<number>;
  /** The port after `listen`, 0 before. */
  readonly port: number;
  /** `http://127.0.0.1:PORT/?token=TOKEN` after `listen`. */
  readonly url: string;
  close(): Promise<void>;
}

/** The exact line the entry point prints and the e2e tests parse. */
export function runningLine(url: string): string {
  return `Touchstone is running at ${url}`;
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison (hashing first makes the lengths equal). */
function tokenMatches(candidate: string | undefined | null, token: string): boolean {
  if (typeof candidate !== 'string' || candidate === '') return false;
  return timingSafeEqual(digest(candidate), digest(token));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function firstHeader(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

type BodyResult = { kind: 'ok'; body: Buffer } | { kind: 'tooLarge' } | { kind: 'aborted' };

/** Collects the request body, giving up as soon as it passes `limit` (announced or actual size). */
function readBody(req: http.IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(r);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        finish({ kind: 'tooLarge' });
      } else {
        chunks.push(chunk);
      }
    };
    req.on('data', onData);
    req.on('end', () => finish({ kind: 'ok', body: Buffer.concat(chunks, size) }));
    req.on('error', () => finish({ kind: 'aborted' }));
    req.on('close', () => finish({ kind: 'aborted' }));
  });
}

/**
 * The loopback HTTP host: the renderer's files and `POST /api/<channel>`, for the same services the
 * Electron app uses. Every request must name us in `Host` (DNS rebinding), come from us if it has an
 * `Origin`, and carry the run's token (API: header; pages: `?token=` then an HttpOnly cookie).
 */
export function createHostServer(opts: HostServerOptions): HostServer {
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const logError = opts.logError ?? ((m: string) => console.error(m));
  let port = 0;
  const cookieName = () => `touchstone_token_${port}`;

  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | Buffer,
    contentType: string,
    extra: Record<string, string> = {},
    head = false,
  ) => {
    const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(buf.length), ...extra });
    res.end(head ? undefined : buf);
  };
  const text = (res: http.ServerResponse, status: number, message: string, extra: Record<string, string> = {}) =>
    send(res, status, message + '\n', 'text/plain; charset=utf-8', extra);
  const wire = (res: http.ServerResponse, status: number, payload: WireResponse, extra: Record<string, string> = {}) =>
    send(res, status, JSON.stringify(payload), 'application/json; charset=utf-8', extra);

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    if (!tokenMatches(firstHeader(req.headers[TOKEN_HEADER]), opts.token)) {
      return text(res, 401, 'Unauthorized: missing or wrong token', { Connection: 'close' });
    }
    if (req.method !== 'POST') return text(res, 405, 'Method not allowed', { Allow: 'POST' });
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/api/'.length));
    } catch {
      channel = '';
    }
    if (!isChannel(channel)) return wire(res, 404, { ok: false, error: `unknown channel: ${channel.slice(0, 100)}` });

    const body = await readBody(req, maxBodyBytes);
    if (body.kind === 'aborted') return;
    if (body.kind === 'tooLarge') {
      res.once('finish', () => req.destroy());
      return wire(res, 413, { ok: false, error: `request body over ${maxBodyBytes} bytes` }, { Connection: 'close' });
    }
    let args: unknown;
    if (body.body.length > 0) {
      try {
        args = safeJsonParse(new TextDecoder('utf-8', { fatal: true }).decode(body.body));
      } catch {
        return wire(res, 400, { ok: false, error: 'the request body is not JSON' });
      }
    }
    try {
      const result = await dispatch(opts.api, channel, args);
      wire(res, 200, { ok: true, result });
    } catch (e) {
      if (e instanceof BadArgumentsError) return wire(res, 400, { ok: false, error: e.message });
      const message = e instanceof Error ? e.message : String(e);
      logError(`touchstone: ${channel} failed: ${message}`);
      wire(res, 500, { ok: false, error: message });
    }
  }

  async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const queryToken = url.searchParams.get('token');
    const extra: Record<string, string> = {};
    if (queryToken !== null) {
      if (!tokenMatches(queryToken, opts.token)) return text(res, 401, 'Unauthorized: wrong token');
      extra['Set-Cookie'] = `${cookieName()}=${opts.token}; Path=/; HttpOnly; SameSite=Strict`;
    } else if (!tokenMatches(cookieValue(req.headers.cookie, cookieName()), opts.token)) {
      return text(res, 401, 'Unauthorized: open the address printed by Touchstone (it carries the token)');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const file = await readStaticFile(opts.staticDir, url.pathname);
    if (file === null) {
      // Browsers ask for a favicon on their own; "nothing" beats a 404 in the console.
      if (url.pathname === '/favicon.ico') return send(res, 204, '', 'text/plain; charset=utf-8', extra);
      return text(res, 404, 'Not found', extra);
    }
    send(res, 200, file.body, file.contentType, extra, req.method === 'HEAD');
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts().has(host)) return text(res, 403, 'Forbidden: unexpected Host header');
    const origin = firstHeader(req.headers.origin);
    if (origin !== undefined && !allowedOrigins().has(origin.toLowerCase())) return text(res, 403, 'Forbidden: unexpected Origin');
    const rawUrl = req.url ?? '';
    if (!rawUrl.startsWith('/')) return text(res, 400, 'Bad request');
    let url: URL;
    try {
      // Prefixing keeps `//other.host/x` a path rather than a host.
      url = new URL(`http://127.0.0.1${rawUrl}`);
    } catch {
      return text(res, 400, 'Bad request');
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname);
    return handleStatic(req, res, url);
  }

  const server = http.createServer({ requestTimeout: 5 * 60_000 }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      logError(`touchstone: request failed: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) text(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  const tryListen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (e: Error) => {
        server.off('listening', onListening);
        reject(e);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen({ port: p, host: LOOPBACK, exclusive: true });
    });

  return {
    server,
    get port() {
      return port;
    },
    get url() {
      return port ? `http://127.0.0.1:${port}/?token=${opts.token}` : '';
    },
    async listen() {
      const wanted = opts.port ?? 0;
      try {
        port = await tryListen(wanted);
      } catch (e) {
        if (!(opts.fallbackToFreePort && wanted !== 0 && (e as NodeJS.ErrnoException).code === 'EADDRINUSE')) throw e;
        port = await tryListen(0);
      }
      return port;
    },
    close() {
      return new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A fresh per-run secret: 32 random bytes, hex. */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}
