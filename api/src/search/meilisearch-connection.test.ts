import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeilisearchClient } from './meilisearch-connection';

let server: Server;
let received: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request.headers);
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ status: 'available' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('Meilisearch client', () => {
  it('asks a server on loopback for uncompressed answers and still sends its key', async () => {
    received = [];
    const { port } = server.address() as AddressInfo;
    const client = createMeilisearchClient(`http://127.0.0.1:${port}`, 'bench-key');
    expect(await client.health()).toEqual({ status: 'available' });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ 'accept-encoding': 'identity', authorization: 'Bearer bench-key' });
  });
});
