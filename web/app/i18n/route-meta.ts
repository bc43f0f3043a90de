import { type MetaDescriptor } from '@remix-run/node';
import { defaultLanguage, isLanguage } from './languages';
import { createTranslator, type Translate } from './translate';

interface MatchWithData {
  id: string;
  data: unknown;
}

/** Route `meta` functions run outside React; they find the active language in the root loader's data. */
export function translatorForMeta(matches: readonly MatchWithData[]): Translate {
  const rootData = matches.find((match) => match.id === 'root')?.data;
  const language =
    rootData && typeof rootData === 'object' && 'language' in rootData && isLanguage(rootData.language)
      ? rootData.language
      : defaultLanguage;
  return createTranslator(language);
}

/** Title and description for a page; `pageTitle` is the page's own name, shown before the site's. */
export function pageMeta(t: Translate, pageTitle?: string): MetaDescriptor[] {
  return [
    { title: pageTitle ? t('meta.titleWithPage', { page: pageTitle }) : t('meta.title') },
    { name: 'description', content: t('meta.description') },
  ];
}
