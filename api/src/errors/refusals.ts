import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The `extensions.code` of each limit, so a client can tell which one it ran into. */
export const REFUSAL_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
  cost: 'QUERY_TOO_COMPLEX',
  batch: 'BATCH_TOO_LARGE',
  body: 'PAYLOAD_TOO_LARGE',
  badBody: 'BAD_REQUEST',
  rate: 'RATE_LIMITED',
  signInFailures: 'TOO_MANY_FAILED_SIGN_INS',
  timeout: 'REQUEST_TIMEOUT',
  unavailable: 'SERVICE_UNAVAILABLE',
} as const;

export type RefusalCode = (typeof REFUSAL_CODES)[keyof typeof REFUSAL_CODES];

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * GraphQL over HTTP: a client that accepts `application/graphql-response+json` is told about a
 * request it must change with 400; a legacy `application/json` client gets 200 and reads `errors`.
 */
export function requestErrorStatus(accept: string | undefined): number {
  return accept?.includes(GRAPHQL_RESPONSE_JSON) ? 400 : 200;
}

/** A refused request as a GraphQL error; Apollo sends `http.status` and `http.headers` as they are. */
export function refusal(code: RefusalCode, message: string, status: number, extensions: Record<string, unknown> = {}): GraphQLError {
  const headers = new HeaderMap();
  if (typeof extensions.retryAfterSeconds === 'number') headers.set('retry-after', String(extensions.retryAfterSeconds));
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status, headers } } });
}

/** The same refusal as a body for plain Express handlers (before Apollo has seen the request). */
export function refusalBody(code: RefusalCode | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR', message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
