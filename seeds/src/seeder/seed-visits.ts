import { type EntityManager } from '@mikro-orm/core';
import { type Viewer } from '@tiru/api/core';
import { OUTBOX_TOPICS, withdrawPendingOutboxEvents } from '@tiru/api/outbox';
import { addDays, localDate, type IsoWeekday, type LocalDate } from '@tiru/api/visits';
import { HostBlackoutDate, HostCalendar } from '@tiru/api/visits';
import { requestVisit } from '@tiru/api/visits';
import { performVisitAction, type VisitActionOptions } from '@tiru/api/visits';
import { type VisitAction, type VisitState } from '@tiru/api/visits';
import { type AccountSeed, type DemoDataset, type StudyVisitSeed } from '../dataset';

export type VisitSeedReferences = { agencyIdByKey: Map<string, string>; viewerByEmail: Map<string, Viewer> };

/** The steps that bring a visit from its request to its state, each with the side that takes it. */
const HISTORY: Record<VisitState, { action: VisitAction; by: 'HOST' | 'REQUESTER' }[]> = {
  REQUESTED: [],
  ACCEPTED: [{ action: 'ACCEPT', by: 'HOST' }],
  DECLINED: [{ action: 'DECLINE', by: 'HOST' }],
  RESCHEDULE_PROPOSED: [{ action: 'PROPOSE_DATES', by: 'HOST' }],
  CONFIRMED: [
    { action: 'ACCEPT', by: 'HOST' },
    { action: 'CONFIRM', by: 'REQUESTER' },
  ],
  COMPLETED: [
    { action: 'ACCEPT', by: 'HOST' },
    { action: 'CONFIRM', by: 'REQUESTER' },
    { action: 'COMPLETE', by: 'HOST' },
  ],
  CANCELLED: [{ action: 'CANCEL', by: 'REQUESTER' }],
};

// The dataset gives a rescheduled visit only its original days: the demo host proposes the same weekdays a week later.
const DEMO_RESCHEDULE_DAYS = 7;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data names ${what}, which the dataset does not define.`);
  return value;
}

/** The demo account that speaks for the delegation: its coordinator agency's coordinator, or one acting for a visiting regency. */
function requesterOf(seed: StudyVisitSeed, accounts: AccountSeed[]): AccountSeed | undefined {
  return accounts.find(
    (account) =>
      (account.role === 'COORDINATOR' || account.role === 'DELEGATE') &&
      ((seed.coordinatorAgencyKey !== undefined && account.agencyKey === seed.coordinatorAgencyKey) ||
        [account.regencyCode, ...(account.actsForRegencyCodes ?? [])].some((code) => code !== undefined && seed.visitingRegencyCodes.includes(code))),
  );
}

function hostEditorOf(seed: StudyVisitSeed, accounts: AccountSeed[]): AccountSeed | undefined {
  return accounts.find((account) => account.role === 'HOST_EDITOR' && account.regencyCode === seed.hostRegencyCode);
}

async function seedHostCalendars(em: EntityManager, dataset: DemoDataset): Promise<void> {
  for (const seed of dataset.hostCalendars) {
    const calendar = em.create(HostCalendar, {
      hostRegency: seed.regencyCode,
      workingDays: seed.workingDays as IsoWeekday[],
      delegationsPerDay: seed.delegationsPerDay,
      participantsPerDay: seed.participantsPerDay,
      leadTimeDays: seed.leadTimeDays,
    });
    for (const blackout of seed.blackoutDates) em.create(HostBlackoutDate, { calendar, date: localDate(blackout.date), reason: blackout.reason });
  }
  await em.flush();
}

// The e-mails the demo's history queues are withdrawn before it commits (see `seedHostCalendarsAndVisits`),
// so the links in them reach nobody.
const UNSENT_MAIL_ORIGIN = 'http://localhost:3000';

function viewerFor(account: AccountSeed | undefined, refs: VisitSeedReferences, who: string): Viewer {
  if (!account) throw new Error(`Demo data has no account to act as ${who}.`);
  return required(refs.viewerByEmail.get(account.email), `account "${account.email}"`);
}

function stepOptions(action: VisitAction, seed: StudyVisitSeed, dates: LocalDate[]): VisitActionOptions {
  if (action === 'PROPOSE_DATES') return { dates: dates.map((date) => addDays(date, DEMO_RESCHEDULE_DAYS)) };
  if (action === 'DECLINE' || action === 'CANCEL') return { reason: seed.endReason ?? null };
  return {};
}

/**
 * Plays one visit's history through the visit services, as its people would have: the delegation's
 * coordinator or delegate requests it, then the host editor and the requester take each step, every
 * one at its time from `visitHistoryTimes`. The services check each step as they check a user's
 * (the calendar's days and capacity at the time, who may do what), claim and release the host's day
 * capacity, and record the history and the audit trail.
 */
async function seedVisit(em: EntityManager, seed: StudyVisitSeed, dataset: DemoDataset, refs: VisitSeedReferences, now: Date): Promise<string> {
  const agencyId = (key: string) => required(refs.agencyIdByKey.get(key), `agency "${key}"`);
  const actors = {
    REQUESTER: viewerFor(requesterOf(seed, dataset.accounts), refs, `the delegation of visit "${seed.key}"`),
    HOST: viewerFor(hostEditorOf(seed, dataset.accounts), refs, `the host of visit "${seed.key}"`),
  };
  const dates = seed.dates.map(localDate);
  const [requestedAt, ...stepTimes] = visitHistoryTimes(seed.state, dates, now);
  try {
    const visit = await requestVisit(
      em,
      actors.REQUESTER,
      {
        hostRegencyCode: seed.hostRegencyCode,
        programSlugs: seed.programSlugs,
        visitingRegencyCodes: seed.visitingRegencyCodes,
        visitingAgencyIds: seed.visitingAgencyKeys.map(agencyId),
        coordinatorAgencyId: seed.coordinatorAgencyKey ? agencyId(seed.coordinatorAgencyKey) : null,
        dates: seed.dates,
        participantCount: seed.participantCount,
        participants: (seed.participants ?? []).map((participant) => ({
          name: participant.name,
          position: participant.position,
          agencyId: participant.agencyKey ? agencyId(participant.agencyKey) : null,
        })),
        objectives: seed.objectives,
        requestLetterNumber: seed.requestLetterNumber ?? null,
      },
      requestedAt!,
      UNSENT_MAIL_ORIGIN,
    );
    for (const [index, step] of HISTORY[seed.state].entries()) {
      await performVisitAction(em, actors[step.by], visit.id, step.action, stepOptions(step.action, seed, dates), stepTimes[index]!, UNSENT_MAIL_ORIGIN);
    }
    return visit.id;
  } catch (error) {
    throw new Error(`Demo visit "${seed.key}" cannot be seeded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

