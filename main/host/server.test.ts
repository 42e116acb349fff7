import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, TOKEN_HEADER, type Api } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from './headers';
import { createHostServer, newToken, runningLine, type HostServer } from './server';

const TOKEN = newToken();
const MAX_BODY = 4096;

function fakeApi(): Api {
  const api = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async (args: unknown) => ({ channel: c, args }))]));
  return api as unknown as Api;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    // The server may answer (413) and hang up while we are still writing; the answer is what counts.
    req.on('error', reject);
    if (opts.chunks) {
      for (const c of opts.chunks) req.write(c);
      req.end();
    } else {
      req.end(opts.body);
    }
  });
}

const api = (port: number, channel: string, body: unknown, headers: Record<string, string> = {}) =>
  request(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

let dir: string;
let staticDir: string;
let host: HostServer;
let port: number;
let services: Api;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-host-'));
  staticDir = path.join(dir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Touchstone</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(staticDir, '.hidden'), 'hidden');
  writeFileSync(path.join(dir, 'secret.txt'), 'TOP SECRET');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
  services = fakeApi();
  host = createHostServer({ api: services, staticDir, token: TOKEN, maxBodyBytes: MAX_BODY, port: 0, logError: () => {} });
  port = await host.listen();
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('createHostServer', () => {
  it('listens on 127.0.0.1 and builds the printed line', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1', port });
    expect(TOKEN).toMatch(/^[0-9a-f]{64}$/);
    expect(host.url).toBe(`http://127.0.0.1:${port}/?token=${TOKEN}`);
    expect(runningLine(host.url)).toMatch(/^Touchstone is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  describe('API', () => {
    it('answers a good call with the service result', async () => {
      const r = await api(port, 'doc.open', { ref: '/tmp/a.touchstone' });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(r.body)).toEqual({ ok: true, result: { channel: 'doc.open', args: { ref: '/tmp/a.touchstone' } } });
      expect(services['doc.open']).toHaveBeenCalledWith({ ref: '/tmp/a.touchstone' });
    });

    it('treats an empty body as no arguments', async () => {
      const r = await api(port, 'app.info', undefined);
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body)).toEqual({ ok: true, result: { channel: 'app.info', args: {} } });
    });

    it('accepts a same-origin Origin and a localhost Host', async () => {
      const r = await api(port, 'app.info', {}, { origin: `http://localhost:${port}`, host: `localhost:${port}` });
      expect(r.status).toBe(200);
    });

    it('refuses a missing token with 401', async () => {
      const r = await request(port, { method: 'POST', path: '/api/app.info', body: '{}' });
      expect(r.status).toBe(401);
      expect(r.headers['content-type']).toMatch(/^text\/plain/);
      expect(r.body).toMatch(/token/);
    });

    it('refuses a wrong token with 401', async () => {
      const r = await api(port, 'app.info', {}, { [TOKEN_HEADER]: 'a'.repeat(64) });
      expect(r.status).toBe(401);
    });

    it('does not take the token from the query or the cookie for API calls', async () => {
      const q = await request(port, { method: 'POST', path: `/api/app.info?token=${TOKEN}`, body: '{}' });
      expect(q.status).toBe(401);
      const c = await request(port, { method: 'POST', path: '/api/app.info', headers: { cookie: `touchstone_token_${port}=${TOKEN}` }, body: '{}' });
      expect(c.status).toBe(401);
    });

    it('refuses a foreign Origin with 403', async () => {
      const r = await api(port, 'app.info', {}, { origin: 'http://evil.example' });
      expect(r.status).toBe(403);
      const other = await api(port, 'app.info', {}, { origin: `http://127.0.0.1:${port + 1}` });
      expect(other.status).toBe(403);
      const nul = await api(port, 'app.info', {}, { origin: 'null' });
      expect(nul.status).toBe(403);
    });

    it('refuses a foreign Host with 403 (DNS rebinding)', async () => {
      for (const h of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
        const r = await api(port, 'app.info', {}, { host: h });
        expect(r.status, h).toBe(403);
      }
    });

    it('refuses a body over the limit with 413 (announced length)', async () => {
      const r = await api(port, 'library.import', { fileName: 'a.touchstone', text: 'x'.repeat(MAX_BODY) });
      expect(r.status).toBe(413);
      expect(services['library.import']).not.toHaveBeenCalled();
    });

    it('refuses a body over the limit with 413 while streaming (no length)', async () => {
      const r = await request(port, {
        method: 'POST',
        path: '/api/library.import',
        headers: { [TOKEN_HEADER]: TOKEN, 'transfer-encoding': 'chunked' },
        chunks: [Buffer.from('{"fileName":"a","text":"'), Buffer.alloc(MAX_BODY, 'x'), Buffer.from('"}')],
      });
      expect(r.status).toBe(413);
      expect(services['library.import']).not.toHaveBeenCalled();
    });

    it('refuses bad arguments with 400', async () => {
      for (const body of [{ ref: '' }, { ref: 5 }, { ref: 'a', extra: 1 }, []]) {
        const r = await api(port, 'doc.open', body);
        expect(r.status, JSON.stringify(body)).toBe(400);
        const wire = JSON.parse(r.body) as { ok: boolean; error: string };
        expect(wire.ok).toBe(false);
        expect(wire.error).toMatch(/bad arguments for doc\.open/);
      }
      const notJson = await request(port, { method: 'POST', path: '/api/doc.open', headers: { [TOKEN_HEADER]: TOKEN }, body: '{nope' });
      expect(notJson.status).toBe(400);
      const badUtf8 = await request(port, { method: 'POST', path: '/api/doc.open', headers: { [TOKEN_HEADER]: TOKEN }, body: Buffer.from([0x7b, 0xff, 0x7d]) });
      expect(badUtf8.status).toBe(400);
    });

    it('drops prototype keys from the arguments', async () => {
      const r = await request(port, {
        method: 'POST',
        path: '/api/settings.update',
        headers: { [TOKEN_HEADER]: TOKEN },
        body: '{"locale":"en","__proto__":{"polluted":true}}',
      });
      expect(r.status).toBe(200);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('answers an unknown channel with 404', async () => {
      for (const c of ['nope', 'toString', '__proto__', 'constructor', '']) {
        const r = await api(port, c, {});
        expect(r.status, c).toBe(404);
        expect(JSON.parse(r.body)).toMatchObject({ ok: false });
      }
    });

    it('answers other methods with 405', async () => {
      const r = await request(port, { method: 'GET', path: '/api/app.info', headers: { [TOKEN_HEADER]: TOKEN } });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('POST');
      const put = await request(port, { method: 'PUT', path: '/', headers: { cookie: `touchstone_token_${port}=${TOKEN}` } });
      expect(put.status).toBe(405);
    });

    it('answers a failing service with 500 and its message, no stack', async () => {
      vi.mocked(services['library.list']).mockRejectedValueOnce(new Error('disk on fire'));
      const r = await api(port, 'library.list', {});
      expect(r.status).toBe(500);
      expect(JSON.parse(r.body)).toEqual({ ok: false, error: 'disk on fire' });
    });
  });

  describe('static files', () => {
    it('refuses the page without a token (401) or with a wrong one (401)', async () => {
      const none = await request(port, { path: '/' });
      expect(none.status).toBe(401);
      expect(none.headers['content-type']).toMatch(/^text\/plain/);
      const wrong = await request(port, { path: '/?token=nope' });
      expect(wrong.status).toBe(401);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      const wrongCookie = await request(port, { path: '/assets/app.js', headers: { cookie: `touchstone_token_${port}=nope` } });
      expect(wrongCookie.status).toBe(401);
    });

    it('serves the page for ?token= and sets an HttpOnly SameSite=Strict cookie that unlocks the assets', async () => {
      const page = await request(port, { path: `/?token=${TOKEN}` });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<title>Touchstone</title>');
      const cookie = page.headers['set-cookie']?.[0] ?? '';
      expect(cookie).toMatch(new RegExp(`^touchstone_token_${port}=${TOKEN};`));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\//);

      const jar = cookie.split(';')[0];
      const js = await request(port, { path: '/assets/app.js', headers: { cookie: `other=1; ${jar}` } });
      expect(js.status).toBe(200);
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(js.body).toBe('console.log("app")');
      const css = await request(port, { path: '/assets/app.css', headers: { cookie: jar } });
      expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
      const index = await request(port, { path: '/index.html', headers: { cookie: jar } });
      expect(index.status).toBe(200);
      const head = await request(port, { method: 'HEAD', path: '/index.html', headers: { cookie: jar } });
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
    });

    it('sends the security headers on pages, API answers and errors', async () => {
      const replies = [
        await request(port, { path: `/?token=${TOKEN}` }),
        await api(port, 'app.info', {}),
        await request(port, { path: '/' }),
        await api(port, 'app.info', {}, { host: 'evil.example' }),
      ];
      for (const r of replies) {
        expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
        expect(r.headers['x-content-type-options']).toBe('nosniff');
        expect(r.headers['referrer-policy']).toBe('no-referrer');
        expect(r.headers['cache-control']).toBe('no-store');
      }
      expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
      expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    });

    it('refuses foreign Host and Origin on pages too', async () => {
      expect((await request(port, { path: `/?token=${TOKEN}`, headers: { host: `evil.example:${port}` } })).status).toBe(403);
      expect((await request(port, { path: `/?token=${TOKEN}`, headers: { origin: 'http://evil.example' } })).status).toBe(403);
    });

    it('refuses path traversal, hidden files and links out of the folder', async () => {
      const jar = `touchstone_token_${port}=${TOKEN}`;
      for (const p of [
        '/../secret.txt',
        '/assets/../../secret.txt',
        '/..%2fsecret.txt',
        '/%2e%2e/secret.txt',
        '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
        '/..\\secret.txt',
        '/%5c..%5csecret.txt',
        '/assets/link.txt',
        '/.hidden',
        '//etc/passwd',
        '/%00index.html',
        '/%E0%A4%A',
        `/${'../'.repeat(10)}etc/passwd`,
      ]) {
        const r = await request(port, { path: p, headers: { cookie: jar } });
        expect(r.status, p).toBeGreaterThanOrEqual(400);
        expect(r.body, p).not.toContain('TOP SECRET');
        expect(r.body, p).not.toContain('root:');
      }
      expect((await request(port, { path: '/missing.js', headers: { cookie: jar } })).status).toBe(404);
    });

    it('answers a missing favicon with 204, not a console-visible 404', async () => {
      const jar = `touchstone_token_${port}=${TOKEN}`;
      expect((await request(port, { path: '/favicon.ico', headers: { cookie: jar } })).status).toBe(204);
      expect((await request(port, { path: '/favicon.ico' })).status).toBe(401);
    });
  });

  it('falls back to a free port when the preferred one is taken, and fails without the fallback', async () => {
    const taken = createHostServer({ api: fakeApi(), staticDir, token: TOKEN, port, fallbackToFreePort: true });
    const other = await taken.listen();
    expect(other).not.toBe(port);
    expect(other).toBeGreaterThan(0);
    await taken.close();
    const strict = createHostServer({ api: fakeApi(), staticDir, token: TOKEN, port });
    await expect(strict.listen()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await strict.close();
  });
});
