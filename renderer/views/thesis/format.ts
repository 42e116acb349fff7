import { useTranslation } from 'react-i18next';

/** Dates and numbers in the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    locale,
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    date: (isoDate: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
    number: (n: number | undefined) => (n === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)),
  };
}

/** Today as YYYY-MM-DD in local time, for a new decision. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
