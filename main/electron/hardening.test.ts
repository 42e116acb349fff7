import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { hardenWebContents } from './hardening';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => {
      openHandler = h;
    },
  });
  const openExternal = vi.fn();
  hardenWebContents(contents as unknown as WebContents, { openExternal });
  const navigate = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    emitter.emit(event, e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { openWindow: (url: string) => openHandler!({ url }), navigate, openExternal, emitter };
}

describe('hardenWebContents', () => {
  it('denies every new window, opening only web and mail links outside', () => {
    const c = fakeContents();
    expect(c.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(c.openWindow('mailto:a@example.com')).toEqual({ action: 'deny' });
    expect(c.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(c.openWindow('app://touchstone/index.html')).toEqual({ action: 'deny' });
    expect(c.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(c.openExternal.mock.calls).toEqual([['https://example.com/'], ['mailto:a@example.com']]);
  });

  it('blocks navigation away from our pages', () => {
    const c = fakeContents();
    expect(c.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.navigate('will-navigate', 'app://touchstone.evil/')).toBe(true);
    expect(c.navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(c.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(c.navigate('will-navigate', 'app://touchstone/index.html')).toBe(false);
    // A clicked web link opens in the browser, once; redirects and frames never open anything.
    expect(c.openExternal.mock.calls).toEqual([['https://evil.example/']]);
  });

  it('refuses <webview>', () => {
    const c = fakeContents();
    const e = { preventDefault: vi.fn() };
    c.emitter.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });
});
