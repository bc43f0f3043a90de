import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';

const PAGE_SIZE = 50;

const editableProgramsQuery = graphql(`
  query WorkspacePrograms($first: Int!, $after: String) {
    programs(filter: { editableByMe: true }, first: $first, after: $after) {
      edges {
        node {
          slug
          title
          acronym
          publication
          isStale
          updatedAt
          hostRegency {
            code
            name
            province {
              timeZone
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type EditableProgramsPage = ResultOf<typeof editableProgramsQuery>['programs'];
export type WorkspaceProgramRow = EditableProgramsPage['edges'][number]['node'];

/**
 * One page of the programs the viewer may edit, in every publication state, newest first: which ones is the API's
 * to say (`editableByMe`), so an admin pages through all of them and an agency's host editor through its agency's.
 */
export async function loadEditablePrograms(
  request: Request,
  after: string | null
): Promise<{ programs: WorkspaceProgramRow[]; nextCursor: string | null }> {
  const { programs } = requireData(request, await graphqlRequest(request, editableProgramsQuery, { first: PAGE_SIZE, after }));
  return {
    programs: programs.edges.map((edge) => edge.node),
    nextCursor: programs.pageInfo.hasNextPage ? programs.pageInfo.endCursor : null,
  };
}
