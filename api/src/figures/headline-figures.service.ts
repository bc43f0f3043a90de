import { type EntityManager } from '@mikro-orm/core';
import { type SqlEntityManager } from '@mikro-orm/sql';
import { Adoption } from '../adoptions';
import { Program } from '../programs';
import { StudyVisit } from '../visits';

/** The figures the site heads its pages with; each counts one kind of thing, once. */
export type HeadlineFigures = {
  publishedPrograms: number;
  hostRegencies: number;
  hostProvinces: number;
  replicatingRegencies: number;
  completedVisits: number;
};

const PUBLISHED = { publication: 'PUBLISHED' } as const;

/**
 * Counted from the public catalog only (published programs), so a draft never shows in a figure. A regency
 * replicating two programs is one replicating regency: adoptions are counted by distinct adopter, at any stage.
 */
export async function headlineFigures(em: EntityManager): Promise<HeadlineFigures> {
  const query = (em as SqlEntityManager).createQueryBuilder.bind(em);
  const publishedPrograms = await em.count(Program, PUBLISHED);
  const hostRegencies = await query(Program, 'p').where(PUBLISHED).getCount('p.hostRegency', true);
  const hostProvinces = await query(Program, 'p').join('p.hostRegency', 'r').where({ 'p.publication': 'PUBLISHED' }).getCount('r.province', true);
  const replicatingRegencies = await query(Adoption, 'a')
    .join('a.program', 'p')
    .where({ 'p.publication': 'PUBLISHED' })
    .getCount('a.adopterRegency', true);
  const completedVisits = await em.count(StudyVisit, { state: 'COMPLETED' });
  return { publishedPrograms, hostRegencies, hostProvinces, replicatingRegencies, completedVisits };
}
