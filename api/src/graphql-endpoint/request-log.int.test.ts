import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invite } from '../accounts/accounts.service';
import { createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';

const SECRETS = {
  password: 'kata sandi yang rahasia sekali',
  email: 'sari.bappeda@bontang.go.id',
  phone: '+62 812 9988 7766',
};

let server: HttpTestServer;
let invitationToken: string;

beforeAll(async () => {
  server = await startHttpTestServer();
  const em = server.api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita', hostRegencyCode: '64.74' });
  const admin = await createViewer(em, 'ADMIN');
  invitationToken = (await invite(em, admin, { email: SECRETS.email, role: 'HOST_EDITOR', regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] }, 'http://web')).token;
});
afterAll(() => server.close());

function requestLines() {
  return server.logLines.filter((line) => line.msg === 'request');
}

describe('request log', () => {
  it('writes one line per request, naming the operation even when the client does not', async () => {
    const before = requestLines().length;
    await server.post({ query: 'query CatalogPage { programs(first: 5) { totalCount } }' }, { 'x-request-id': 'web-1234' });
    await server.post({ query: '{ __typename }' });
    await server.post({ query: 'query A { __typename } query B { __typename }', operationName: 'B' });
    const lines = requestLines().slice(before);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ requestId: 'web-1234', method: 'POST', path: '/graphql', status: 200, operation: 'CatalogPage', ms: expect.any(Number) });
    expect(lines[1]).toMatchObject({ operation: 'anonymous' });
    expect(lines[2]).toMatchObject({ operation: 'B' });
  });

  it('passes the request id on in the response, and replaces one that could forge a log line', async () => {
    const kept = await server.post({ query: '{ __typename }' }, { 'x-request-id': 'abc.DEF-123:9' });
    expect(kept.response.headers.get('x-request-id')).toBe('abc.DEF-123:9');
    const forged = await server.post({ query: '{ __typename }' }, { 'x-request-id': `x"} {"level":60,"msg":"forged` });
    const replaced = forged.response.headers.get('x-request-id')!;
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines().at(-1)).toMatchObject({ requestId: replaced });
  });

  it('lists the codes of the errors answered', async () => {
    await server.post({ query: '{ programs(first: 500) { totalCount } }' });
    await server.post({ query: `{ ${Array.from({ length: 20 }, (_, index) => `a${index}: __typename`).join(' ')} }` });
    const [pageTooLarge, tooManyAliases] = requestLines().slice(-2);
    expect(pageTooLarge).toMatchObject({ errors: ['BAD_USER_INPUT'] });
    expect(tooManyAliases).toMatchObject({ errors: ['TOO_MANY_ALIASES'] });
  });

  it('never holds passwords, tokens, cookies or contact details, even when requests fail', async () => {
    const accepted = await server.post({
      query: 'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }',
      variables: { input: { token: invitationToken, displayName: 'Sari', password: SECRETS.password } },
    });
    const cookie = accepted.response.headers.get('set-cookie')!.split(';')[0]!;
    const sessionToken = cookie.split('=')[1]!;
    await server.post({ query: 'mutation SignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', variables: { e: SECRETS.email, p: `${SECRETS.password}!` } });
    const version = ((await server.post({ query: '{ program(slug: "prolita") { version } }' })).body.data?.program as { version: number }).version;
    const contact = await server.post(
      {
        query: 'mutation Contact($version: Int!, $input: ContactInput!) { addProgramContact(slug: "prolita", version: $version, input: $input) { version } }',
        variables: { version, input: { name: 'Sari', role: 'Kepala Bidang', phone: SECRETS.phone, email: SECRETS.email } },
      },
      { cookie },
    );
    expect(contact.body.errors).toBeUndefined();
    await server.post({ query: 'mutation Again($version: Int!) { addProgramContact(slug: "prolita", version: $version, input: { name: "Sari", role: "Kabid", phone: "+62 812 9988 7766", email: "sari.bappeda@bontang.go.id" }) { version } }', variables: { version } }, { cookie });
    await fetch(`${server.url}?query=${encodeURIComponent(`{ program(slug: "${SECRETS.email}") { id } }`)}&variables=${encodeURIComponent(JSON.stringify({ password: SECRETS.password }))}`, {
      headers: { 'apollo-require-preflight': '1', cookie },
    });

    const log = JSON.stringify(server.logLines);
    for (const secret of [...Object.values(SECRETS), invitationToken, sessionToken, 'tiru_session']) expect(log).not.toContain(secret);
    expect(requestLines().slice(-6).map((line) => line.operation)).toEqual(['Accept', 'SignIn', 'anonymous', 'Contact', 'Again', 'anonymous']);
  });
});
