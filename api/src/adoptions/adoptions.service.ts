import { type EntityManager } from '@mikro-orm/core';
import { assertCanRecordAdoption, ownershipOf } from '../accounts';
import { type Viewer } from '../core';
import { NotFound } from '../errors';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox';
import { Program } from '../programs';
import { Regency } from '../regions';
import { Adoption, ADOPTION_STAGES, type AdoptionStage } from './adoption.entity';

export type AdoptionRecord = { programSlug: string; adopterRegencyCode: string; stage: AdoptionStage; year: number; notes?: string | null };

/** One adoption per program and adopting regency: recording again moves the same one to its new stage. */
export async function recordAdoption(em: EntityManager, viewer: Viewer | null, input: AdoptionRecord): Promise<Adoption> {
  return em.transactional(async (tx) => {
    const program = await tx.findOne(Program, { slug: input.programSlug });
    if (!program) throw new NotFound('Program', input.programSlug, 'programSlug');
    const regency = await tx.findOne(Regency, { code: input.adopterRegencyCode });
    if (!regency) throw new NotFound('Regency', input.adopterRegencyCode, 'adopterRegencyCode');
    assertCanRecordAdoption(viewer, regency.code, ownershipOf(program));
    const adoption = await upsertAdoption(tx, program, regency, input);
    enqueueOutboxEvent(tx, OUTBOX_TOPICS.searchProgram, String(program.id), { slug: program.slug, reason: 'adoption' });
    await tx.flush();
    return adoption;
  });
}

export async function upsertAdoption(tx: EntityManager, program: Program, regency: Regency, input: Omit<AdoptionRecord, 'programSlug' | 'adopterRegencyCode'>) {
  const existing = await tx.findOne(Adoption, { program, adopterRegency: regency });
  // GraphQL may send notes: null, meaning none; left out, they stay as they were.
  if (existing) {
    tx.assign(existing, { stage: input.stage, year: input.year, ...(input.notes !== undefined ? { notes: input.notes ?? '' } : {}) });
    return existing;
  }
  return tx.create(Adoption, { program, adopterRegency: regency, stage: input.stage, year: input.year, notes: input.notes ?? '' });
}

/**
 * An adoption moved to at least `stage`: a new one starts there with `notes`, an earlier one moves up (keeping its
 * notes), and none moves back. Returns the adoption and whether it changed.
 */
export async function advanceAdoption(
  tx: EntityManager,
  program: Program,
  regency: Regency,
  input: { stage: AdoptionStage; year: number; notes: string },
): Promise<{ adoption: Adoption; changed: boolean }> {
  const existing = await tx.findOne(Adoption, { program, adopterRegency: regency });
  if (existing && ADOPTION_STAGES.indexOf(existing.stage) >= ADOPTION_STAGES.indexOf(input.stage)) return { adoption: existing, changed: false };
  const adoption = await upsertAdoption(tx, program, regency, { stage: input.stage, year: input.year, ...(existing ? {} : { notes: input.notes }) });
  return { adoption, changed: true };
}
