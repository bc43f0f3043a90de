import { Meilisearch } from 'meilisearch';
import { type MeilisearchProcess, type SearchLogger, startMeilisearch, stderrWarningsLogger } from '../meilisearch-server';

export interface MeilisearchConnectionConfig {
  /** MEILI_URL: an existing server; without it the bundled binary is started under `dataDir`. */
  meiliUrl?: string;
  /** MEILI_MASTER_KEY of that server; ignored for the bundled one, which keeps its own key. */
  meiliMasterKey?: string;
  dataDir: string;
  logger?: SearchLogger;
}

export interface MeilisearchConnection {
  client: Meilisearch;
  url: string;
  /** The supervised bundled server; undefined when MEILI_URL was given. */
  server: MeilisearchProcess | undefined;
  /** Stops the bundled server; leaves a server given by MEILI_URL running. */
  close(): Promise<void>;
}

// The client's 5 s default is too short for settings changes while a 2-core machine is busy.
const TASK_WAIT_TIMEOUT_MS = 60_000;
// Per HTTP request: a Meilisearch that stops answering must not hold the sync worker (and, on PGlite,
// its database transaction) for long.
const REQUEST_TIMEOUT_MS = 10_000;

export async function connectMeilisearch(config: MeilisearchConnectionConfig): Promise<MeilisearchConnection> {
  const logger = config.logger ?? stderrWarningsLogger;
  if (config.meiliUrl) {
    const client = createMeilisearchClient(config.meiliUrl, config.meiliMasterKey);
    // Not fatal: search falls back to the database while Meilisearch is away.
    if (!(await client.isHealthy())) logger.warn({ url: config.meiliUrl }, 'Meilisearch at MEILI_URL is not healthy');
    return { client, url: config.meiliUrl, server: undefined, close: async () => {} };
  }
  // The supervisor is for laptops and tests; a deployment names its Meilisearch and never starts it.
  const server = await startMeilisearch({ dataDir: config.dataDir, logger });
  return { client: createMeilisearchClient(server.url, server.masterKey), url: server.url, server, close: () => server.stop() };
}

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * fetch asks for gzip by default: on loopback Meilisearch would compress every answer only for the API
 * to inflate it again (about a tenth of a search's CPU), so answers come uncompressed there.
 */
function requestInitFor(host: string): RequestInit | undefined {
  const loopback = URL.canParse(host) && LOOPBACK_HOSTNAMES.has(new URL(host).hostname);
  return loopback ? { headers: { 'accept-encoding': 'identity' } } : undefined;
}

/** A client that waits as long for tasks as a loaded machine needs (the library default is 5 s). */
export function createMeilisearchClient(host: string, apiKey: string | undefined): Meilisearch {
  return new Meilisearch({
    host,
    apiKey,
    timeout: REQUEST_TIMEOUT_MS,
    defaultWaitOptions: { timeout: TASK_WAIT_TIMEOUT_MS },
    requestInit: requestInitFor(host),
  });
}
