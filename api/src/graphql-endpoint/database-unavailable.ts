import { type GraphQLError } from 'graphql';
import { REFUSAL_CODES, refusal } from '../errors';

/**
 * Error codes that mean "the database cannot be reached right now" rather than "this request is
 * wrong": refused or dropped sockets, and PostgreSQL's connection failures, shutdowns and
 * `ALLOW_CONNECTIONS false`.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01', // admin_shutdown: the connection was terminated
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '55000', // object_not_in_prerequisite_state: the database does not accept connections
  '3D000', // invalid_catalog_name: the database is gone
]);
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect/i;

/** The error and what it wraps (GraphQL's `originalError`, the standard `cause`). */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

export function isDatabaseUnreachable(error: unknown): boolean {
  return errorChain(error).some((cause) => {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    return (typeof code === 'string' && UNREACHABLE_CODES.has(code)) || (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message));
  });
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not reachable right now. Nothing was saved; try again shortly.';
export const RETRY_DATABASE_AFTER_SECONDS = 5;

export function databaseUnavailable(): GraphQLError {
  return refusal(REFUSAL_CODES.unavailable, DATABASE_UNAVAILABLE_MESSAGE, 503, { retryAfterSeconds: RETRY_DATABASE_AFTER_SECONDS });
}

/** Wraps Apollo's context function: a database that cannot be asked who the viewer is answers 503. */
export function withDatabaseUnavailableAs503<Args extends unknown[], Context>(createContext: (...args: Args) => Promise<Context>) {
  return async (...args: Args): Promise<Context> => {
    try {
      return await createContext(...args);
    } catch (error) {
      if (isDatabaseUnreachable(error)) throw databaseUnavailable();
      throw error;
    }
  };
}
