import { describe, expect, it } from 'vitest';
import { createTranslator, matchLocale, resources } from '.';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('i18n resources', () => {
  const en = leaves(resources.en);
  it.each(['zh-CN', 'zh-TW'] as const)('%s has every English key, no empty text, the same placeholders', (locale) => {
    const other = leaves(resources[locale]);
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of other) {
      expect(text.trim(), key).not.toBe('');
      expect(vars(text), key).toEqual(vars(en.get(key)!));
    }
  });

  it('Traditional and Simplified Chinese differ where the scripts differ', () => {
    expect(resources['zh-TW'].status.saved).not.toBe(resources['zh-CN'].status.saved);
  });

  it('maps OS and browser locales', () => {
    expect(matchLocale('zh-CN')).toBe('zh-CN');
    expect(matchLocale('zh-Hans-SG')).toBe('zh-CN');
    expect(matchLocale('zh-TW')).toBe('zh-TW');
    expect(matchLocale('zh-Hant')).toBe('zh-TW');
    expect(matchLocale('zh-HK')).toBe('zh-TW');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('fr')).toBe('en');
    expect(matchLocale(undefined)).toBe('en');
  });

  it('a translator interpolates in each language', () => {
    expect(createTranslator('zh-TW')('status.error', { message: 'x' })).toBe('未儲存：x');
  });
});
