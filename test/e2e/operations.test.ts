import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import getPort from 'get-port';
import { type Browser } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../seeds/src/demo/accounts';
import { demoDataset } from '../../seeds/src/demo';
import { signInToApi } from '../support/api-session';
import { logsDir } from '../support/artifacts';
import { launchBrowser, openPage } from '../support/browser';
import { codeOf, from, postGraphql } from '../support/graphql';
import { signIn } from '../support/journey';
import { E2E_METRICS_TOKEN, type RunningSystem, startSystem } from '../support/system';

// Operations as an operator sees them: metrics scraped from both processes, one trace across web and API (sent to
// an OTLP receiver of this test's), the security headers and CSP of the pages in Chromium, the CSRF check on form
// posts, and logs free of passwords, cookies and contact details.

type OtlpSpan = { traceId: string; spanId: string; parentSpanId?: string; name: string };
const spans: (OtlpSpan & { service: string })[] = [];
let otlp: Server;
let smtp: SMTPServer;
let mailsReceived = 0;
let system: RunningSystem;
let browser: Browser;
let invitationToken: string;
const INVITED = 'operasi.e2e@bontang.go.id';

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
}

type OtlpExport = {
  resourceSpans?: { resource?: { attributes?: { key: string; value: { stringValue?: string } }[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[];
};

function startOtlpReceiver(port: number): Server {
  return createServer((request, response) => {
    void bodyOf(request).then((body) => {
      const exported = JSON.parse(body.toString('utf8')) as OtlpExport;
      for (const resource of exported.resourceSpans ?? []) {
        const service = resource.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of resource.scopeSpans ?? []) for (const span of scope.spans ?? []) spans.push({ ...span, service });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  }).listen(port, '127.0.0.1');
}

beforeAll(async () => {
  const [otlpPort, smtpPort] = [await getPort(), await getPort()];
  otlp = startOtlpReceiver(otlpPort);
  smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], onData: (stream, _session, done) => stream.resume().on('end', () => (mailsReceived++, done())) });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${otlpPort}`, OTEL_BSP_SCHEDULE_DELAY: '200' };
  system = await startSystem({
    label: 'operations',
    apiEnvironment: { ...tracing, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, RATE_LIMIT_SIGN_INS: '3' },
    webEnvironment: tracing,
  });
  browser = await launchBrowser();
  // An e-mail to send (the mail counters) whose address and link token must never reach a log.
  const admin = await signInToApi(system.apiUrl, 'admin@tiru.test', '198.51.100.71');
  const { invite } = await admin.run<{ invite: { acceptUrl: string } }>('mutation($input: InviteInput!) { invite(input: $input) { acceptUrl } }', {
    input: { email: INVITED, role: 'HOST_EDITOR', regencyCode: '64.74' },
  });
  invitationToken = invite.acceptUrl.split('/').at(-1)!;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.stop();
  otlp?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const MAIN_PAGES = ['/', '/programs', '/programs?q=rumah', '/programs/prolita-bontang', '/compare', '/sign-in', '/visits/new'];

describe('security headers and CSP', () => {
  it('sends a nonce-based CSP and the other headers on every main page, and Chromium reports no violation', async () => {
    const { page, context } = await openPage(browser, 'desktop');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void (window as unknown as { reportCspViolation(text: string): Promise<void> }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of MAIN_PAGES) {
      const response = await page.goto(`${system.webUrl}${path}`);
      await page.waitForLoadState('networkidle');
      const headers = response!.headers();
      const csp = headers['content-security-policy'] ?? '';
      const scriptSrc = csp.split(';').find((directive) => directive.startsWith('script-src')) ?? '';
      expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], path).toBe('DENY');
      // The pages ran their scripts (hydrated): a nonce that did not match would have blocked them.
      await page.waitForFunction(() => (window as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized === true);
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it('gives each response a nonce of its own', async () => {
    const nonceOf = async () => /'nonce-([^']+)'/.exec((await fetch(`${system.webUrl}/`)).headers.get('content-security-policy') ?? '')?.[1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).toBeDefined();
    expect(first).not.toBe(second);
  });
});

describe('CSRF', () => {
  it('refuses a form post from another origin that carries a valid session cookie, and accepts it from the site', async () => {
    const signedIn = await postGraphql<{ signIn: { email: string } }>(
      system.apiUrl,
      'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }',
      { email: 'delegasi.tangsel@tiru.test', password: accounts.find((account) => account.email === 'delegasi.tangsel@tiru.test')!.password },
      from('198.51.100.61')
    );
    const cookie = signedIn.cookie!;
    const post = (headers: Record<string, string>) =>
      fetch(`${system.webUrl}/sign-out`, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: '' });
    const crossOrigins: Record<string, string>[] = [
      { origin: 'https://evil.example.go.id', 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { referer: 'https://evil.example/form.html' },
      {},
    ];
    for (const crossOrigin of crossOrigins) {
      expect((await post(crossOrigin)).status, JSON.stringify(crossOrigin)).toBe(403);
    }
    const me = await postGraphql<{ me: { email: string } | null }>(system.apiUrl, '{ me { email } }', {}, from('198.51.100.61', cookie));
    expect(me.data?.me?.email).toBe('delegasi.tangsel@tiru.test');

    const fromSite = await post({ origin: system.webUrl, 'sec-fetch-site': 'same-origin' });
    expect(fromSite.status).not.toBe(403);
    const afterSignOut = await postGraphql<{ me: { email: string } | null }>(system.apiUrl, '{ me { email } }', {}, from('198.51.100.61', cookie));
    expect(afterSignOut.data?.me).toBeNull();
  });

  it('lets a form post made in the browser through', async () => {
    const { page, context } = await openPage(browser, 'desktop');
    await signIn(page, system.webUrl, 'koordinator.kalsel@tiru.test', '/visits');
    expect(new URL(page.url()).pathname).toBe('/visits');
    await context.close();
  });
});

async function scrape(url: string): Promise<string> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(response.status, url).toBe(200);
  return response.text();
}

/** The sum of every series of a family (all its label sets). */
function total(text: string, family: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${family}{`) || line.startsWith(`${family} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('metrics and traces', () => {
  it('counts every family the operator reads, on the API and on the web', async () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      await postGraphql(system.apiUrl, 'mutation { signIn(email: "nobody@tiru.test", password: "wrong-password") { email } }', {}, from('198.51.100.72'));
    }
    const refused = await postGraphql(system.apiUrl, 'mutation { signIn(email: "nobody@tiru.test", password: "x") { email } }', {}, from('198.51.100.72'));
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    await fetch(`${system.webUrl}/programs/prolita-bontang`);
    await eventually(async () => mailsReceived > 0, 'the invitation e-mail');

    const origin = new URL(system.apiUrl).origin;
    let api = '';
    await eventually(async () => total((api = await scrape(`${origin}/metrics`)), 'tiru_mail_messages_total') > 0, 'the mail counter');
    for (const family of [
      'tiru_http_requests_total',
      'tiru_http_request_duration_seconds_count',
      'tiru_graphql_operations_total',
      'tiru_graphql_operation_duration_seconds_count',
      'tiru_db_queries_total',
      'tiru_db_query_duration_seconds_count',
      'tiru_outbox_events_handled_total',
      'tiru_search_tasks_total',
      'tiru_search_up',
      'tiru_mail_messages_total',
      'tiru_rate_limit_refusals_total',
    ]) {
      expect(total(api, family), family).toBeGreaterThan(0);
    }
    for (const topic of ['search.program', 'mail']) {
      expect(api).toMatch(new RegExp(`^tiru_outbox_pending_events\\{topic="${topic.replace('.', '\\.')}"\\} \\d+`, 'm'));
      expect(api).toMatch(new RegExp(`^tiru_outbox_lag_seconds\\{topic="${topic.replace('.', '\\.')}"\\} [\\d.]+`, 'm'));
    }
    // Every family the operator's dashboard reads is served (the pool's only on PostgreSQL: PGlite has none).
    const dashboard = await readFile(join(import.meta.dirname, '../../docs/operations/grafana-dashboard.json'), 'utf8');
    const apiFamilies = new Set([...dashboard.matchAll(/\b(tiru_(?!web_)[a-z_]+?)(_bucket|_count)?\{/g)].map((match) => match[1]!));
    for (const family of apiFamilies) if (family !== 'tiru_db_pool_connections') expect(api, family).toMatch(new RegExp(`^${family}(_bucket|_count)?[{ ]`, 'm'));
    const web = await scrape(`${system.webUrl}/metrics`);
    expect(web).toContain('tiru_web_ssr_duration_seconds_count{route="routes/programs.$slug",status="200"}');
    expect(total(web, 'tiru_web_ssr_duration_seconds_count')).toBeGreaterThan(0);
    expect((await fetch(`${system.webUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
  });

  it('follows one page in one trace: web request → API request → GraphQL operation → SQL and Meilisearch', async () => {
    spans.length = 0;
    expect((await fetch(`${system.webUrl}/programs?q=rumah`)).status).toBe(200);
    const pageSpan = () => spans.find((span) => span.service === 'tiru-web' && span.name === 'GET routes/programs._index');
    await eventually(async () => pageSpan() !== undefined && spans.some((span) => span.traceId === pageSpan()!.traceId && span.name.startsWith('meilisearch')), 'the page trace');
    const trace = spans.filter((span) => span.traceId === pageSpan()!.traceId);
    const childrenOf = (parent: OtlpSpan) => trace.filter((span) => span.parentSpanId === parent.spanId);
    const apiRequests = childrenOf(pageSpan()!).filter((span) => span.service === 'tiru-api');
    expect(apiRequests.map((span) => span.name)).toContain('POST /graphql');
    const operations = apiRequests.flatMap(childrenOf);
    const searchOperation = operations.find((span) => span.name === 'graphql SearchPrograms') ?? operations.find((span) => childrenOf(span).some((child) => child.name.startsWith('meilisearch')));
    expect(searchOperation, operations.map((span) => span.name).join(', ')).toBeDefined();
    const underOperations = operations.flatMap(childrenOf).map((span) => span.name);
    expect(underOperations).toContain('meilisearch multiSearch');
    expect(underOperations.some((name) => name.startsWith('db '))).toBe(true);
  });
});

/** Every phone number in the demo data, wherever the dataset keeps one. */
function phonesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(phonesIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => (key === 'phone' && typeof inner === 'string' ? [inner] : phonesIn(inner)));
  return [];
}

describe('logs', () => {
  it('holds no password, session cookie, phone number or invited address in any process log of the run', async () => {
    const session = await signInToApi(system.apiUrl, 'editor.bontang@tiru.test', '198.51.100.81');
    await session.run('{ me { email } }');
    const { page, context } = await openPage(browser, 'desktop');
    await signIn(page, system.webUrl, 'editor.bontang@tiru.test', '/workspace/programs');
    const [browserSession] = (await context.cookies()).filter((cookie) => cookie.name === 'tiru_session');
    await context.close();
    expect(browserSession).toBeDefined();
    const secrets = [
      ...accounts.map((account) => account.password),
      browserSession!.value,
      ...phonesIn(demoDataset),
      INVITED,
      invitationToken,
      'wrong-password',
    ];
    const files = (await readdir(logsDir)).filter((file) => file.endsWith('.log'));
    expect(files).toContain('operations-api.log');
    expect(files).toContain('operations-web.log');
    const webLines = (await readFile(join(logsDir, 'operations-web.log'), 'utf8')).split('\n').filter((line) => line.startsWith('{'));
    expect(webLines.some((line) => (JSON.parse(line) as { msg?: string; requestId?: string }).msg === 'request')).toBe(true);
    for (const file of files) {
      const text = await readFile(join(logsDir, file), 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${file} holds a secret`).toBe(false);
    }
  });
});
