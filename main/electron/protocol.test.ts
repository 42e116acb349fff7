import os from 'node:os';
import path from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../host/headers';
import { createAppProtocolHandler } from './protocol';

let dir: string;
let handler: (r: Request) => Promise<Response>;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'touchstone-proto-'));
  mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>T</title>');
  writeFileSync(path.join(dir, 'renderer', 'assets', 'index-abc.js'), 'export {}');
  writeFileSync(path.join(dir, 'secret.txt'), 'TOP SECRET');
  handler = createAppProtocolHandler(path.join(dir, 'renderer'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// protocol handler', () => {
  it('serves the renderer with the CSP and a correct type', async () => {
    const page = await handler(new Request('app://touchstone/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>T</title>');
    const root = await handler(new Request('app://touchstone/'));
    expect(root.status).toBe(200);
    const js = await handler(new Request('app://touchstone/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://touchstone/../secret.txt',
    'app://touchstone/%2e%2e/secret.txt',
    'app://touchstone/assets/..%2f..%2fsecret.txt',
    'app://touchstone/..%5csecret.txt',
    'app://touchstone.evil/index.html',
    'app://other/index.html',
    'app://touchstone:99/index.html',
    'app://touchstone/missing.js',
  ])('refuses %s', async (url) => {
    const r = await handler(new Request(url));
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain('SECRET');
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses other methods', async () => {
    const r = await handler(new Request('app://touchstone/index.html', { method: 'POST', body: 'x' }));
    expect(r.status).toBe(405);
  });
});
