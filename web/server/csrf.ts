import { type RequestHandler } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string | undefined): string | undefined {
  return url && URL.canParse(url) ? new URL(url).origin : undefined;
}

/**
 * Where a state-changing request comes from, by the best evidence the browser gives: `Sec-Fetch-Site` (every current
 * browser), else `Origin` (sent on every POST since 2020, `null` from sandboxes and privacy modes), else the
 * `Referer` (older browsers; the site's Referrer-Policy keeps it whole for its own pages). `SameSite=Lax` alone is
 * not enough: it calls a sibling subdomain of go.id "same site".
 */
export function requestIsFromOrigin(headers: { secFetchSite?: string; origin?: string; referer?: string }, webOrigin: string): boolean {
  if (headers.secFetchSite) return headers.secFetchSite === 'same-origin' && (headers.origin === undefined || headers.origin === webOrigin);
  if (headers.origin) return headers.origin === webOrigin;
  return originOf(headers.referer) === webOrigin;
}

/**
 * One check in front of every Remix action (forms post to the page's own address, with or without JavaScript):
 * a non-GET request that does not come from WEB_ORIGIN is refused with 403 before any loader or action runs.
 * A request carrying no evidence at all (no browser the site supports sends none) is refused too.
 */
export function refuseCrossOriginPosts(webOrigin: string): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const evidence = { secFetchSite: req.get('sec-fetch-site'), origin: req.get('origin'), referer: req.get('referer') };
    if (requestIsFromOrigin(evidence, webOrigin)) return next();
    res.status(403).type('text/plain').send('Forbidden: this form was not sent from this site.');
  };
}
