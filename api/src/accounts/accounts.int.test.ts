import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpApp } from '../server/http-app';
import { createLogger } from '../core/logger';
import { buildTiruSchema } from '../server/schema';
import { createAgency, createHostCalendar, createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { Account, Membership, Session } from './account.entities';
import { ensureAdministrator, invite, pendingInvitations } from './accounts.service';

let api: TestApi;
let server: Server;
let graphqlUrl: string;
let acceptToken: string;

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  const admin = await createViewer(em, 'ADMIN');
  acceptToken = (
    await invite(em, admin, { email: 'Editor.Bontang@tiru.test', role: 'HOST_EDITOR', regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] }, 'http://web')
  ).token;
  const { app } = await createHttpApp({
    orm: api.orm,
    schema: await buildTiruSchema(),
    logger: createLogger('silent'),
    webOrigin: 'http://web',
    secureCookies: false,
    introspection: false,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  graphqlUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

async function post(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string; field?: string } }[] };
  return { response, body, setCookie: response.headers.get('set-cookie') ?? '' };
}

const ACCEPT = `mutation A($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email memberships { role regencyCode } } }`;
const SIGN_IN = `mutation S($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }`;

describe('accounts over HTTP', () => {
  it('accepts an invitation once, creating the account and a session cookie', async () => {
    const accepted = await post(ACCEPT, { input: { token: acceptToken, displayName: 'Editor Bontang', password: 'kata sandi panjang' } });
    expect(accepted.body.data?.acceptInvitation).toEqual({ email: 'editor.bontang@tiru.test', memberships: [{ role: 'HOST_EDITOR', regencyCode: '64.74' }] });
    expect(accepted.setCookie).toMatch(/tiru_session=[^;]+;.*HttpOnly/i);
    expect(accepted.setCookie).toMatch(/SameSite=Lax/i);
    const again = await post(ACCEPT, { input: { token: acceptToken, displayName: 'Someone', password: 'kata sandi panjang' } });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('signs in, knows who is signed in from the cookie, and signs out', async () => {
    const signedIn = await post(SIGN_IN, { email: 'EDITOR.bontang@tiru.test', password: 'kata sandi panjang' });
    const cookie = signedIn.setCookie.split(';')[0]!;
    expect(cookie).toMatch(/^tiru_session=.{20,}/);
    const me = await post(
      `{ me { email invitationChoices { roles anyScope scopes { regencyCode agencyId } namesCoveredRegencies }
          capabilities { editsPrograms programRegencyCodes answersVisitRequests hostCalendarRegencyCodes travelsForRegencyCodes } } }`,
      {},
      cookie,
    );
    expect(me.body.data?.me).toEqual({
      email: 'editor.bontang@tiru.test',
      invitationChoices: { roles: ['HOST_EDITOR'], anyScope: false, scopes: [{ regencyCode: '64.74', agencyId: null }], namesCoveredRegencies: false },
      capabilities: {
        editsPrograms: true,
        programRegencyCodes: ['64.74'],
        answersVisitRequests: true,
        hostCalendarRegencyCodes: ['64.74'],
        travelsForRegencyCodes: [],
      },
    });
    const token = decodeURIComponent(cookie.split('=')[1]!);
    expect(await api.em().count(Session, {})).toBeGreaterThan(0);
    expect(JSON.stringify(await api.em().find(Session, {}))).not.toContain(token);
    await post('mutation { signOut }', {}, cookie);
    expect((await post('{ me { email } }', {}, cookie)).body.data?.me).toBeNull();
  });

  it('opens to a host editor of an agency the calendar of the host whose calendar names that agency, as the API lets them edit it', async () => {
    const em = api.em();
    const bappeda = await createAgency(em, 'Bappeda Kota Prabumulih', 'BAPPEDA', '16.74');
    const calendar = await createHostCalendar(em, '16.74');
    em.assign(calendar, { agency: bappeda.id });
    await em.flush();
    const office = await createViewer(em, 'HOST_EDITOR', { agencyId: bappeda.id });
    const READ = `{ me { capabilities { editsPrograms hostCalendarRegencyCodes } } hostCalendar(hostRegencyCode: "16.74") { canEdit } }`;
    const answer = await api.execute<{ me: { capabilities: object }; hostCalendar: { canEdit: boolean } }>(READ, {}, office);
    expect(answer.data?.hostCalendar.canEdit).toBe(true);
    expect(answer.data?.me.capabilities).toEqual({ editsPrograms: true, hostCalendarRegencyCodes: ['16.74'] });
  });

  it('looks the session up only when the answer needs who is asking: a signed-in `{ __typename }` forks no unit of work and runs no SQL', async () => {
    const cookie = (await post(SIGN_IN, { email: 'editor.bontang@tiru.test', password: 'kata sandi panjang' })).setCookie.split(';')[0]!;
    const forks = vi.spyOn(api.orm.em, 'fork');
    const statements = vi.spyOn(api.orm.em.getConnection(), 'execute');
    try {
      expect((await post('{ __typename }', {}, cookie)).body).toEqual({ data: { __typename: 'Query' } });
      expect(forks).not.toHaveBeenCalled();
      expect(statements).not.toHaveBeenCalled();

      expect((await post('{ a: me { email } b: me { displayName } }', {}, cookie)).body.data).toEqual({
        a: { email: 'editor.bontang@tiru.test' },
        b: { displayName: 'Editor Bontang' },
      });
      // Two fields asking who it is share one lookup in one unit of work.
      expect(forks).toHaveBeenCalledTimes(1);
      expect(statements).toHaveBeenCalled();
    } finally {
      forks.mockRestore();
      statements.mockRestore();
    }
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const wrongPassword = await post(SIGN_IN, { email: 'editor.bontang@tiru.test', password: 'salah sekali' });
    const unknown = await post(SIGN_IN, { email: 'nobody@tiru.test', password: 'salah sekali' });
    expect(wrongPassword.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.body.errors?.[0]?.message).toBe(wrongPassword.body.errors?.[0]?.message);
  });

  it('stores passwords only as argon2id hashes', async () => {
    const account = await api.em().findOneOrFail(Account, { email: 'editor.bontang@tiru.test' }, { populate: ['passwordHash'] });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('lets only the right people invite', async () => {
    const delegate = await createViewer(api.em(), 'DELEGATE', { regencyCode: '36.74' });
    await expect(
      invite(api.em(), delegate, { email: 'x@tiru.test', role: 'HOST_EDITOR', regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] }, 'http://web'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const coordinator = await createViewer(api.em(), 'COORDINATOR', { coveredRegencyCodes: ['63.09'], regencyCode: '63.09' });
    await expect(
      invite(api.em(), coordinator, { email: 'delegasi.tabalong@tiru.test', role: 'DELEGATE', regencyCode: '63.09', agencyId: null, coveredRegencyCodes: [] }, 'http://web'),
    ).resolves.toMatchObject({ email: 'delegasi.tabalong@tiru.test' });
  });

  it('lists pending invitations: each person the ones they sent, admins all, none accepted or expired', async () => {
    const em = api.em();
    const editor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
    await invite(em, editor, { email: 'staf@bontang.test', role: 'HOST_EDITOR', regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] }, 'http://web');
    const admin = await createViewer(em, 'ADMIN');

    expect(await pendingInvitations(em, editor)).toEqual([
      { id: expect.any(String), email: 'staf@bontang.test', role: 'HOST_EDITOR', regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [], expiresAt: expect.any(Date) },
    ]);
    const all = (await pendingInvitations(em, admin)).map((invitation) => invitation.email);
    expect(all).toEqual(['staf@bontang.test', 'delegasi.tabalong@tiru.test']);
    expect(all).not.toContain('editor.bontang@tiru.test');
    const inFifteenDays = new Date(Date.now() + 15 * 24 * 60 * 60 * 1000);
    expect(await pendingInvitations(em, admin, inFifteenDays)).toEqual([]);

    const anonymous = await post('{ pendingInvitations { email } }');
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('ensureAdministrator (npm run create-admin)', () => {
  it('creates the first administrator, who can sign in', async () => {
    expect(await ensureAdministrator(api.em(), { email: ' First.Admin@Example.go.id ', displayName: 'Ibu Admin', password: 'kata sandi admin' })).toBe('created');
    const signedIn = await post(SIGN_IN, { email: 'first.admin@example.go.id', password: 'kata sandi admin' });
    expect(signedIn.body.data?.signIn).toEqual({ email: 'first.admin@example.go.id' });
  });

  it('changes nothing when run again, and keeps the password it was created with', async () => {
    expect(await ensureAdministrator(api.em(), { email: 'first.admin@example.go.id', displayName: 'Ibu Admin', password: 'another password here' })).toBe('unchanged');
    expect(await api.em().count(Account, { email: 'first.admin@example.go.id' })).toBe(1);
    const withOld = await post(SIGN_IN, { email: 'first.admin@example.go.id', password: 'kata sandi admin' });
    expect(withOld.body.data?.signIn).toEqual({ email: 'first.admin@example.go.id' });
  });

  it('makes an existing account an administrator once', async () => {
    const delegate = await createViewer(api.em(), 'DELEGATE', { regencyCode: '64.74' });
    expect(await ensureAdministrator(api.em(), { email: delegate.email, displayName: 'x', password: 'irrelevant password' })).toBe('granted');
    expect(await ensureAdministrator(api.em(), { email: delegate.email, displayName: 'x', password: 'irrelevant password' })).toBe('unchanged');
    expect(await api.em().count(Membership, { account: delegate.accountId, role: 'ADMIN' })).toBe(1);
  });

  it.each([
    ['not-an-email', 'kata sandi admin', 'email'],
    ["admin'; drop table account; --@x.id", 'kata sandi admin', 'email'],
    ['admin2@example.go.id', 'short', 'password'],
  ])('refuses %s / %s naming the field, writing nothing', async (email, password, field) => {
    const before = await api.em().count(Account, {});
    await expect(ensureAdministrator(api.em(), { email, displayName: 'x', password })).rejects.toMatchObject({ field });
    expect(await api.em().count(Account, {})).toBe(before);
  });
});
