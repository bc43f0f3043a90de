import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateMeilisearchBinary } from '@tiru/api/meilisearch-server';
import { logsDir } from '../support/artifacts';
import { codeOf, from, postGraphql, type GraphqlAnswer } from '../support/graphql';
import { type ManagedProcess, startProcess, stopGroup, waitForHttpOk } from '../support/processes';

/**
 * The production build as an operator runs it (docs/deploy.md): compiled JavaScript on plain `node`, PostgreSQL,
 * ONE Meilisearch server of its own, `migrate` run twice at once, then two API replicas and the web in front of
 * them, requests alternating between the replicas.
 *
 * Each test stands alone and runs in any order (the suite shuffles them): the operator's first steps each get a
 * database of their own (empty, or cloned from a migrated template), and the tests of the running replicas share one
 * system, started by whichever needs it first, on which each writes only programs, accounts and client addresses of
 * its own.
 */

const ADMIN = { email: 'admin@bappeda.example.go.id', password: 'kata sandi produksi yang panjang' };
const MEILI_MASTER_KEY = 'production-test-master-key-0123456789';
const PROGRAMS = 50;
const FAILED_SIGN_INS = 25;
const SIGN_INS_PER_WINDOW = 20;

const databasePrefix = `tiru_production_${process.pid}_${Date.now().toString(36)}`;
const databases: string[] = [];
const serverUrl = 'postgresql://postgres@127.0.0.1:5432';
const logPath = (name: string) => join(logsDir, `production-${name}.log`);
const started: ManagedProcess[] = [];
let dataDir: string;
/** What every process gets; no DATABASE_URL: each test names its database with `on`. */
let environment: NodeJS.ProcessEnv;
let proxy: Server | undefined;

const on = (database: string): NodeJS.ProcessEnv => ({ ...environment, DATABASE_URL: `${serverUrl}/${database}` });

function runNode(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, input?: string) {
  return startProcess(name, process.execPath, [script, ...args], env, logPath(name), input);
}

async function finished(process_: ManagedProcess): Promise<{ code: number | string; log: string }> {
  const code = await process_.exited;
  return { code, log: readFileSync(process_.logPath, 'utf8') };
}

async function adminQuery(sql: string, database = 'postgres'): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: `${serverUrl}/${database}` });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs `make` once, for whichever test asks first; the others share its result. */
function shared<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** A database of this run (dropped after it): empty, or a copy of `template`. */
async function createDatabase(purpose: string, template?: string): Promise<string> {
  const name = `${databasePrefix}_${purpose.replaceAll('-', '_')}`;
  await adminQuery(`create database ${name}${template ? ` template ${template}` : ''}`);
  databases.push(name);
  return name;
}

/** Migrated once by `migrate`; the tests that start past that step get a copy. */
const migratedTemplate = shared(async () => {
  const template = await createDatabase('template');
  const migrate = await finished(await runNode('migrate-template', 'api/dist/server/migrate-cli.js', [], on(template)));
  expect(migrate.code, migrate.log).toBe(0);
  return template;
});

const migratedDatabase = async (purpose: string) => createDatabase(purpose, await migratedTemplate());

function createAdmin(name: string, database: string, account: { email: string; password: string }) {
  return runNode(name, 'api/dist/server/create-admin-cli.js', ['--email', account.email], on(database), `${account.password}\n`);
}

/** The answers this test reads. */
type Answered = {
  signIn?: { email: string };
  me?: { email: string };
  createProgram?: { slug: string; version: number };
  publishProgram?: { slug: string; version: number };
  searchPrograms?: { degraded: boolean; total: number; hits: { title: string; slug: string }[] };
  programs?: { totalCount: number };
  program?: { version: number };
  reindexPrograms?: { documents: number };
};

