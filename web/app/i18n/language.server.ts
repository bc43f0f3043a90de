import { createCookie, redirect } from '@remix-run/node';
import { languageOfPath, pathInLanguage, pathWithoutLanguage } from './language-path';
import { defaultLanguage, isLanguage, languageQueryParam, type Language } from './languages';
import { createTranslator, type Translate } from './translate';

const languageCookie = createCookie('tiru_lng', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** The language the address names (`/en/...`), else the one the visitor chose last (cookie), else Indonesian. */
export async function languageOf(request: Request): Promise<Language> {
  const named = languageOfPath(new URL(request.url).pathname);
  if (named) return named;
  const stored: unknown = await languageCookie.parse(request.headers.get('Cookie'));
  return isLanguage(stored) ? stored : defaultLanguage;
}

/**
 * A `?lng=` link (which works without JavaScript) stores the choice in a cookie and redirects to the same page
 * at that language's address (`/en/...` for English), without the parameter, so shared links stay clean.
 * Returns null when the request asks for no switch. Under a prefix (`/en/...?lng=...`) the page stays at its
 * prefixed address: Remix puts the prefix it serves before every redirect, and the address names the language.
 */
export async function languageSwitchRedirect(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const requested = url.searchParams.get(languageQueryParam);
  if (requested === null) return null;
  url.searchParams.delete(languageQueryParam);
  const bare = pathWithoutLanguage(url.pathname);
  if (!isLanguage(requested)) return redirect(bare + url.search);
  const target = languageOfPath(url.pathname) ? bare : pathInLanguage(bare, requested);
  return redirect(target + url.search, { headers: { 'Set-Cookie': await languageCookie.serialize(requested) } });
}

/** Actions translate their validation messages into the language the visitor reads the form in. */
export async function translatorOf(request: Request): Promise<Translate> {
  return createTranslator(await languageOf(request));
}
