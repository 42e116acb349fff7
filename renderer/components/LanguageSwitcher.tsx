import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/api/contract';
import { api } from '../api';
import { applyLocale } from '../i18n';

/** Each language is named in itself, so anyone can find their own. */
const AUTONYMS: Record<Locale, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

export async function chooseLocale(locale: Locale): Promise<void> {
  applyLocale(locale);
  try {
    await api['settings.update']({ locale });
  } catch (e) {
    console.warn('could not store the language choice', e);
  }
}

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        aria-label={t('language.label')}
        value={i18n.language}
        onChange={(e) => void chooseLocale(e.target.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {AUTONYMS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
