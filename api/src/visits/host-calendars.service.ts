import { type EntityManager } from '@mikro-orm/core';
import { assertCanEditHostCalendar, canEditHostCalendar, hostEditorScopeOf, type HostScope } from '../accounts';
import { type Viewer } from '../core';
import { recordAudit } from '../audit';
import { acceptedDatesSentence } from '../core';
import { Agency } from '../agencies';
import { InvalidInput, NotFound, StaleVersion } from '../errors';
import { type IndonesianTimeZone, Regency } from '../regions';
import { availabilityFor, MAX_AVAILABILITY_RANGE_DAYS, type DayAvailability, type HostCalendarRules } from './availability';
import { applyCalendarFrom, bookedLoads, lockHostCalendar } from './host-day-load';
import { daysBetween, parseLocalDate, todayIn, type IsoWeekday, type LocalDate } from './host-time';
import { HostBlackoutDate, HostCalendar } from './visit.entities';

export const MAX_LEAD_TIME_DAYS = 365;
/** Far above any host's real day, and low enough that a day's load plus a visit never overflows its integer column. */
export const MAX_DELEGATIONS_PER_DAY = 1_000;
export const MAX_PARTICIPANTS_PER_DAY = 100_000;
const MAX_REASON_LENGTH = 300;

export type HostCalendarSettings = {
  hostRegencyCode: string;
  /** Left out: the receiving office stays as it is; null: the host names none. */
  agencyId?: string | null;
  workingDays: number[];
  delegationsPerDay: number;
  participantsPerDay: number;
  leadTimeDays: number;
  /** When given, the calendar must still be at this version. */
  version?: number | null;
};

export async function findHostRegency(em: EntityManager, code: string, field = 'hostRegencyCode'): Promise<Regency> {
  const regency = await em.findOne(Regency, { code }, { populate: ['province'] });
  if (!regency) throw new NotFound('Regency', code, field);
  return regency;
}

export function hostScopeOf(calendar: Pick<HostCalendar, 'hostRegency' | 'agency'>): HostScope {
  return { hostRegencyCode: calendar.hostRegency.code, hostAgencyId: calendar.agency?.id ?? null };
}

/**
 * Regencies whose host calendar the person keeps (`canEditHostCalendar`): those they edit for as a regency, and those
 * whose calendar names an agency they edit for. An admin may change any calendar, but keeps none.
 */
export async function hostCalendarRegencyCodesKeptBy(em: EntityManager, viewer: Viewer): Promise<string[]> {
  const scope = hostEditorScopeOf(viewer);
  const naming = scope.agencyIds.length > 0 ? await em.find(HostCalendar, { agency: { $in: scope.agencyIds } }) : [];
  const kept = naming.filter((calendar) => canEditHostCalendar(viewer, hostScopeOf(calendar))).map((calendar) => calendar.hostRegency.code);
  return [...new Set([...scope.regencyCodes, ...kept])];
}

export function timeZoneOf(regency: Regency): IndonesianTimeZone {
  return regency.province.getEntity().timeZone;
}

export async function findHostCalendar(em: EntityManager, hostRegencyCode: string): Promise<HostCalendar | null> {
  return em.findOne(HostCalendar, { hostRegency: hostRegencyCode }, { populate: ['blackoutDates', 'hostRegency.province'] });
}

/**
 * The calendar locked against concurrent claims on its days (see `lockHostCalendar`) and read fresh,
 * not from the identity map the transaction's fork copied. Null when the host has none yet.
 */
async function lockedHostCalendar(tx: EntityManager, hostRegencyCode: string): Promise<HostCalendar | null> {
  const locked = await lockHostCalendar(tx, hostRegencyCode, 'change');
  if (!locked) return null;
  return tx.findOneOrFail(HostCalendar, { hostRegency: hostRegencyCode }, { populate: ['blackoutDates', 'hostRegency.province'], refresh: true });
}

/** Applies the calendar as it now stands to the held days from today on; refused when that would strand a held visit. */
async function applyToHeldDays(tx: EntityManager, calendar: HostCalendar, regency: Regency, now: Date, extraBlackout?: LocalDate): Promise<void> {
  const blackoutDates = calendar.blackoutDates.getItems().map((blackout) => blackout.date as LocalDate);
  await applyCalendarFrom(tx, regency, todayIn(timeZoneOf(regency), now), {
    workingDays: calendar.workingDays,
    delegationsPerDay: calendar.delegationsPerDay,
    participantsPerDay: calendar.participantsPerDay,
    blackoutDates: extraBlackout ? [...blackoutDates, extraBlackout] : blackoutDates,
  });
}

