import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest } from '../lib/api.server';

const searchSuggestionsQuery = graphql(`
  query SearchSuggestions {
    searchSuggestions {
      themes {
        theme
        count
      }
      terms
    }
  }
`);

export type SearchSuggestions = ResultOf<typeof searchSuggestionsQuery>['searchSuggestions'];

/**
 * The themes and example searches the API takes from the published catalog (each finds programs). Null when the
 * API cannot answer: the home page then offers none rather than ones that may lead nowhere.
 */
export async function loadSearchSuggestions(request: Request): Promise<SearchSuggestions | null> {
  try {
    const result = await graphqlRequest(request, searchSuggestionsQuery);
    return result.ok ? result.data.searchSuggestions : null;
  } catch (error) {
    if (error instanceof Response) return null;
    throw error;
  }
}
