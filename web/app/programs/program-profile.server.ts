import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';

const programProfileQuery = graphql(`
  query ProgramProfile($slug: String!) {
    program(slug: $slug) {
      id
      slug
      version
      title
      localName
      acronym
      publication
      activity
      themes
      summary
      problem
      approachSteps
      legalBasis
      startYear
      endYear
      beneficiaries
      beneficiaryUnit
      unitsBuilt
      totalBudgetRupiah
      unitCostRupiah
      unitCostUnit
      isStale
      lastVerifiedAt
      canEdit
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
        id
        kind
        label
        amountRupiah
        unit
        year
        source
        illustrative
      }
      funding {
        id
        kind
        sharePercent
        amountRupiah
        note
        source
        illustrative
      }
      outcomes {
        id
        indicator
        baseline
        value
        unit
        period
        source
        illustrative
      }
      partners {
        id
        name
        role
      }
      contacts {
        id
        name
        role
        phone
        email
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
      costPerBeneficiaryRupiah
      yearsRunning
      fundingMix {
        kind
        percent
      }
    }
  }
`);

type ProfileQueryResult = ResultOf<typeof programProfileQuery>;
export type ProgramProfile = NonNullable<ProfileQueryResult['program']>;
export type ProgramFigures = ProfileQueryResult['compare'][number];

/** A published program, or a draft the viewer may edit, with its comparable figures; 404 otherwise. */
export async function loadProgramProfile(
  request: Request,
  slug: string
): Promise<{ program: ProgramProfile; figures: ProgramFigures | null }> {
  const data = requireData(request, await graphqlRequest(request, programProfileQuery, { slug }));
  if (!data.program) throw new Response(null, { status: 404 });
  return { program: data.program, figures: data.compare[0] ?? null };
}
