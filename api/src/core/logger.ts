import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON lines on stdout; secrets and contact details never reach the log. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'req.headers.cookie', 'phone', '*.phone', 'email', '*.email'], censor: '[redacted]' },
  });
}
