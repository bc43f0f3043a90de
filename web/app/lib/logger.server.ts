import { pino } from 'pino';

/**
 * The web's JSON lines on stdout, the same shape as the API's (pino: `level`, `time`, `msg`, and for requests
 * `requestId`, `method`, `path`, `status`, `ms`). Only facts are logged: never a body, a query string, a header or a
 * cookie; the redaction is the backstop for a careless caller.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'headers', '*.headers', 'phone', '*.phone', 'email', '*.email'], censor: '[redacted]' },
});
