import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../accounts/account.entities';
import { invite } from '../accounts/accounts.service';
import { AuditEntry } from '../audit/audit-entry.entity';
import { type Viewer } from '../core/viewer';
import { createViewer, seedTestRegions } from '../testing/factories';
import { type GraphQLBody, type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';

const PASSWORD = 'correct horse battery';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accountId } }';
let server: HttpTestServer;
let admin: Viewer;
let adminCookie: string;

async function signIn(viewer: Viewer): Promise<string> {
  const { response, body } = await server.post({ query: SIGN_IN, variables: { e: viewer.email, p: PASSWORD } });
  expect(body.errors).toBeUndefined();
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

async function ask(query: string, variables: Record<string, unknown>, cookie: string): Promise<GraphQLBody> {
  return (await server.post({ query, variables }, { cookie })).body;
}

const codeOf = (body: GraphQLBody) => body.errors?.[0]?.extensions?.code;
const auditCount = () => server.api.em().count(AuditEntry, {});

const ACCOUNTS = `query($first: Int!, $after: String, $search: String) {
  accounts(first: $first, after: $after, search: $search) {
    edges { node { id email deactivatedAt viewerCanManage memberships { id role regencyCode viewerCanWithdraw } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type AccountNode = { id: string; email: string; deactivatedAt: string | null; viewerCanManage: boolean; memberships: { id: string; role: string; regencyCode: string | null; viewerCanWithdraw: boolean }[] };
type AccountPage = { edges: { node: AccountNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
let programCounter = 0;
const CREATE_PROGRAM = 'mutation($title: String!) { createProgram(input: { hostRegencyCode: "64.74", title: $title, themes: [COMMUNITY_INFRASTRUCTURE], summary: "Rp50 juta per RT untuk pembangunan lingkungan." }) { id } }';
const createProgram = (cookie: string) => ask(CREATE_PROGRAM, { title: `Program Uji Peran ${(programCounter += 1)}` }, cookie);

beforeAll(async () => {
  server = await startHttpTestServer({
    limits: { mutationsPerWindow: 1_000_000, signInsPerWindow: 1_000_000, signInFailuresBeforeDelay: 1_000_000, signInFailuresPerAddressBeforeDelay: 1_000_000, signInMinimumMs: 1 },
  });
  const em = server.api.em();
  await seedTestRegions(em);
  admin = await createViewer(em, 'ADMIN');
  adminCookie = await signIn(admin);
});
afterAll(() => server.close());

describe('the account directory', () => {
  let bontangEditor: Viewer;
  let prabumulihEditor: Viewer;

  beforeAll(async () => {
    const em = server.api.em();
    bontangEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
    prabumulihEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
  });

  it('pages every account for an admin, by e-mail address, and finds them by part of the address or name', async () => {
    const first = (await ask(ACCOUNTS, { first: 1 }, adminCookie)).data?.accounts as AccountPage;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await ask(ACCOUNTS, { first: 100, after: first.pageInfo.endCursor }, adminCookie)).data?.accounts as AccountPage;
    const emails = [...first.edges, ...rest.edges].map((edge) => edge.node.email);
    expect(emails).toEqual([...emails].sort());
    expect(emails).toEqual(expect.arrayContaining([admin.email, bontangEditor.email, prabumulihEditor.email]));
    const found = (await ask(ACCOUNTS, { first: 10, search: bontangEditor.displayName }, adminCookie)).data?.accounts as AccountPage;
    expect(found.edges.map((edge) => edge.node.email)).toEqual([bontangEditor.email]);
  });

  it('shows a host editor only the host editors of its own regency, and what it may do to each', async () => {
    const cookie = await signIn(bontangEditor);
    const colleague = await createViewer(server.api.em(), 'HOST_EDITOR', { regencyCode: '64.74' });
    const page = (await ask(ACCOUNTS, { first: 100 }, cookie)).data?.accounts as AccountPage;
    const emails = page.edges.map((edge) => edge.node.email);
    expect(emails).toEqual(expect.arrayContaining([bontangEditor.email, colleague.email]));
    expect(emails).not.toContain(prabumulihEditor.email);
    expect(emails).not.toContain(admin.email);
    const byEmail = Object.fromEntries(page.edges.map((edge) => [edge.node.email, edge.node]));
    expect(byEmail[colleague.email]).toMatchObject({ viewerCanManage: true, memberships: [{ role: 'HOST_EDITOR', viewerCanWithdraw: true }] });
    expect(byEmail[bontangEditor.email]?.viewerCanManage).toBe(false);
    const outside = await ask('query($id: ID!) { account(id: $id) { email } }', { id: prabumulihEditor.accountId }, cookie);
    expect(codeOf(outside)).toBe('NOT_FOUND');
  });

  it('lists a coordinator its own account beside the delegates of the regencies it covers', async () => {
    const em = server.api.em();
    const coordinator = await createViewer(em, 'COORDINATOR', { regencyCode: '63.72', coveredRegencyCodes: ['63.07'] });
    const delegate = await createViewer(em, 'DELEGATE', { regencyCode: '63.07' });
    const page = (await ask(ACCOUNTS, { first: 100 }, await signIn(coordinator))).data?.accounts as AccountPage;
    const byEmail = Object.fromEntries(page.edges.map((edge) => [edge.node.email, edge.node]));
    expect(Object.keys(byEmail).sort()).toEqual([coordinator.email, delegate.email].sort());
    expect(byEmail[coordinator.email]).toMatchObject({ viewerCanManage: false, memberships: [{ role: 'COORDINATOR', viewerCanWithdraw: false }] });
    expect(byEmail[delegate.email]?.viewerCanManage).toBe(true);
  });

  it('is closed to a delegate and to visitors', async () => {
    const delegate = await createViewer(server.api.em(), 'DELEGATE', { regencyCode: '36.74' });
    expect(codeOf(await ask(ACCOUNTS, { first: 5 }, await signIn(delegate)))).toBe('FORBIDDEN');
    expect(codeOf(await ask(ACCOUNTS, { first: 5 }, 'tiru_session=none'))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['first', { first: 0 }],
    ['first', { first: 101 }],
    ['after', { first: 5, after: 'bm90IGEgY3Vyc29y' }],
    ['search', { first: 5, search: 'x'.repeat(201) }],
  ])('refuses a bad %s without quoting it', async (field, variables) => {
    const body = await ask(ACCOUNTS, variables, adminCookie);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.errors?.[0]?.message).not.toContain('xxxxxxxx');
  });

  it('takes % and _ in a search as the characters they are', async () => {
    const page = (await ask(ACCOUNTS, { first: 5, search: '%_%' }, adminCookie)).data?.accounts as AccountPage;
    expect(page.edges).toEqual([]);
  });
});

describe('deactivation', () => {
  const ME = '{ me { accountId } }';
  const ACCOUNT = 'query($id: ID!) { account(id: $id) { deactivatedAt sessions { id } } }';

  it('ends the sessions of an account signed in elsewhere at once, refuses its sign-in the way a wrong password is, and is undone by reactivation', async () => {
    const official = await createViewer(server.api.em(), 'HOST_EDITOR', { regencyCode: '64.74' });
    const elsewhere = await signIn(official);
    expect((await ask(ME, {}, elsewhere)).data?.me).toEqual({ accountId: official.accountId });
    expect(((await ask(ACCOUNT, { id: official.accountId }, adminCookie)).data?.account as { sessions: unknown[] }).sessions).toHaveLength(1);

    const before = await auditCount();
    const deactivated = await ask('mutation($id: ID!) { deactivateAccount(accountId: $id) { deactivatedAt } }', { id: official.accountId }, adminCookie);
    expect(deactivated.data?.deactivateAccount).toEqual({ deactivatedAt: expect.any(String) });
    expect(await auditCount()).toBe(before + 1);

    expect((await ask(ME, {}, elsewhere)).data?.me).toBeNull();
    expect(codeOf(await createProgram(elsewhere))).toBe('UNAUTHENTICATED');
    const refused = await server.post({ query: SIGN_IN, variables: { e: official.email, p: PASSWORD } });
    const unknown = await server.post({ query: SIGN_IN, variables: { e: 'tidak-ada@tiru.test', p: PASSWORD } });
    expect(refused.body.errors?.[0]).toEqual(unknown.body.errors?.[0]);
    expect(await server.api.em().count(Session, { account: official.accountId })).toBe(0);

    await ask('mutation($id: ID!) { reactivateAccount(accountId: $id) { deactivatedAt } }', { id: official.accountId }, adminCookie);
    expect((await ask(ME, {}, await signIn(official))).data?.me).toEqual({ accountId: official.accountId });
    const entries = await server.api.em().find(AuditEntry, { entityType: 'Account', entityId: official.accountId }, { orderBy: { id: 'asc' } });
    expect(entries.map((entry) => [entry.action, entry.actorAccountId, entry.details])).toEqual([
      ['DEACTIVATED', admin.accountId, { sessionsEnded: 1 }],
      ['REACTIVATED', admin.accountId, {}],
    ]);
  });

  it('is a host editor\'s to do for a fellow host editor, and nobody\'s for their own account or an admin\'s', async () => {
    const em = server.api.em();
    const editor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
    const colleague = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
    const cookie = await signIn(editor);
    const DEACTIVATE = 'mutation($id: ID!) { deactivateAccount(accountId: $id) { id } }';
    const before = await auditCount();
    expect(codeOf(await ask(DEACTIVATE, { id: admin.accountId }, cookie))).toBe('FORBIDDEN');
    expect(codeOf(await ask(DEACTIVATE, { id: editor.accountId }, cookie))).toBe('FORBIDDEN');
    expect(codeOf(await ask(DEACTIVATE, { id: admin.accountId }, adminCookie))).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before);
    expect((await ask(DEACTIVATE, { id: colleague.accountId }, cookie)).errors).toBeUndefined();
  });

  it.each(['x', "' or 1=1 --", '00000000-0000-0000-0000-00000000000g'])('refuses the id %j without quoting it', async (id) => {
    const body = await ask('mutation($id: ID!) { deactivateAccount(accountId: $id) { id } }', { id }, adminCookie);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
    expect(body.errors?.[0]?.message).not.toContain(id);
  });
});

describe('memberships', () => {
  const GRANT = 'mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { memberships { id role regencyCode } } }';
  const WITHDRAW = 'mutation($id: ID!) { withdrawMembership(membershipId: $id) }';

  it('refuses the next mutation of a withdrawn role with FORBIDDEN', async () => {
    const official = await createViewer(server.api.em(), 'HOST_EDITOR', { regencyCode: '64.74' });
    const cookie = await signIn(official);
    const granted = await ask(GRANT, { input: { accountId: official.accountId, role: 'HOST_EDITOR', regencyCode: '16.74' } }, adminCookie);
    const memberships = (granted.data?.grantMembership as { memberships: { id: string; role: string; regencyCode: string }[] }).memberships;
    expect(memberships.map((membership) => membership.regencyCode).sort()).toEqual(['16.74', '64.74']);

    const bontang = memberships.find((membership) => membership.regencyCode === '64.74')!;
    expect((await createProgram(cookie)).errors).toBeUndefined();
    expect((await ask(WITHDRAW, { id: bontang.id }, adminCookie)).data?.withdrawMembership).toBe(true);
    expect(codeOf(await createProgram(cookie))).toBe('FORBIDDEN');
    const actions = (await server.api.em().find(AuditEntry, { entityType: 'Account', entityId: official.accountId }, { orderBy: { id: 'asc' } })).map((entry) => entry.action);
    expect(actions).toEqual(['MEMBERSHIP_GRANTED', 'MEMBERSHIP_WITHDRAWN']);
  });

  it('grants only what the granter could invite, once, to an account in its reach', async () => {
    const em = server.api.em();
    const editor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
    const colleague = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
    const cookie = await signIn(editor);
    expect(codeOf(await ask(GRANT, { input: { accountId: colleague.accountId, role: 'ADMIN' } }, cookie))).toBe('FORBIDDEN');
    expect(codeOf(await ask(GRANT, { input: { accountId: colleague.accountId, role: 'HOST_EDITOR', regencyCode: '64.74' } }, cookie))).toBe('CONFLICT');
    expect(codeOf(await ask(GRANT, { input: { accountId: admin.accountId, role: 'HOST_EDITOR', regencyCode: '64.74' } }, cookie))).toBe('NOT_FOUND');
    const missing = await ask(GRANT, { input: { accountId: colleague.accountId, role: 'HOST_EDITOR', regencyCode: '99.99' } }, adminCookie);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'regencyCode' });
  });

  it('keeps one active administrator: the last one can neither withdraw their role nor be deactivated', async () => {
    const other = await createViewer(server.api.em(), 'ADMIN');
    const otherCookie = await signIn(other);
    const ADMIN_ROLE = 'query($id: ID!) { account(id: $id) { memberships { id role } } }';
    const roleOf = async (viewer: Viewer) =>
      ((await ask(ADMIN_ROLE, { id: viewer.accountId }, otherCookie)).data?.account as { memberships: { id: string; role: string }[] }).memberships.find((m) => m.role === 'ADMIN')!.id;
    const mine = await roleOf(other);
    const theirs = await roleOf(admin);
    expect((await ask(WITHDRAW, { id: theirs }, otherCookie)).errors).toBeUndefined();
    expect(codeOf(await ask(WITHDRAW, { id: mine }, otherCookie))).toBe('CONFLICT');
    expect((await ask(GRANT, { input: { accountId: admin.accountId, role: 'ADMIN' } }, otherCookie)).errors).toBeUndefined();
  });
});

describe('invitations', () => {
  const REVOKE = 'mutation($id: ID!) { revokeInvitation(invitationId: $id) }';
  const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }';

  it('stops working once revoked, by its sender or whoever could have sent it, and by nobody else', async () => {
    const em = server.api.em();
    const editor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
    const stranger = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
    const issued = await invite(em, editor, { email: 'calon@tiru.test', role: 'HOST_EDITOR', regencyCode: '64.74', agencyId: null, coveredRegencyCodes: [] }, 'http://web');
    const cookie = await signIn(editor);
    const pending = (await ask('{ pendingInvitations { id email } }', {}, cookie)).data?.pendingInvitations as { id: string; email: string }[];
    const { id } = pending.find((invitation) => invitation.email === 'calon@tiru.test')!;

    expect(codeOf(await ask(REVOKE, { id }, await signIn(stranger)))).toBe('FORBIDDEN');
    expect((await ask(REVOKE, { id }, cookie)).data?.revokeInvitation).toBe(true);
    expect(codeOf(await ask(REVOKE, { id }, cookie))).toBe('NOT_FOUND');
    const accepted = await server.post({ query: ACCEPT, variables: { input: { token: issued.token, displayName: 'Calon', password: 'kata sandi panjang' } } });
    expect(accepted.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const entry = await em.fork().findOneOrFail(AuditEntry, { entityType: 'Invitation', entityId: id });
    expect([entry.action, entry.actorAccountId, JSON.stringify(entry.details)]).toEqual(['REVOKED', editor.accountId, expect.not.stringContaining('calon@')]);
  });
});

describe('sessions', () => {
  const MY_SESSIONS = '{ mySessions { id current } }';
  const END = 'mutation($id: ID!) { endSession(sessionId: $id) }';
  const END_ALL = 'mutation($id: ID!) { endAccountSessions(accountId: $id) }';

  it('lets a person see their sessions, marking this one, and end another', async () => {
    const person = await createViewer(server.api.em(), 'DELEGATE', { regencyCode: '36.74' });
    const laptop = await signIn(person);
    const phone = await signIn(person);
    const sessions = (await ask(MY_SESSIONS, {}, laptop)).data?.mySessions as { id: string; current: boolean }[];
    expect(sessions.map((session) => session.current).sort()).toEqual([false, true]);
    const other = sessions.find((session) => !session.current)!;
    expect((await ask(END, { id: other.id }, laptop)).data?.endSession).toBe(true);
    expect((await ask('{ me { accountId } }', {}, phone)).data?.me).toBeNull();
    expect((await ask(MY_SESSIONS, {}, laptop)).data?.mySessions).toEqual([{ id: sessions.find((session) => session.current)!.id, current: true }]);
  });

  it('lets whoever manages an account end all its sessions, and nobody else end one', async () => {
    const em = server.api.em();
    const person = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
    const stranger = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
    const cookie = await signIn(person);
    const [session] = (await ask(MY_SESSIONS, {}, cookie)).data?.mySessions as { id: string }[];
    const strangerCookie = await signIn(stranger);
    expect(codeOf(await ask(END, { id: session!.id }, strangerCookie))).toBe('FORBIDDEN');
    expect(codeOf(await ask(END_ALL, { id: person.accountId }, strangerCookie))).toBe('FORBIDDEN');
    expect(codeOf(await ask('query($id: ID!) { account(id: $id) { sessions { id } } }', { id: person.accountId }, strangerCookie))).toBe('FORBIDDEN');
    await signIn(person);
    expect((await ask(END_ALL, { id: person.accountId }, adminCookie)).data?.endAccountSessions).toBe(2);
    expect((await ask('{ me { accountId } }', {}, cookie)).data?.me).toBeNull();
  });
});
