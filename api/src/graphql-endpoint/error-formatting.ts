import { type GraphQLFormattedError } from 'graphql';
import { createErrorFormatter } from '../errors';
import { type Logger } from '../core';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnreachable, RETRY_DATABASE_AFTER_SECONDS } from './database-unavailable';
import { databaseRejectedValue, isVariableErrorOverflow, REJECTED_VALUE_MESSAGE } from './input-rejections';
import { REFUSAL_CODES, type RefusalCode } from '../errors';
import { requestScopedLogger } from './request-log';
import { currentRequest } from '../core';

const REFUSALS = new Set<string>(Object.values(REFUSAL_CODES));

/** Apollo files the limit rules' errors under GRAPHQL_VALIDATION_FAILED; the limit's own code is on the original. */
function refusalCodeOf(thrown: unknown): RefusalCode | undefined {
  const code = (thrown as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError?.extensions?.code;
  return typeof code === 'string' && REFUSALS.has(code) ? (code as RefusalCode) : undefined;
}

/**
 * The API's error formatter with these additions: a limit rule's error keeps the limit's code; a
 * database that went away mid-request is SERVICE_UNAVAILABLE; input refused by the database or by
 * graphql-js's variable coercion is BAD_USER_INPUT (not a bug report); every code answered is noted
 * for the request's log line.
 */
export function createHardenedErrorFormatter(logger: Logger) {
  const scopedLogger = requestScopedLogger(logger);
  const format = createErrorFormatter(scopedLogger);
  return (formatted: GraphQLFormattedError, thrown: unknown): GraphQLFormattedError => {
    let result: GraphQLFormattedError;
    const refusalCode = formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ? refusalCodeOf(thrown) : undefined;
    if (refusalCode) {
      result = { message: formatted.message, locations: formatted.locations, extensions: { code: refusalCode } };
    } else if (formatted.extensions?.code !== REFUSAL_CODES.unavailable && isDatabaseUnreachable(thrown)) {
      scopedLogger.warn({ path: formatted.path }, 'database unreachable');
      result = {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: REFUSAL_CODES.unavailable, retryAfterSeconds: RETRY_DATABASE_AFTER_SECONDS },
      };
    } else if (isVariableErrorOverflow(thrown)) {
      result = { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    } else if (databaseRejectedValue(thrown)) {
      scopedLogger.warn({ path: formatted.path, sqlState: databaseRejectedValue(thrown) }, 'the database refused a value the service let through');
      result = { message: REJECTED_VALUE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    } else {
      result = format(formatted, thrown);
    }
    currentRequest()?.errorCodes.add(String(result.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    return result;
  };
}
