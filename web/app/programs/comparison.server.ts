import { outcomeFields, programFacts, rupiahFigureFields } from './program-fragments';
import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';

const comparisonQuery = graphql(
  `
    query Comparison($slugs: [String!]!) {
      compare(slugs: $slugs) {
        costPerBeneficiary {
          ...RupiahFigureFields
        }
        totalBudget {
          ...RupiahFigureFields
        }
        yearsRunning
        adoptionCount
        fundingMix {
          kind
          percent
        }
        program {
          ...ProgramFacts
          hostRegency {
            name
            province {
              name
            }
          }
          outcomes {
            ...OutcomeFields
          }
          partners {
            id
            name
          }
          adoptions {
            id
            stage
            adopterRegency {
              name
            }
          }
        }
      }
    }
  `,
  [programFacts, outcomeFields, rupiahFigureFields]
);

export type Comparison = ResultOf<typeof comparisonQuery>['compare'][number];

/** The selected programs with their comparable figures, in the order picked; 404 when one cannot be shown. */
export async function loadComparison(request: Request, slugs: readonly string[]): Promise<Comparison[]> {
  if (slugs.length === 0) return [];
  return requireData(request, await graphqlRequest(request, comparisonQuery, { slugs: [...slugs] })).compare;
}
