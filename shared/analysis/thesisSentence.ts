import type { Locale } from '../api/contract';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface SentenceParts {
  personaNames: string[];
  goal?: string;
  feeling?: string;
  brandRole?: string;
}

/** Trailing sentence punctuation a facilitator may type into a field; the template adds its own. */
const TRAILING = /[\s。．.!！?？,，;；、]+$/u;

const clean = (s: string | undefined) => (s ?? '').trim().replace(TRAILING, '');

/** Joins names the way the language does: "A, B and C" / "A、B和C". */
export function joinNames(names: readonly string[], locale: Locale): string {
  const list = names.map((n) => n.trim()).filter(Boolean);
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(list);
  } catch {
    return list.join(', ');
  }
}

/**
 * The thesis as one readable sentence in the current language, from its parts; empty parts show a
 * bracketed placeholder so the room sees what is still missing.
 */
export function composeThesisSentence(t: Translate, locale: Locale, parts: SentenceParts): string {
  const personas = joinNames(parts.personaNames, locale);
  return t('thesis.sentence', {
    personas: personas || t('thesis.blank.personas'),
    goal: clean(parts.goal) || t('thesis.blank.goal'),
    brandRole: clean(parts.brandRole) || t('thesis.blank.brandRole'),
    feeling: clean(parts.feeling) || t('thesis.blank.feeling'),
  });
}
