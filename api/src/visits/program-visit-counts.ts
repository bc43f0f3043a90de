import { type EntityManager } from '@mikro-orm/core';
import { selectRows } from '../db';
import { type VisitState } from './visit-workflow';

/** The visits a program's search document counts: agreed and held, not merely asked for. */
const COUNTED_STATES: readonly VisitState[] = ['CONFIRMED', 'COMPLETED'];

export function countsForProgramSearch(state: VisitState): boolean {
  return COUNTED_STATES.includes(state);
}

/** CONFIRMED or COMPLETED study visits per program (through `study_visit_program`), in one grouped query. */
export async function programVisitCounts(em: EntityManager, programIds: readonly number[]): Promise<Map<number, number>> {
  const counts = new Map(programIds.map((id) => [id, 0]));
  if (programIds.length === 0) return counts;
  const rows = await selectRows<{ program_id: number | string; count: number | string }>(
    em,
    `select link.program_id, count(*) as count
       from study_visit_program link join study_visit visit on visit.id = link.visit_id
      where link.program_id in (?) and visit.state in (?)
      group by link.program_id`,
    [programIds, COUNTED_STATES],
  );
  for (const row of rows) counts.set(Number(row.program_id), Number(row.count));
  return counts;
}
