import { initGraphQLTada } from 'gql.tada';
import { type introspection } from './graphql-env';

/**
 * Typed GraphQL documents for loaders and actions. `graphql-env.d.ts` is generated from schema/schema.graphql by
 * `npm run codegen -w @tiru/web`; money (BigInt) and dates travel as strings so nothing is lost to floats.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    BigInt: string;
    DateTime: string;
    DateTimeISO: string;
    LocalDate: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