const DAY_MS = 86_400_000;

/**
 * Dated like a real exchange: requested four weeks before the first day, answered two weeks before,
 * completed on the last. An exchange that would not have happened yet on the seed day moves back, all
 * of it by the same whole days, so that its last step lies on the day before `now`: the demo's history
 * is always in the past of the day it is seeded, while the visit days themselves (plans) stay put.
 */
export function visitHistoryTimes(state: VisitState, dates: LocalDate[], now: Date): Date[] {
  const at = (date: LocalDate, hourUtc: number) => new Date(`${date}T${String(hourUtc).padStart(2, '0')}:00:00Z`);
  const first = dates[0]!;
  const natural = [
    at(addDays(first, -28), 2),
    ...HISTORY[state].map((step, index) => (step.action === 'COMPLETE' ? at(dates.at(-1)!, 9) : at(addDays(first, -14 + index), 3))),
  ];
  const latest = now.getTime() - DAY_MS;
  const last = natural.at(-1)!.getTime();
  const shiftDays = last > latest ? Math.ceil((last - latest) / DAY_MS) : 0;
  return natural.map((time) => new Date(time.getTime() - shiftDays * DAY_MS));
}

/**
 * Loads the demo host calendars and study visits (the dataset's `hostCalendars` and `studyVisits`),
 * among them the 16 February 2024 visit of six South Kalimantan regencies and their province's Dinas
 * Perkim to Kota Prabumulih, their history dated before `now` (the seed day). Runs in one transaction;
 * returns the visit ids by dataset key. The e-mails the services queue for these past steps are
 * withdrawn before it commits: nobody was told of this history when it happened, so none is sent late
 * or waits in the admins' mail outbox, and none is shown as sent either.
 */
export async function seedHostCalendarsAndVisits(em: EntityManager, dataset: DemoDataset, refs: VisitSeedReferences, now: Date): Promise<Map<string, string>> {
  return em.transactional(async (tx) => {
    await seedHostCalendars(tx, dataset);
    const visitIdByKey = new Map<string, string>();
    for (const seed of dataset.studyVisits) visitIdByKey.set(seed.key, await seedVisit(tx, seed, dataset, refs, now));
    await withdrawPendingOutboxEvents(tx, OUTBOX_TOPICS.mail, [...visitIdByKey.values()]);
    return visitIdByKey;
  });
}
