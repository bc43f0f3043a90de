import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createHttpApp } from '../server/http-app';
import { type Logger } from '../core/logger';
import { buildTiruSchema } from '../server/schema';
import { startTestApi, type TestApi } from './test-api';
import { type ApiLimits, DEFAULT_LIMITS } from '../graphql-endpoint/api-limits';

export type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
};

export type HttpTestServer = {
  api: TestApi;
  url: string;
  /** Every JSON line the app logged. */
  logLines: Record<string, unknown>[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ response: Response; body: GraphQLBody }>;
  close(): Promise<void>;
};

/** A JSON logger writing into an array instead of stdout. */
function capturingLogger(lines: Record<string, unknown>[]): Logger {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return pino({ level: 'info' }, sink);
}

/** The real HTTP app (createHttpApp) on a fresh database, listening on a free loopback port. */
export async function startHttpTestServer(
  options: {
    limits?: Partial<ApiLimits>;
    introspection?: boolean;
    /** Another server's database, to skip migrating a new one. */
    sharing?: HttpTestServer;
    /** The background services' facts for /readyz, as start-api.ts gives them. */
    readiness?: () => Promise<Record<string, unknown>>;
    /** A test API of the caller's (e.g. with search fixtures) instead of a fresh one; the caller closes it. */
    api?: TestApi;
    metrics?: { token: string | undefined };
    corsOrigins?: string[];
    secureCookies?: boolean;
  } = {},
): Promise<HttpTestServer> {
  const api = options.api ?? options.sharing?.api ?? (await startTestApi());
  const logLines: Record<string, unknown>[] = [];
  const { app, apollo } = await createHttpApp({
    orm: api.orm,
    schema: await buildTiruSchema(),
    logger: capturingLogger(logLines),
    webOrigin: 'http://web',
    secureCookies: options.secureCookies ?? false,
    introspection: options.introspection ?? true,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    readiness: options.readiness,
    metrics: options.metrics,
    corsOrigins: options.corsOrigins,
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    api,
    url,
    logLines,
    async post(body, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { response, body: JSON.parse(text) as GraphQLBody };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      if (!options.sharing && !options.api) await api.close();
    },
  };
}