const graphql = (apiUrl: string, query: string, variables: object, headers: Record<string, string> = {}) =>
  postGraphql<Answered>(apiUrl, query, variables, headers);

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }';
const CREATE = 'mutation($input: CreateProgramInput!) { createProgram(input: $input) { slug version } }';
const PUBLISH = 'mutation($slug: String!, $version: Int!) { publishProgram(slug: $slug, version: $version) { slug version } }';
const SEARCH = 'query($q: String!) { searchPrograms(query: $q, pageSize: 50) { degraded total hits { title } } }';

async function startMeilisearch(): Promise<string> {
  const port = await getPort();
  const meiliDir = join(dataDir, 'meilisearch');
  const binary = await locateMeilisearchBinary(meiliDir);
  const args = ['--no-analytics', '--env', 'production', '--master-key', MEILI_MASTER_KEY, '--db-path', join(meiliDir, 'data.ms')];
  args.push('--http-addr', `127.0.0.1:${port}`, '--dump-dir', join(meiliDir, 'dumps'), '--snapshot-dir', join(meiliDir, 'snapshots'));
  const meilisearch = await startProcess('meilisearch', binary, args, {}, logPath('meilisearch'));
  started.push(meilisearch);
  await waitForHttpOk(`http://127.0.0.1:${port}/health`, meilisearch);
  return `http://127.0.0.1:${port}`;
}

/** What a load balancer does in front of the replicas: each request to the next one. */
async function startRoundRobin(targets: string[]): Promise<string> {
  let next = 0;
  const balancer = createServer((incoming, outgoing) => {
    const target = new URL(targets[next++ % targets.length]!);
    const forwarded = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  }).listen(0, '127.0.0.1');
  proxy = balancer;
  await once(balancer, 'listening');
  const address = balancer.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

async function startReplica(name: string, env: NodeJS.ProcessEnv): Promise<string> {
  const port = await getPort();
  const api = await runNode(name, 'api/dist/server/main.js', [], { ...env, API_PORT: String(port) });
  started.push(api);
  await waitForHttpOk(`http://127.0.0.1:${port}/readyz`, api);
  return `http://127.0.0.1:${port}/graphql`;
}

/**
 * The running system: a migrated database with its first administrator, two replicas, the round robin and the web
 * behind it, and the administrator's session (signed in from an address no test uses).
 */
const runningSystem = shared(async () => {
  const database = await migratedDatabase('system');
  const admin = await finished(await createAdmin('create-admin-system', database, ADMIN));
  expect(admin.code, admin.log).toBe(0);
  const replicas = [await startReplica('api-1', on(database)), await startReplica('api-2', on(database))];
  const webPort = await getPort();
  const apiBehindBalancer = await startRoundRobin(replicas);
  const web = await runNode('web', 'web/dist/server.js', [], { ...on(database), PORT: String(webPort), API_URL: apiBehindBalancer });
  started.push(web);
  const webUrl = `http://127.0.0.1:${webPort}`;
  await waitForHttpOk(`${webUrl}/healthz`, web);
  const signedIn = await graphql(replicas[0]!, SIGN_IN, ADMIN, from('203.0.113.1'));
  expect(signedIn.data?.signIn, codeOf(signedIn)).toEqual({ email: ADMIN.email });
  return { database, replicas, webUrl, adminCookie: signedIn.cookie! };
});

/** Programs of the administrator's, created on one replica and published on the other, from `address`. */
async function publishPrograms(address: string, inputs: { title: string; summary: string }[]): Promise<{ slug: string; version: number }[]> {
  const { replicas, adminCookie } = await runningSystem();
  const programs: { slug: string; version: number }[] = [];
  for (const [n, { title, summary }] of inputs.entries()) {
    const input = { hostRegencyCode: '64.74', title, themes: ['HOUSING'], summary };
    const created = await graphql(replicas[n % 2]!, CREATE, { input }, from(address, adminCookie));
    expect(created.errors).toBeUndefined();
    const published = await graphql(replicas[(n + 1) % 2]!, PUBLISH, created.data!.createProgram!, from(address, adminCookie));
    expect(published.errors).toBeUndefined();
    programs.push(published.data!.publishProgram!);
  }
  return programs;
}

/** Waits until a search for each query finds its title on every replica. */
async function expectSearchable(replicas: string[], queries: { q: string; title: string }[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const found = await Promise.all(
          queries.flatMap(({ q }) => replicas.map(async (replica) => (await graphql(replica, SEARCH, { q })).data?.searchPrograms?.hits.map((hit) => hit.title) ?? []))
        );
        return queries.every(({ title }, n) => replicas.every((_, r) => found[n * replicas.length + r]!.includes(title)));
      },
      { timeout: 60_000, interval: 500 }
    )
    .toBe(true);
}

