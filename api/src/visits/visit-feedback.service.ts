import { type EntityManager } from '@mikro-orm/core';
import { type Viewer } from '../core';
import { Adoption } from '../adoptions';
import { upsertAdoption } from '../adoptions';
import { Conflict, InvalidInput, NotAllowed } from '../errors';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox';
import { type Program } from '../programs';
import { type Regency } from '../regions';
import { todayIn } from './host-time';
import { VISIT_LIMITS } from './visit-limits';
import { datesOf, hostTimeZoneOf, lockVisitForChange } from './visit-records';
import { type StudyVisit, StudyVisitFeedback } from './visit.entities';
import { collaborationRefusal } from './visit-workflow';

const MAX_WILL_ADOPT_LENGTH = VISIT_LIMITS.willAdopt;
const { lowestRating, highestRating } = VISIT_LIMITS;

export type FeedbackEntry = { rating: number; willAdopt?: string | null; replicateProgramSlugs?: string[] | null };

/** Where "we will replicate this" leaves an adoption: a new one starts at PLANNING, an INTERESTED one moves up, none moves back. */
async function advanceAdoption(tx: EntityManager, program: Program, regency: Regency, year: number, notes: string): Promise<boolean> {
  const existing = await tx.findOne(Adoption, { program, adopterRegency: regency });
  if (existing && existing.stage !== 'INTERESTED') return false;
  await upsertAdoption(tx, program, regency, { stage: 'PLANNING', year, ...(existing ? {} : { notes }) });
  return true;
}

function adoptionNote(hostName: string, lastDay: string, willAdopt: string): string {
  const visit = `Studi tiru ke ${hostName} (${lastDay}).`;
  return willAdopt ? `${visit} ${willAdopt}` : visit;
}

/**
 * The delegation's feedback after a completed visit. For each program it says "we will replicate
 * this" about, every visiting regency gets an Adoption at PLANNING (or is advanced to it), so the
 * program's profile shows who learned from it. Giving feedback again replaces it; adoptions only move forward.
 */
export async function giveVisitFeedback(em: EntityManager, viewer: Viewer | null, visitId: string, entry: FeedbackEntry, now: Date): Promise<StudyVisit> {
  if (!Number.isInteger(entry.rating) || entry.rating < lowestRating || entry.rating > highestRating) {
    throw new InvalidInput('rating', `Rate the visit from ${lowestRating} to ${highestRating}.`);
  }
  const willAdopt = (entry.willAdopt ?? '').trim();
  if (willAdopt.length > MAX_WILL_ADOPT_LENGTH) throw new InvalidInput('willAdopt', `Write at most ${MAX_WILL_ADOPT_LENGTH} characters.`);
  return em.transactional(async (tx) => {
    const { visit, sides, actor } = await lockVisitForChange(tx, viewer, visitId);
    const refusal = collaborationRefusal('GIVE_FEEDBACK', visit.state, sides);
    if (refusal === 'NOT_ALLOWED_FOR_ROLE') throw new NotAllowed('Only the visiting delegation gives feedback on a visit.');
    if (refusal === 'INVALID_STATE') throw new Conflict('Feedback is given once the host has marked the visit completed.', 'state', { state: visit.state });
    const programs = (await visit.programs.load()).getItems();
    const slugs = [...new Set(entry.replicateProgramSlugs ?? [])];
    const replicated = slugs.map((slug) => {
      const program = programs.find((candidate) => candidate.slug === slug);
      if (!program) throw new InvalidInput('replicateProgramSlugs', `"${slug}" was not one of the programs of this visit.`);
      return program;
    });

    const feedback = (await tx.findOne(StudyVisitFeedback, { visit })) ?? tx.create(StudyVisitFeedback, { visit, rating: entry.rating });
    tx.assign(feedback, { rating: entry.rating, willAdopt, author: actor.accountId });
    feedback.replicatedPrograms.set(replicated);

    const host = await visit.hostRegency.loadOrFail();
    const lastDay = (await datesOf(tx, visit)).current.at(-1) ?? '';
    const year = Number(todayIn(await hostTimeZoneOf(visit), now).slice(0, 4));
    const regencies = (await visit.visitingRegencies.load()).getItems();
    for (const program of replicated) {
      let changed = false;
      for (const regency of regencies) changed = (await advanceAdoption(tx, program, regency, year, adoptionNote(host.name, lastDay, willAdopt))) || changed;
      if (changed) enqueueOutboxEvent(tx, OUTBOX_TOPICS.searchProgram, String(program.id), { slug: program.slug, reason: 'adoption' });
    }
    await tx.flush();
    return visit;
  });
}
