import { context } from '@opentelemetry/api';
import { type NextFunction, type Request, type Response } from 'express';
import { httpRequestDuration, httpRequests } from './metrics';
import { serverSpanContext } from './tracing';

/**
 * Counts and times every request by route and status, inside a server span that continues the caller's trace.
 * `routeOf` names the route from a bounded set (never the raw path: ids would make a label per program).
 */
export function httpObservation(routeOf: (path: string) => string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const route = routeOf(req.path);
    const { span, context: requestContext } = serverSpanContext(`${req.method} ${route}`, req.headers, {
      'http.request.method': req.method,
      'http.route': route,
    });
    res.on('finish', () => {
      const labels = { method: req.method, route, status: String(res.statusCode) };
      httpRequests.inc(labels);
      httpRequestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      span.setAttribute('http.response.status_code', res.statusCode);
      span.end();
    });
    context.with(requestContext, next);
  };
}
