import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../testing/test-database';
import { readFileSync } from 'node:fs';
import { type ApiProcess, type ProcessEntry, spawnApi } from '../testing/api-process';

let api: ApiProcess;
beforeAll(async () => {
  api = await spawnApi(testDatabaseKind());
}, 180_000);
afterAll(() => api.cleanUp());

/** Running, as opposed to gone or a zombie left for an init that does not reap (as in some containers). */
function isRunning({ pid }: ProcessEntry): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The processes still running after a grace period: tsx's esbuild only leaves once its pipe closes. */
async function stillRunningAfterGrace(processes: ProcessEntry[]): Promise<ProcessEntry[]> {
  for (let attempt = 0; attempt < 50 && processes.some(isRunning); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return processes.filter(isRunning);
}

/**
 * A POST that stays in flight until `finish()`: it asks `Expect: 100-continue`, so `accepted`
 * resolves once the server has read its headers, and the body is only sent by `finish()`.
 */
function postHeldOpen(url: string, body: string) {
  const target = new URL(url);
  let outgoing: ReturnType<typeof request> | undefined;
  const accepted = new Promise<void>((resolve) => {
    outgoing = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
    });
    outgoing.once('continue', () => resolve());
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    outgoing!.on('error', reject);
    outgoing!.on('response', (incoming) => {
      let text = '';
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
      incoming.on('end', () => resolve({ status: incoming.statusCode!, body: text }));
    });
  });
  outgoing!.flushHeaders();
  return { accepted, response, finish: () => outgoing!.end(body) };
}

/** Whether new connections are refused within a while (the signal may wait on a busy machine). */
async function connectionRefused(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    try {
      await fetch(url.replace('/graphql', '/healthz'), { headers: { connection: 'close' } });
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('the API process on SIGTERM', () => {
  it('stops taking connections, answers the request in flight, stops Meilisearch and exits 0', async () => {
    const password = 'kata sandi proses yang rahasia';
    const signIn = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', variables: { e: 'nobody@tiru.test', p: password } }),
    });
    expect(((await signIn.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const ready = await fetch(api.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    const helpers = api.descendants();
    const meilisearch = helpers.filter(({ command }) => command.startsWith('meilisearch'));
    expect(meilisearch).toHaveLength(1);

    const inFlight = postHeldOpen(api.url, JSON.stringify({ query: 'query InFlight { agencies { id } }' }));
    await inFlight.accepted;
    api.child.kill('SIGTERM');
    expect(await connectionRefused(api.url)).toBe(true);
    inFlight.finish();
    const answered = await inFlight.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toMatchObject({ data: { agencies: [] } });

    expect(await api.exited).toBe(0);
    expect(meilisearch.filter(isRunning)).toEqual([]);
    expect(await stillRunningAfterGrace(helpers)).toEqual([]);
    const messages = api.logLines.map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down: finishing in-flight requests', 'stopped']));
    expect(api.logLines.find((line) => line.msg === 'request' && line.operation === 'InFlight')).toMatchObject({ status: 200 });
    expect(api.output()).not.toContain(password);
    expect(api.output()).not.toContain('nobody@tiru.test');
  });
});
