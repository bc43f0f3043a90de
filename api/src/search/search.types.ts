import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FundingKindEnum, ThemeEnum } from '../programs';
import { BigIntScalar } from '../core';
import { graphqlEnum } from '../core';
import { PROGRAM_SEARCH_SORTS } from './program-search-request';

export const ProgramSearchSortEnum = graphqlEnum(
  PROGRAM_SEARCH_SORTS,
  'ProgramSearchSort',
  'RELEVANCE (default); NEWEST: latest start year first; UNIT_COST_ASC/DESC: programs without a unit cost last; MOST_ADOPTED: most regions replicating it first.',
);

@ObjectType('ProgramSearchHit', { description: 'A published program as the search index holds it.' })
export class ProgramSearchHitGql {
  @Field(() => ID) id!: number;
  @Field(() => String) slug!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'The host’s English title, plain text; null when it wrote none.' }) titleEn!: string | null;
  @Field(() => String, { nullable: true, description: 'The host’s English summary, plain text; null when it wrote none.' }) summaryEn!: string | null;
  @Field(() => String, { nullable: true }) localName!: string | null;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => String) hostRegencyCode!: string;
  @Field(() => String) hostRegencyName!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => String) provinceName!: string;
  @Field(() => [ThemeEnum]) themes!: string[];
  @Field(() => [FundingKindEnum]) fundingKinds!: string[];
  @Field(() => BigIntScalar, { nullable: true }) unitCostRupiah!: bigint | null;
  @Field(() => String, { nullable: true }) unitCostUnit!: string | null;
  @Field(() => BigIntScalar, { nullable: true }) totalBudgetRupiah!: bigint | null;
  @Field(() => Int, { nullable: true }) startYear!: number | null;
  @Field(() => Int, { description: 'Distinct kabupaten/kota replicating the program, at any stage.' }) adoptionCount!: number;
  @Field(() => Int, { description: 'Study visits to the program agreed or held (CONFIRMED or COMPLETED).' }) visitCount!: number;
  @Field(() => String, { description: 'HTML, safe to render: the escaped title with <mark> around the matched words.' })
  titleHighlighted!: string;
  @Field(() => String, { description: 'HTML, safe to render: about 30 escaped words of the summary around the first match, matches in <mark>, cuts shown as "…".' })
  summarySnippet!: string;
}

@ObjectType('ProvinceFacetValue')
export class ProvinceFacetValueGql {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ThemeFacetValue')
export class ThemeFacetValueGql {
  @Field(() => ThemeEnum) theme!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('SearchSuggestions', { description: 'What a newcomer can browse and search for and find something.' })
export class SearchSuggestionsGql {
  @Field(() => [ThemeFacetValueGql], { description: 'Themes held by at least one published program, most programs first.' })
  themes!: ThemeFacetValueGql[];
  @Field(() => [String], { description: 'Example searches, each finding published programs (the names of the most common themes).' })
  terms!: string[];
}

@ObjectType('FundingKindFacetValue')
export class FundingKindFacetValueGql {
  @Field(() => FundingKindEnum) kind!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('YearRangeFacetValue', { description: 'Programs that started from `from` to `to` (both inclusive; null = open). Filter with startYearFrom/startYearTo.' })
export class YearRangeFacetValueGql {
  @Field(() => String) key!: string;
  @Field(() => Int, { nullable: true }) from!: number | null;
  @Field(() => Int, { nullable: true }) to!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType('CostRangeFacetValue', { description: 'Programs whose unit cost is from `min` to `max` rupiah (both inclusive; null = open). Filter with unitCostMin/unitCostMax.' })
export class CostRangeFacetValueGql {
  @Field(() => String) key!: string;
  @Field(() => BigIntScalar, { nullable: true }) min!: bigint | null;
  @Field(() => BigIntScalar, { nullable: true }) max!: bigint | null;
  @Field(() => Int) count!: number;
}

@ObjectType('FacetTotals', { description: 'One number per facet.' })
export class FacetTotalsGql {
  @Field(() => Int) provinces!: number;
  @Field(() => Int) themes!: number;
  @Field(() => Int) fundingKinds!: number;
  @Field(() => Int) startYears!: number;
  @Field(() => Int) unitCosts!: number;
}

@ObjectType('ProgramSearchFacets', {
  description:
    'Counts per value. Each facet ignores its own filter and honours the others, so picking one province still shows the rest. ' +
    'A single-valued facet (province, start year, unit cost) adds up, with its `notStated`, to its `counted` programs; ' +
    'a program holds several themes and funding kinds, so those counts may add up to more.',
})
export class ProgramSearchFacetsGql {
  @Field(() => [ProvinceFacetValueGql], { description: 'Most programs first.' }) provinces!: ProvinceFacetValueGql[];
  @Field(() => [ThemeFacetValueGql]) themes!: ThemeFacetValueGql[];
  @Field(() => [FundingKindFacetValueGql]) fundingKinds!: FundingKindFacetValueGql[];
  @Field(() => [YearRangeFacetValueGql], { description: 'Every range, oldest first, also those counting 0.' }) startYears!: YearRangeFacetValueGql[];
  @Field(() => [CostRangeFacetValueGql], { description: 'Every range, cheapest first, also those counting 0.' }) unitCosts!: CostRangeFacetValueGql[];
  @Field(() => FacetTotalsGql, { description: 'The programs each facet counts: the hits under every filter but its own (the `total` when its own filter is not set).' })
  counted!: FacetTotalsGql;
  @Field(() => FacetTotalsGql, { description: 'Of the counted programs, those that do not state the value: no start year, no unit cost, no theme, no funding source.' })
  notStated!: FacetTotalsGql;
}

@ObjectType('ProgramSearchResult')
export class ProgramSearchResultGql {
  @Field(() => [ProgramSearchHitGql]) hits!: ProgramSearchHitGql[];
  @Field(() => Int, { description: 'How many programs match in all.' }) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int, { description: 'Hits per page, at most 50.' }) pageSize!: number;
  @Field(() => Int) totalPages!: number;
  @Field(() => ProgramSearchFacetsGql) facets!: ProgramSearchFacetsGql;
  @Field(() => Int) processingTimeMs!: number;
  @Field(() => Boolean, { description: 'True when the search engine is unavailable and the database answered: no typo tolerance, simpler ranking.' })
  degraded!: boolean;
}

@ObjectType('SearchIndexStatus', { description: 'For administrators: is search healthy, and how far does the index lag behind the database?' })
export class SearchIndexStatusGql {
  @Field(() => Boolean, { description: 'Meilisearch answers and the index is set up.' }) healthy!: boolean;
  @Field(() => String, { nullable: true }) indexUid!: string | null;
  @Field(() => Int, { nullable: true, description: 'Documents in the index; null when it cannot be asked.' }) documents!: number | null;
  @Field(() => Int, { description: 'Program changes not yet in the index.' }) pending!: number;
  @Field(() => Date, { nullable: true }) oldestPendingAt!: Date | null;
  @Field(() => Float, { nullable: true }) oldestPendingAgeSeconds!: number | null;
  @Field(() => String, { nullable: true, description: 'The last error between this server and Meilisearch.' }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) lastErrorAt!: Date | null;
}

@ObjectType('ReindexResult')
export class ReindexResultGql {
  @Field(() => String) indexUid!: string;
  @Field(() => Int) documents!: number;
  @Field(() => Float) seconds!: number;
  @Field(() => Float) documentsPerSecond!: number;
}
