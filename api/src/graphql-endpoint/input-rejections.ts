import { errorChain } from './database-unavailable';

/**
 * Input that got past the GraphQL types and the services and was refused by PostgreSQL itself:
 * SQLSTATE class 22 (a number out of range, text that is not a uuid, a NUL character) and class 23
 * (a missing reference, a CHECK). Nothing was written — the transaction rolled back — and the
 * client is told its input was wrong, not that the server broke. Unique violations stay CONFLICT.
 */
export function databaseRejectedValue(error: unknown): string | undefined {
  for (const cause of errorChain(error)) {
    const code = (cause as { code?: unknown; name?: unknown }).code;
    const isDriverError = typeof (cause as { name?: unknown }).name === 'string' && String((cause as { name: string }).name).endsWith('Exception');
    if (isDriverError && typeof code === 'string' && /^2[23]/.test(code) && code !== '23505') return code;
  }
  return undefined;
}

export const REJECTED_VALUE_MESSAGE = 'A value in the input is not valid here (out of range, badly formed, or naming something that does not exist). Nothing was saved.';

/** graphql-js stops coercing variables after 50 errors and says so without naming a variable; it is still bad input. */
export function isVariableErrorOverflow(error: unknown): boolean {
  return errorChain(error).some((cause) => (cause as { message?: unknown }).message === 'Too many errors processing variables, error limit reached. Execution aborted.');
}
