import { type EntityManager } from '@mikro-orm/core';
import { programVisitCounts } from '../visits';
import { adoptionCountsOf } from '../adoptions';

export type ProgramActivityCounts = { adoptions: number; visits: number };

/**
 * How much other regions engage with each program, for the search documents: one grouped query per
 * kind of activity, whatever the number of programs.
 *
 * Visits are CONFIRMED or COMPLETED study visits (the visits module counts them and queues a
 * `search.program` event whenever a transition changes that count).
 */
export async function programActivityCounts(em: EntityManager, programIds: readonly number[]): Promise<Map<number, ProgramActivityCounts>> {
  const counts = new Map(programIds.map((id) => [id, { adoptions: 0, visits: 0 }]));
  if (programIds.length === 0) return counts;
  for (const [programId, adoptions] of await adoptionCountsOf(em, programIds)) {
    const entry = counts.get(programId);
    if (entry) entry.adoptions = adoptions;
  }
  for (const [programId, visits] of await programVisitCounts(em, programIds)) {
    const entry = counts.get(programId);
    if (entry) entry.visits = visits;
  }
  return counts;
}
