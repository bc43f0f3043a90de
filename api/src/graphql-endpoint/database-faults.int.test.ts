import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { OUTBOX_TOPICS } from '../outbox/enqueue';
import { outboxLag } from '../outbox/outbox-worker';
import { createViewer, seedTestRegions } from '../testing/factories';
import { POSTGRES_ADMIN_URL, testDatabaseKind } from '../testing/test-database';
import { type HttpTestServer, startHttpTestServer } from '../testing/http-test-server';
import { tableRowCounts } from '../testing/table-counts';

/** PostgreSQL as a server can go away under the API; an embedded PGlite cannot. */
const onServer = testDatabaseKind() === 'postgresql';

let server: HttpTestServer;
let databaseName: string;
let editor: Viewer;
let cookie: string;

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const url = new URL(POSTGRES_ADMIN_URL);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function makeUnreachable(): Promise<void> {
  await asAdmin(async (client) => {
    await client.query(`alter database ${databaseName} allow_connections false`);
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [databaseName]);
  });
}

async function makeReachable(): Promise<void> {
  await asAdmin((client) => client.query(`alter database ${databaseName} allow_connections true`));
}

async function ask(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const { response, body } = await server.post({ query, variables }, headers);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), codes: body.errors?.map((error) => error.extensions?.code), body };
}

/** Whether the pool gets back every client (the one whose connection was cut included), waiting a few seconds at most. */
async function everyConnectionReturned(): Promise<boolean> {
  const pool = (await server.api.orm.em.getConnection().getNativeClient()) as { totalCount: number; idleCount: number };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (pool.totalCount === pool.idleCount) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const CREATE = 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { slug } }';
function newProgram(title: string) {
  return { input: { hostRegencyCode: '64.74', title, themes: ['HOUSING'], summary: 'A program long enough to have a summary.' } };
}

beforeAll(async () => {
  server = await startHttpTestServer();
  databaseName = String(server.api.orm.config.get('dbName'));
  await seedTestRegions(server.api.em());
  editor = await createViewer(server.api.em(), 'HOST_EDITOR', { regencyCode: '64.74' });
  const { response } = await server.post({ query: 'mutation($e: String!) { signIn(email: $e, password: "correct horse battery") { email } }', variables: { e: editor.email } });
  cookie = response.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(async () => {
  if (onServer) await makeReachable();
  await server.close();
});

describe.runIf(onServer)('when the database cannot be reached', () => {
  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, says not ready, and recovers by itself', async () => {
    expect((await ask('{ programs(first: 1) { totalCount } }')).status).toBe(200);
    await makeUnreachable();

    for (const attempt of [
      () => ask('{ programs(first: 1) { totalCount } }'),
      () => ask('{ me { email } }', {}, { cookie }),
      () => ask(CREATE, newProgram('Program saat basis data mati'), { cookie }),
    ]) {
      const answer = await attempt();
      expect(answer, JSON.stringify(answer.body)).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/), codes: ['SERVICE_UNAVAILABLE'] });
      expect(JSON.stringify(answer.body)).not.toMatch(/ECONN|57P01|55000|terminat|at \w+ \(/i);
    }
    const ready = await fetch(server.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ok: false, database: false });

    await makeReachable();
    expect((await ask('{ programs(first: 1) { totalCount } }')).status).toBe(200);
    expect((await ask('{ me { email } }', {}, { cookie })).body.data).toEqual({ me: { email: editor.email } });
    expect((await fetch(server.url.replace('/graphql', '/readyz'))).status).toBe(200);
  });
});

