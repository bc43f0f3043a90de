import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram, seedTestRegions } from '../testing/factories';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';

const TOKEN = 'a-metrics-token-for-this-test-only';
let server: HttpTestServer;
let origin: string;

beforeAll(async () => {
  server = await startHttpTestServer({ metrics: { token: TOKEN }, introspection: false, secureCookies: true, corsOrigins: ['https://partner.example.go.id'] });
  origin = new URL(server.url).origin;
  const em = server.api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita', hostRegencyCode: '64.74' });
});
afterAll(() => server.close());

async function scrape(): Promise<string> {
  const response = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one series in Prometheus's text format, 0 when it is absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('metrics', () => {
  it('counts and times requests, operations and SQL statements', async () => {
    const before = await scrape();
    await server.post({ query: 'query CatalogPage { programs(first: 5) { totalCount } }' });
    await server.post({ query: 'query Broken { programs(first: -1) { totalCount } }' });
    const after = await scrape();
    for (const series of [
      'tiru_http_requests_total{method="POST",route="/graphql",status="200"}',
      'tiru_graphql_operations_total{operation="CatalogPage",outcome="success"}',
      'tiru_graphql_operation_duration_seconds_count{operation="CatalogPage",outcome="success"}',
      'tiru_graphql_operations_total{operation="Broken",outcome="error"}',
      'tiru_db_queries_total{statement="select",outcome="ok"}',
      'tiru_db_query_duration_seconds_count{statement="select"}',
    ]) {
      expect(sample(after, series), series).toBeGreaterThan(sample(before, series));
    }
  });

  it('labels routes from a fixed set, never with the raw path', async () => {
    await fetch(`${origin}/programs/some-slug-of-a-person`);
    await fetch(`${origin}/visits/12345/calendar.ics`);
    const text = await scrape();
    expect(sample(text, 'tiru_http_requests_total{method="GET",route="unmatched",status="404"}')).toBeGreaterThan(0);
    expect(text).toContain('route="/visits/:id/calendar.ics"');
    expect(text).not.toContain('some-slug-of-a-person');
    expect(text).not.toContain('12345');
  });

  it.each([[undefined], ['Bearer wrong-token'], [`Basic ${TOKEN}`], [`Bearer ${TOKEN}x`]])('refuses /metrics with authorization %s', async (authorization) => {
    const response = await fetch(`${origin}/metrics`, { headers: authorization ? { authorization } : {} });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('tiru_');
  });
});

describe('security headers', () => {
  it('sends a CSP that allows nothing, no framing, nosniff, no referrer and HSTS behind TLS', async () => {
    const { response } = await server.post({ query: '{ __typename }' });
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('answers a preflight only for the origins CORS_ORIGINS lists', async () => {
    const preflight = (from: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const listed = await preflight('https://partner.example.go.id');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://partner.example.go.id');
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    for (const other of ['https://evil.example', 'https://partner.example.go.id.evil.example', 'null']) {
      expect((await preflight(other)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('CORS by default', () => {
  it('sends no CORS header to any origin when CORS_ORIGINS is empty', async () => {
    const closed = await startHttpTestServer({ sharing: server });
    try {
      const response = await fetch(closed.url, { method: 'OPTIONS', headers: { origin: 'https://tiru.example.go.id', 'access-control-request-method': 'POST' } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect((await fetch(`${new URL(closed.url).origin}/metrics`)).status).toBe(404);
    } finally {
      await closed.close();
    }
  });
});
