import { type EntityManager } from '@mikro-orm/core';
import { type Viewer } from '../core';
import { recordAudit } from '../audit';
import { Conflict, InvalidInput, NotAllowed } from '../errors';
import { enqueueVisitMail } from './visit-mail';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '../outbox';
import { checkRequestedDays } from './availability';
import { findHostCalendar, rulesOf } from './host-calendars.service';
import { bookedLoads, claimHostDays, releaseHostDays } from './host-day-load';
import { type LocalDate } from './host-time';
import { countsForProgramSearch } from './program-visit-counts';
import { assertDaysRequestable, spanOf } from './visit-requests.service';
import { VISIT_LIMITS } from './visit-limits';
import { datesOf, hostTimeZoneOf, lockVisitForChange, mailSummaryOf, schedulesOf, type VisitInHand } from './visit-records';
import { type VisitSide } from '../core';
import { calendarFingerprint } from './visit-schedule';
import { type StudyVisit, StudyVisitDay, StudyVisitTransition } from './visit.entities';
import {
  countsAgainstCapacity,
  REASON_REQUIRED,
  transition,
  type TransitionResult,
  type VisitAction,
  type VisitState,
  type WorkflowContext,
} from './visit-workflow';

const MAX_REASON_LENGTH = VISIT_LIMITS.reason;

export type VisitActionOptions = { reason?: string | null; dates?: string[] | null };

type ChosenTransition = { side: VisitSide; result: Extract<TransitionResult, { ok: true }> };

const ACTION_WORDS: Record<VisitAction, { verb: string; done: string }> = {
  ACCEPT: { verb: 'accept', done: 'accepted' },
  DECLINE: { verb: 'decline', done: 'declined' },
  PROPOSE_DATES: { verb: 'propose new dates for', done: 'given new dates' },
  CONFIRM: { verb: 'confirm', done: 'confirmed' },
  CANCEL: { verb: 'cancel', done: 'cancelled' },
  COMPLETE: { verb: 'complete', done: 'completed' },
};

/** Tries the action for each side the person speaks for; refuses with the most telling reason. */
function chooseTransition(state: VisitState, action: VisitAction, sides: VisitSide[], context: WorkflowContext): ChosenTransition {
  const refusals: string[] = [];
  for (const side of sides) {
    const result = transition({ state }, action, side, context);
    if (result.ok) return { side, result };
    refusals.push(result.reason);
  }
  const words = ACTION_WORDS[action];
  if (refusals.includes('TOO_EARLY')) {
    throw new InvalidInput('id', `A visit can be marked completed from its last day (${context.lastVisitDay}) on.`);
  }
  if (refusals.includes('NOT_ALLOWED_FOR_ROLE')) {
    const other = sides.includes('HOST') ? 'the visiting delegation' : 'the host';
    throw new NotAllowed(`Only ${other} can ${words.verb} this visit.`);
  }
  const current = state.toLowerCase().replace('_', ' ');
  throw new Conflict(`This visit is ${current}: it can no longer be ${words.done}.`, 'state', { state });
}

function checkedReason(action: VisitAction, reason: string | null | undefined): string {
  const text = (reason ?? '').trim();
  if (REASON_REQUIRED.includes(action) && text.length === 0) throw new InvalidInput('reason', 'Say why, so the other side knows.');
  if (text.length > MAX_REASON_LENGTH) throw new InvalidInput('reason', `Write at most ${MAX_REASON_LENGTH} characters.`);
  return text;
}

async function replaceProposedDates(tx: EntityManager, visit: StudyVisit, dates: readonly string[]): Promise<void> {
  const old = await tx.find(StudyVisitDay, { visit, proposed: true });
  old.forEach((day) => tx.remove(day));
  // The unique (visit, proposed, date) index must see the old rows gone before the new ones arrive.
  await tx.flush();
  for (const date of dates) tx.create(StudyVisitDay, { visit, date, proposed: true });
}

async function moveToProposedDates(tx: EntityManager, visit: StudyVisit): Promise<void> {
  const days = await tx.find(StudyVisitDay, { visit });
  days.filter((day) => !day.proposed).forEach((day) => tx.remove(day));
  await tx.flush();
  for (const day of days.filter((candidate) => candidate.proposed)) day.proposed = false;
}

