import { graphql, type ResultOf, type VariablesOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';
import { pageError } from '../lib/page-errors';

const requestTargetQuery = graphql(`
  query VisitRequestTarget($regencyCode: String!) {
    regency(code: $regencyCode) {
      code
      name
      province {
        name
        timeZone
      }
    }
    programs(filter: { regencyCode: $regencyCode, state: PUBLISHED }, first: 50) {
      edges {
        node {
          slug
          title
          acronym
        }
      }
    }
  }
`);

const programHostQuery = graphql(`
  query ProgramHost($slug: String!) {
    program(slug: $slug) {
      hostRegency {
        code
      }
    }
  }
`);

export type RequestHost = NonNullable<ResultOf<typeof requestTargetQuery>['regency']>;
export type RequestableProgram = ResultOf<typeof requestTargetQuery>['programs']['edges'][number]['node'];

/** The host regency of a program, or null when there is no such (visible) program. */
export async function hostOfProgram(request: Request, slug: string): Promise<string | null> {
  const { program } = requireData(request, await graphqlRequest(request, programHostQuery, { slug }));
  return program?.hostRegency.code ?? null;
}

/** The host regency and its published programs, the ones a delegation may ask to learn about; 404 without it. */
export async function loadRequestTarget(
  request: Request,
  regencyCode: string
): Promise<{ host: RequestHost; programs: RequestableProgram[] }> {
  const data = requireData(request, await graphqlRequest(request, requestTargetQuery, { regencyCode }));
  if (!data.regency) throw pageError(404);
  return { host: data.regency, programs: data.programs.edges.map((edge) => edge.node) };
}

const requestVisitMutation = graphql(`
  mutation RequestVisit($input: RequestVisitInput!) {
    requestVisit(input: $input) {
      id
    }
  }
`);

export type VisitRequestInput = VariablesOf<typeof requestVisitMutation>['input'];

export function requestVisit(request: Request, input: VisitRequestInput) {
  return graphqlRequest(request, requestVisitMutation, { input });
}
