import { type EntityManager } from '@mikro-orm/core';
import { assertCanRequestVisitFor, requireViewer } from '../accounts';
import { type Viewer } from '../core';
import { recordAudit } from '../audit';
import { acceptedDatesSentence } from '../core';
import { Agency } from '../agencies';
import { InvalidInput, NotFound } from '../errors';
import { enqueueVisitMail } from './visit-mail';
import { Program } from '../programs';
import { Regency } from '../regions';
import { checkRequestedDays, type HostCalendarRules, type RequestProblem } from './availability';
import { findHostRegency, requireHostCalendar, rulesOf, timeZoneOf } from './host-calendars.service';
import { bookedLoads } from './host-day-load';
import { isoWeekday, parseLocalDate, type LocalDate } from './host-time';
import { VISIT_LIMITS } from './visit-limits';
import { mailSummaryOf, partiesOf } from './visit-records';
import { StudyVisit, StudyVisitDay, StudyVisitParticipant, StudyVisitTransition } from './visit.entities';

export const MAX_PROGRAMS_PER_VISIT = VISIT_LIMITS.programsPerVisit;
export const MAX_VISITING_REGENCIES = VISIT_LIMITS.visitingRegencies;
export const MAX_PARTICIPANTS_PER_VISIT = VISIT_LIMITS.participantsPerVisit;

export type ParticipantEntry = { name: string; position: string; agencyId?: string | null };

export type VisitRequest = {
  hostRegencyCode: string;
  programSlugs: string[];
  visitingRegencyCodes: string[];
  visitingAgencyIds?: string[] | null;
  coordinatorAgencyId?: string | null;
  dates: string[];
  participantCount: number;
  participants?: ParticipantEntry[] | null;
  objectives: string;
  questions?: string | null;
  requestLetterNumber?: string | null;
};

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** One sentence per problem, naming the day and why; the UI can also translate `details.problems`. */
export function describeRequestProblem(problem: RequestProblem, hostName: string, rules: HostCalendarRules): string {
  switch (problem.reason) {
    case 'INVALID_DATE':
      return `One of the days is not an accepted date. ${acceptedDatesSentence()}`;
    case 'DUPLICATE_DATE':
      return `${problem.date} is listed twice.`;
    case 'IN_THE_PAST':
      return `${problem.date} has already passed in ${hostName}.`;
    case 'TOO_LITTLE_NOTICE':
      return `${problem.date} is too soon: ${hostName} needs ${rules.leadTimeDays} days' notice, so the earliest day you can ask for is ${problem.detail}.`;
    case 'BLACKOUT':
      return `${problem.date}: ${hostName} receives no visits that day (${problem.detail}).`;
    case 'NOT_WORKING_DAY':
      return `${problem.date} is a ${WEEKDAY_NAMES[isoWeekday(problem.date as LocalDate)]}, not a day ${hostName} receives visits.`;
    case 'OVER_DELEGATION_CAPACITY':
      return `${problem.date} is fully booked: ${hostName} receives at most ${rules.delegationsPerDay} delegation(s) a day.`;
    case 'OVER_PARTICIPANT_CAPACITY':
      return `${problem.date}: only ${problem.limit} more participants fit that day in ${hostName}.`;
    case 'NO_DAYS':
      return 'Choose at least one day.';
    case 'TOO_MANY_DAYS':
      return `A visit can have at most ${problem.limit} days.`;
    case 'INVALID_PARTICIPANT_COUNT':
      return 'A delegation has at least one participant.';
  }
}

/** Refuses days the host cannot take, naming each day and the reason. */
export function assertDaysRequestable(
  rules: HostCalendarRules,
  check: ReturnType<typeof checkRequestedDays>,
  hostName: string,
): void {
  if (check.ok) return;
  const field = check.problems.every((problem) => problem.reason === 'INVALID_PARTICIPANT_COUNT') ? 'participantCount' : 'dates';
  const message = check.problems.map((problem) => describeRequestProblem(problem, hostName, rules)).join(' ');
  throw new InvalidInput(field, message, { problems: check.problems });
}

/** The first to the last of the given dates that parse, to read the booked load over. */
export function spanOf(texts: readonly string[]): [LocalDate, LocalDate] | null {
  const dates = texts.map(parseLocalDate).filter((date): date is LocalDate => date !== null).sort();
  return dates.length > 0 ? [dates[0]!, dates.at(-1)!] : null;
}

function uniqueList(values: readonly string[] | null | undefined, field: string, max: number, what: string): string[] {
  const unique = [...new Set((values ?? []).map((value) => value.trim()).filter((value) => value.length > 0))];
  if (unique.length > max) throw new InvalidInput(field, `A visit can name at most ${max} ${what}.`);
  return unique;
}

async function programsOfInterest(em: EntityManager, slugs: string[], host: Regency): Promise<Program[]> {
  if (slugs.length === 0) throw new InvalidInput('programSlugs', 'Name at least one program you want to learn about.');
  const programs = await em.find(Program, { slug: { $in: slugs }, publication: 'PUBLISHED' });
  for (const slug of slugs) {
    const program = programs.find((candidate) => candidate.slug === slug);
    if (!program) throw new NotFound('Program', slug, 'programSlugs');
    if (program.hostRegency.code !== host.code) throw new InvalidInput('programSlugs', `"${program.title}" is not a program of ${host.name}.`);
  }
  return programs;
}

