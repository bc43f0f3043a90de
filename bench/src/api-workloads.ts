import { type SeededProgram } from './catalog-pages';
import { availabilityBodies, catalogPageBodies, compareBodies, graphqlBody, programPageBodies, regencyBodies } from './graphql-workloads';
import { searchBodies } from './search-workloads';

export const BASELINES = {
  ceiling: 'node-http-ceiling',
  apolloAlone: 'apollo-alone',
  catalogSql: 'catalog-sql',
  programSql: 'program-sql',
  meilisearch: 'search-direct',
} as const;

/** A GraphQL workload against the API, and the baseline its figures are divided by. */
export type ApiWorkload = {
  name: string;
  description: string;
  connections: number;
  bodies: string[];
  baseline?: string;
};

// Throughput is measured with enough connections to keep both cores busy; latency with a handful of
// visitors at once, so queueing does not hide what one request costs.
export const THROUGHPUT_CONNECTIONS = 10;
export const LATENCY_CONNECTIONS = 4;

export function apiWorkloads(programs: readonly SeededProgram[], hostRegencyCodes: string[]): ApiWorkload[] {
  return [
    {
      name: 'graphql-regency',
      description: 'simple query: one kabupaten/kota by code (1 indexed lookup)',
      connections: THROUGHPUT_CONNECTIONS,
      bodies: regencyBodies(programs),
      baseline: BASELINES.ceiling,
    },
    {
      name: 'graphql-typename',
      description: 'the GraphQL stack alone: { __typename }, no resolver, no SQL',
      connections: THROUGHPUT_CONNECTIONS,
      bodies: [graphqlBody('{ __typename }')],
      baseline: BASELINES.ceiling,
    },
    {
      name: 'catalog-page',
      description: 'programs connection, pages of 50 with regency+province, lead agency, outcomes, funding, totalCount',
      connections: LATENCY_CONNECTIONS,
      bodies: catalogPageBodies(programs),
      baseline: BASELINES.catalogSql,
    },
    {
      name: 'program-page',
      description: 'program(slug) with every part of the profile',
      connections: LATENCY_CONNECTIONS,
      bodies: programPageBodies(programs),
      baseline: BASELINES.programSql,
    },
    {
      name: 'compare-4',
      description: 'compare(slugs) of 4 programs with their figures',
      connections: LATENCY_CONNECTIONS,
      bodies: compareBodies(programs),
    },
    {
      name: 'search',
      description: 'searchPrograms: words, synonyms, acronyms, typos, facet filters and sorts, 20 hits with all facets',
      connections: LATENCY_CONNECTIONS,
      bodies: searchBodies(),
      baseline: BASELINES.meilisearch,
    },
    {
      name: 'availability-month',
      description: 'availability of a host calendar over one month (demo hosts with booked visits)',
      connections: LATENCY_CONNECTIONS,
      bodies: availabilityBodies(hostRegencyCodes),
    },
  ];
}
