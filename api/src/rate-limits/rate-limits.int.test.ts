import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invite } from '../accounts/accounts.service';
import { createViewer, seedTestRegions } from '../testing/factories';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';
import { DEFAULT_SIGN_IN_TIMING } from './sign-in-timing';

let server: HttpTestServer;
beforeAll(async () => {
  server = await startHttpTestServer();
  await seedTestRegions(server.api.em());
});
afterAll(() => server.close());

describe('rate limits', () => {
  it('counts every mutation, aliased ones too, and answers 429 with Retry-After and a GraphQL body', async () => {
    const limited = await startHttpTestServer({ sharing: server, limits: { mutationsPerWindow: 3 } });
    try {
      expect((await limited.post({ query: 'mutation { a: signOut b: signOut c: signOut }' })).body.data).toEqual({ a: true, b: true, c: true });
      const { response, body } = await limited.post({ query: 'mutation { signOut }' });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect((await limited.post({ query: '{ __typename }' })).response.status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('gives signIn and acceptInvitation a budget of their own', async () => {
    const limited = await startHttpTestServer({ sharing: server, limits: { signInsPerWindow: 2 } });
    const acceptInvitation = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }';
    try {
      const input = { token: 'no such token', displayName: 'Someone', password: 'long enough password' };
      expect((await limited.post({ query: acceptInvitation, variables: { input } })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await limited.post({ query: acceptInvitation, variables: { input } })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const third = await limited.post({ query: 'mutation { signIn(email: "a@b.test", password: "whatever it is") { email } }' });
      expect(third.response.status).toBe(429);
      expect(third.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});

describe('failed sign-ins', () => {
  const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }';
  let limited: HttpTestServer;
  beforeAll(async () => {
    limited = await startHttpTestServer({ sharing: server, limits: { signInFailuresBeforeDelay: 2, signInFailuresPerAddressBeforeDelay: 50 } });
    const admin = await createViewer(server.api.em(), 'ADMIN');
    const { token } = await invite(server.api.em(), admin, { email: 'editor@bontang.test', role: 'HOST_EDITOR', regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] }, 'http://web');
    await limited.post({
      query: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }',
      variables: { input: { token, displayName: 'Editor Bontang', password: 'the right password' } },
    });
  });
  afterAll(() => limited.close());

  async function signIn(email: string, password: string) {
    const { response, body } = await limited.post({ query: SIGN_IN, variables: { email, password } });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), error: body.errors?.[0] };
  }

  it.each([['editor@bontang.test'], ['nobody@bontang.test']])('makes %s wait after repeated failures, whether or not the account exists', async (email) => {
    const first = await signIn(email, 'wrong password 1');
    const second = await signIn(email, 'wrong password 2');
    expect([first.error?.extensions?.code, second.error?.extensions?.code]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(second.error?.message).toBe('The e-mail or password is not right.');
    const third = await signIn(email, 'the right password');
    expect(third).toMatchObject({ status: 429, retryAfter: '1', error: { extensions: { code: 'TOO_MANY_FAILED_SIGN_INS', retryAfterSeconds: 1 } } });
  });

  it('answers no sooner than the floor, whether or not the account exists', async () => {
    for (const email of ['editor@bontang.test', 'nobody.at.all@bontang.test']) {
      const started = performance.now();
      await signIn(email, 'a wrong password');
      expect(performance.now() - started).toBeGreaterThanOrEqual(DEFAULT_SIGN_IN_TIMING.signInMinimumMs);
    }
  });

  it('does not hold other e-mails back', async () => {
    expect((await signIn('someone.else@bontang.test', 'wrong password')).error?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
