import cors from 'cors';
import { type RequestHandler } from 'express';
import helmet from 'helmet';

// The API answers JSON and a calendar file: nothing it serves may run a script, load anything or be framed.
const apiContentSecurityPolicy = { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } };

/**
 * helmet's headers on every answer: a CSP that allows nothing, `nosniff`, `no-referrer`, no framing, and HSTS when
 * cookies are Secure (production, behind TLS). The GraphQL IDE (introspection on, outside production) is the one
 * page with scripts: its `GET /graphql` keeps the other headers but no CSP.
 */
export function securityHeaders(options: { hsts: boolean; introspection: boolean }): RequestHandler {
  const shared = { hsts: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false, referrerPolicy: { policy: 'no-referrer' as const } };
  const strict = helmet({ ...shared, contentSecurityPolicy: apiContentSecurityPolicy });
  const forIde = helmet({ ...shared, contentSecurityPolicy: false });
  return (req, res, next) => (options.introspection && req.method === 'GET' && req.path === '/graphql' ? forIde : strict)(req, res, next);
}

/**
 * Browsers may call the API from the origins in CORS_ORIGINS only, with their cookies; with none (the default) no
 * CORS header is sent and browsers refuse every cross-origin call. The web reaches the API from its server.
 */
export function corsForOrigins(origins: readonly string[]): RequestHandler[] {
  return origins.length === 0 ? [] : [cors({ origin: [...origins], credentials: true, maxAge: 600 })];
}