async function publishedInDatabase(database: string): Promise<number> {
  return (await adminQuery(`select count(*)::int as published from program where publication = 'PUBLISHED'`, database)).rows[0].published;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tiru-production-'));
  const meiliUrl = await startMeilisearch();
  const { PATH, HOME } = process.env;
  environment = {
    PATH,
    HOME,
    NODE_ENV: 'production',
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY,
    WEB_ORIGIN: 'https://tiru.example.go.id',
    // Nothing is mailed in this test; the mail worker only needs somewhere to send.
    SMTP_URL: `smtp://127.0.0.1:${await getPort()}`,
    TIRU_DATA_DIR: dataDir,
    // Production refuses a public /metrics: the API and the web guard theirs with a token.
    METRICS_TOKEN: 'production-test-metrics-token-0123456789',
    LOG_LEVEL: 'debug',
    // A window far longer than the test, so the sign-in budget cannot reset halfway.
    RATE_LIMIT_WINDOW_SECONDS: '3600',
    RATE_LIMIT_SIGN_INS: String(SIGN_INS_PER_WINDOW),
    SIGN_IN_ADDRESS_FAILURES_BEFORE_DELAY: '1000',
  };
}, 120_000);

afterAll(async () => {
  for (const process_ of started.reverse()) await stopGroup(process_);
  proxy?.close();
  for (const database of databases) {
    await adminQuery(`drop database if exists ${database} with (force)`).catch(() => undefined);
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('the production build on two API replicas', () => {
  it('refuses to start on the embedded database, and on a schema not yet migrated', async () => {
    const onPglite = await finished(await runNode('api-on-pglite', 'api/dist/server/main.js', [], environment));
    expect(onPglite.code).toBe(1);
    expect(onPglite.log).toContain('DATABASE_URL is not set');

    const beforeMigrate = await finished(await runNode('api-before-migrate', 'api/dist/server/main.js', [], on(await createDatabase('unmigrated'))));
    expect(beforeMigrate.code).toBe(1);
    expect(beforeMigrate.log).toContain('Run `npm run migrate` first');
  });

  it('migrates once when two migrate runs start together', async () => {
    const database = await createDatabase('migrate-twice');
    const runs = await Promise.all(['migrate-1', 'migrate-2'].map(async (name) => finished(await runNode(name, 'api/dist/server/migrate-cli.js', [], on(database)))));
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    const applied = runs.filter((run) => /Applied \d+ migration/.test(run.log));
    const upToDate = runs.filter((run) => run.log.includes('no migration to apply'));
    expect([applied.length, upToDate.length]).toEqual([1, 1]);
    expect(runs.every((run) => run.log.includes('514 kabupaten/kota'))).toBe(true);
  });

  it('creates the first administrator from a password on stdin, once', async () => {
    const database = await migratedDatabase('first-admin');
    const first = await finished(await createAdmin('create-admin-1', database, ADMIN));
    expect(first.code, first.log).toBe(0);
    expect(first.log).toContain('created');
    const again = await finished(await createAdmin('create-admin-2', database, ADMIN));
    expect(again.code, again.log).toBe(0);
    expect(again.log).toContain('already an administrator');
    expect((await adminQuery('select count(*)::int as accounts from account', database)).rows[0].accounts).toBe(1);
  });

  it('starts two replicas and the web in front of them', async () => {
    const { replicas, webUrl } = await runningSystem();
    for (const replica of replicas) expect((await fetch(new URL('/readyz', replica))).status, replica).toBe(200);
    expect((await fetch(`${webUrl}/healthz`)).status).toBe(200);
  });

  it('signs the administrator in on one replica and knows the session on the other', async () => {
    const { replicas } = await runningSystem();
    const signedIn = await graphql(replicas[1]!, SIGN_IN, ADMIN, from('203.0.113.10'));
    expect(signedIn.data?.signIn).toEqual({ email: ADMIN.email });
    const me = await graphql(replicas[0]!, '{ me { email } }', {}, from('203.0.113.10', signedIn.cookie!));
    expect(me.data?.me).toEqual({ email: ADMIN.email });
  });

  it(`refuses failed sign-ins spread over both replicas after ${SIGN_INS_PER_WINDOW}, as one replica would`, async () => {
    const { replicas } = await runningSystem();
    const answers: GraphqlAnswer<Answered>[] = [];
    for (let attempt = 0; attempt < FAILED_SIGN_INS; attempt++) {
      const variables = { email: `guess-${attempt}@example.go.id`, password: 'not the password' };
      answers.push(await graphql(replicas[attempt % 2]!, SIGN_IN, variables, from('203.0.113.20')));
    }
    expect(answers.map(codeOf)).toEqual([
      ...Array(SIGN_INS_PER_WINDOW).fill('UNAUTHENTICATED'),
      ...Array(FAILED_SIGN_INS - SIGN_INS_PER_WINDOW).fill('RATE_LIMITED'),
    ]);
    for (const refused of answers.slice(SIGN_INS_PER_WINDOW)) {
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
  });

  it(`makes ${2 * PROGRAMS} edits made on alternate replicas searchable on both, each handled by one replica`, async () => {
    const { database, replicas } = await runningSystem();
    // "uji" and "produksi" are this test's words: no other test's program has them.
    const numbers = [...Array(PROGRAMS).keys()];
    await publishPrograms('203.0.113.40', numbers.map((n) => ({ title: `Uji produksi kode${n}`, summary: `Program uji replika nomor ${n} untuk pencarian.` })));

    await expect.poll(async () => Promise.all(replicas.map(async (replica) => (await graphql(replica, SEARCH, { q: 'uji produksi' })).data?.searchPrograms?.total)), {
      timeout: 60_000,
      interval: 500,
    }).toEqual([PROGRAMS, PROGRAMS]);
    for (const n of numbers) {
      for (const replica of replicas) {
        const found = (await graphql(replica, SEARCH, { q: `kode${n}` })).data!.searchPrograms!;
        expect(found.degraded).toBe(false);
        expect(found.hits.map((hit) => hit.title)).toContain(`Uji produksi kode${n}`);
      }
    }

    // Every search event of the database, this test's and any other's, handled by exactly one of the replicas.
    const handling = async () => {
      const events: number = (await adminQuery(`select count(*)::int as events from outbox_event where topic = 'search.program'`, database)).rows[0].events;
      const handledBy = ['api-1', 'api-2'].map((name) => handledSearchEvents(readFileSync(logPath(name), 'utf8')));
      return { events, handledBy };
    };
    await expect.poll(async () => { const { events, handledBy } = await handling(); return handledBy[0]! + handledBy[1]! - events; }, { timeout: 30_000, interval: 500 }).toBe(0);
    const { events, handledBy } = await handling();
    expect(events).toBeGreaterThanOrEqual(2 * PROGRAMS);
    expect(handledBy[0]! + handledBy[1]!, `handled by api-1 / api-2: ${handledBy.join(' / ')}`).toBe(events);
  });

  it("counts the catalog again on one replica after an edit on the other", async () => {
    const { database, replicas, adminCookie } = await runningSystem();
    const [counted] = await publishPrograms('203.0.113.41', [{ title: 'Hitung katalog antarreplika', summary: 'Program yang terbit, ditarik, lalu terbit lagi.' }]);
    const slug = counted!.slug;
    const total = '{ programs(first: 1) { totalCount } }';
    const totals = async () => Promise.all(replicas.map(async (replica) => (await graphql(replica, total, {})).data?.programs?.totalCount));
    const published = await publishedInDatabase(database);
    expect(await totals()).toEqual([published, published]);
    const program = (await graphql(replicas[1]!, 'query($slug: String!) { program(slug: $slug) { version } }', { slug }, from('203.0.113.41', adminCookie))).data!.program!;
    const unpublish = 'mutation($slug: String!, $version: Int!) { unpublishProgram(slug: $slug, version: $version) { slug } }';
    expect((await graphql(replicas[1]!, unpublish, { slug, version: program.version }, from('203.0.113.41', adminCookie))).errors).toBeUndefined();
    expect(await totals()).toEqual([published - 1, published - 1]);
    expect((await graphql(replicas[0]!, PUBLISH, { slug, version: program.version + 1 }, from('203.0.113.41', adminCookie))).errors).toBeUndefined();
    expect(await totals()).toEqual([published, published]);
  });

  it('shows the same catalog through the web whichever replica answers', async () => {
    const { replicas, webUrl } = await runningSystem();
    const shown = [0, 1, 2, 3].map((n) => ({ q: `laman${n}`, title: `Tampil lewat web laman${n}` }));
    await publishPrograms('203.0.113.42', shown.map(({ title }) => ({ title, summary: 'Program yang dibaca lewat web di depan kedua replika.' })));
    await expectSearchable(replicas, shown);
    for (const { q, title } of shown) {
      const page = await fetch(`${webUrl}/programs?q=${q}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(title);
    }
  });

  it('refuses a second reindex while one runs on the other replica', async () => {
    const { database, replicas, adminCookie } = await runningSystem();
    await publishPrograms('203.0.113.50', [0, 1, 2].map((n) => ({ title: `Indeks ulang nomor${n}`, summary: 'Program yang diindeks ulang oleh salah satu replika.' })));
    const reindex = 'mutation { reindexPrograms { documents } }';
    const answers = await Promise.all(replicas.map((replica) => graphql(replica, reindex, {}, from('203.0.113.50', adminCookie))));
    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    expect(answers.find((answer) => codeOf(answer) === 'OK')!.data!.reindexPrograms!.documents).toBe(await publishedInDatabase(database));
  });

  it("backs off an account's failed sign-ins counted over both replicas", async () => {
    const { database, replicas } = await runningSystem();
    // An account of its own: it then waits before it may sign in again.
    const account = { email: 'jeda@bappeda.example.go.id', password: 'kata sandi akun jeda yang panjang' };
    const created = await finished(await createAdmin('create-admin-backoff', database, account));
    expect(created.code, created.log).toBe(0);
    const codes: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      codes.push(codeOf(await graphql(replicas[attempt % 2]!, SIGN_IN, { ...account, password: 'wrong password' }, from('203.0.113.30'))));
    }
    // Five free failures (SIGN_IN_FAILURES_BEFORE_DELAY): per replica counting would have allowed ten.
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_FAILED_SIGN_INS']);
  });
});

/** The search events a replica's outbox worker handled, from its JSON log lines. */
function handledSearchEvents(log: string): number {
  return log
    .split('\n')
    .filter((line) => line.includes('"outbox events handled"') && line.includes('"search.program"'))
    .reduce((sum, line) => sum + (JSON.parse(line) as { handled: number }).handled, 0);
}
