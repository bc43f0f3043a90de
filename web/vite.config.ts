import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig, type Plugin } from 'vite';
import { recordPeerAddress } from './app/lib/client-address.server';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

/** In development, as in `server.ts`: the browser's address goes to the API in X-Forwarded-For. */
const forwardPeerAddress: Plugin = {
  name: 'tiru:forward-peer-address',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      recordPeerAddress(request);
      next();
    });
  },
};

export default defineConfig({
  plugins: [
    forwardPeerAddress,
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  server: { port: Number(process.env.WEB_PORT ?? 3000) },
});
