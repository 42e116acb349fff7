import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../shared/api/contract';
import { matchLocale, resources } from '../shared/i18n';

const LOCALE_KEY = 'touchstone.locale';

/** Before settings arrive from the host: the last choice in this browser, else the browser's language. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return stored === 'zh-CN' || stored === 'zh-TW' || stored === 'en' ? stored : matchLocale(navigator.language);
}

void i18next.use(initReactI18next).init({
  lng: initialLocale(),
  fallbackLng: 'en',
  resources: Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, { translation: v }])),
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18next.language;

export function applyLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

export { i18next };
