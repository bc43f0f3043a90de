import { createHash } from 'node:crypto';
import { type Meilisearch, MeilisearchApiError } from 'meilisearch';
import { createMeilisearchClient } from './meilisearch-connection';

/**
 * The same uid on every replica, so they share one key instead of each adding its own: a UUID (v4 layout, as
 * Meilisearch asks) made from the index uid. Meilisearch derives a key's value from its uid and the master key.
 */
export function searchKeyUid(indexUid: string): string {
  const bytes = createHash('sha256').update(`tiru search key:${indexUid}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isMeilisearchError(error: unknown, code: string): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === code;
}

async function existingOrNewSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  const uid = searchKeyUid(indexUid);
  try {
    return (await admin.getKey(uid)).key;
  } catch (error) {
    if (!isMeilisearchError(error, 'api_key_not_found')) throw error;
  }
  try {
    const created = await admin.createKey({
      uid,
      name: `tiru-search-${indexUid}`,
      description: 'Searches of the Tiru API: search only, on its programs index (made by the API from the master key)',
      actions: ['search'],
      indexes: [indexUid],
      expiresAt: null,
    });
    return created.key;
  } catch (error) {
    // Another replica created it between our two calls.
    if (!isMeilisearchError(error, 'api_key_already_exists')) throw error;
    return (await admin.getKey(uid)).key;
  }
}

/**
 * A client for searches that holds a search-only key on one index, derived at start from the master key's
 * client: a search that went wrong (or a leaked key from a log) cannot write, delete or read other indexes.
 */
export async function searchOnlyClient(admin: Meilisearch, host: string, indexUid: string): Promise<Meilisearch> {
  return createMeilisearchClient(host, await existingOrNewSearchKey(admin, indexUid));
}
