import { createCookie, redirect } from '@remix-run/node';
import { defaultLanguage, isLanguage, languageQueryParam, type Language } from './languages';
import { createTranslator, type Translate } from './translate';

const languageCookie = createCookie('tiru_lng', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function languageOf(request: Request): Promise<Language> {
  const stored: unknown = await languageCookie.parse(request.headers.get('Cookie'));
  return isLanguage(stored) ? stored : defaultLanguage;
}

/**
 * A `?lng=` link (which works without JavaScript) stores the choice in a cookie and redirects to the same
 * address without the parameter, so shared links stay clean. Returns null when the request asks for no switch.
 */
export async function languageSwitchRedirect(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const requested = url.searchParams.get(languageQueryParam);
  if (requested === null) return null;
  url.searchParams.delete(languageQueryParam);
  const location = url.pathname + url.search + url.hash;
  if (!isLanguage(requested)) return redirect(location);
  return redirect(location, { headers: { 'Set-Cookie': await languageCookie.serialize(requested) } });
}

/** Actions translate their validation messages into the language the visitor reads the form in. */
export async function translatorOf(request: Request): Promise<Translate> {
  return createTranslator(await languageOf(request));
}
