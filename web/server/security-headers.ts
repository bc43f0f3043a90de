import { randomBytes } from 'node:crypto';
import { type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { type WebSettings } from './settings';

/**
 * helmet's headers on every page, with a CSP that lets no script run but the site's own files and the inline
 * scripts Remix writes, which carry this response's nonce (`res.locals.cspNonce`, handed to entry.server.tsx).
 * Styles come from the site's files; a `style` attribute (a chart's colour swatch) is the one inline style allowed.
 */
export function securityHeaders(settings: WebSettings): RequestHandler[] {
  const nonce: RequestHandler = (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as unknown as Response).locals.cspNonce as string}'`],
        styleSrc: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(settings.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: settings.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
  });
  return [nonce, headers];
}
