import { type ApolloServerPlugin } from '@apollo/server';
import { boundedLabel, endOperationSpan, graphqlOperationDuration, graphqlOperations, startOperationSpan } from '../observability';
import { loggableName } from './operation-names';

// Operation names are the client's to choose: the web's few dozen fit, an inventor of names gets `other`.
const operationLabel = boundedLabel(200);

/**
 * Counts and times each GraphQL operation by name and outcome (`error` when the answer carries any error), inside
 * the operation's span, which the SQL and Meilisearch spans of its resolvers hang under.
 */
export function operationMetricsPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      let operation = loggableName(request.operationName, 'unresolved');
      const span = startOperationSpan(operation);
      return {
        async didResolveOperation({ operationName }) {
          operation = loggableName(operationName, 'anonymous');
          span.updateName(`graphql ${operation}`);
          span.setAttribute('graphql.operation.name', operation);
        },
        async willSendResponse({ response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          const labels = { operation: operationLabel(operation), outcome: failed ? 'error' : 'success' };
          graphqlOperations.inc(labels);
          graphqlOperationDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          endOperationSpan(span, failed);
        },
      };
    },
  };
}
