/** Liveness of the web server itself (no API call), for process supervisors and the e2e harness. */
export function loader() {
  return new Response('ok', { headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });
}
