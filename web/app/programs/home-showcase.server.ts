import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest } from '../lib/api.server';

const showcaseHitFragment = graphql(`
  fragment ShowcaseHit on ProgramSearchHit @_unmask {
    slug
    title
    titleEn
    summaryEn
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
        hits {
          ...ShowcaseHit
        }
      }
      mostReplicated: searchPrograms(sort: MOST_ADOPTED, pageSize: 3) {
        hits {
          ...ShowcaseHit
        }
      }
      figures: headlineFigures {
        publishedPrograms
        hostProvinces
        replicatingRegencies
        completedVisits
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
  /** Counted by the API, each of one kind of thing (`headlineFigures`). */
  figures: ShowcaseResult['figures'];
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
  const { newest, mostReplicated, figures } = result.data;
  return {
    newest: newest.hits,
    mostReplicated: mostReplicated.hits.filter((hit) => hit.adoptionCount > 0),
    figures,
  };
}
