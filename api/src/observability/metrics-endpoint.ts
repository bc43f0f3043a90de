import { createHash, timingSafeEqual } from 'node:crypto';
import { type Request, type Response } from 'express';
import { metricsContentType, metricsText } from './metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token));
}

/**
 * `GET /metrics` in Prometheus's text format. With a token (METRICS_TOKEN) only `Authorization: Bearer <token>`
 * reads it; without one it is served to whoever reaches the listener (METRICS_PORT, or a laptop's API).
 */
export function metricsEndpoint(token: string | undefined) {
  return async (req: Request, res: Response): Promise<void> => {
    if (token !== undefined && !bearerMatches(req.get('authorization'), token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'UNAUTHENTICATED' });
      return;
    }
    res.set('Content-Type', metricsContentType).send(await metricsText());
  };
}
