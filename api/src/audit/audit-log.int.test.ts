import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';
import { createViewer, seedTestRegions } from '../testing/factories';
import { AuditEntry } from './audit-entry.entity';
import { recordAudit } from './record-audit';

const PASSWORD = 'correct horse battery';
let server: HttpTestServer;
let editor: Viewer;
let editorCookie: string;
let adminCookie: string;

async function cookieOf(viewer: Viewer): Promise<string> {
  const { response } = await server.post({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', variables: { e: viewer.email, p: PASSWORD } });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

type Entry = { action: string; entityType: string; entityId: string; actorAccountId: string | null; actorName: string | null; changedFields: string[]; details: Record<string, unknown>; requestId: string | null };
type Page = { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const AUDIT_LOG = `query($first: Int!, $after: String, $entityType: String) {
  auditLog(first: $first, after: $after, entityType: $entityType) {
    edges { cursor node { action entityType entityId actorAccountId actorName changedFields details requestId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function auditLog(variables: Record<string, unknown>, cookie = adminCookie) {
  const { body } = await server.post({ query: AUDIT_LOG, variables }, { cookie });
  return { page: body.data?.auditLog as Page | undefined, errors: body.errors };
}

beforeAll(async () => {
  server = await startHttpTestServer();
  const em = server.api.em();
  await seedTestRegions(em);
  editor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '64.74' });
  editorCookie = await cookieOf(editor);
  adminCookie = await cookieOf(await createViewer(em, 'ADMIN'));
});
afterAll(() => server.close());

describe('the audit log of programs', () => {
  let programId: string;

  it('records who changed what, with the request it came in with', async () => {
    const created = await server.post(
      {
        query: 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { id version } }',
        variables: { input: { hostRegencyCode: '64.74', title: 'Program Lima Puluh Juta per RT', themes: ['COMMUNITY_INFRASTRUCTURE'], summary: 'Rp50 juta per RT untuk pembangunan lingkungan.' } },
      },
      { cookie: editorCookie, 'x-request-id': 'create-prolita-1' },
    );
    const program = created.body.data?.createProgram as { id: string; version: number };
    programId = program.id;
    const updated = await server.post(
      { query: 'mutation($version: Int!) { updateProgram(slug: "program-lima-puluh-juta-per-rt-kota-bontang", version: $version, input: { acronym: "Prolita" }) { version } }', variables: { version: program.version } },
      { cookie: editorCookie },
    );
    expect(updated.body.errors).toBeUndefined();

    const { page } = await auditLog({ first: 10, entityType: 'Program' });
    expect(page?.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ action: 'UPDATED', entityId: programId, changedFields: ['acronym'], actorAccountId: editor.accountId }),
      expect.objectContaining({
        action: 'CREATED',
        entityType: 'Program',
        entityId: programId,
        actorAccountId: editor.accountId,
        actorName: editor.displayName,
        changedFields: expect.arrayContaining(['title', 'themes', 'summary']),
        details: expect.objectContaining({ slug: 'program-lima-puluh-juta-per-rt-kota-bontang' }),
        requestId: 'create-prolita-1',
      }),
    ]);
  });

  it('records nothing for a change that was refused', async () => {
    const before = await server.api.em().count(AuditEntry, {});
    const stale = await server.post(
      { query: 'mutation { updateProgram(slug: "program-lima-puluh-juta-per-rt-kota-bontang", version: 1, input: { acronym: "X" }) { version } }' },
      { cookie: editorCookie },
    );
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await server.api.em().count(AuditEntry, {})).toBe(before);
  });

  it('pages newest first and filters by kind', async () => {
    const first = await auditLog({ first: 1 });
    expect(first.page?.pageInfo.hasNextPage).toBe(true);
    const second = await auditLog({ first: 1, after: first.page?.pageInfo.endCursor });
    expect(second.page?.edges[0]?.node.action).toBe('CREATED');
    expect((await auditLog({ first: 5, entityType: 'StudyVisit' })).page?.edges).toEqual([]);
    expect((await auditLog({ first: 101 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await auditLog({ first: 1, after: 'bm90IGEgY3Vyc29y' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is for administrators only', async () => {
    expect((await auditLog({ first: 5 }, editorCookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await auditLog({ first: 5 }, 'tiru_session=none')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('recordAudit', () => {
  it('is written with its transaction, and rolled back with it', async () => {
    const em = server.api.em();
    await em.transactional(async (tx) => {
      recordAudit(tx, { actor: editor, entityType: 'StudyVisit', entityId: 'visit-1', action: 'ACCEPTED', details: { from: 'REQUESTED', to: 'ACCEPTED' } });
    });
    await expect(
      em.fork().transactional(async (tx) => {
        recordAudit(tx, { actor: null, entityType: 'StudyVisit', entityId: 'visit-2', action: 'CANCELLED' });
        await tx.flush();
        throw new Error('the change failed after the entry was flushed');
      }),
    ).rejects.toThrow(/the change failed/);
    const entries = await server.api.em().find(AuditEntry, { entityType: 'StudyVisit' });
    expect(entries.map((entry) => [entry.entityId, entry.action, entry.details])).toEqual([['visit-1', 'ACCEPTED', { from: 'REQUESTED', to: 'ACCEPTED' }]]);
  });
});
