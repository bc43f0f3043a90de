import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Province } from '../regions/region.entities';
import { seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { type FacetCounts, facetsOf } from './program-search-result';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

function countsByProvince(byProvince: Record<string, number>): FacetCounts {
  const none = () => ({ values: new Map<string, number>(), counted: 0, notStated: 0 });
  return {
    province: { values: new Map(Object.entries(byProvince)), counted: 0, notStated: 0 },
    theme: none(),
    fundingKind: none(),
    startYear: none(),
    unitCost: none(),
  };
}

describe('province facets', () => {
  it('names provinces loaded after the first search, and drops codes the database does not know', async () => {
    const counts = countsByProvince({ '64': 3, '16': 5, '99': 1 });
    expect((await facetsOf(api.em(), counts)).provinces).toEqual([]);

    await seedTestRegions(api.em());
    expect((await facetsOf(api.em(), counts)).provinces).toEqual([
      { code: '16', name: 'Sumatera Selatan', count: 5 },
      { code: '64', name: 'Kalimantan Timur', count: 3 },
    ]);
  });

  it('answers from the names read before, without asking the database again', async () => {
    await api.em().nativeUpdate(Province, { code: '36' }, { name: 'Renamed behind the cache' });
    const { provinces } = await facetsOf(api.em(), countsByProvince({ '36': 2 }));
    expect(provinces).toEqual([{ code: '36', name: 'Banten', count: 2 }]);
  });
});
