import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';

const nationalPictureQuery = graphql(`
  query NationalPicture {
    nationalPicture {
      provinces {
        code
        name
        programs
        adoptingRegencies
        adoptions
      }
      visitsPerMonth {
        month
        visits
      }
      mostReplicated {
        slug
        title
        hostRegencyName
        adoptingRegencies
      }
      unvisitedRegions {
        regencyCode
        regencyName
        provinceName
        requests
        lastRequestedAt
      }
    }
  }
`);

export type NationalPicture = ResultOf<typeof nationalPictureQuery>['nationalPicture'];
export type ProvinceFigures = NationalPicture['provinces'][number];

export async function loadNationalPicture(request: Request): Promise<NationalPicture> {
  return requireData(request, await graphqlRequest(request, nationalPictureQuery)).nationalPicture;
}
