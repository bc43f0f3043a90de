import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getPort from 'get-port';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateMeilisearchBinary } from '@tiru/api/meilisearch-server/meilisearch-binary';
import { logsDir } from '../support/artifacts';
import { type ManagedProcess, startProcess, stopGroup, waitForHttpOk } from '../support/processes';

/**
 * The production build as an operator runs it (docs/deploy.md): compiled JavaScript on plain `node`, one PostgreSQL
 * database, ONE Meilisearch server of its own, `migrate` run twice at once, then two API replicas and the web in
 * front of them, requests alternating between the replicas.
 */

const ADMIN = { email: 'admin@bappeda.example.go.id', password: 'kata sandi produksi yang panjang' };
const MEILI_MASTER_KEY = 'production-test-master-key-0123456789';
const PROGRAMS = 50;
const FAILED_SIGN_INS = 25;
const SIGN_INS_PER_WINDOW = 20;

const databaseName = `tiru_production_${process.pid}_${Date.now().toString(36)}`;
const serverUrl = 'postgresql://postgres@127.0.0.1:5432';
const logPath = (name: string) => join(logsDir, `production-${name}.log`);
const started: ManagedProcess[] = [];
let dataDir: string;
let environment: NodeJS.ProcessEnv;
let replicas: string[];
let webUrl: string;
let proxy: Server;
let adminCookie: string;

function runNode(name: string, script: string, args: string[] = [], env = environment, input?: string) {
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

/** The answers this test reads. */
type Answered = {
  signIn?: { email: string };
  me?: { email: string };
  createProgram?: { slug: string; version: number };
  searchPrograms?: { degraded: boolean; total: number; hits: { title: string; slug: string }[] };
  programs?: { totalCount: number };
  program?: { version: number };
  reindexPrograms?: { documents: number };
};
type GraphqlAnswer = { status: number; retryAfter: string | null; cookie: string | null; data?: Answered; errors?: { extensions?: { code?: string } }[] };

async function graphql(apiUrl: string, query: string, variables: object, headers: Record<string, string> = {}): Promise<GraphqlAnswer> {
  const response = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Omit<GraphqlAnswer, 'status' | 'retryAfter' | 'cookie'>;
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? null;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), cookie, ...body };
}

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }';
const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions?.code ?? 'OK';
/** Each scenario comes from its own client address (the API trusts loopback's X-Forwarded-For), so budgets do not mix. */
const from = (address: string, cookie?: string) => ({ 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) });

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
  proxy = createServer((incoming, outgoing) => {
    const target = new URL(targets[next++ % targets.length]!);
    const forwarded = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  }).listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  const address = proxy.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
}

