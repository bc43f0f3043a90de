import { Link } from '@remix-run/react';
import { HighlightedText } from '../components/highlighted-text';
import { useI18n } from '../i18n/i18n-context';
import { formatRupiahShort } from '../lib/format';
import { unitIn } from '../lib/units';
import { LanguageFallbackNote, textInReaderLanguage } from './program-text';
import { programHref } from './compare-selection';
import { type SearchHit } from './program-search.server';

/** One search result: the highlighted title and snippet, where it runs, its figures, and a compare toggle. */
export function SearchHitCard({
  hit,
  selection,
  compareToggleHref,
}: {
  hit: SearchHit;
  selection: readonly string[];
  compareToggleHref: string;
}) {
  const { t, language } = useI18n();
  const title = textInReaderLanguage(language, hit.title, hit.titleEn);
  const summary = textInReaderLanguage(language, hit.summarySnippet, hit.summaryEn);
  const selected = selection.includes(hit.slug);
  const facts = [
    hit.unitCostRupiah
      ? t('search.hit.unitCost', {
          amount: formatRupiahShort(hit.unitCostRupiah, language),
          unit: unitIn(hit.unitCostUnit ?? '', language),
        })
      : null,
    hit.startYear ? t('search.hit.since', { year: hit.startYear }) : null,
    hit.adoptionCount > 0 ? t('search.hit.adoptions', { count: hit.adoptionCount }) : null,
    hit.visitCount > 0 ? t('search.hit.visits', { count: hit.visitCount }) : null,
  ].filter((fact): fact is string => fact !== null);

  return (
    <article className={selected ? 'card search-hit search-hit--selected' : 'card search-hit'}>
      <p className="search-hit__region">
        {hit.acronym ? <span className="search-hit__acronym">{hit.acronym}</span> : null}
        {t('search.hit.region', { regency: hit.hostRegencyName, province: hit.provinceName })}
      </p>
      <h3 className="card__title">
        <Link to={programHref(hit.slug, selection)} lang={title.lang}>
          {title.fallback ? <HighlightedText html={hit.titleHighlighted} /> : title.text}
        </Link>{' '}
        <LanguageFallbackNote shown={title} />
      </h3>
      <p className="search-hit__snippet" lang={summary.lang}>
        {summary.fallback ? <HighlightedText html={hit.summarySnippet} /> : summary.text}
      </p>
      <ul className="search-hit__themes">
        {hit.themes.map((theme) => (
          <li key={theme}>{t(`theme.${theme}`)}</li>
        ))}
      </ul>
      {facts.length > 0 ? (
        <ul className="search-hit__facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      ) : null}
      <Link
        className="search-hit__compare"
        to={compareToggleHref}
        preventScrollReset
        replace
        aria-label={
          selected
            ? t('search.compare.removeLabel', { title: hit.title })
            : t('search.compare.addLabel', { title: hit.title })
        }
      >
        {selected ? `✓ ${t('search.compare.remove')}` : `+ ${t('search.compare.add')}`}
      </Link>
    </article>
  );
}
