import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApi } from '../testing/test-api';
import { MeilisearchBinaryUnavailableError } from '../meilisearch-server/meilisearch-binary';
import { type MeilisearchConnection } from './meilisearch-connection';
import { deleteIndexIfPresent } from './program-index';
import { startProgramSearch } from './program-search-sync';
import { searchIndexStatus, searchPrograms } from './search.service';
import { liveProgramIndex } from './search-runtime';
import { sharedMeilisearch, sharedMeilisearchClient, uniqueIndexUid } from '../meilisearch-server/testing/injected-meilisearch';
import { startSearchFixtureApi } from './testing/search-fixtures';
import { silentSearchLogger } from './testing/search-test-kit';

let api: TestApi;

beforeAll(async () => {
  ({ api } = await startSearchFixtureApi());
});
afterAll(() => api?.close());

const search = (query: string) => searchPrograms(api.em(), liveProgramIndex(), { query, filters: {}, sort: 'RELEVANCE', page: 1, pageSize: 10 });

describe('starting the search service', () => {
  it('does not wait for Meilisearch: search answers from the database until it connects, then from the index it filled', async () => {
    let reachable = false;
    const indexUid = uniqueIndexUid('startup');
    const connect = async (): Promise<MeilisearchConnection> => {
      if (!reachable) throw new Error('connect ECONNREFUSED 127.0.0.1:7700');
      return { client: sharedMeilisearchClient(), url: sharedMeilisearch().url, server: undefined, close: async () => {} };
    };
    const service = await startProgramSearch({ orm: api.orm, logger: silentSearchLogger, connect, indexUid, reconnectDelayMs: { initial: 20, max: 100 } });
    try {
      const meanwhile = await search('Prolita');
      expect(meanwhile.degraded).toBe(true);
      expect(meanwhile.hits[0]?.slug).toBe('prolita-bontang');
      expect(await searchIndexStatus(api.em(), liveProgramIndex())).toMatchObject({ healthy: false, lastError: 'connect ECONNREFUSED 127.0.0.1:7700' });

      reachable = true;
      await service.ready();
      const connected = await search('rumah gemppa');
      expect(connected.degraded).toBe(false);
      expect(connected.hits[0]?.slug).toBe('ritta-prabumulih');
    } finally {
      await service.stop();
      await deleteIndexIfPresent(sharedMeilisearchClient(), indexUid);
    }
  });

  it('gives up on Meilisearch, not on the API, where the bundled binary does not exist', async () => {
    const service = await startProgramSearch({
      orm: api.orm,
      logger: silentSearchLogger,
      connect: async () => {
        throw new MeilisearchBinaryUnavailableError();
      },
    });
    try {
      await service.ready();
      expect((await search('Prolita')).degraded).toBe(true);
      expect((await searchIndexStatus(api.em(), liveProgramIndex())).lastError).toContain('MEILI_URL');
    } finally {
      await service.stop();
    }
  });
});
