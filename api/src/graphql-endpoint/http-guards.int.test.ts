import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';
import { DEFAULT_LIMITS } from './api-limits';

let server: HttpTestServer;
beforeAll(async () => {
  server = await startHttpTestServer();
});
afterAll(() => server.close());

describe('request limits', () => {
  it('refuses a 10 MB body with 413 and a JSON error', async () => {
    const { response, body } = await server.post({ query: '{ __typename }', variables: { padding: 'x'.repeat(10 * 1024 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE', maxBodyBytes: DEFAULT_LIMITS.maxBodyBytes } });
  });

  it('runs a small batch and refuses a large one', async () => {
    const operation = { query: '{ __typename }' };
    const small = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([operation, operation]) });
    expect(await small.json()).toEqual([{ data: { __typename: 'Query' } }, { data: { __typename: 'Query' } }]);
    const { response, body } = await server.post(Array.from({ length: DEFAULT_LIMITS.maxBatch + 1 }, () => operation));
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BATCH_TOO_LARGE');
  });
});
