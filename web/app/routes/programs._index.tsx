import { type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useLoaderData, useNavigation } from '@remix-run/react';
import { Button, ButtonLink } from '../components/button';
import { Field } from '../components/field';
import { DegradedSearchNotice, Notice } from '../components/notice';
import { PageHeader } from '../components/page-header';
import { Pagination } from '../components/pagination';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { compareHref, compareSelectionOf, withoutProgram, withProgram } from '../programs/compare-selection';
import { InstantSearchForm } from '../programs/instant-search-form';
import { searchPrograms } from '../programs/program-search.server';
import { SearchFilters } from '../programs/search-filters';
import { SearchHint } from '../programs/search-hint';
import { SearchHitCard } from '../programs/search-hit-card';
import { activeFilterCount, searchHref, searchParams, searchSorts, searchStateOf } from '../programs/search-state';
import { loadSearchSuggestions } from '../programs/search-suggestions.server';

/** The clean address of a submitted search form: empty fields and defaults left out. */
function canonicalSearchHref(params: URLSearchParams): string {
  return searchHref(searchStateOf(params), compareSelectionOf(params));
}

const sameParams = (a: URLSearchParams, b: URLSearchParams) =>
  [...a].map(String).sort().join('&') === [...b].map(String).sort().join('&');

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const canonical = canonicalSearchHref(url.searchParams);
  // A search form submitted without JavaScript sends every field, also empty ones; shared links stay short.
  if (!sameParams(new URL(canonical, url).searchParams, url.searchParams)) throw redirect(canonical);
  const state = searchStateOf(url.searchParams);
  const [result, suggestions] = await Promise.all([searchPrograms(request, state), loadSearchSuggestions(request)]);
  return { state, selection: compareSelectionOf(url.searchParams), result, suggestions };
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = translatorForMeta(matches);
  const query = data?.state.query;
  return pageMeta(t, query ? `${query} · ${t('search.title')}` : t('search.title'));
};

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

export default function Programs() {
  const { t } = useI18n();
  const { state, selection, result, suggestions } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const searching = navigation.state === 'loading' && navigation.location.pathname === '/programs';
  const filterCount = activeFilterCount(state);
  const clearFilters = searchHref(
    { ...state, provinces: [], themes: [], fundingKinds: [], startYear: null, unitCost: null, page: 1 },
    selection
  );
  // The filter fields are uncontrolled: they start again from the address whenever the filters change elsewhere
  // (a link, Back), but not while typing in the search box.
  const filtersKey = searchHref({ ...state, query: '', page: 1, sort: 'RELEVANCE' });

  return (
    <div className="container search-page">
      <PageHeader title={t('search.title')} lead={t('search.lead')} />
      <InstantSearchForm action="/programs" query={state.query} hrefOf={canonicalSearchHref} className="search-layout">
        {selection.map((slug) => (
          <input key={slug} type="hidden" name="p" value={slug} />
        ))}
        <div className="search-layout__bar">
          <Field
            name={searchParams.query}
            label={t('search.query.label')}
            hint={<SearchHint hint={t('search.query.hint')} terms={suggestions?.terms ?? []} />}
            inputProps={{ type: 'search', defaultValue: state.query, autoComplete: 'off', enterKeyHint: 'search' }}
          />
          <Field
            name={searchParams.sort}
            label={t('search.sort.label')}
            control={(props) => (
              <select {...props} defaultValue={state.sort} key={state.sort}>
                {searchSorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`search.sort.${sort}`)}
                  </option>
                ))}
              </select>
            )}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </div>

        <section className="search-layout__results" aria-labelledby="results-heading" aria-busy={searching}>
          <div className="search-results__header">
            <h2 id="results-heading" aria-live="polite">
              {state.query
                ? t('search.results.countFor', { count: result.total, query: state.query })
                : t('search.results.count', { count: result.total })}
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
                  <SearchHitCard
                    hit={hit}
                    selection={selection}
                    compareToggleHref={searchHref(
                      state,
                      selection.includes(hit.slug)
                        ? withoutProgram(selection, hit.slug)
                        : withProgram(selection, hit.slug)
                    )}
                  />
                </li>
              ))}
            </ol>
          )}
          <Pagination page={result.page} pageCount={result.totalPages} />
        </section>

        <aside className="search-layout__filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading" tabIndex={-1}>
            {t('search.filters.title')}
          </h2>
          <SearchFilters key={filtersKey} facets={result.facets} state={state} />
          <div className="search-filters__actions">
            <Button type="submit" variant="secondary">
              {t('search.apply')}
            </Button>
            {filterCount > 0 ? <Link to={clearFilters}>{t('search.clear')}</Link> : null}
          </div>
        </aside>
      </InstantSearchForm>
    </div>
  );
}
