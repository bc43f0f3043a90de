import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type MeilisearchProcess, startMeilisearch } from '../meilisearch-supervisor';
import type { InjectedMeilisearch } from './injected-meilisearch';

/**
 * Starts one Meilisearch for the whole test run (or uses MEILI_URL) and hands its address to every
 * test through `inject('meilisearch')`. Test files keep apart by using their own index uids.
 *
 * Vitest runs a global setup once per project and once for the root; only the root starts the
 * server, and the projects inherit what the root provides.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!project.isRootProject()) return undefined;
  const configured = process.env.MEILI_URL;
  if (configured) {
    project.provide('meilisearch', { url: configured, masterKey: process.env.MEILI_MASTER_KEY ?? '' } satisfies InjectedMeilisearch);
    return undefined;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'tiru-test-meilisearch-'));
  let server: MeilisearchProcess;
  try {
    server = await startMeilisearch({ dataDir });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    // Only the tests that need Meilisearch fail, each saying why; the rest of the suite still runs.
    project.provide('meilisearch', { unavailable: error instanceof Error ? error.message : String(error) } satisfies InjectedMeilisearch);
    return undefined;
  }
  project.provide('meilisearch', { url: server.url, masterKey: server.masterKey } satisfies InjectedMeilisearch);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
