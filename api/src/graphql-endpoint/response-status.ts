import { type ApolloServerPlugin } from '@apollo/server';
import { RETRY_DATABASE_AFTER_SECONDS } from './database-unavailable';
import { REFUSAL_CODES, requestErrorStatus } from '../errors';

/**
 * HTTP status of an executed operation, as GraphQL over HTTP asks: a legacy `application/json`
 * client gets 200 for errors in its request (it reads `errors`); an operation that could not reach
 * the database is 503 with Retry-After, so load balancers and clients back off instead of retrying
 * at once.
 */
export function responseStatusPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (errors.some((error) => error.extensions?.code === REFUSAL_CODES.unavailable)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_DATABASE_AFTER_SECONDS));
          } else if (response.http.status === 400 && requestErrorStatus(request.http?.headers.get('accept')) === 200) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
