import { createHash, timingSafeEqual } from 'node:crypto';
import { type RequestHandler } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The web process's registry: its SSR timings beside Node's own figures. */
export const webMetrics = new Registry();
collectDefaultMetrics({ register: webMetrics, prefix: 'tiru_web_' });

export const ssrDuration = new Histogram({
  name: 'tiru_web_ssr_duration_seconds',
  help: 'Time the web took to answer a page or a form post, by Remix route and status (loaders and the API calls included)',
  labelNames: ['route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [webMetrics],
});

const digest = (value: string) => createHash('sha256').update(value).digest();

/** `GET /metrics`; with METRICS_TOKEN only `Authorization: Bearer <token>` reads it. */
export function metricsEndpoint(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    const presented = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (token !== undefined && (presented === undefined || !timingSafeEqual(digest(presented), digest(token)))) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized');
      return;
    }
    webMetrics.metrics().then((text) => res.type(webMetrics.contentType).send(text), next);
  };
}
