import { type EntityManager } from '@mikro-orm/core';
import { assertCanAnswerReplicationFor, replicationRegenciesOf, type VisitParties } from '../accounts';
import { advanceAdoption, type AdoptionStage } from '../adoptions';
import { type Viewer } from '../core';
import { Conflict, InvalidInput, NotAllowed } from '../errors';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox';
import { type Program } from '../programs';
import { type Regency } from '../regions';
import { todayIn } from './host-time';
import { VISIT_LIMITS } from './visit-limits';
import { datesOf, hostTimeZoneOf, lockVisitForChange } from './visit-records';
import { type StudyVisit, StudyVisitFeedback, StudyVisitReplication } from './visit.entities';
import { collaborationRefusal } from './visit-workflow';

const MAX_WILL_ADOPT_LENGTH = VISIT_LIMITS.willAdopt;
const { lowestRating, highestRating } = VISIT_LIMITS;

/** One visiting regency's "we will replicate this program, at this stage". */
export type ReplicationAnswer = { regencyCode: string; programSlug: string; stage: AdoptionStage };

export type FeedbackEntry = { rating: number; willAdopt?: string | null; replications?: ReplicationAnswer[] | null };

type ReplicationIntent = { regency: Regency; program: Program; stage: AdoptionStage };

function adoptionNote(hostName: string, lastDay: string, willAdopt: string): string {
  const visit = `Studi tiru ke ${hostName} (${lastDay}).`;
  return willAdopt ? `${visit} ${willAdopt}` : visit;
}

function validatedEntry(entry: FeedbackEntry): { rating: number; willAdopt: string } {
  if (!Number.isInteger(entry.rating) || entry.rating < lowestRating || entry.rating > highestRating) {
    throw new InvalidInput('rating', `Rate the visit from ${lowestRating} to ${highestRating}.`);
  }
  const willAdopt = (entry.willAdopt ?? '').trim();
  if (willAdopt.length > MAX_WILL_ADOPT_LENGTH) throw new InvalidInput('willAdopt', `Write at most ${MAX_WILL_ADOPT_LENGTH} characters.`);
  return { rating: entry.rating, willAdopt };
}

/** The answers as the visit's own regencies and programs, each (regency, program) once, each regency one the viewer speaks for. */
function intentsOf(answers: ReplicationAnswer[], regencies: Regency[], programs: Program[], viewer: Viewer | null, parties: VisitParties): ReplicationIntent[] {
  const seen = new Set<string>();
  return answers.map((answer) => {
    const regency = regencies.find((candidate) => candidate.code === answer.regencyCode);
    if (!regency) throw new InvalidInput('replications', 'A replication names a regency that is not visiting.');
    const program = programs.find((candidate) => candidate.slug === answer.programSlug);
    if (!program) throw new InvalidInput('replications', 'A replication names a program that was not one of this visit.');
    const key = `${regency.code} ${program.slug}`;
    if (seen.has(key)) throw new InvalidInput('replications', 'A regency names the same program twice.');
    seen.add(key);
    assertCanAnswerReplicationFor(viewer, parties, regency);
    return { regency, program, stage: answer.stage };
  });
}

/**
 * The regencies' answers replace what was said before for the regencies the viewer speaks for (a regency left
 * without answers withdraws them); answers for other regencies stay. Each answer records or advances that
 * regency's Adoption, and only that one: adoptions only move forward, and nothing is recorded for a regency
 * that said nothing.
 */
async function replaceReplications(
  tx: EntityManager,
  feedback: StudyVisitFeedback,
  intents: ReplicationIntent[],
  answeredFor: string[],
  context: { year: number; notes: string; accountId: string },
): Promise<Set<Program>> {
  const previous = await tx.find(StudyVisitReplication, { feedback, regency: { $in: answeredFor } });
  const changedPrograms = new Set<Program>();
  for (const replication of previous) {
    if (!intents.some((intent) => intent.regency.code === replication.regency.code && intent.program.id === replication.program.id)) tx.remove(replication);
  }
  for (const intent of intents) {
    const { adoption, changed } = await advanceAdoption(tx, intent.program, intent.regency, { stage: intent.stage, year: context.year, notes: context.notes });
    if (changed) changedPrograms.add(intent.program);
    const existing = previous.find((replication) => replication.regency.code === intent.regency.code && replication.program.id === intent.program.id);
    const fields = { stage: intent.stage, adoption, answeredBy: context.accountId };
    if (existing) tx.assign(existing, fields);
    else tx.create(StudyVisitReplication, { feedback, regency: intent.regency, program: intent.program, ...fields });
  }
  return changedPrograms;
}

/**
 * The delegation's feedback after a completed visit: a rating, what it will apply at home in its own words, and
 * per visiting regency which programs it will replicate and at which stage. Giving feedback again replaces the
 * rating and words, and the answers of the regencies the giver speaks for.
 */
export async function giveVisitFeedback(em: EntityManager, viewer: Viewer | null, visitId: string, entry: FeedbackEntry, now: Date): Promise<StudyVisit> {
  const { rating, willAdopt } = validatedEntry(entry);
  return em.transactional(async (tx) => {
    const { visit, parties, sides, actor } = await lockVisitForChange(tx, viewer, visitId);
    const refusal = collaborationRefusal('GIVE_FEEDBACK', visit.state, sides);
    if (refusal === 'NOT_ALLOWED_FOR_ROLE') throw new NotAllowed('Only the visiting delegation gives feedback on a visit.');
    if (refusal === 'INVALID_STATE') throw new Conflict('Feedback is given once the host has marked the visit completed.', 'state', { state: visit.state });
    const regencies = (await visit.visitingRegencies.load()).getItems();
    const programs = (await visit.programs.load()).getItems();
    const intents = intentsOf(entry.replications ?? [], regencies, programs, actor, parties);

    const feedback = (await tx.findOne(StudyVisitFeedback, { visit })) ?? tx.create(StudyVisitFeedback, { visit, rating });
    tx.assign(feedback, { rating, willAdopt, author: actor.accountId });

    const host = await visit.hostRegency.loadOrFail();
    const lastDay = (await datesOf(tx, visit)).current.at(-1) ?? '';
    const year = Number(todayIn(await hostTimeZoneOf(visit), now).slice(0, 4));
    const notes = adoptionNote(host.name, lastDay, willAdopt);
    const changed = await replaceReplications(tx, feedback, intents, replicationRegenciesOf(actor, parties), { year, notes, accountId: actor.accountId });
    for (const program of changed) enqueueOutboxEvent(tx, OUTBOX_TOPICS.searchProgram, String(program.id), { slug: program.slug, reason: 'adoption' });
    await tx.flush();
    return visit;
  });
}
