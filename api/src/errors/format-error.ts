import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { type ValidationError as ClassValidationError } from 'class-validator';
import { DriverException, OptimisticLockError, UniqueConstraintViolationException, ConnectionException } from '@mikro-orm/core';
import { DomainError } from './domain-errors';

type Logger = { error(object: object, message?: string): void };

function firstValidationProblem(errors: ClassValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstValidationProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code, ...extra } };
}

/**
 * Turns whatever a resolver threw into a GraphQL error with a code, a message a person can act on
 * and, for bad input, the field at fault. Nothing unexpected leaves the server: no stack, no SQL.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, thrown: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(thrown);
    if (error instanceof DomainError) {
      return withCode(formatted, error.code, error.message, { ...(error.field ? { field: error.field } : {}), ...error.details });
    }
    if (error instanceof ArgumentValidationError) {
      const { validationErrors } = error.extensions;
      const problem = Array.isArray(validationErrors) ? firstValidationProblem(validationErrors) : undefined;
      return withCode(formatted, 'BAD_USER_INPUT', problem ? `${problem.field}: ${problem.message}` : 'The input is not valid.', {
        field: problem?.field,
      });
    }
    if (error instanceof OptimisticLockError) {
      return withCode(formatted, 'CONFLICT', 'Someone else changed this at the same time. Reload and try again.', { field: 'version' });
    }
    if (error instanceof UniqueConstraintViolationException) {
      return withCode(formatted, 'CONFLICT', 'This already exists.');
    }
    if (error instanceof ConnectionException) {
      logger.error({ err: error }, 'database unreachable');
      return withCode(formatted, 'SERVICE_UNAVAILABLE', 'The database is not reachable right now. Nothing was saved; try again shortly.');
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: error instanceof DriverException ? { name: error.name, code: error.code } : error }, 'unexpected error in resolver');
    return withCode(formatted, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Nothing was saved.');
  };
}
