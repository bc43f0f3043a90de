import { type EntityManager } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/sql';
import { type Card, loaderPerUnitOfWork, selectCards, selectRows } from '../db';
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

const adoptionCountLoader = loaderPerUnitOfWork(async (em, programIds: readonly number[]) => {
  const counts = await adoptionCountsOf(em, programIds);
  return programIds.map((programId) => counts.get(programId) ?? 0);
});

/** A program's adoption count; the counts asked for together (every program of a page) are one query. */
export function adoptionCountOf(em: EntityManager, program: { id: number }): Promise<number> {
  return adoptionCountLoader(em).load(program.id);
}

export type AdoptionCard = Card<Adoption>;

const adoptionsLoader = loaderPerUnitOfWork(async (em, programIds: readonly number[]) => {
  const ids = (em as SqlEntityManager)
    .createQueryBuilder(Adoption, 'a')
    .select('a.id')
    .where({ program: { $in: [...programIds] } })
    .orderBy({ year: 'desc', createdAt: 'desc' });
  const adoptions = await selectCards(em, Adoption, ids, ['adopterRegency', 'adopterRegency.province']);
  return programIds.map((programId) => adoptions.filter((adoption) => adoption.program.id === programId));
});

/** A program's adoptions, newest first, with the adopting regency and its province; those of the programs asked for together are one query. */
export function adoptionsOf(em: EntityManager, program: { id: number }): Promise<AdoptionCard[]> {
  return adoptionsLoader(em).load(program.id);
}
