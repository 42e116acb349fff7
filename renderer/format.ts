import { describeOpenError as describeOpenErrorIn, type Translate } from '../shared/format/describe';
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
  return describeOpenErrorIn(error, i18next.t.bind(i18next) as Translate);
}
