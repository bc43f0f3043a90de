import { type AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { requestTimeout } from './http-guards';

describe('requestTimeout', () => {
  it('answers 503 REQUEST_TIMEOUT for a handler that never answers, and says a change may have been saved', async () => {
    const app = express();
    app.use(requestTimeout({ requestTimeoutMs: 50 }));
    app.post('/graphql', () => {});
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, { method: 'POST' });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('REQUEST_TIMEOUT');
      expect(body.errors[0]?.message).toMatch(/may still be saved/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