async function visitingRegencies(em: EntityManager, codes: string[], host: Regency): Promise<Regency[]> {
  if (codes.length === 0) throw new InvalidInput('visitingRegencyCodes', 'Name at least one visiting regency.');
  if (codes.includes(host.code)) throw new InvalidInput('visitingRegencyCodes', `${host.name} cannot visit itself.`);
  const regencies = await em.find(Regency, { code: { $in: codes } });
  const missing = codes.find((code) => !regencies.some((regency) => regency.code === code));
  if (missing) throw new NotFound('Regency', missing, 'visitingRegencyCodes');
  return regencies;
}

async function existingAgencies(em: EntityManager, ids: string[], field: string): Promise<Agency[]> {
  const agencies = ids.length > 0 ? await em.find(Agency, { id: { $in: ids } }) : [];
  const missing = ids.find((id) => !agencies.some((agency) => agency.id === id));
  if (missing) throw new NotFound('Agency', missing, field);
  return agencies;
}

function checkedParticipants(entries: ParticipantEntry[], participantCount: number): ParticipantEntry[] {
  if (entries.length > participantCount) {
    throw new InvalidInput('participants', `The list names ${entries.length} people but the delegation has ${participantCount}.`);
  }
  return entries.map((entry, index) => {
    const name = entry.name.trim();
    const position = entry.position.trim();
    if (!name || !position) throw new InvalidInput(`participants.${index}`, 'Give each participant a name and a position.');
    return { name, position, agencyId: entry.agencyId ?? null };
  });
}

function checkedText(value: string | null | undefined, field: string, max: number, required: boolean): string {
  const text = (value ?? '').trim();
  if (required && text.length === 0) throw new InvalidInput(field, 'This cannot be empty.');
  if (text.length > max) throw new InvalidInput(field, `Write at most ${max} characters.`);
  return text;
}

/**
 * A coordinator or delegate asks a host to receive a delegation. The days are checked against the
 * host's calendar now (blackouts, working days, notice, what is already booked); the request itself
 * holds no capacity until the host accepts it.
 */
export async function requestVisit(em: EntityManager, viewer: Viewer | null, input: VisitRequest, now: Date, webOrigin: string): Promise<StudyVisit> {
  const requester = requireViewer(viewer);
  const host = await findHostRegency(em, input.hostRegencyCode);
  const regencies = await visitingRegencies(
    em,
    uniqueList(input.visitingRegencyCodes, 'visitingRegencyCodes', MAX_VISITING_REGENCIES, 'visiting regencies'),
    host,
  );
  assertCanRequestVisitFor(requester, regencies);
  const programs = await programsOfInterest(em, uniqueList(input.programSlugs, 'programSlugs', MAX_PROGRAMS_PER_VISIT, 'programs'), host);
  const coordinatorId = input.coordinatorAgencyId ?? null;
  const agencyIds = uniqueList([...(input.visitingAgencyIds ?? []), ...(coordinatorId ? [coordinatorId] : [])], 'visitingAgencyIds', 50, 'agencies');
  const agencies = await existingAgencies(em, agencyIds, 'visitingAgencyIds');
  if (input.participantCount > MAX_PARTICIPANTS_PER_VISIT) {
    throw new InvalidInput('participantCount', `A delegation has at most ${MAX_PARTICIPANTS_PER_VISIT} participants.`);
  }
  const participants = checkedParticipants(input.participants ?? [], input.participantCount);
  await existingAgencies(em, [...new Set(participants.flatMap((entry) => (entry.agencyId ? [entry.agencyId] : [])))], 'participants');
  const objectives = checkedText(input.objectives, 'objectives', VISIT_LIMITS.objectives, true);
  const questions = checkedText(input.questions, 'questions', VISIT_LIMITS.questions, false);
  const letter = checkedText(input.requestLetterNumber, 'requestLetterNumber', VISIT_LIMITS.requestLetterNumber, false);
  const calendar = await requireHostCalendar(em, host);
  const rules = await rulesOf(calendar, timeZoneOf(host));

  return em.transactional(async (tx) => {
    const span = spanOf(input.dates);
    const loads = span ? await bookedLoads(tx, host.code, span[0], span[1]) : [];
    assertDaysRequestable(rules, checkRequestedDays(rules, loads, input.dates, input.participantCount, now), host.name);
    const visit = tx.create(StudyVisit, {
      hostRegency: host,
      requester: requester.accountId,
      coordinatorAgency: coordinatorId,
      participantCount: input.participantCount,
      objectives,
      questions,
      requestLetterNumber: letter || null,
      state: 'REQUESTED',
      createdAt: now,
      updatedAt: now,
    });
    visit.programs.set(programs);
    visit.visitingRegencies.set(regencies);
    visit.visitingAgencies.set(agencies);
    for (const date of input.dates) tx.create(StudyVisitDay, { visit, date, proposed: false });
    for (const entry of participants) tx.create(StudyVisitParticipant, { visit, name: entry.name, position: entry.position, agency: entry.agencyId });
    const dates = [...input.dates].sort();
    tx.create(StudyVisitTransition, { visit, actor: requester.accountId, action: 'REQUEST', fromState: null, toState: 'REQUESTED', dates, at: now });
    recordAudit(tx, {
      actor: requester,
      entityType: 'StudyVisit',
      entityId: visit.id,
      action: 'REQUEST',
      details: { hostRegencyCode: host.code, dates, participantCount: input.participantCount, toState: 'REQUESTED' },
      occurredAt: now,
    });
    await tx.flush();
    await enqueueVisitMail(tx, await partiesOf(tx, visit), 'HOST', requester.accountId, {
      template: 'visit-update',
      visit: await mailSummaryOf(tx, visit, webOrigin),
      action: 'REQUEST',
      fromState: null,
      toState: 'REQUESTED',
      actorName: requester.displayName,
      reason: '',
    });
    await tx.flush();
    return visit;
  });
}
