import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest } from '../lib/api.server';

const showcaseHitFragment = graphql(`
  fragment ShowcaseHit on ProgramSearchHit @_unmask {
    slug
    title
    acronym
    hostRegencyName
    provinceName
    summarySnippet
    adoptionCount
    unitCostRupiah
    unitCostUnit
  }
`);

const showcaseQuery = graphql(
  `
    query HomeShowcase {
      newest: searchPrograms(sort: NEWEST, pageSize: 3) {
        total
        facets {
          provinces {
            code
          }
        }
        hits {
          ...ShowcaseHit
        }
      }
      mostReplicated: searchPrograms(sort: MOST_ADOPTED, pageSize: 50) {
        hits {
          ...ShowcaseHit
        }
      }
    }
  `,
  [showcaseHitFragment]
);

type ShowcaseResult = ResultOf<typeof showcaseQuery>;
export type ShowcaseHit = ShowcaseResult['newest']['hits'][number];

export interface HomeShowcase {
  newest: ShowcaseHit[];
  mostReplicated: ShowcaseHit[];
  /** `adoptions` is left out when the catalogue is too big to add it up from one page. */
  figures: { programs: number; provinces: number; adoptions: number | null };
}

/**
 * What the home page shows about the catalogue: the newest programs, the most replicated ones and a few figures.
 * Null when the API cannot answer, so the home page (search box, themes) still works on its own.
 */
export async function loadHomeShowcase(request: Request): Promise<HomeShowcase | null> {
  let result;
  try {
    result = await graphqlRequest(request, showcaseQuery);
  } catch (error) {
    if (error instanceof Response) return null;
    throw error;
  }
  if (!result.ok) return null;
  const { newest, mostReplicated } = result.data;
  return {
    newest: newest.hits,
    mostReplicated: mostReplicated.hits.filter((hit) => hit.adoptionCount > 0).slice(0, 3),
    figures: {
      programs: newest.total,
      provinces: newest.facets.provinces.length,
      adoptions:
        newest.total <= mostReplicated.hits.length
          ? mostReplicated.hits.reduce((sum, hit) => sum + hit.adoptionCount, 0)
          : null,
    },
  };
}
