import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteIndexIfPresent } from './program-index';
import { searchKeyUid, searchOnlyClient } from './search-key';
import { sharedMeilisearch, sharedMeilisearchClient, uniqueIndexUid } from '../meilisearch-server/testing/injected-meilisearch';

const admin = sharedMeilisearchClient();
const { url } = sharedMeilisearch();
const indexUid = uniqueIndexUid('search-key');
const otherIndexUid = uniqueIndexUid('search-key-other');

beforeAll(async () => {
  for (const uid of [indexUid, otherIndexUid]) {
    await admin.index(uid).addDocuments([{ id: '1', title: 'Prolita Bontang' }], { primaryKey: 'id' }).waitTask();
  }
});
afterAll(async () => {
  await admin.deleteKey(searchKeyUid(indexUid)).catch(() => undefined);
  for (const uid of [indexUid, otherIndexUid]) await deleteIndexIfPresent(admin, uid);
});

describe('the search-only key derived from the master key', () => {
  it('searches its index', async () => {
    const client = await searchOnlyClient(admin, url, indexUid);
    const found = await client.index(indexUid).search('prolita');
    expect(found.hits.map((hit) => hit.id)).toEqual(['1']);
  });

  it('cannot write, delete, read settings or reach another index', async () => {
    const client = await searchOnlyClient(admin, url, indexUid);
    const refusals = await Promise.all([
      client.index(indexUid).addDocuments([{ id: '2', title: 'injected' }]).then(() => 'accepted', (error: Error) => error.name),
      client.deleteIndex(indexUid).then(() => 'accepted', (error: Error) => error.name),
      client.index(indexUid).getSettings().then(() => 'accepted', (error: Error) => error.name),
      client.index(otherIndexUid).search('prolita').then(() => 'accepted', (error: Error) => error.name),
      client.getKeys().then(() => 'accepted', (error: Error) => error.name),
    ]);
    expect(refusals).toEqual(Array(5).fill('MeilisearchApiError'));
    expect((await admin.index(indexUid).getStats()).numberOfDocuments).toBe(1);
  });

  it('is one key whichever replica derives it, even at the same moment', async () => {
    await admin.deleteKey(searchKeyUid(indexUid)).catch(() => undefined);
    const clients = await Promise.all([1, 2, 3, 4].map(() => searchOnlyClient(admin, url, indexUid)));
    const keys = new Set(clients.map((client) => client.config.apiKey));
    expect(keys.size).toBe(1);
    const { results } = await admin.getKeys({ limit: 1000 });
    expect(results.filter((key) => key.name === `tiru-search-${indexUid}`)).toHaveLength(1);
    expect([...keys][0]).not.toBe(sharedMeilisearch().masterKey);
  });
});
