import net from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Api } from '../../shared/api/contract';
import type { PathInput } from '../paths';
import { DEFAULT_PORT, parseHostArgs } from './args';
import { runHost, type RunHostOptions } from './run';

const fakeApi = () => Object.fromEntries(CHANNELS.map((c) => [c, async () => null])) as unknown as Api;

function options(argv: string[], overrides: Partial<RunHostOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const resolvePaths = vi.fn((input: PathInput) => ({ dataDir: `${input.appRoot}/data`, libraryDir: '/lib', templatesDir: '/tpl' }));
  const createApi = vi.fn(() => fakeApi());
  const opts: RunHostOptions = {
    argv,
    env: {},
    platform: 'linux',
    homeDir: '/home/u',
    appRoot: '/app',
    resolvePaths,
    createApi,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    staticDir: '/nonexistent',
    ...overrides,
  };
  return { opts, out, err, resolvePaths, createApi };
}

describe('parseHostArgs', () => {
  it('defaults to the stable port with fallback allowed', () => {
    expect(parseHostArgs([])).toEqual({ ok: true, port: DEFAULT_PORT, explicitPort: false });
    expect(parseHostArgs(['--data-dir', '/x'])).toEqual({ ok: true, port: DEFAULT_PORT, explicitPort: false });
  });
  it('reads --port N and --port=N', () => {
    expect(parseHostArgs(['--port', '0'])).toEqual({ ok: true, port: 0, explicitPort: true });
    expect(parseHostArgs(['--library', 'l', '--port=5000'])).toEqual({ ok: true, port: 5000, explicitPort: true });
  });
  it('refuses a bad port', () => {
    for (const argv of [['--port'], ['--port', 'abc'], ['--port=70000'], ['--port', '-1'], ['--port', '1e3']]) {
      expect(parseHostArgs(argv).ok, argv.join(' ')).toBe(false);
    }
  });
});

describe('runHost', () => {
  it('prints exactly the running line, with the paths and host wired', async () => {
    const { opts, out, err, resolvePaths, createApi } = options(['--port', '0', '--data-dir', '/d']);
    const r = await runHost(opts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    try {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/^Touchstone is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})$/);
      expect(out[0]).toBe(`Touchstone is running at ${r.host.url}`);
      expect(resolvePaths).toHaveBeenCalledWith(expect.objectContaining({ argv: ['--port', '0', '--data-dir', '/d'], appRoot: '/app' }));
      expect(createApi).toHaveBeenCalledWith({ dataDir: '/app/data', libraryDir: '/lib', templatesDir: '/tpl', appDir: '/app' });
      expect(err.join('\n')).toMatch(/not built/);
    } finally {
      await r.host.close();
    }
  });

  it('uses a new token each run', async () => {
    const a = options(['--port', '0']);
    const b = options(['--port', '0']);
    const ra = await runHost(a.opts);
    const rb = await runHost(b.opts);
    if (ra.ok) await ra.host.close();
    if (rb.ok) await rb.host.close();
    expect(a.out[0].split('token=')[1]).not.toBe(b.out[0].split('token=')[1]);
  });

  it('fails with one plain line on a bad --port or a taken explicit port', async () => {
    const bad = options(['--port', 'x']);
    expect(await runHost(bad.opts)).toEqual({ ok: false, exitCode: 2 });
    expect(bad.err).toEqual(['touchstone: --port needs a number from 0 to 65535 (got "x")']);

    const blocker = net.createServer();
    await new Promise<void>((res) => blocker.listen(0, '127.0.0.1', () => res()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const taken = options(['--port', String(port)]);
      expect(await runHost(taken.opts)).toEqual({ ok: false, exitCode: 1 });
      expect(taken.out).toEqual([]);
      expect(taken.err.at(-1)).toMatch(new RegExp(`port ${port} is in use`));
    } finally {
      blocker.close();
    }
  });

  it('reports a service start failure in one line', async () => {
    const broken = options(['--port', '0'], {
      createApi: () => {
        throw new Error('library folder is not writable');
      },
    });
    expect(await runHost(broken.opts)).toEqual({ ok: false, exitCode: 1 });
    expect(broken.err).toEqual(['touchstone: could not start: library folder is not writable']);
  });
});
