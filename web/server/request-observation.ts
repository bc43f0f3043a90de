import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { type RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { logger } from '../app/lib/logger.server';
import { ssrDuration } from './metrics';

/** The same rule as the API's: a caller's id is kept only when it cannot smuggle anything into a log line. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
// An invitation's address holds its token: the log names the route, not the token.
const TOKEN_IN_PATH = /^\/invitations\/[^/]+/;

function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && ACCEPTABLE_REQUEST_ID.test(header) ? header : randomUUID();
}

export function loggablePath(url: string): string {
  return (url.split('?')[0] ?? '').replace(TOKEN_IN_PATH, '/invitations/:token');
}

type Observed = ServerResponse & { locals?: { observation?: { route?: string } } };

/** The Remix route that rendered the page, `data` for a client-side navigation's data; undefined for files and redirects. */
function routeOf(res: Observed, path: string): string | undefined {
  return res.locals?.observation?.route ?? (path.endsWith('.data') ? 'data' : undefined);
}

/**
 * One JSON line per answered request, in the API's fields (`requestId`, `method`, `path`, `status`, `ms`, and the
 * Remix `route`), never a header, cookie or query string. The request id (the caller's, when harmless, else a new
 * one) is written into the request's `x-request-id`, and the request's span into its `traceparent`: the loaders'
 * calls to the API forward both (app/lib/api.server.ts), so a page's log lines and spans meet the API's.
 */
export function requestObservation(): RequestHandler[] {
  const tracer = trace.getTracer('tiru-web');
  const logRequests = pinoHttp({
    logger,
    genReqId: requestIdOf,
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    customSuccessObject: (req, res, value: { responseTime: number }) => facts(req, res as Observed, value.responseTime),
    customErrorObject: (req, res, _error, value: { responseTime: number }) => facts(req, res as Observed, value.responseTime),
  });
  const facts = (req: IncomingMessage, res: Observed, ms: number) => {
    const path = loggablePath(req.url ?? '');
    return { method: req.method, path, route: routeOf(res, path), status: res.statusCode, ms };
  };
  const traced: RequestHandler = (req, res, next) => {
    req.headers['x-request-id'] = String(req.id);
    delete req.headers.traceparent;
    delete req.headers.tracestate;
    const started = process.hrtime.bigint();
    res.locals.observation = {};
    const span = tracer.startSpan(`${req.method} page`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } });
    const requestContext = trace.setSpan(context.active(), span);
    propagation.inject(requestContext, req.headers);
    res.on('finish', () => {
      const path = loggablePath(req.originalUrl);
      const route = routeOf(res, path);
      if (route) ssrDuration.observe({ route, status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
      span.updateName(`${req.method} ${route ?? 'other'}`);
      span.setAttributes({ 'http.route': route ?? 'other', 'http.response.status_code': res.statusCode });
      span.end();
    });
    context.with(requestContext, next);
  };
  return [logRequests, traced];
}
