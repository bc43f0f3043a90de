import { type NextFunction, type Request, type Response } from 'express';
import { type Logger } from '../core';
import { currentRequest } from '../core';

/**
 * One JSON line per request once it is answered. Only facts about the request are written — never
 * the body, the query string (GET variables), headers or cookies — so nothing a person typed can
 * leak into the log.
 */
export function requestLogMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const scope = currentRequest();
    res.on('finish', () => {
      logger.info(
        {
          requestId: scope?.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          operation: scope?.operations.join(',') || undefined,
          errors: scope?.errorCodes.size ? [...scope.errorCodes] : undefined,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}

/** A logger that adds the current request's id to every line written while handling it. */
export function requestScopedLogger(logger: Logger): Pick<Logger, 'error' | 'warn' | 'info'> {
  const scoped = () => {
    const requestId = currentRequest()?.requestId;
    return requestId ? logger.child({ requestId }) : logger;
  };
  return {
    error: (...args: Parameters<Logger['error']>) => scoped().error(...args),
    warn: (...args: Parameters<Logger['warn']>) => scoped().warn(...args),
    info: (...args: Parameters<Logger['info']>) => scoped().info(...args),
  };
}
