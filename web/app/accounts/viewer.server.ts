import { redirect } from '@remix-run/node';
import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, signInHref } from '../lib/api.server';

/** Who someone is and what they may act for; unmasked, so every operation that selects it returns a Viewer. */
export const viewerFields = graphql(`
  fragment ViewerFields on Viewer @_unmask {
    accountId
    displayName
    email
    memberships {
      role
      regencyCode
      agencyId
      coveredRegencyCodes
    }
    invitationChoices {
      roles
      anyScope
      scopes {
        regencyCode
        agencyId
      }
      namesCoveredRegencies
    }
    capabilities {
      editsPrograms
      programRegencyCodes
      programAgencyIds
      answersVisitRequests
      hostCalendarRegencyCodes
      travelsForRegencyCodes
      seesContactDetails
      managesAccounts
      managesMailOutbox
      seesNationalDetails
    }
  }
`);

const viewerQuery = graphql(
  `
    query Viewer {
      me {
        ...ViewerFields
      }
    }
  `,
  [viewerFields]
);

export type Viewer = ResultOf<typeof viewerFields>;

/**
 * Who is signed in, or null — also when the API cannot be reached, so pages that need no data (home, errors)
 * still render and only the pages that do show the "unavailable" page.
 */
export async function viewerOf(request: Request): Promise<Viewer | null> {
  try {
    const result = await graphqlRequest(request, viewerQuery);
    return result.ok ? result.data.me : null;
  } catch (error) {
    if (error instanceof Response && error.status === 503) return null;
    throw error;
  }
}

/** For pages only signed-in people may open: the viewer, or a redirect to sign in and come back. */
export async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await viewerOf(request);
  if (!viewer) throw redirect(signInHref(request));
  return viewer;
}
