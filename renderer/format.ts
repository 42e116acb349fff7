import { describeParseError } from '../shared/format/describe';
import type { OpenError } from '../shared/api/contract';
import { i18next } from './i18n';

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Plain sentences for an open/import failure, in the current language. */
export function describeOpenError(error: OpenError): string[] {
  const t = i18next.t.bind(i18next) as (key: string, vars?: Record<string, unknown>) => string;
  switch (error.kind) {
    case 'io':
      return [t('fileError.io', { message: error.message })];
    case 'tooLarge':
      return [
        t('fileError.tooLarge', {
          size: (error.sizeBytes / 1048576).toFixed(1),
          limit: Math.round(error.limitBytes / 1048576),
        }),
      ];
    default:
      return describeParseError(error, t);
  }
}
