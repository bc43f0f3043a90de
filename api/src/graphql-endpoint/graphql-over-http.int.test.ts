import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTestServer, type HttpTestServer } from '../testing/http-test-server';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

let server: HttpTestServer;
beforeAll(async () => {
  server = await startHttpTestServer();
});
afterAll(() => server.close());

function getUrl(query: string, variables?: Record<string, unknown>): string {
  const url = new URL(server.url);
  url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  return url.toString();
}

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  it('passes every MUST and every SHOULD', async () => {
    const results = await Promise.all(serverAudits({ url: () => server.url }).map((audit) => audit.fn()));
    const failed = results.filter((result) => /^(MUST|SHOULD) /.test(result.name) && result.status !== 'ok');
    expect(failed.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST ')).length).toBeGreaterThanOrEqual(13);
  });
});

describe('/graphql', () => {
  it('answers a POSTed query in application/graphql-response+json when the client accepts it', async () => {
    const { response, body } = await server.post({ query: '{ __typename }' }, { accept: GRAPHQL_RESPONSE });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(GRAPHQL_RESPONSE);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs queries over GET (with a preflight header) and refuses mutations there with 405', async () => {
    const query = await fetch(getUrl('query Kind($name: String!) { __type(name: $name) { name } }', { name: 'Program' }), {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __type: { name: 'Program' } } });

    const mutation = await fetch(getUrl('mutation { signOut }'), { headers: { 'apollo-require-preflight': 'true', accept: GRAPHQL_RESPONSE } });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
    expect(((await mutation.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });

  it.each([
    ['a parse error', '{ programs(', 'GRAPHQL_PARSE_FAILED'],
    ['a validation error', '{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers %s with 400 to graphql-response+json clients and 200 to application/json clients', async (_what, query, code) => {
    const modern = await server.post({ query }, { accept: GRAPHQL_RESPONSE });
    expect(modern.response.status).toBe(400);
    expect(modern.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(modern.body).not.toHaveProperty('data');
    const legacy = await server.post({ query }, { accept: 'application/json' });
    expect(legacy.response.status).toBe(200);
    expect(legacy.body.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('answers a body that is not JSON with a GraphQL-shaped 400, never an HTML page', async () => {
    const { response, body } = await server.post('{ "query": ', {});
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
  });
});

describe('CSRF prevention', () => {
  const signOut = JSON.stringify({ query: 'mutation { signOut }' });

  it.each([
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 'query=mutation%20%7B%20signOut%20%7D'],
    ['a text/plain post', { 'content-type': 'text/plain' }, signOut],
    ['a multipart post', { 'content-type': 'multipart/form-data; boundary=x' }, signOut],
    ['a post without content type', {}, signOut],
  ])('refuses %s, which a browser sends cross-site without asking', async (_what, headers, body) => {
    const response = await fetch(server.url, { method: 'POST', headers, body });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a GET without a preflight header', async () => {
    const response = await fetch(getUrl('{ __typename }'));
    expect(response.status).toBe(400);
  });

  it('keeps the web working: its application/json posts carry cookies and run', async () => {
    const { response, body } = await server.post({ query: 'mutation { signOut }' }, { cookie: 'tiru_session=whatever', accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(body).toEqual({ data: { signOut: true } });
  });
});

describe('introspection and the IDE', () => {
  it('are on in development', async () => {
    const { body } = await server.post({ query: '{ __schema { queryType { name } } }' });
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('are off, with no schema hints in errors, when turned off', async () => {
    const closed = await startHttpTestServer({ introspection: false, sharing: server });
    try {
      const { body } = await closed.post({ query: '{ __schema { queryType { name } } }' });
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = await closed.post({ query: '{ program { titel } }' });
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
      const page = await fetch(closed.url, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toContain('text/html');
    } finally {
      await closed.close();
    }
  });
});
