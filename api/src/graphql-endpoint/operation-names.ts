import { type ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from '../core';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Only a GraphQL name, cut to a readable length, goes to the log. */
export function loggableName(name: string | null | undefined, fallback: string): string {
  return name && GRAPHQL_NAME.test(name) ? name.slice(0, 100) : fallback;
}

/**
 * Notes each operation's name for the request's log line: the name Apollo resolved from the
 * document (so a client that leaves out `operationName` is still named), `anonymous` for an unnamed
 * one, and what the client claimed when the document never got that far.
 */
export function operationNamesPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ request }) {
      const scope = currentRequest();
      const index = (scope?.operations.push(loggableName(request.operationName, 'unresolved')) ?? 0) - 1;
      return {
        async didResolveOperation({ operationName }) {
          if (scope) scope.operations[index] = loggableName(operationName, 'anonymous');
        },
      };
    },
  };
}
