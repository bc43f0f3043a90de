import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MeilisearchProcess, startMeilisearch } from '../meilisearch-server/meilisearch-supervisor';
import { type SearchLogger } from '../meilisearch-server/search-logger';
import { connectMeilisearch, createMeilisearchClient } from './meilisearch-connection';
import { awaitTaskSuccess } from './meilisearch-task';

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

describe('connectMeilisearch', () => {
  const logger: SearchLogger = { info: () => {}, warn: () => {}, error: () => {} };
  let dataDir: string;
  let server: MeilisearchProcess;
  let client: Meilisearch;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tiru-meili-connection-url-'));
    server = await startMeilisearch({ dataDir, logger });
    client = createMeilisearchClient(server.url, server.masterKey);
    await awaitTaskSuccess(client.index('notes').addDocuments([{ id: 1, text: 'rumah tahan gempa' }]), 'add a note');
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lets connectMeilisearch use a server given by MEILI_URL and leave it running on close', async () => {
    const connection = await connectMeilisearch({ meiliUrl: server.url, meiliMasterKey: server.masterKey, dataDir, logger });
    expect(connection.server).toBeUndefined();
    expect((await connection.client.getRawIndex('notes')).uid).toBe('notes');
    await connection.close();
    expect(await client.isHealthy()).toBe(true);
  });

  it('lets connectMeilisearch start the bundled server when no MEILI_URL is given, and stop it on close', async () => {
    const ownDataDir = await mkdtemp(join(tmpdir(), 'tiru-meili-connection-'));
    try {
      const connection = await connectMeilisearch({ dataDir: ownDataDir, logger });
      expect(connection.server?.url).toBe(connection.url);
      expect(await connection.client.isHealthy()).toBe(true);
      await connection.close();
      expect(await connection.client.isHealthy()).toBe(false);
    } finally {
      await rm(ownDataDir, { recursive: true, force: true });
    }
  });
});
