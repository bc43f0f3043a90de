import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMeilisearch, createMeilisearchClient } from '../search/meilisearch-connection';
import { MeilisearchDataDirBusyError } from './meilisearch-data-dir-claim';
import { type MeilisearchProcess, startMeilisearch } from './meilisearch-supervisor';
import { awaitTaskSuccess } from '../search/meilisearch-task';
import type { SearchLogger } from './search-logger';

interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string | undefined;
}

function recordingLogger(): SearchLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (_obj, msg) => entries.push({ level: 'info', msg }),
    warn: (_obj, msg) => entries.push({ level: 'warn', msg }),
    error: (_obj, msg) => entries.push({ level: 'error', msg }),
  };
}

/** Running and not a zombie: the init of a container may never reap orphans. */
async function isRunning(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

const logger = recordingLogger();
let dataDir: string;
let server: MeilisearchProcess;
let client: Meilisearch;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tiru-meili-supervisor-'));
  server = await startMeilisearch({ dataDir, logger, restartDelayMs: { initial: 50, max: 1_000 } });
  client = createMeilisearchClient(server.url, server.masterKey);
  await awaitTaskSuccess(client.index('notes').addDocuments([{ id: 1, text: 'rumah tahan gempa' }]), 'add a note');
});

afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('startMeilisearch', () => {
  it('serves on loopback and refuses requests without the master key', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.masterKey.length).toBeGreaterThanOrEqual(16);
    expect((await fetch(`${server.url}/indexes`)).status).toBe(401);
    expect((await client.getRawIndex('notes')).uid).toBe('notes');
  });

  it('refuses to start a second server on the same data dir', async () => {
    await expect(startMeilisearch({ dataDir, logger })).rejects.toBeInstanceOf(MeilisearchDataDirBusyError);
  });

  it('brings the server back on the same url after it is killed, with its data', async () => {
    const crashedPid = server.pid!;
    server.kill();
    await server.ready();

    expect(server.pid).not.toBe(crashedPid);
    expect(await isRunning(crashedPid)).toBe(false);
    expect(server.restarts).toBe(1);
    expect(logger.entries).toContainEqual({ level: 'warn', msg: 'Meilisearch exited unexpectedly' });
    expect(await client.index('notes').getDocument(1)).toMatchObject({ text: 'rumah tahan gempa' });
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

  it('stops for good, leaving no process, and a later start reuses the key and the data', async () => {
    const pid = server.pid!;
    const { url, masterKey } = server;
    await server.stop();

    expect(await isRunning(pid)).toBe(false);
    expect(server.pid).toBeUndefined();
    await expect(server.ready()).rejects.toThrow('stopped');
    expect(await new Meilisearch({ host: url }).isHealthy()).toBe(false);

    server = await startMeilisearch({ dataDir, logger, port: Number(new URL(url).port) });
    expect(server.url).toBe(url);
    expect(server.masterKey).toBe(masterKey);
    const again = createMeilisearchClient(server.url, server.masterKey);
    expect(await again.index('notes').getDocument(1)).toMatchObject({ text: 'rumah tahan gempa' });
  });
});
