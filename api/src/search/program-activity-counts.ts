import { type EntityManager } from '@mikro-orm/core';
import { programVisitCounts } from '../visits/program-visit-counts';
import { placeholders, selectRows } from '../db/raw-sql';

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
  const adoptions = await selectRows<{ program_id: number; count: string | number }>(
    em,
    `select program_id, count(*) as count from adoption where program_id in (${placeholders(programIds)}) group by program_id`,
    [...programIds],
  );
  for (const row of adoptions) {
    const entry = counts.get(Number(row.program_id));
    if (entry) entry.adoptions = Number(row.count);
  }
  for (const [programId, visits] of await programVisitCounts(em, programIds)) {
    const entry = counts.get(programId);
    if (entry) entry.visits = visits;
  }
  return counts;
}
