import { type Language } from '../i18n/languages';
import { formatLongDate } from '../lib/format';

/** Where an outcome figure is published (the API's `OutcomeSource`). */
export interface OutcomeSource {
  title: string;
  publisher: string | null;
  /** YYYY-MM-DD. */
  publishedOn: string | null;
  url: string | null;
}

/** A source as the profile cites it: the title (linked when there is an address), then `Publisher, 16 Februari 2024`. */
export function sourceCitation(source: OutcomeSource, language: Language) {
  const published = source.publishedOn ? formatLongDate(source.publishedOn, 'UTC', language) : null;
  const details = [source.publisher, published].filter(Boolean).join(', ');
  return { title: source.title, url: source.url, details: details || null };
}

/** The same source given for several measurements is cited once. */
export function distinctSources(sources: readonly (OutcomeSource | null)[]): OutcomeSource[] {
  const byKey = new Map<string, OutcomeSource>();
  for (const source of sources) {
    if (source) byKey.set(JSON.stringify([source.title, source.publisher, source.publishedOn, source.url]), source);
  }
  return [...byKey.values()];
}
