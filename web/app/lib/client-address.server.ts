/**
 * The X-Forwarded-For chain the API should see, as a proxy writes it: the addresses earlier proxies put there, then
 * the peer that connected to the web server (the browser, or the last proxy in front of us). The API walks it from
 * the right through the hops it trusts (`TRUST_PROXY`), so a browser that writes the header itself cannot pose as
 * another client: its own address is always the last entry.
 */
export function forwardedForWithPeer(
  forwardedFor: string | string[] | undefined,
  peerAddress: string | undefined
): string | undefined {
  const earlier = (Array.isArray(forwardedFor) ? forwardedFor : [forwardedFor ?? ''])
    .flatMap((value) => value.split(','))
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const chain = peerAddress ? [...earlier, peerAddress] : earlier;
  return chain.length > 0 ? chain.join(', ') : undefined;
}

/** Request headers as Node's HTTP server holds them. */
type NodeRequestHeaders = Record<string, string | string[] | undefined>;

/** Rewrites an incoming request's X-Forwarded-For before Remix turns it into a Fetch Request for the loaders. */
export function recordPeerAddress(request: { headers: NodeRequestHeaders; socket: { remoteAddress?: string } }): void {
  const chain = forwardedForWithPeer(request.headers['x-forwarded-for'], request.socket.remoteAddress);
  if (chain === undefined) delete request.headers['x-forwarded-for'];
  else request.headers['x-forwarded-for'] = chain;
}
