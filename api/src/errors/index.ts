export { Conflict, DomainError, InvalidInput, NotAllowed, NotAuthenticated, NotFound, ServiceUnavailable, StaleVersion } from './domain-errors';
export { createErrorFormatter } from './format-error';
export { refusal, REFUSAL_CODES, refusalBody, type RefusalCode, requestErrorStatus } from './refusals';
