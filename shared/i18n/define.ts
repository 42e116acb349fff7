/** The same shape with every text widened to `string`: what a translation must provide. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/**
 * Strings of one feature in all three languages side by side (`shared/i18n/features/*.ts`), so a
 * feature's translations live together. English defines the keys; the Chinese ones must match.
 */
export function defineStrings<const T>(strings: { en: T; 'zh-CN': Widen<T>; 'zh-TW': Widen<T> }) {
  return strings;
}
