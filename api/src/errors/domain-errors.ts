/**
 * Domain errors carry the GraphQL error code and, for bad input, the field at fault.
 * Services throw them; `server/format-error.ts` turns them into GraphQL errors.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInput extends DomainError {
  constructor(field: string, message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, field, details);
  }
}

export class NotAuthenticated extends DomainError {
  constructor(message = 'Sign in to do this.') {
    super('UNAUTHENTICATED', message);
  }
}

export class NotAllowed extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, key: string, field?: string) {
    super('NOT_FOUND', `${what} "${key}" does not exist.`, field);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, field?: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, field, details);
  }
}

export class StaleVersion extends Conflict {
  constructor(what: string, expected: number, actual: number) {
    super(
      `${what} was changed by someone else (you edited version ${expected}, it is now at version ${actual}). Reload and apply your change again.`,
      'version',
      { expectedVersion: expected, actualVersion: actual },
    );
  }
}

export class ServiceUnavailable extends DomainError {
  constructor(message: string) {
    super('SERVICE_UNAVAILABLE', message);
  }
}
