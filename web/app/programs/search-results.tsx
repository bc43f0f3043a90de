import { Link } from '@remix-run/react';
import { ButtonLink } from '../components/button';
import { DegradedSearchNotice, Notice } from '../components/notice';
import { Pagination } from '../components/pagination';
import { useI18n } from '../i18n/i18n-context';
import { compareHref, withoutProgram, withProgram } from './compare-selection';
import { type SearchResult } from './program-search.server';
import { SearchHitCard } from './search-hit-card';
import { activeFilterCount, searchHref, type SearchState } from './search-state';

function CompareTray({ selection }: { selection: string[] }) {
  const { t } = useI18n();
  if (selection.length === 0) return null;
  return (
    <div className="compare-tray" role="status">
      <span>{t('search.compare.tray', { count: selection.length })}</span>
      <ButtonLink to={compareHref(selection)}>{t('search.compare.open')}</ButtonLink>
    </div>
  );
}

/** The page of hits with its count, the compare tray and paging; while a new search loads, the old hits are dimmed. */
export function SearchResults({
  state,
  selection,
  result,
  searching,
  clearFilters,
}: {
  state: SearchState;
  selection: string[];
  result: SearchResult;
  searching: boolean;
  clearFilters: string;
}) {
  const { t } = useI18n();
  const filterCount = activeFilterCount(state);
  const compareToggleHref = (slug: string) => searchHref(state, selection.includes(slug) ? withoutProgram(selection, slug) : withProgram(selection, slug));
  return (
    <section className="search-layout__results" aria-labelledby="results-heading" aria-busy={searching}>
      <div className="search-results__header">
        <h2 id="results-heading" aria-live="polite">
          {state.query ? t('search.results.countFor', { count: result.total, query: state.query }) : t('search.results.count', { count: result.total })}
        </h2>
        <a className="search-results__jump" href="#filters-heading">
          {filterCount > 0 ? t('search.filters.jump', { count: filterCount }) : t('search.filters.jumpNone')}
        </a>
      </div>
      {result.degraded ? <DegradedSearchNotice /> : null}
      <CompareTray selection={selection} />
      {result.hits.length === 0 ? (
        <Notice title={t('search.empty.title')}>
          <p>{t('search.empty.body')}</p>
          {filterCount > 0 ? (
            <p>
              <Link to={clearFilters}>{t('search.clear')}</Link>
            </p>
          ) : null}
        </Notice>
      ) : (
        <ol className={searching ? 'search-results search-results--stale' : 'search-results'}>
          {result.hits.map((hit) => (
            <li key={hit.slug}>
              <SearchHitCard hit={hit} selection={selection} compareToggleHref={compareToggleHref(hit.slug)} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={result.page} pageCount={result.totalPages} />
    </section>
  );
}
