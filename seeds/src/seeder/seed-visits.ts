import { type EntityManager } from '@mikro-orm/core';
import { Agency } from '@tiru/api/agencies/agency.entity';
import { Program } from '@tiru/api/programs/program.entities';
import { Regency } from '@tiru/api/regions/region.entities';
import { claimHostDays } from '@tiru/api/visits/host-day-load';
import { addDays, localDate, type IsoWeekday, type LocalDate } from '@tiru/api/visits/host-time';
import {
  HostBlackoutDate,
  HostCalendar,
  StudyVisit,
  StudyVisitDay,
  StudyVisitParticipant,
  StudyVisitTransition,
  type VisitHistoryAction,
} from '@tiru/api/visits/visit.entities';
import { countsAgainstCapacity, type VisitState } from '@tiru/api/visits/visit-workflow';
import { type AccountSeed, type DemoDataset, type StudyVisitSeed } from '../dataset';

export type VisitSeedReferences = { agencyIdByKey: Map<string, string>; accountIdByEmail: Map<string, string> };

/** The steps that bring a visit from its request to its state, each with the side that takes it. */
const HISTORY: Record<VisitState, { action: VisitHistoryAction; to: VisitState; by: 'HOST' | 'REQUESTER' }[]> = {
  REQUESTED: [],
  ACCEPTED: [{ action: 'ACCEPT', to: 'ACCEPTED', by: 'HOST' }],
  DECLINED: [{ action: 'DECLINE', to: 'DECLINED', by: 'HOST' }],
  RESCHEDULE_PROPOSED: [{ action: 'PROPOSE_DATES', to: 'RESCHEDULE_PROPOSED', by: 'HOST' }],
  CONFIRMED: [
    { action: 'ACCEPT', to: 'ACCEPTED', by: 'HOST' },
    { action: 'CONFIRM', to: 'CONFIRMED', by: 'REQUESTER' },
  ],
  COMPLETED: [
    { action: 'ACCEPT', to: 'ACCEPTED', by: 'HOST' },
    { action: 'CONFIRM', to: 'CONFIRMED', by: 'REQUESTER' },
    { action: 'COMPLETE', to: 'COMPLETED', by: 'HOST' },
  ],
  CANCELLED: [{ action: 'CANCEL', to: 'CANCELLED', by: 'REQUESTER' }],
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

/**
 * Records one visit as it stands in the dataset, with the history that led there. Historical visits
 * skip the request-time checks (notice, past days), but a visit that holds capacity claims it through
 * the same `host_day_load` upsert as the workflow, so the table agrees with the visits and the
 * database still refuses a dataset that would overbook a day.
 */
async function seedVisit(em: EntityManager, seed: StudyVisitSeed, dataset: DemoDataset, refs: VisitSeedReferences, now: Date) {
  const accountId = (account: AccountSeed | undefined) => (account ? required(refs.accountIdByEmail.get(account.email), `account "${account.email}"`) : null);
  const agencyId = (key: string) => required(refs.agencyIdByKey.get(key), `agency "${key}"`);
  const requester = accountId(requesterOf(seed, dataset.accounts));
  const hostEditor = accountId(hostEditorOf(seed, dataset.accounts));
  const dates = seed.dates.map(localDate);
  const history = visitHistoryTimes(seed.state, dates, now);

  const visit = em.create(StudyVisit, {
    hostRegency: seed.hostRegencyCode,
    requester,
    coordinatorAgency: seed.coordinatorAgencyKey ? agencyId(seed.coordinatorAgencyKey) : null,
    participantCount: seed.participantCount,
    objectives: seed.objectives,
    requestLetterNumber: seed.requestLetterNumber ?? null,
    state: seed.state,
    createdAt: history[0]!,
    updatedAt: history.at(-1)!,
  });
  const programs = await em.find(Program, { slug: { $in: seed.programSlugs } });
  if (programs.length !== seed.programSlugs.length) throw new Error(`Visit "${seed.key}" names a program the dataset does not define.`);
  visit.programs.set(programs);
  visit.visitingRegencies.set(await em.find(Regency, { code: { $in: seed.visitingRegencyCodes } }));
  visit.visitingAgencies.set(seed.visitingAgencyKeys.map((key) => em.getReference(Agency, agencyId(key))));
  for (const date of dates) em.create(StudyVisitDay, { visit, date, proposed: false });
  const proposed = seed.state === 'RESCHEDULE_PROPOSED' ? dates.map((date) => addDays(date, DEMO_RESCHEDULE_DAYS)) : [];
  for (const date of proposed) em.create(StudyVisitDay, { visit, date, proposed: true });
  for (const participant of seed.participants ?? []) {
    em.create(StudyVisitParticipant, {
      visit,
      name: participant.name,
      position: participant.position,
      agency: participant.agencyKey ? agencyId(participant.agencyKey) : null,
    });
  }
  recordHistory(em, visit, seed, dates, proposed, { HOST: hostEditor, REQUESTER: requester }, history);
  await em.flush();

  if (countsAgainstCapacity(seed.state)) {
    const host = await em.findOneOrFail(Regency, { code: seed.hostRegencyCode });
    await claimHostDays(em, host, dates, seed.participantCount);
  }
  return visit;
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

function recordHistory(
  em: EntityManager,
  visit: StudyVisit,
  seed: StudyVisitSeed,
  dates: LocalDate[],
  proposed: LocalDate[],
  actors: Record<'HOST' | 'REQUESTER', string | null>,
  [requestedAt, ...stepTimes]: Date[],
) {
  em.create(StudyVisitTransition, { visit, actor: actors.REQUESTER, action: 'REQUEST', fromState: null, toState: 'REQUESTED', dates: [...dates], at: requestedAt! });
  let from: VisitState = 'REQUESTED';
  HISTORY[seed.state].forEach((step, index) => {
    em.create(StudyVisitTransition, {
      visit,
      actor: actors[step.by],
      action: step.action,
      fromState: from,
      toState: step.to,
      dates: step.action === 'PROPOSE_DATES' ? [...proposed] : null,
      at: stepTimes[index]!,
    });
    from = step.to;
  });
}

/**
 * Loads the demo host calendars and study visits (the dataset's `hostCalendars` and `studyVisits`),
 * among them the 16 February 2024 visit of six South Kalimantan regencies and their province's Dinas
 * Perkim to Kota Prabumulih, their history dated before `now` (the seed day). Runs in one transaction;
 * returns the visit ids by dataset key.
 */
export async function seedHostCalendarsAndVisits(em: EntityManager, dataset: DemoDataset, refs: VisitSeedReferences, now: Date): Promise<Map<string, string>> {
  return em.transactional(async (tx) => {
    await seedHostCalendars(tx, dataset);
    const visitIdByKey = new Map<string, string>();
    for (const seed of dataset.studyVisits) visitIdByKey.set(seed.key, (await seedVisit(tx, seed, dataset, refs, now)).id);
    return visitIdByKey;
  });
}
