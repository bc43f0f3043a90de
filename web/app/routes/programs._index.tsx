import { type LoaderFunctionArgs, type MetaFunction, redirect } from '@remix-run/node';
import { Link, useLoaderData, useNavigation } from '@remix-run/react';
import { Button } from '../components/button';
import { PageHeader } from '../components/page-header';
import { useI18n } from '../i18n/i18n-context';
import { pageMeta, translatorForMeta } from '../i18n/route-meta';
import { compareSelectionOf } from '../programs/compare-selection';
import { InstantSearchForm } from '../programs/instant-search-form';
import { searchPrograms } from '../programs/program-search.server';
import { SearchBar } from '../programs/search-bar';
import { SearchFilters } from '../programs/search-filters';
import { SearchResults } from '../programs/search-results';
import { activeFilterCount, searchHref, searchStateOf } from '../programs/search-state';
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
        <SearchBar state={state} terms={suggestions?.terms ?? []} />
        <SearchResults state={state} selection={selection} result={result} searching={searching} clearFilters={clearFilters} />

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
