import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isTrustedSenderUrl, safeExternalUrl } from './security';

describe('isTrustedSenderUrl', () => {
  it('accepts our own pages', () => {
    expect(isTrustedSenderUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSenderUrl('app://touchstone/')).toBe(true);
    expect(isTrustedSenderUrl('app://touchstone/index.html?x=1#/workspace')).toBe(true);
    expect(isTrustedSenderUrl('APP://TOUCHSTONE/index.html')).toBe(true);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/app://touchstone/',
    'http://127.0.0.1:4780/',
    'file:///other/path',
    'file:///app/out/renderer/index.html',
    'app://touchstone.evil/index.html',
    'app://touchstone.evil',
    'app://evil/touchstone',
    'app://touchstone:8080/index.html',
    'app://user@touchstone/index.html',
    'app://touchstone@evil/index.html',
    'apps://touchstone/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'app:touchstone',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('refuses a missing frame url', () => {
    expect(isTrustedSenderUrl(null)).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });
});

describe('safeExternalUrl', () => {
  it('allows http, https and mailto, normalised', () => {
    expect(safeExternalUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeExternalUrl('HTTP://Example.com')).toBe('http://example.com/');
    expect(safeExternalUrl('mailto:team@example.com')).toBe('mailto:team@example.com');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'app://touchstone/index.html',
    'https://user:pw@example.com/',
    'data:text/html,hi',
    '//example.com',
    'example.com',
    '',
    null,
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});