export async function requireHostCalendar(em: EntityManager, regency: Regency, field = 'hostRegencyCode'): Promise<HostCalendar> {
  const calendar = await findHostCalendar(em, regency.code);
  if (!calendar) throw new InvalidInput(field, `${regency.name} does not receive study visits through Tiru yet: it has published no host calendar.`);
  return calendar;
}

/** The calendar as the pure availability rules see it, in the host's own time zone. */
export async function rulesOf(calendar: HostCalendar, timeZone: IndonesianTimeZone): Promise<HostCalendarRules> {
  const blackouts = await calendar.blackoutDates.load();
  return {
    timeZone,
    workingDays: calendar.workingDays,
    delegationsPerDay: calendar.delegationsPerDay,
    participantsPerDay: calendar.participantsPerDay,
    leadTimeDays: calendar.leadTimeDays,
    blackoutDates: blackouts.getItems().map((blackout) => ({ date: blackout.date as LocalDate, reason: blackout.reason })),
  };
}

function checkedWorkingDays(days: number[]): IsoWeekday[] {
  const unique = [...new Set(days)].sort();
  if (unique.length === 0) throw new InvalidInput('workingDays', 'Choose at least one working day.');
  if (unique.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    throw new InvalidInput('workingDays', 'Working days are numbered 1 (Monday) to 7 (Sunday).');
  }
  return unique as IsoWeekday[];
}

function assertWholeAtLeast(value: number, minimum: number, field: string, message: string): void {
  if (!Number.isInteger(value) || value < minimum) throw new InvalidInput(field, message);
}

function checkedSettings(settings: HostCalendarSettings) {
  assertWholeAtLeast(settings.delegationsPerDay, 1, 'delegationsPerDay', 'A host receives at least one delegation a day.');
  assertWholeAtLeast(settings.participantsPerDay, 1, 'participantsPerDay', 'A host receives at least one participant a day.');
  assertWholeAtLeast(settings.leadTimeDays, 0, 'leadTimeDays', 'The notice needed is a whole number of days, 0 or more.');
  if (settings.delegationsPerDay > MAX_DELEGATIONS_PER_DAY) {
    throw new InvalidInput('delegationsPerDay', `A host receives at most ${MAX_DELEGATIONS_PER_DAY} delegations a day.`);
  }
  if (settings.participantsPerDay > MAX_PARTICIPANTS_PER_DAY) {
    throw new InvalidInput('participantsPerDay', `A host receives at most ${MAX_PARTICIPANTS_PER_DAY} participants a day.`);
  }
  if (settings.leadTimeDays > MAX_LEAD_TIME_DAYS) throw new InvalidInput('leadTimeDays', `Ask for at most ${MAX_LEAD_TIME_DAYS} days' notice.`);
  return {
    workingDays: checkedWorkingDays(settings.workingDays),
    delegationsPerDay: settings.delegationsPerDay,
    participantsPerDay: settings.participantsPerDay,
    leadTimeDays: settings.leadTimeDays,
  };
}

/**
 * Publishes or changes a host's calendar; new capacities apply to every day from today on, and a
 * change that visits already agreed would no longer fit is refused (decision 011). Who may edit
 * follows the calendar as it stands: naming an agency in the input grants nobody new rights.
 */
export async function setHostCalendar(em: EntityManager, viewer: Viewer | null, settings: HostCalendarSettings, now: Date): Promise<HostCalendar> {
  const regency = await findHostRegency(em, settings.hostRegencyCode);
  const existing = await findHostCalendar(em, regency.code);
  assertCanEditHostCalendar(viewer, { hostRegencyCode: regency.code, hostAgencyId: existing?.agency?.id ?? null }, regency.name);
  const values = checkedSettings(settings);
  const agencyId = settings.agencyId === undefined ? (existing?.agency?.id ?? null) : settings.agencyId;
  if (agencyId) await assertReceivingAgency(em, agencyId, regency);
  return em.transactional(async (tx) => {
    const current = await lockedHostCalendar(tx, regency.code);
    if (current && settings.version != null && current.version !== settings.version) {
      throw new StaleVersion(`The calendar of ${regency.name}`, settings.version, current.version);
    }
    const calendar = current ?? tx.create(HostCalendar, { hostRegency: regency, ...values });
    tx.assign(calendar, { ...values, agency: agencyId });
    recordAudit(tx, {
      actor: viewer,
      entityType: 'HostCalendar',
      entityId: regency.code,
      action: current ? 'UPDATED' : 'CREATED',
      changedFields: [...Object.keys(values), 'agency'],
    });
    await applyToHeldDays(tx, calendar, regency, now);
    await tx.flush();
    return calendar;
  });
}

