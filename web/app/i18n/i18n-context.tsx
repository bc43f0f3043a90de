import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultLanguage, type Language } from './languages';
import { createTranslator, type Translate } from './translate';

interface I18n {
  language: Language;
  t: Translate;
}

const I18nContext = createContext<I18n>({ language: defaultLanguage, t: createTranslator(defaultLanguage) });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: createTranslator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
