import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema } from 'graphql';
// The CommonJS build: its ES build imports graphql's .mjs files, a second copy of graphql that
// rejects the schema type-graphql builds with the CommonJS one.
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity/cjs';
import { type ApiLimits } from './api-limits';
import { REFUSAL_CODES, refusal, requestErrorStatus } from './refusals';

/** Arguments that say how many items a list field returns. */
const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'pageSize', 'limit'] as const;

/**
 * One point per field; a field that takes a page size multiplies everything selected below it by
 * that size (`programs(first: 100) { edges { node { … } } }` costs a hundred profiles). Lists
 * without a page size are bounded by the domain (a program's costs, a visit's agenda) and count once.
 */
const pagedFieldEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const pageSize = PAGE_SIZE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === 'number');
  return 1 + childComplexity * Math.max(1, pageSize ?? 1);
};

/**
 * The estimated cost of running `operationName` of `document` with `variables`, or undefined when
 * the variables do not fit the operation (execution then reports that, with the field at fault).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | undefined {
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [pagedFieldEstimator] });
  } catch {
    return undefined;
  }
}

/** Refuses an operation whose cost, with the request's own variables, is over the limit — before it runs. */
export function queryCostPlugin(limits: Pick<ApiLimits, 'maxCost'>): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = queryCost(schema, document, request.variables, operationName ?? undefined);
          if (cost === undefined || cost <= limits.maxCost) return;
          throw refusal(
            REFUSAL_CODES.cost,
            `Query cost limit of ${limits.maxCost} exceeded, estimated ${cost}. Ask for fewer items per page or fewer fields.`,
            requestErrorStatus(request.http?.headers.get('accept')),
            { cost, maxCost: limits.maxCost },
          );
        },
      };
    },
  };
}
