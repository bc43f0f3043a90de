/**
 * The site's public address for absolute links (hreflang alternates, canonical): `WEB_ORIGIN` where it is set, as
 * in production behind a proxy, else the address the request came in on.
 */
export function publicOriginOf(request: Request): string {
  const configured = process.env.WEB_ORIGIN;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
