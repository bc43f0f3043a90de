import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { inject } from 'vitest';

export type InjectedMeilisearch = { url: string; masterKey: string } | { unavailable: string };

declare module 'vitest' {
  export interface ProvidedContext {
    meilisearch: InjectedMeilisearch;
  }
}

/** The Meilisearch server shared by the test run (see meilisearch-global-setup.ts). */
export function sharedMeilisearch(): { url: string; masterKey: string } {
  const provided = inject('meilisearch');
  if ('unavailable' in provided) throw new Error(`These tests need Meilisearch, which could not start: ${provided.unavailable}`);
  return provided;
}

export function sharedMeilisearchClient(): Meilisearch {
  const { url, masterKey } = sharedMeilisearch();
  return new Meilisearch({ host: url, apiKey: masterKey || undefined, defaultWaitOptions: { timeout: 60_000 } });
}

/** An index uid no other test file (or test project) uses, so files can run in parallel on one server. */
export function uniqueIndexUid(label: string): string {
  return `test_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
}
