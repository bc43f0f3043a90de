export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The Intl locale used to format numbers and dates for each interface language. */
export const intlLocales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** `?lng=en` on any address switches the interface language (see language.server.ts). */
export const languageQueryParam = 'lng';
