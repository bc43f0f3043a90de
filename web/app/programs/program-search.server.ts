import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';
import { searchFilterOf, type SearchState } from './search-state';

export const searchPageSize = 12;

const searchQuery = graphql(`
  query SearchPrograms(
    $query: String!
    $filters: ProgramSearchFilter
    $sort: ProgramSearchSort!
    $page: Int!
    $pageSize: Int!
  ) {
    searchPrograms(query: $query, filters: $filters, sort: $sort, page: $page, pageSize: $pageSize) {
      total
      page
      totalPages
      degraded
      hits {
        slug
        title
        titleEn
        summaryEn
        titleHighlighted
        summarySnippet
        acronym
        hostRegencyName
        provinceName
        themes
        unitCostRupiah
        unitCostUnit
        startYear
        adoptionCount
        visitCount
      }
      facets {
        provinces {
          code
          name
          count
        }
        themes {
          theme
          count
        }
        fundingKinds {
          kind
          count
        }
        startYears {
          key
          from
          to
          count
        }
        notStated {
          provinces
          themes
          fundingKinds
          startYears
          unitCosts
        }
        unitCosts {
          key
          min
          max
          count
        }
      }
    }
  }
`);

export type SearchResult = ResultOf<typeof searchQuery>['searchPrograms'];
export type SearchHit = SearchResult['hits'][number];
export type SearchFacets = SearchResult['facets'];

export async function searchPrograms(request: Request, state: SearchState): Promise<SearchResult> {
  const result = await graphqlRequest(request, searchQuery, {
    query: state.query,
    filters: searchFilterOf(state),
    sort: state.sort,
    page: state.page,
    pageSize: searchPageSize,
  });
  return requireData(request, result).searchPrograms;
}
