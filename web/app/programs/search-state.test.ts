import { describe, expect, it } from 'vitest';
import { activeFilterCount, searchFilterOf, searchHref, searchStateOf } from './search-state';

describe('search state in the address', () => {
  it('reads every part of a shared search', () => {
    const state = searchStateOf(
      new URLSearchParams(
        'q=bedah+rumah&province=16&province=64&theme=HOUSING&funding=ZAKAT_INFAQ&year=2020-2022&cost=10000000-&sort=NEWEST&page=2'
      )
    );
    expect(state).toEqual({
      query: 'bedah rumah',
      provinces: ['16', '64'],
      themes: ['HOUSING'],
      fundingKinds: ['ZAKAT_INFAQ'],
      startYear: { from: 2020, to: 2022 },
      unitCost: { from: '10000000', to: null },
      sort: 'NEWEST',
      page: 2,
    });
    expect(activeFilterCount(state)).toBe(6);
  });

  it('ignores what it does not know instead of failing', () => {
    const state = searchStateOf(
      new URLSearchParams('province=Bontang&theme=CATS&year=soon&cost=-&sort=RANDOM&page=-3')
    );
    expect(state).toEqual({
      query: '',
      provinces: [],
      themes: [],
      fundingKinds: [],
      startYear: null,
      unitCost: null,
      sort: 'RELEVANCE',
      page: 1,
    });
  });

  it('writes the same address back, with the compare selection', () => {
    const address = 'q=prolita&theme=COMMUNITY_INFRASTRUCTURE&year=-2009&sort=MOST_ADOPTED&page=3';
    expect(searchHref(searchStateOf(new URLSearchParams(address)), ['ritta-prabumulih'])).toBe(
      `/programs?${address}&p=ritta-prabumulih`
    );
    expect(searchHref(searchStateOf(new URLSearchParams()))).toBe('/programs');
  });

  it('turns the state into the API filter, leaving out what is not set', () => {
    const state = searchStateOf(new URLSearchParams('province=64&year=2023-&cost=50000000-99999999'));
    expect(searchFilterOf(state)).toEqual({
      provinceCodes: ['64'],
      startYearFrom: 2023,
      unitCostMin: '50000000',
      unitCostMax: '99999999',
    });
  });
});
