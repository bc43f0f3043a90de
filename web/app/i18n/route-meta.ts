import { type MetaDescriptor } from '@remix-run/node';
import { defaultLanguage, isLanguage, type Language } from './languages';
import { createTranslator, type Translate } from './translate';

interface MatchWithData {
  id: string;
  data: unknown;
}

/** Route `meta` functions run outside React; they find the active language in the root loader's data. */
export function languageForMeta(matches: readonly MatchWithData[]): Language {
  const rootData = matches.find((match) => match.id === 'root')?.data;
  return rootData && typeof rootData === 'object' && 'language' in rootData && isLanguage(rootData.language) ? rootData.language : defaultLanguage;
}

export function translatorForMeta(matches: readonly MatchWithData[]): Translate {
  return createTranslator(languageForMeta(matches));
}

/**
 * Title and description for a page, also as OpenGraph and Twitter card tags so a link shared on WhatsApp or social
 * media shows them; `pageTitle` is the page's own name, shown before the site's.
 */
export function pageMeta(t: Translate, pageTitle?: string, description?: string): MetaDescriptor[] {
  const title = pageTitle ? t('meta.titleWithPage', { page: pageTitle }) : t('meta.title');
  const summary = description ?? t('meta.description');
  return [
    { title },
    { name: 'description', content: summary },
    { property: 'og:site_name', content: t('brand.name') },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: pageTitle ?? title },
    { property: 'og:description', content: summary },
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: pageTitle ?? title },
    { name: 'twitter:description', content: summary },
  ];
}
