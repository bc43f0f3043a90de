import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response } from 'express';

/** What the whole handling of one HTTP request shares, without threading it through every call. */
export type RequestScope = {
  requestId: string;
  /** The client's address as Express sees it (X-Forwarded-For from a trusted proxy). */
  clientAddress: string;
  /** Names of the GraphQL operations the request ran, once Apollo has resolved them. */
  operations: string[];
  /** `extensions.code` of every error answered. */
  errorCodes: Set<string>;
};

const storage = new AsyncLocalStorage<RequestScope>();

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** A caller's id is kept only when it cannot smuggle anything into a log line. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | undefined): string {
  return header && ACCEPTABLE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Opens the scope for each request and echoes its id in `x-request-id`. */
export function requestScopeMiddleware(req: Request, res: Response, next: NextFunction): void {
  const scope: RequestScope = {
    requestId: requestIdFrom(req.get('x-request-id')),
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    operations: [],
    errorCodes: new Set(),
  };
  res.setHeader('x-request-id', scope.requestId);
  storage.run(scope, next);
}