/** The office receiving delegations belongs to the host regency. */
async function assertReceivingAgency(em: EntityManager, agencyId: string, regency: Regency): Promise<void> {
  const agency = await em.findOne(Agency, { id: agencyId });
  if (!agency) throw new NotFound('Agency', agencyId, 'agencyId');
  if (agency.regency?.code !== regency.code) throw new InvalidInput('agencyId', `${agency.name} is not an agency of ${regency.name}.`);
}

async function editableCalendar(em: EntityManager, viewer: Viewer | null, hostRegencyCode: string): Promise<HostCalendar> {
  const regency = await findHostRegency(em, hostRegencyCode);
  const calendar = await requireHostCalendar(em, regency);
  assertCanEditHostCalendar(viewer, hostScopeOf(calendar), regency.name);
  return calendar;
}

function checkedDate(text: string, field = 'date'): LocalDate {
  const date = parseLocalDate(text);
  if (!date) throw new InvalidInput(field, `That is not an accepted date. ${acceptedDatesSentence()}`);
  return date;
}

/**
 * Closes a day for visits (a holiday, an election, a local event); naming it again changes its reason.
 * Refused while visits agreed on that day stand: the host moves or cancels them first (decision 011).
 */
export async function addBlackoutDate(em: EntityManager, viewer: Viewer | null, hostRegencyCode: string, dateText: string, reason: string, now: Date) {
  await editableCalendar(em, viewer, hostRegencyCode);
  const date = checkedDate(dateText);
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) {
    throw new InvalidInput('reason', `Say why the day is closed, in at most ${MAX_REASON_LENGTH} characters.`);
  }
  return em.transactional(async (tx) => {
    const calendar = (await lockedHostCalendar(tx, hostRegencyCode))!;
    await applyToHeldDays(tx, calendar, calendar.hostRegency.getEntity(), now, date);
    const existing = calendar.blackoutDates.getItems().find((blackout) => blackout.date === date);
    if (existing) existing.reason = trimmed;
    else tx.create(HostBlackoutDate, { calendar, date, reason: trimmed });
    recordAudit(tx, { actor: viewer, entityType: 'HostCalendar', entityId: hostRegencyCode, action: 'CLOSED_DAY', details: { date, reason: trimmed } });
    await tx.flush();
    return calendar;
  });
}

export async function removeBlackoutDate(em: EntityManager, viewer: Viewer | null, hostRegencyCode: string, dateText: string) {
  const calendar = await editableCalendar(em, viewer, hostRegencyCode);
  const date = checkedDate(dateText);
  const blackout = calendar.blackoutDates.getItems().find((candidate) => candidate.date === date);
  if (!blackout) throw new NotFound('Blackout date', date, 'date');
  calendar.blackoutDates.remove(blackout);
  em.remove(blackout);
  recordAudit(em, { actor: viewer, entityType: 'HostCalendar', entityId: hostRegencyCode, action: 'REOPENED_DAY', details: { date } });
  await em.flush();
  return calendar;
}

/** One status per day from `from` to `to`, for the calendar a requester picks dates from. */
export async function hostAvailability(em: EntityManager, hostRegencyCode: string, fromText: string, toText: string, now: Date): Promise<DayAvailability[]> {
  const regency = await findHostRegency(em, hostRegencyCode);
  const from = checkedDate(fromText, 'from');
  const to = checkedDate(toText, 'to');
  const span = daysBetween(from, to);
  if (span < 0) throw new InvalidInput('to', 'The range ends before it starts.');
  if (span + 1 > MAX_AVAILABILITY_RANGE_DAYS) throw new InvalidInput('to', `Ask for at most ${MAX_AVAILABILITY_RANGE_DAYS} days at a time.`);
  const calendar = await requireHostCalendar(em, regency);
  const rules = await rulesOf(calendar, timeZoneOf(regency));
  return availabilityFor(rules, await bookedLoads(em, regency.code, from, to), from, to, now);
}
