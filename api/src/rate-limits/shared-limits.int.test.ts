import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTestServer, type HttpTestServer } from '../testing/http-test-server';

// Two apps on one database stand for two API replicas: each has its own plugins and memory, nothing else.
let first: HttpTestServer;
let second: HttpTestServer;
beforeAll(async () => {
  first = await startHttpTestServer({ limits: { mutationsPerWindow: 6, signInsPerWindow: 1_000, signInFailuresBeforeDelay: 3, signInFailuresPerAddressBeforeDelay: 1_000 } });
  second = await startHttpTestServer({ sharing: first, limits: { mutationsPerWindow: 6, signInsPerWindow: 1_000, signInFailuresBeforeDelay: 3, signInFailuresPerAddressBeforeDelay: 1_000 } });
});
afterAll(async () => {
  await second.close();
  await first.close();
});

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }';

describe('limits shared by API replicas on one database', () => {
  it('makes failed sign-ins spread over both replicas wait exactly as on one', async () => {
    const codes: (string | undefined)[] = [];
    for (const replica of [first, second, first, second, first]) {
      const { body } = await replica.post({ query: SIGN_IN, variables: { email: 'guesser@bontang.test', password: 'a guess' } });
      codes.push(body.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_FAILED_SIGN_INS', 'TOO_MANY_FAILED_SIGN_INS']);
  });

  it('counts mutations sent to either replica against one budget', async () => {
    const statuses: number[] = [];
    for (const replica of [first, second, first]) statuses.push((await replica.post({ query: 'mutation { signOut }' })).response.status);
    const refused = await second.post({ query: 'mutation { signOut }' });
    // The five sign-ins above were mutations too: the sixth change of the window is the last one allowed.
    expect(statuses).toEqual([200, 429, 429]);
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
