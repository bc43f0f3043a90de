import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeilisearchDataDirBusyError } from './meilisearch-data-dir-claim';
import { type MeilisearchProcess, startMeilisearch } from './meilisearch-supervisor';
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

function clientOf(server: MeilisearchProcess): Meilisearch {
  return new Meilisearch({ host: server.url, apiKey: server.masterKey, defaultWaitOptions: { timeout: 60_000 } });
}

const logger = recordingLogger();
let dataDir: string;
let server: MeilisearchProcess;
let client: Meilisearch;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tiru-meili-supervisor-'));
  server = await startMeilisearch({ dataDir, logger, restartDelayMs: { initial: 50, max: 1_000 } });
  client = clientOf(server);
  expect((await client.index('notes').addDocuments([{ id: 1, text: 'rumah tahan gempa' }]).waitTask()).status).toBe('succeeded');
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
    const again = clientOf(server);
    expect(await again.index('notes').getDocument(1)).toMatchObject({ text: 'rumah tahan gempa' });
  });
});
