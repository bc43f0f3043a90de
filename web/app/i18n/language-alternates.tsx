import { useLocation } from '@remix-run/react';
import { defaultLanguage, type Language, languages } from './languages';
import { pathInLanguage } from './language-path';

/** `hreflang` alternates of this page in every language (the bare address as `x-default`) and its canonical address. */
export function LanguageAlternates({ origin, language }: { origin: string; language: Language }) {
  const { pathname, search } = useLocation();
  const addressIn = (other: Language) => `${origin}${pathInLanguage(pathname, other)}${search}`;
  return (
    <>
      <link rel="canonical" href={addressIn(language)} />
      {languages.map((other) => (
        <link key={other} rel="alternate" hrefLang={other} href={addressIn(other)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={addressIn(defaultLanguage)} />
    </>
  );
}
