import { graphql, type ResultOf } from '../graphql';
import { graphqlRequest, requireData } from '../lib/api.server';

const regenciesQuery = graphql(`
  query RegencyOptions {
    regencies {
      code
      name
      province {
        code
        name
        timeZone
      }
    }
  }
`);

export type RegencyOption = ResultOf<typeof regenciesQuery>['regencies'][number];

/** The kabupaten/kota with the given codes, in the order given — or all 514 when `codes` is null. */
export async function loadRegencyOptions(request: Request, codes: readonly string[] | null): Promise<RegencyOption[]> {
  const { regencies } = requireData(request, await graphqlRequest(request, regenciesQuery));
  if (codes === null) return regencies;
  return codes.flatMap((code) => regencies.filter((regency) => regency.code === code));
}