/** The host proposes days it can take: valid, open days with room (notice does not apply to the host's own offer). */
async function assertProposalFits(tx: EntityManager, visit: StudyVisit, dates: readonly string[], now: Date): Promise<void> {
  const host = await visit.hostRegency.loadOrFail({ populate: ['province'] });
  const calendar = await findHostCalendar(tx, host.code);
  if (!calendar) throw new InvalidInput('dates', `${host.name} has no host calendar to propose dates from.`);
  const rules = { ...(await rulesOf(calendar, host.province.getEntity().timeZone)), leadTimeDays: 0 };
  const span = spanOf(dates);
  const loads = span ? await bookedLoads(tx, host.code, span[0], span[1]) : [];
  assertDaysRequestable(rules, checkRequestedDays(rules, loads, dates, visit.participantCount, now), host.name);
}

async function claimCapacity(tx: EntityManager, visit: StudyVisit, dates: readonly LocalDate[]): Promise<void> {
  await claimHostDays(tx, await visit.hostRegency.loadOrFail(), dates, visit.participantCount);
}

function enqueueProgramSearchSync(tx: EntityManager, visit: StudyVisit): Promise<void> {
  return visit.programs.load().then((programs) => {
    for (const program of programs) {
      enqueueOutboxEvent(tx, OUTBOX_TOPICS.searchProgram, String(program.id), { slug: program.slug, reason: 'visit' });
    }
  });
}

/**
 * Moves a visit one step through its workflow, in one transaction with the visit row locked: checks
 * the role and state, claims or releases the host's day capacity (the database refuses overbooking),
 * records who did what and why, raises the calendar SEQUENCE when dates, hours or status change, and
 * queues the e-mail to the other side and the search sync of the visit's programs.
 */
export async function performVisitAction(
  em: EntityManager,
  viewer: Viewer | null,
  visitId: string,
  action: VisitAction,
  options: VisitActionOptions,
  now: Date,
  webOrigin: string,
): Promise<StudyVisit> {
  const reason = checkedReason(action, options.reason);
  return em.transactional(async (tx) => {
    const inHand = await lockVisitForChange(tx, viewer, visitId);
    const { visit } = inHand;
    const before = await datesOf(tx, visit);
    const fingerprintBefore = calendarFingerprint(visit.state, await schedulesOf(tx, visit));
    const context: WorkflowContext = { now, lastVisitDay: before.current.at(-1)!, hostTimeZone: await hostTimeZoneOf(visit) };
    const { side, result } = chooseTransition(visit.state, action, inHand.sides, context);
    const from = visit.state;

    if (countsAgainstCapacity(from) && !countsAgainstCapacity(result.next)) {
      await releaseHostDays(tx, visit.hostRegency.code, before.current, visit.participantCount);
    }
    if (action === 'PROPOSE_DATES') {
      const dates = options.dates ?? [];
      await assertProposalFits(tx, visit, dates, now);
      await replaceProposedDates(tx, visit, dates);
    }
    if (result.movesToProposedDates) await moveToProposedDates(tx, visit);
    if (result.claimsCapacity) {
      await claimCapacity(tx, visit, result.movesToProposedDates ? before.proposed : before.current);
    }

    visit.state = result.next;
    visit.updatedAt = now;
    const proposedDates = action === 'PROPOSE_DATES' ? [...(options.dates ?? [])].sort() : null;
    if (calendarFingerprint(visit.state, await schedulesOf(tx, visit)) !== fingerprintBefore) visit.calendarSequence += 1;
    tx.create(StudyVisitTransition, {
      visit,
      actor: inHand.actor.accountId,
      action,
      fromState: from,
      toState: result.next,
      reason,
      dates: proposedDates,
      at: now,
    });
    recordAudit(tx, {
      actor: inHand.actor,
      entityType: 'StudyVisit',
      entityId: visit.id,
      action,
      changedFields: ['state'],
      details: { fromState: from, toState: result.next, ...(proposedDates ? { dates: proposedDates } : {}) },
      occurredAt: now,
    });
    if (countsForProgramSearch(from) !== countsForProgramSearch(result.next)) await enqueueProgramSearchSync(tx, visit);
    await tx.flush();
    await notifyOtherSide(tx, inHand, side, { action, from, reason, webOrigin });
    await tx.flush();
    return visit;
  });
}

async function notifyOtherSide(
  tx: EntityManager,
  { visit, parties, actor }: VisitInHand,
  actedAs: VisitSide,
  event: { action: VisitAction; from: VisitState; reason: string; webOrigin: string },
): Promise<void> {
  await enqueueVisitMail(tx, parties, actedAs === 'HOST' ? 'REQUESTER' : 'HOST', actor.accountId, {
    template: 'visit-update',
    visit: await mailSummaryOf(tx, visit, event.webOrigin),
    action: event.action,
    fromState: event.from,
    toState: visit.state,
    actorName: actor.displayName,
    reason: event.reason,
  });
}
