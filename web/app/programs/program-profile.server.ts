import { contactFields, costFields, fundingFields, outcomeFields, programFacts, rupiahFigureFields } from './program-fragments';
import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';
import { pageError } from '../lib/page-errors';

const programProfileQuery = graphql(
  `
    query ProgramProfile($slug: String!) {
      program(slug: $slug) {
        id
        ...ProgramFacts
        version
        localName
        publication
        summary
        titleEn
        summaryEn
        problem
        approachSteps
        isStale
        lastVerifiedAt
        viewerCan {
          edit
        }
        adoptionCount
        hostRegency {
          code
          name
          province {
            code
            name
            timeZone
          }
        }
        leadAgency {
          id
          name
        }
        costs {
          ...CostFields
          source
          illustrative
        }
        funding {
          ...FundingFields
          source
          illustrative
        }
        outcomes {
          ...OutcomeFields
          source {
            title
            publisher
            publishedOn
            url
          }
          illustrative
        }
        partners {
          id
          name
          role
        }
        contacts {
          ...ContactFields
          illustrative
          agency {
            name
          }
        }
        documents {
          id
          title
          url
        }
        similarPrograms(limit: 3) {
          slug
          title
          acronym
          hostRegency {
            name
          }
        }
        adoptions {
          id
          stage
          year
          notes
          adopterRegency {
            code
            name
            province {
              name
            }
          }
        }
      }
      compare(slugs: [$slug]) {
        costPerBeneficiary {
          ...RupiahFigureFields
        }
        totalBudget {
          ...RupiahFigureFields
        }
        yearsRunning
        fundingMix {
          kind
          percent
        }
      }
    }
  `,
  [programFacts, costFields, fundingFields, outcomeFields, contactFields, rupiahFigureFields]
);

type ProfileQueryResult = ResultOf<typeof programProfileQuery>;
export type ProgramProfile = NonNullable<ProfileQueryResult['program']>;
export type ProgramFigures = ProfileQueryResult['compare'][number];

/** A published program, or a draft the viewer may edit, with its comparable figures; 404 otherwise. */
export async function loadProgramProfile(
  request: Request,
  slug: string
): Promise<{ program: ProgramProfile; figures: ProgramFigures | null }> {
  const data = requireData(request, await graphqlRequest(request, programProfileQuery, { slug }));
  if (!data.program) throw pageError(404);
  return { program: data.program, figures: data.compare[0] ?? null };
}
