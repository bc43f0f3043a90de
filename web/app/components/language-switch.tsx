import { useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n-context';
import { pathInLanguage } from '../i18n/language-path';
import { languageQueryParam, languages, type Language } from '../i18n/languages';

function hrefForLanguage(pathname: string, search: string, language: Language): string {
  const params = new URLSearchParams(search);
  params.set(languageQueryParam, language);
  return `${pathInLanguage(pathname, language)}?${params.toString()}`;
}

/**
 * Plain links to the page at the other language's address (`/en/...`) with `?lng=`, so switching works without
 * JavaScript and the server stores the choice in a cookie. Not `<Link>`: it would keep the current prefix, and
 * another prefix is another Remix basename, so the page loads anew.
 */
export function LanguageSwitch() {
  const { t, language: current } = useI18n();
  const { pathname, search } = useLocation();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul>
        {languages.map((language) => (
          <li key={language}>
            <a
              href={hrefForLanguage(pathname, search, language)}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
            >
              {t(`language.${language}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
