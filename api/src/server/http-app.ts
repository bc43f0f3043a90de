import { ApolloServer } from '@apollo/server';
import { type EntityManager } from '@mikro-orm/core';
import { parse as parseCookies } from 'cookie';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type GraphQLSchema } from 'graphql';
import { viewerForSessionToken } from '../accounts';
import { type Viewer } from '../core';
import { type Orm } from '../db';
import { type ApiLimits, DEFAULT_LIMITS } from '../graphql-endpoint';
import { withDatabaseUnavailableAs503 } from '../graphql-endpoint';
import { type ShutdownGate } from './graceful-shutdown';
import { graphqlEndpoint, hardenedApolloOptions } from '../graphql-endpoint';
import { requestLogMiddleware } from '../graphql-endpoint';
import { requestScopeMiddleware } from '../core';
import { apolloExpressHandler } from './apollo-express';
import { type RequestContext, SESSION_COOKIE } from '../core';
import { type Logger } from '../core';
import { visitCalendarRoute } from '../visits';
import { visitDocumentsRoute } from '../visit-documents';
import { httpObservation, metricsEndpoint } from '../observability';
import { corsForOrigins, securityHeaders } from './security-headers';

export type HttpAppOptions = {
  orm: Orm;
  schema: GraphQLSchema;
  logger: Logger;
  webOrigin: string;
  secureCookies: boolean;
  introspection: boolean;
  /** Abuse limits; the defaults when left out. */
  limits?: ApiLimits;
  /** Express `trust proxy`: whose X-Forwarded-For names the client (rate limits key on it). */
  trustProxy?: string;
  /** Turns requests away, and /readyz to not ready, once the process is shutting down. */
  shutdownGate?: ShutdownGate;
  readiness?: () => Promise<Record<string, unknown>>;
  /** `/metrics` on this app: left out when the metrics have their own listener (METRICS_PORT). */
  metrics?: { token: string | undefined };
  /** Origins browsers may call the API from (CORS_ORIGINS); none when left out. */
  corsOrigins?: readonly string[];
};

export type HttpApp = { app: express.Express; apollo: ApolloServer<RequestContext> };

async function databaseIsReachable(orm: Orm): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * The part of a request's context that forks its unit of work on first use: a search (Meilisearch
 * only) or `__typename` never needs one. The getter lives on the class, and the fork in a holder
 * object, because Apollo copies the context's own properties for each operation of a request.
 */
class LazyUnitOfWork {
  private readonly forked: { em?: EntityManager } = {};

  constructor(private readonly orm: Orm) {}

  get em(): EntityManager {
    return (this.forked.em ??= this.orm.em.fork());
  }
}

function contextFactory(options: HttpAppOptions) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    const context = new LazyUnitOfWork(options.orm);
    const sessionToken = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies, path: '/' };
    // Looked up, and the unit of work forked for it, only when a resolver or the mutation limits ask who it is.
    let viewer: Promise<Viewer | null> | undefined;
    return Object.assign(context, {
      viewer: () => (viewer ??= sessionToken ? viewerForSessionToken(context.em, sessionToken) : Promise.resolve(null)),
      sessionToken,
      setSessionCookie: (token: string, expiresAt: Date) => res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
      clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
      webOrigin: options.webOrigin,
      now: new Date(),
    });
  };
}

export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    // The process owns shutdown (start-api.ts): Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    ...hardenedApolloOptions({ logger: options.logger, introspection: options.introspection, limits }),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Nothing here is cached to revalidate (GraphQL answers POSTs, the calendar file is no-store):
  // hashing every answer for an ETag would be pure cost.
  app.disable('etag');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  app.use(httpObservation(routeLabel), requestScopeMiddleware, requestLogMiddleware(options.logger));
  app.use(securityHeaders({ hsts: options.secureCookies, introspection: options.introspection }), ...corsForOrigins(options.corsOrigins ?? []));
  if (options.metrics) app.get('/metrics', metricsEndpoint(options.metrics.token));
  if (options.shutdownGate) app.use(options.shutdownGate.middleware);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const database = await databaseIsReachable(options.orm);
    // The background services' facts (outbox lag) come from the database too: while it is away they are unknown.
    const details = (await options.readiness?.().catch(() => ({}))) ?? {};
    res.status(database ? 200 : 503).json({ ok: database, database, ...details });
  });
  app.get('/visits/:id/calendar.ics', visitCalendarRoute({ orm: options.orm, webOrigin: options.webOrigin }));
  app.get('/visits/:id/documents/:name', visitDocumentsRoute({ orm: options.orm }));
  app.use('/graphql', ...graphqlEndpoint(apolloExpressHandler(apollo, withDatabaseUnavailableAs503(contextFactory(options))), limits, options.logger));
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(options.logger));
  return { app, apollo };
}

const CALENDAR_ROUTE = /^\/visits\/[^/]+\/calendar\.ics$/;
const FIXED_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

/** The route a path is answered by, for metric labels and span names: any other path is `unmatched`. */
export function routeLabel(path: string): string {
  if (FIXED_ROUTES.has(path)) return path;
  return CALENDAR_ROUTE.test(path) ? '/visits/:id/calendar.ics' : 'unmatched';
}

function jsonNotFound(_req: Request, res: Response): void {
  res.status(404).json({ error: 'NOT_FOUND' });
}

/** The last handler: Express's own would answer an HTML page, with the stack outside production. */
function jsonErrorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const status = (error as { status?: unknown } | null)?.status;
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) logger.error({ err: error }, 'unhandled error in an HTTP route');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(clientError ? status : 500).json({ error: clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' });
  };
}
