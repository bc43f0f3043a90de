import { Link, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n-context';
import { languageQueryParam, languages, type Language } from '../i18n/languages';

function hrefForLanguage(pathname: string, search: string, language: Language): string {
  const params = new URLSearchParams(search);
  params.set(languageQueryParam, language);
  return `${pathname}?${params.toString()}`;
}

/** Plain links (`?lng=`), so switching works without JavaScript; the server stores the choice in a cookie. */
export function LanguageSwitch() {
  const { t, language: current } = useI18n();
  const { pathname, search } = useLocation();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul>
        {languages.map((language) => (
          <li key={language}>
            <Link
              to={hrefForLanguage(pathname, search, language)}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
            >
              {t(`language.${language}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
