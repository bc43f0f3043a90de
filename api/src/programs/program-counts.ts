import { type EntityManager } from '@mikro-orm/core';
import { CatalogGeneration } from './catalog-generation.entity';

const MAX_COUNTS = 500;

type CachedCount = { count: number; generation: number };

/**
 * Totals of the catalog's filters (`totalCount`). Counting is the one part of a catalog page that grows
 * with the catalog — keyset pages do not — so a total is counted once per filter and kept while the
 * database's catalog generation stays the same. A trigger raises it with every write to programs or their
 * funding and the raise commits with that write, so a change made through any API replica makes every
 * replica count again; reading it is one primary-key lookup.
 */
class CatalogCounts {
  private readonly counts = new Map<string, CachedCount>();

  async countOf(em: EntityManager, filterKey: string, count: () => Promise<number>): Promise<number> {
    const generation = await currentGeneration(em);
    const cached = this.counts.get(filterKey);
    if (cached?.generation === generation) return cached.count;
    // Read after the generation: a write committing in between leaves a newer generation, so this count is not reused.
    const counted = await count();
    this.counts.delete(filterKey);
    if (this.counts.size >= MAX_COUNTS) this.counts.delete(this.counts.keys().next().value!);
    this.counts.set(filterKey, { count: counted, generation });
    return counted;
  }
}

async function currentGeneration(em: EntityManager): Promise<number> {
  const row = await em.findOne(CatalogGeneration, { id: 1 }, { fields: ['generation'], disableIdentityMap: true });
  return row?.generation ?? 0;
}

// One set of counts per database (tests open many in one process), keyed like the ORM's own driver.
const countsByDatabase = new WeakMap<object, CatalogCounts>();

export function catalogCounts(em: EntityManager): CatalogCounts {
  const database = em.getDriver();
  let counts = countsByDatabase.get(database);
  if (!counts) {
    counts = new CatalogCounts();
    countsByDatabase.set(database, counts);
  }
  return counts;
}
