import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram, seedTestRegions } from '../testing/factories';
import { invite } from '../accounts/accounts.service';
import { createViewer } from '../testing/factories';
import { DEFAULT_LIMITS } from '../graphql-endpoint/api-limits';
import { startHttpTestServer, type HttpTestServer } from '../testing/http-test-server';

const GRAPHQL_RESPONSE = { accept: 'application/graphql-response+json' };

let server: HttpTestServer;
beforeAll(async () => {
  server = await startHttpTestServer();
  await seedTestRegions(server.api.em());
  await createProgram(server.api.em(), { slug: 'prolita', hostRegencyCode: '64.74' });
});
afterAll(() => server.close());

/** `program { adoptions { program { adoptions { … } } } }`, `levels` selections deep. */
function nestedQuery(levels: number): string {
  let selection = 'id';
  for (let level = levels - 1; level > 1; level -= 1) selection = `${level % 2 === 0 ? 'adoptions' : 'program'} { ${selection} }`;
  return `{ program(slug: "prolita") { ${selection} } }`;
}

async function refusedWith(query: string, variables: Record<string, unknown> = {}) {
  const { response, body } = await server.post({ query, variables }, GRAPHQL_RESPONSE);
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data };
}

describe('document limits, each with its own code', () => {
  it('refuses a query 20 levels deep and runs one within the limit', async () => {
    expect(await refusedWith(nestedQuery(20))).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP', message: expect.stringMatching(/depth limit of 10 exceeded, found 20/) });
    const { body } = await server.post({ query: nestedQuery(DEFAULT_LIMITS.maxDepth) });
    expect(body.errors).toBeUndefined();
  });

  it('counts depth and aliases through fragments, where they are spread', async () => {
    const fragments = Array.from({ length: 12 }, (_, level) =>
      level % 2 === 0 ? `fragment F${level} on Program { adoptions { ...F${level + 1} } }` : `fragment F${level} on Adoption { program { ...F${level + 1} } }`,
    ).join(' ');
    const deep = `{ program(slug: "prolita") { ...F0 } } ${fragments} fragment F12 on Program { id }`;
    expect(await refusedWith(deep)).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP' });
    const aliased = 'fragment Names on Program { a: slug b: slug c: slug d: slug e: slug f: slug g: slug h: slug }';
    const spread = `{ one: program(slug: "prolita") { ...Names } two: program(slug: "prolita") { ...Names } } ${aliased}`;
    expect(await refusedWith(spread)).toMatchObject({ status: 400, code: 'TOO_MANY_ALIASES' });
  });

  it('lets the full introspection query through', async () => {
    const { body } = await server.post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });
    expect(body.errors).toBeUndefined();
  });

  it('refuses ten thousand aliases, __typename ones too', async () => {
    const aliases = Array.from({ length: 10_000 }, (_, index) => `a${index}: __typename`).join(' ');
    expect(await refusedWith(`{ ${aliases} }`)).toMatchObject({ status: 400, code: 'TOO_MANY_ALIASES' });
    const few = Array.from({ length: DEFAULT_LIMITS.maxAliases }, (_, index) => `a${index}: __typename`).join(' ');
    expect((await server.post({ query: `{ ${few} }` })).body.errors).toBeUndefined();
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, () => '__typename @include(if: true)').join(' ');
    expect(await refusedWith(`{ ${fields} }`)).toMatchObject({ status: 400, code: 'TOO_MANY_DIRECTIVES' });
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => 'slug').join(' ');
    expect(await refusedWith(`{ program(slug: "prolita") { ${fields} } }`)).toMatchObject({ status: 400, code: 'TOO_MANY_TOKENS' });
  });

  it('prices list fields by their page size and refuses an operation that costs too much', async () => {
    const profile = `slug title localName acronym summary problem approachSteps legalBasis startYear endYear beneficiaries unitsBuilt
      totalBudgetRupiah unitCostRupiah hostRegency { code name province { code name } } costs { id kind label amountRupiah unit year source }
      funding { id kind sharePercent amountRupiah note } outcomes { id indicator baseline value unit period } partners { id name role }
      documents { id title url } adoptions { id stage year notes adopterRegency { code name } }`;
    const query = `query List($first: Int!) { programs(first: $first) { edges { node { ${profile} } } } }`;
    expect(await refusedWith(query, { first: 100 })).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/estimated \d+/) });
    const { body } = await server.post({ query, variables: { first: 10 } });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ programs: { edges: [{ node: { slug: 'prolita' } }] } });
  });

  it('keeps the page size caps of the fields themselves', async () => {
    expect(await refusedWith('{ programs(first: 101) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusedWith('{ programs(first: 0) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

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
      expect(performance.now() - started).toBeGreaterThanOrEqual(DEFAULT_LIMITS.signInMinimumMs);
    }
  });

  it('does not hold other e-mails back', async () => {
    expect((await signIn('someone.else@bontang.test', 'wrong password')).error?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
