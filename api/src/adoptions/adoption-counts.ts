import { type EntityManager } from '@mikro-orm/core';
import { selectRows } from '../db';
import { Adoption } from './adoption.entity';

/** Distinct kabupaten/kota replicating each program, at any stage: one grouped query for any number of programs. */
export async function adoptionCountsOf(em: EntityManager, programIds: readonly number[]): Promise<Map<number, number>> {
  if (programIds.length === 0) return new Map();
  const rows = await selectRows<{ program_id: number; count: string }>(
    em,
    'select program_id, count(distinct adopter_regency_code) as count from adoption where program_id in (?) group by program_id',
    [programIds],
  );
  return new Map(rows.map((row) => [Number(row.program_id), Number(row.count)]));
}

export async function adoptionsOf(em: EntityManager, program: { id: number }) {
  return em.find(Adoption, { program: program.id }, { orderBy: { year: 'desc', createdAt: 'desc' } });
}