async function startReplica(name: string): Promise<string> {
  const port = await getPort();
  const api = await runNode(name, 'api/dist/server/main.js', [], { ...environment, API_PORT: String(port) });
  started.push(api);
  await waitForHttpOk(`http://127.0.0.1:${port}/readyz`, api);
  return `http://127.0.0.1:${port}/graphql`;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tiru-production-'));
  await adminQuery(`create database ${databaseName}`);
  const meiliUrl = await startMeilisearch();
  const { PATH, HOME } = process.env;
  environment = {
    PATH,
    HOME,
    NODE_ENV: 'production',
    DATABASE_URL: `${serverUrl}/${databaseName}`,
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY,
    WEB_ORIGIN: 'https://tiru.example.go.id',
    // Nothing is mailed in this test; the mail worker only needs somewhere to send.
    SMTP_URL: `smtp://127.0.0.1:${await getPort()}`,
    TIRU_DATA_DIR: dataDir,
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
  await adminQuery(`drop database if exists ${databaseName} with (force)`).catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

describe('the production build on two API replicas', () => {
  it('refuses to start on the embedded database, and on a schema not yet migrated', async () => {
    const { DATABASE_URL: _database, ...withoutDatabase } = environment;
    const onPglite = await finished(await runNode('api-on-pglite', 'api/dist/server/main.js', [], withoutDatabase));
    expect(onPglite.code).toBe(1);
    expect(onPglite.log).toContain('DATABASE_URL is not set');

    const beforeMigrate = await finished(await runNode('api-before-migrate', 'api/dist/server/main.js'));
    expect(beforeMigrate.code).toBe(1);
    expect(beforeMigrate.log).toContain('Run `npm run migrate` first');
  });

  it('migrates once when two migrate runs start together', async () => {
    const runs = await Promise.all(['migrate-1', 'migrate-2'].map(async (name) => finished(await runNode(name, 'api/dist/server/migrate-cli.js'))));
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    const applied = runs.filter((run) => /Applied \d+ migration/.test(run.log));
    const upToDate = runs.filter((run) => run.log.includes('no migration to apply'));
    expect([applied.length, upToDate.length]).toEqual([1, 1]);
    expect(runs.every((run) => run.log.includes('514 kabupaten/kota'))).toBe(true);
  });

  it('creates the first administrator from a password on stdin, once', async () => {
    const createAdmin = (name: string) => runNode(name, 'api/dist/server/create-admin-cli.js', ['--email', ADMIN.email], environment, `${ADMIN.password}\n`);
    const first = await finished(await createAdmin('create-admin-1'));
    expect(first.code, first.log).toBe(0);
    expect(first.log).toContain('created');
    const again = await finished(await createAdmin('create-admin-2'));
    expect(again.code, again.log).toBe(0);
    expect(again.log).toContain('already an administrator');
    expect((await adminQuery('select count(*)::int as accounts from account', databaseName)).rows[0].accounts).toBe(1);
  });

  it('starts two replicas and the web in front of them', async () => {
    replicas = [await startReplica('api-1'), await startReplica('api-2')];
    const webPort = await getPort();
    const apiBehindBalancer = await startRoundRobin(replicas);
    const web = await runNode('web', 'web/dist/server.js', [], { ...environment, PORT: String(webPort), API_URL: apiBehindBalancer });
    started.push(web);
    webUrl = `http://127.0.0.1:${webPort}`;
    await waitForHttpOk(`${webUrl}/healthz`, web);
  });

  it('signs the administrator in on one replica and knows the session on the other', async () => {
    const signedIn = await graphql(replicas[1]!, SIGN_IN, ADMIN, from('203.0.113.10'));
    expect(signedIn.data?.signIn).toEqual({ email: ADMIN.email });
    adminCookie = signedIn.cookie!;
    const me = await graphql(replicas[0]!, '{ me { email } }', {}, from('203.0.113.10', signedIn.cookie!));
    expect(me.data?.me).toEqual({ email: ADMIN.email });
  });

  it(`refuses failed sign-ins spread over both replicas after ${SIGN_INS_PER_WINDOW}, as one replica would`, async () => {
    const answers: GraphqlAnswer[] = [];
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
    const cookie = adminCookie;
    const create = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { slug version } }`;
    const publish = `mutation($slug: String!, $version: Int!) { publishProgram(slug: $slug, version: $version) { slug } }`;
    for (let n = 0; n < PROGRAMS; n++) {
      const input = { hostRegencyCode: '64.74', title: `Uji produksi kode${n}`, themes: ['HOUSING'], summary: `Program uji replika nomor ${n} untuk pencarian.` };
      const created = await graphql(replicas[n % 2]!, create, { input }, from('203.0.113.40', cookie));
      expect(created.errors).toBeUndefined();
      const published = await graphql(replicas[(n + 1) % 2]!, publish, created.data!.createProgram!, from('203.0.113.40', cookie));
      expect(published.errors).toBeUndefined();
    }

    const search = 'query($q: String!) { searchPrograms(query: $q, pageSize: 50) { degraded total hits { title } } }';
    await expect.poll(async () => Promise.all(replicas.map(async (replica) => (await graphql(replica, search, { q: 'uji produksi' })).data?.searchPrograms?.total)), {
      timeout: 60_000,
      interval: 500,
    }).toEqual([PROGRAMS, PROGRAMS]);
    for (let n = 0; n < PROGRAMS; n++) {
      for (const replica of replicas) {
        const found = (await graphql(replica, search, { q: `kode${n}` })).data!.searchPrograms!;
        expect(found.degraded).toBe(false);
        expect(found.hits.map((hit) => hit.title)).toContain(`Uji produksi kode${n}`);
      }
    }

    const events = (await adminQuery(`select count(*)::int as events from outbox_event where topic = 'search.program'`, databaseName)).rows[0].events;
    const handledBy = ['api-1', 'api-2'].map((name) => handledSearchEvents(readFileSync(logPath(name), 'utf8')));
    expect(events).toBeGreaterThanOrEqual(2 * PROGRAMS);
    expect(handledBy[0]! + handledBy[1]!, `handled by api-1 / api-2: ${handledBy.join(' / ')}`).toBe(events);
  });

  it("counts the catalog again on one replica after an edit on the other", async () => {
    const total = '{ programs(first: 1) { totalCount } }';
    const totals = async () => Promise.all(replicas.map(async (replica) => (await graphql(replica, total, {})).data?.programs?.totalCount));
    expect(await totals()).toEqual([PROGRAMS, PROGRAMS]);
    const slug = (await graphql(replicas[1]!, 'query { searchPrograms(query: "kode0") { hits { slug } } }', {})).data!.searchPrograms!.hits[0]!.slug;
    const program = (await graphql(replicas[1]!, 'query($slug: String!) { program(slug: $slug) { version } }', { slug }, from('203.0.113.40', adminCookie))).data!.program!;
    const unpublish = 'mutation($slug: String!, $version: Int!) { unpublishProgram(slug: $slug, version: $version) { slug } }';
    expect((await graphql(replicas[1]!, unpublish, { slug, version: program.version }, from('203.0.113.40', adminCookie))).errors).toBeUndefined();
    expect(await totals()).toEqual([PROGRAMS - 1, PROGRAMS - 1]);
    const publish = `mutation($slug: String!, $version: Int!) { publishProgram(slug: $slug, version: $version) { slug } }`;
    expect((await graphql(replicas[0]!, publish, { slug, version: program.version + 1 }, from('203.0.113.40', adminCookie))).errors).toBeUndefined();
    expect(await totals()).toEqual([PROGRAMS, PROGRAMS]);
  });

  it('shows the same catalog through the web whichever replica answers', async () => {
    for (let n = 0; n < 4; n++) {
      const page = await fetch(`${webUrl}/programs?q=kode${n}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`Uji produksi kode${n}`);
    }
  });

  it('refuses a second reindex while one runs on the other replica', async () => {
    const cookie = adminCookie;
    const reindex = 'mutation { reindexPrograms { documents } }';
    const answers = await Promise.all(replicas.map((replica) => graphql(replica, reindex, {}, from('203.0.113.50', cookie))));
    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    expect(answers.find((answer) => codeOf(answer) === 'OK')!.data!.reindexPrograms!.documents).toBe(PROGRAMS);
  });
  it("backs off an account's failed sign-ins counted over both replicas", async () => {
    const codes: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      codes.push(codeOf(await graphql(replicas[attempt % 2]!, SIGN_IN, { ...ADMIN, password: 'wrong password' }, from('203.0.113.30'))));
    }
    // Five free failures (SIGN_IN_FAILURES_BEFORE_DELAY): per replica counting would have allowed ten. Last, since the
    // account then waits before it may sign in again.
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

