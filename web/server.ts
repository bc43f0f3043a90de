import { createRequestHandler } from '@remix-run/express';
import { installGlobals, type ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { languagePathPrefixes, prefixedLanguages } from './app/i18n/language-path';
import { recordPeerAddress } from './app/lib/client-address.server';
import { logger } from './app/lib/logger.server';
import { refuseCrossOriginPosts } from './server/csrf';
import { metricsEndpoint } from './server/metrics';
import { requestObservation } from './server/request-observation';
import { securityHeaders } from './server/security-headers';
import { webSettingsFrom } from './server/settings';
import { startTracing } from './server/tracing';

const settings = webSettingsFrom(process.env);
const tracing = startTracing(process.env);

// The production web server: remix-serve's setup (compressed responses, long-cached fingerprinted assets), plus the
// browser's address recorded in X-Forwarded-For, which the API's rate limits key on. remix-serve keeps it hidden.
// From the sources (web/server.ts) or from the compiled web/dist/server.js.
const buildUrl = new URL(import.meta.url.endsWith('.js') ? '../build/server/index.js' : './build/server/index.js', import.meta.url).href;
const build = (await import(buildUrl)) as ServerBuild;
installGlobals({ nativeFetch: build.future.v3_singleFetch });

const app = express();
app.disable('x-powered-by');
// Behind a TLS-terminating proxy, X-Forwarded-Proto from a trusted hop makes the request secure (cookies, HSTS).
app.set('trust proxy', settings.trustProxy);
if (settings.metricsPort === undefined) app.get('/metrics', metricsEndpoint(settings.metricsToken));
app.use(...requestObservation(), ...securityHeaders(settings));
// @types/compression is typed against the Express 5 types the API installs; the middleware itself is Express 4's.
app.use(compression() as unknown as express.RequestHandler);
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: '1y' }));
app.use(express.static('public', { maxAge: '1h' }));
app.use((request, _response, next) => {
  recordPeerAddress(request);
  next();
});
app.use(refuseCrossOriginPosts(settings.webOrigin));
// Remix puts a server error's stack into its answers outside production mode; no NODE_ENV may leak one.
const remixFor = (served: ServerBuild) =>
  createRequestHandler({
    build: served,
    mode: 'production',
    getLoadContext: (_request, response) => ({ cspNonce: response.locals.cspNonce as string, observation: response.locals.observation as { route?: string } }),
  });
const remix = remixFor(build);
// The adapter catches its own failures and hands them to next(), so its promise never rejects and needs no await.
// Each language prefix (`/en`) is the same app under that basename: its links, forms and redirects keep the prefix.
for (const language of prefixedLanguages) {
  const prefix = languagePathPrefixes[language];
  const prefixed = remixFor({ ...build, basename: prefix });
  app.all([prefix, `${prefix}/*`], (request, response, next) => void prefixed(request, response, next));
}
app.all('*', (request, response, next) => void remix(request, response, next));
// Remix answers every page, errors included, through its boundaries: this catches only what escapes it, so that
// Express's own handler (an HTML page with the stack outside production) is never reached.
app.use((error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
  logger.error({ err: error }, 'unhandled error in the web server');
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.status(500).type('text/plain').send('Internal Server Error');
});

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => logger.info({ url: `http://localhost:${port}` }, 'Tiru web ready'));
const metricsServer = settings.metricsPort === undefined ? undefined : express().get('/metrics', metricsEndpoint(settings.metricsToken)).listen(settings.metricsPort);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    metricsServer?.close();
    server.close((error) => error && logger.error({ err: error }, 'closing the web server'));
    void tracing?.shutdown();
  });
}
