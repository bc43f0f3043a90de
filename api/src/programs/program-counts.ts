import { type EntityManager, type EventSubscriber } from '@mikro-orm/core';
import { Program, ProgramFunding } from './program.entities';

/**
 * Another API process's edits are not seen by this one's subscriber: its counts are at most this old.
 * Within one process (and always on PGlite, which allows one) an edit clears them at once.
 */
const COUNT_TTL_MS = 10_000;
const MAX_COUNTS = 500;

type CachedCount = { count: number; generation: number; countedAt: number };

/**
 * Totals of the catalog's filters (`totalCount`). Counting is the one part of a catalog page that grows
 * with the catalog — keyset pages do not — so a total is counted once per filter and kept until a
 * program changes.
 */
class CatalogCounts {
  private generation = 0;
  private readonly counts = new Map<string, CachedCount>();

  invalidate(): void {
    this.generation += 1;
    this.counts.clear();
  }

  async countOf(filterKey: string, count: () => Promise<number>): Promise<number> {
    const now = Date.now();
    const cached = this.counts.get(filterKey);
    if (cached && cached.generation === this.generation && now - cached.countedAt < COUNT_TTL_MS) return cached.count;
    const generation = this.generation;
    const counted = await count();
    // A program changed while counting: the figure may already be old.
    if (generation !== this.generation) return counted;
    if (this.counts.size >= MAX_COUNTS) this.counts.delete(this.counts.keys().next().value!);
    this.counts.set(filterKey, { count: counted, generation, countedAt: now });
    return counted;
  }
}

/** Clears the counts when a program or its funding is written, again once the transaction commits. */
function invalidateOnProgramChanges(counts: CatalogCounts): EventSubscriber {
  let changedInTransaction = false;
  const changed = () => {
    changedInTransaction = true;
    counts.invalidate();
  };
  return {
    getSubscribedEntities: () => [Program, ProgramFunding],
    afterCreate: changed,
    afterUpdate: changed,
    afterDelete: changed,
    afterTransactionCommit: () => {
      if (!changedInTransaction) return;
      changedInTransaction = false;
      counts.invalidate();
    },
  };
}

// One set of counts per database (tests open many in one process), keyed like the ORM's own driver.
const countsByDatabase = new WeakMap<object, CatalogCounts>();

export function catalogCounts(em: EntityManager): CatalogCounts {
  const database = em.getDriver();
  let counts = countsByDatabase.get(database);
  if (!counts) {
    counts = new CatalogCounts();
    countsByDatabase.set(database, counts);
    em.getEventManager().registerSubscriber(invalidateOnProgramChanges(counts));
  }
  return counts;
}
