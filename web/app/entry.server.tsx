import { PassThrough } from 'node:stream';
import { type AppLoadContext, createReadableStreamFromReadable, type EntryContext } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { logger } from './lib/logger.server';
import { NonceProvider } from './lib/nonce';

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** This response's CSP nonce, from web/server.ts (undefined under the Vite dev server). */
    cspNonce?: string;
    /** Filled in while rendering: the route that answered, for the SSR metrics. */
    observation?: { route?: string };
  }
}

const ABORT_DELAY_MS = 5_000;

/**
 * Remix's default Node entry (stream the shell to browsers, the whole page to bots), with the CSP nonce on every
 * inline script Remix and React write, and the answering route noted for the SSR duration metric.
 */
export default function handleRequest(request: Request, status: number, headers: Headers, remixContext: EntryContext, loadContext: AppLoadContext) {
  const nonce = loadContext.cspNonce;
  if (loadContext.observation) loadContext.observation.route = remixContext.staticHandlerContext.matches.at(-1)?.route.id;
  const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const ready = () => {
      shellRendered = true;
      const body = new PassThrough();
      headers.set('Content-Type', 'text/html');
      resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider nonce={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY_MS} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        ...(waitForAll ? { onAllReady: ready } : { onShellReady: ready }),
        onShellError: reject,
        onError(error: unknown) {
          status = 500;
          // Errors before the shell reject and are logged by Remix; these happened while streaming.
          if (shellRendered) logger.error({ err: error }, 'error while streaming a page');
        },
      },
    );
    setTimeout(abort, ABORT_DELAY_MS);
  });
}
