import i18next from 'i18next';
import type { Locale } from '../api/contract';
import { en, type Messages } from './en';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export type { Messages };
export const resources: Record<Locale, Messages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** Maps a BCP 47 tag from the OS or browser to a supported locale. */
export function matchLocale(tag: string | undefined | null): Locale {
  const t = (tag ?? '').toLowerCase();
  if (t.startsWith('zh')) {
    return /hant|-tw|-hk|-mo/.test(t) ? 'zh-TW' : 'zh-CN';
  }
  return 'en';
}

/** A standalone translator (the CLI, tests); the renderer uses react-i18next over the same resources. */
export function createTranslator(locale: Locale): (key: string, vars?: Record<string, unknown>) => string {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, { translation: v }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, vars) => instance.t(key, vars ?? {}) as string;
}
