import { defaultLanguage, type Language, languages } from './languages';

/**
 * Every language but the default one has its own addresses, `/en/...`, so that a shared English link opens in
 * English and search engines see one language per address (hreflang). Indonesian keeps the bare addresses.
 * The web server serves each prefix with Remix's `basename`, so every link inside a page keeps its prefix.
 */
export const languagePathPrefixes: Record<Language, string> = { id: '', en: '/en' };

/** The language an address names by its prefix (`/en`, `/en/programs`), or undefined for a bare address. */
export function languageOfPath(pathname: string): Language | undefined {
  return languages.find((language) => {
    const prefix = languagePathPrefixes[language];
    return prefix !== '' && (pathname === prefix || pathname.startsWith(`${prefix}/`));
  });
}

/** The address without its language prefix: `/en/programs` → `/programs`, `/en` → `/`. */
export function pathWithoutLanguage(pathname: string): string {
  const language = languageOfPath(pathname);
  return language ? pathname.slice(languagePathPrefixes[language].length) || '/' : pathname;
}

/** The same page in `language`: `/programs` → `/en/programs`; `/` → `/en`. */
export function pathInLanguage(pathname: string, language: Language): string {
  const bare = pathWithoutLanguage(pathname);
  const prefix = languagePathPrefixes[language];
  return prefix === '' ? bare : bare === '/' ? prefix : `${prefix}${bare}`;
}

/** The prefixes the web server mounts a Remix handler on, besides the bare one. */
export const prefixedLanguages = languages.filter((language) => language !== defaultLanguage);

/** Where a request points inside the app, language prefix left out (Remix adds it back to every redirect). */
export function pathInAppOf(request: Request): string {
  const { pathname, search } = new URL(request.url);
  return pathWithoutLanguage(pathname) + search;
}
