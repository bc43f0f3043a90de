import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema, visit } from 'graphql';
// The CommonJS build: its ES build imports graphql's .mjs files, a second copy of graphql that
// rejects the schema type-graphql builds with the CommonJS one.
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity/cjs';
import { type DocumentLimits } from './document-limits';
import { REFUSAL_CODES, refusal, requestErrorStatus } from '../errors';

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

/** Directives whose `if` decides whether a selection, and so its cost, counts at all. */
const CONDITIONAL_DIRECTIVES = new Set(['skip', 'include']);

/** Names of the variables an operation's cost can depend on: page sizes and `@skip`/`@include` conditions. */
export function costVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collectVariables = { Variable: (node: { name: { value: string } }) => void names.add(node.name.value) };
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        if ((PAGE_SIZE_ARGUMENTS as readonly string[]).includes(argument.name.value)) visit(argument.value, collectVariables);
      }
    },
    Directive(directive) {
      if (CONDITIONAL_DIRECTIVES.has(directive.name.value)) visit(directive, collectVariables);
    },
  });
  return [...names].sort();
}

/** Costs kept per document for this many different page sizes (and conditions) before they are counted afresh. */
const COSTS_PER_DOCUMENT = 100;

/**
 * `queryCost`, counted once per document, operation and values of its cost variables. Apollo hands
 * back the same parsed document for the same query text, and a request's other variables (a search
 * text, a slug) cannot change its cost, so the walk through the schema happens once, not per request.
 * A request whose other variables do not fit still runs and is told so by execution.
 */
export function memoizedQueryCost(schema: GraphQLSchema) {
  const byDocument = new WeakMap<DocumentNode, { costVariables: string[]; costs: Map<string, number | undefined> }>();
  return (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined) => {
    let known = byDocument.get(document);
    if (!known) byDocument.set(document, (known = { costVariables: costVariablesOf(document), costs: new Map() }));
    // A variable left out (its default applies) and one sent as null cost differently: [] against [null].
    const key = JSON.stringify([operationName, known.costVariables.map((name) => (variables && name in variables ? [variables[name]] : []))]);
    if (known.costs.has(key)) return known.costs.get(key);
    if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
    const cost = queryCost(schema, document, variables, operationName);
    known.costs.set(key, cost);
    return cost;
  };
}

/** Refuses an operation whose cost, with the request's own variables, is over the limit — before it runs. */
export function queryCostPlugin(limits: Pick<DocumentLimits, 'maxCost'>): ApolloServerPlugin<object> {
  let costOf: ReturnType<typeof memoizedQueryCost> | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          costOf ??= memoizedQueryCost(schema);
          const cost = costOf(document, request.variables, operationName ?? undefined);
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
