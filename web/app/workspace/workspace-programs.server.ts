import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';

const programRowFragment = graphql(`
  fragment WorkspaceProgramRow on Program @_unmask {
    slug
    title
    acronym
    publication
    isStale
    canEdit
    updatedAt
    hostRegency {
      code
      name
      province {
        timeZone
      }
    }
  }
`);

const unpublishedProgramsQuery = graphql(
  `
    query WorkspaceUnpublishedPrograms {
      drafts: programs(filter: { state: DRAFT }, first: 100) {
        edges {
          node {
            ...WorkspaceProgramRow
          }
        }
      }
      archived: programs(filter: { state: ARCHIVED }, first: 100) {
        edges {
          node {
            ...WorkspaceProgramRow
          }
        }
      }
    }
  `,
  [programRowFragment]
);

const publishedProgramsQuery = graphql(
  `
    query WorkspacePublishedPrograms($regencyCode: String) {
      programs(filter: { state: PUBLISHED, regencyCode: $regencyCode }, first: 100) {
        edges {
          node {
            ...WorkspaceProgramRow
          }
        }
      }
    }
  `,
  [programRowFragment]
);

export type WorkspaceProgramRow = ResultOf<typeof programRowFragment>;

/**
 * Every program the viewer may edit: drafts and archived ones (the API lists only those the viewer may edit) and
 * the published ones of each regency the viewer hosts for (all of them for an admin, `regencyCodes` null).
 */
export async function loadEditablePrograms(
  request: Request,
  regencyCodes: readonly string[] | null
): Promise<WorkspaceProgramRow[]> {
  const [unpublished, ...published] = await Promise.all([
    graphqlRequest(request, unpublishedProgramsQuery),
    ...(regencyCodes ?? [null]).map((regencyCode) => graphqlRequest(request, publishedProgramsQuery, { regencyCode })),
  ]);
  const { drafts, archived } = requireData(request, unpublished);
  const rows = [
    ...drafts.edges,
    ...published.flatMap((result) => requireData(request, result).programs.edges),
    ...archived.edges,
  ].map((edge) => edge.node);
  return rows.filter((row) => row.canEdit);
}