/** What an answer must never look like: Express's HTML error page, or a stack trace. */
function expectNoHtmlNorStack(contentType: string | null, text: string): void {
  expect(contentType).toMatch(/^application\/json/);
  expect(text).not.toMatch(/<html|<pre|<!DOCTYPE|ECONN|\bat \S+ \(|\.ts:\d+|node_modules/i);
}

describe.runIf(onServer)('/readyz and the routes outside GraphQL while the database cannot be reached', () => {
  it('answer JSON, 503 not ready and 404 unknown, with no HTML page and no stack', async () => {
    // As in start-api.ts, the background services' facts come from the database too (the mail outbox's lag).
    const withServices = await startHttpTestServer({ sharing: server, readiness: async () => ({ mail: await outboxLag(server.api.orm.em.fork(), OUTBOX_TOPICS.mail) }) });
    const base = withServices.url.replace('/graphql', '');
    try {
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      await makeUnreachable();
      for (let probe = 0; probe < 3; probe += 1) {
        const ready = await fetch(`${base}/readyz`);
        const text = await ready.text();
        expect(ready.status, text).toBe(503);
        expectNoHtmlNorStack(ready.headers.get('content-type'), text);
        expect(JSON.parse(text)).toMatchObject({ ok: false, database: false });
      }
      const unknown = await fetch(`${base}/no/such/route`);
      expect(unknown.status).toBe(404);
      expectNoHtmlNorStack(unknown.headers.get('content-type'), await unknown.text());
      const calendarFile = await fetch(`${base}/visits/00000000-0000-4000-8000-000000000000/calendar.ics`);
      expect(calendarFile.status).toBeGreaterThanOrEqual(400);
      expect(await calendarFile.text()).not.toMatch(/<html|<pre|ECONN|\bat \S+ \(/i);

      await makeReachable();
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      await makeReachable();
      await withServices.close();
    }
  });
});

describe('an unknown route and a malformed body', () => {
  it('answer JSON without HTML or a stack, whatever NODE_ENV says', async () => {
    const base = server.url.replace('/graphql', '');
    const unknown = await fetch(`${base}/no/such/route`, { method: 'POST', body: 'x' });
    expect(unknown.status).toBe(404);
    expectNoHtmlNorStack(unknown.headers.get('content-type'), await unknown.text());
    const malformed = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/<html|<pre|\bat \S+ \(/i);
  });
});

describe.runIf(onServer)('a transaction cut off mid-way', () => {
  it('leaves nothing half-written, and the next change goes through', async () => {
    // The revision is the second statement of createProgram's transaction: hold it there, then kill the connection.
    await asAdmin(async (client) => {
      await client.query(`create function hold_revision() returns trigger language plpgsql as $$ begin perform pg_sleep(30); return new; end $$`);
      await client.query('create trigger hold_revision before insert on program_revision for each row execute function hold_revision()');
    }, databaseName);
    const before = await tableRowCounts(server.api.orm);

    const cut = ask(CREATE, newProgram('Program yang terputus'), { cookie });
    await asAdmin(async (client) => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const { rowCount } = await client.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and query like '%program_revision%' and wait_event = 'PgSleep'`, [
          databaseName,
        ]);
        if (rowCount) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('createProgram never reached its revision');
    });
    const answer = await cut;
    expect(answer).toMatchObject({ status: 503, codes: ['SERVICE_UNAVAILABLE'] });
    expect(await tableRowCounts(server.api.orm)).toEqual(before);

    await asAdmin((client) => client.query('drop trigger hold_revision on program_revision'), databaseName);
    expect(await everyConnectionReturned()).toBe(true);
    expect((await ask(CREATE, newProgram('Program sesudahnya'), { cookie })).body.data).toEqual({ createProgram: { slug: 'program-sesudahnya-kota-bontang' } });
  });
});

describe('a change that fails after its first statement', () => {
  it('leaves nothing half-written (PGlite and PostgreSQL alike)', async () => {
    await server.api.orm.em.fork().getConnection().execute(`create function refuse_revision() returns trigger language plpgsql as $$ begin raise exception 'revision refused'; end $$`);
    await server.api.orm.em.fork().getConnection().execute('create trigger refuse_revision before insert on program_revision for each row execute function refuse_revision()');
    const before = await tableRowCounts(server.api.orm);
    const answer = await ask(CREATE, newProgram('Program yang gagal'), { cookie });
    expect(answer.codes).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(answer.body)).not.toMatch(/revision refused|P0001/);
    expect(await tableRowCounts(server.api.orm)).toEqual(before);
    await server.api.orm.em.fork().getConnection().execute('drop trigger refuse_revision on program_revision');
  });
});
