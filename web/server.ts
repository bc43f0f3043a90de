import { createRequestHandler } from '@remix-run/express';
import { installGlobals, type ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { languagePathPrefixes, prefixedLanguages } from './app/i18n/language-path';
import { recordPeerAddress } from './app/lib/client-address.server';

// The production web server: remix-serve's setup (compressed responses, long-cached fingerprinted assets), plus the
// browser's address recorded in X-Forwarded-For, which the API's rate limits key on. remix-serve keeps it hidden.
// From the sources (web/server.ts) or from the compiled web/dist/server.js.
const buildUrl = new URL(import.meta.url.endsWith('.js') ? '../build/server/index.js' : './build/server/index.js', import.meta.url).href;
const build = (await import(buildUrl)) as ServerBuild;
installGlobals({ nativeFetch: build.future.v3_singleFetch });

const app = express();
app.disable('x-powered-by');
// @types/compression is typed against the Express 5 types the API installs; the middleware itself is Express 4's.
app.use(compression() as unknown as express.RequestHandler);
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: '1y' }));
app.use(express.static('public', { maxAge: '1h' }));
app.use((request, _response, next) => {
  recordPeerAddress(request);
  next();
});
// Remix puts a server error's stack into its answers outside production mode; no NODE_ENV may leak one.
const remix = createRequestHandler({ build, mode: 'production' });
// The adapter catches its own failures and hands them to next(), so its promise never rejects and needs no await.
// Each language prefix (`/en`) is the same app under that basename: its links, forms and redirects keep the prefix.
for (const language of prefixedLanguages) {
  const prefix = languagePathPrefixes[language];
  const prefixed = createRequestHandler({ build: { ...build, basename: prefix }, mode: 'production' });
  app.all([prefix, `${prefix}/*`], (request, response, next) => void prefixed(request, response, next));
}
app.all('*', (request, response, next) => void remix(request, response, next));
// Remix answers every page, errors included, through its boundaries: this catches only what escapes it, so that
// Express's own handler (an HTML page with the stack outside production) is never reached.
app.use((error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
  console.error(error);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.status(500).type('text/plain').send('Internal Server Error');
});

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => console.log(`[tiru-web] http://localhost:${port}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => server.close((error) => error && console.error(error)));
}
