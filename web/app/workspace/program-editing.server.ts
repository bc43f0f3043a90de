import { type TadaDocumentNode } from 'gql.tada';
import { contactFields, costFields, fundingFields, outcomeFields, programFacts } from '../programs/program-fragments';
import { graphql, type ResultOf, type VariablesOf } from '../graphql';
import { graphqlRequest, requireData, type ApiResult } from '../lib/api.server';
import { type PublicationAction } from './edit-intents';
import { pageError } from '../lib/page-errors';

const editableProgramQuery = graphql(
  `
    query EditableProgram($slug: String!) {
      program(slug: $slug) {
        ...ProgramFacts
        version
        localName
        publication
        isStale
        lastVerifiedAt
        viewerCan {
          edit
          verify
        }
        allowedPublicationMoves
        summary
        titleEn
        summaryEn
        problem
        approachSteps
        leadAgency {
          id
        }
        hostRegency {
          code
          name
          province {
            timeZone
          }
        }
        costs {
          ...CostFields
        }
        funding {
          ...FundingFields
        }
        outcomes {
          ...OutcomeFields
        }
        partners {
          id
          name
          role
        }
        contacts {
          ...ContactFields
        }
        documents {
          id
          title
          url
        }
        revisions {
          version
          action
          createdAt
        }
      }
    }
  `,
  [programFacts, costFields, fundingFields, outcomeFields, contactFields]
);

const agenciesQuery = graphql(`
  query RegencyAgencies($regencyCode: String) {
    agencies(regencyCode: $regencyCode) {
      id
      name
    }
  }
`);

export type EditableProgram = NonNullable<ResultOf<typeof editableProgramQuery>['program']>;
export type AgencyOption = ResultOf<typeof agenciesQuery>['agencies'][number];

/** The program with everything its edit page shows; 404 when missing, 403 when the viewer may not edit it. */
export async function loadEditableProgram(request: Request, slug: string): Promise<EditableProgram> {
  const { program } = requireData(request, await graphqlRequest(request, editableProgramQuery, { slug }));
  if (!program) throw pageError(404);
  if (!program.viewerCan.edit) throw pageError(403);
  return program;
}

/** Agencies of the regency (that may lead its programs), or all of them when no regency is given. */
export async function loadAgencyOptions(request: Request, regencyCode: string | null): Promise<AgencyOption[]> {
  return requireData(request, await graphqlRequest(request, agenciesQuery, { regencyCode })).agencies;
}

const createProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      slug
    }
  }
`);

const updateProgramMutation = graphql(`
  mutation UpdateProgram($slug: String!, $version: Int!, $input: ProgramFieldsInput!) {
    updateProgram(slug: $slug, version: $version, input: $input) {
      version
    }
  }
`);

export type NewProgramInput = VariablesOf<typeof createProgramMutation>['input'];
export type ProgramFieldsInput = VariablesOf<typeof updateProgramMutation>['input'];

export function createProgram(request: Request, input: NewProgramInput) {
  return graphqlRequest(request, createProgramMutation, { input });
}

export function updateProgram(request: Request, slug: string, version: number, input: ProgramFieldsInput) {
  return graphqlRequest(request, updateProgramMutation, { slug, version, input });
}

const publishMutation = graphql(`
  mutation PublishProgram($slug: String!, $version: Int!) {
    publishProgram(slug: $slug, version: $version) {
      version
    }
  }
`);
const unpublishMutation = graphql(`
  mutation UnpublishProgram($slug: String!, $version: Int!) {
    unpublishProgram(slug: $slug, version: $version) {
      version
    }
  }
`);
const archiveMutation = graphql(`
  mutation ArchiveProgram($slug: String!, $version: Int!) {
    archiveProgram(slug: $slug, version: $version) {
      version
    }
  }
`);
const verifyMutation = graphql(`
  mutation VerifyProgram($slug: String!, $version: Int!) {
    verifyProgram(slug: $slug, version: $version) {
      version
    }
  }
`);

const publicationMutations: Record<PublicationAction, TadaDocumentNode<unknown, { slug: string; version: number }>> = {
  publish: publishMutation,
  unpublish: unpublishMutation,
  archive: archiveMutation,
  verify: verifyMutation,
};

export function changePublication(
  request: Request,
  action: PublicationAction,
  slug: string,
  version: number
): Promise<ApiResult<unknown>> {
  return graphqlRequest(request, publicationMutations[action], { slug, version });
}
