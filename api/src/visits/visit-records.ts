import { type EntityManager, LockMode } from '@mikro-orm/core';
import { canViewVisit, regenciesTravellingFor, requireViewer, visitSidesOf, type VisitParties } from '../accounts';
import { type Viewer } from '../core';
import { selectRows } from '../db';
import { InvalidInput, NotAllowed, NotFound } from '../errors';
import { type VisitMailSummary } from './visit-mail-templates';
import { type IndonesianTimeZone } from '../regions';
import { findHostCalendar, timeZoneOf } from './host-calendars.service';
import { localDate, type LocalDate } from './host-time';
import { daySchedules } from './visit-schedule';
import { StudyVisit, StudyVisitAgendaItem, StudyVisitDay } from './visit.entities';
import { type VisitSide } from '../core';
import { type VisitState } from './visit-workflow';

/** How to read a visit and who takes part in it, shared by the visit services and resolvers. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isVisitId(id: string): boolean {
  return UUID.test(id);
}

export async function partiesOf(em: EntityManager, visit: StudyVisit): Promise<VisitParties> {
  const [regencies, agencies, calendar] = await Promise.all([
    visit.visitingRegencies.load(),
    visit.visitingAgencies.load(),
    findHostCalendar(em, visit.hostRegency.code),
  ]);
  return {
    hostRegencyCode: visit.hostRegency.code,
    hostAgencyId: calendar?.agency?.id ?? null,
    visitingRegencyCodes: regencies.getItems().map((regency) => regency.code),
    visitingAgencyIds: agencies.getItems().map((agency) => agency.id),
    coordinatorAgencyId: visit.coordinatorAgency?.id ?? null,
    requesterAccountId: visit.requester?.id ?? null,
  };
}

export async function hostTimeZoneOf(visit: StudyVisit): Promise<IndonesianTimeZone> {
  const host = await visit.hostRegency.loadOrFail({ populate: ['province'] });
  return timeZoneOf(host);
}

export type VisitDates = { current: LocalDate[]; proposed: LocalDate[] };

export async function datesOf(em: EntityManager, visit: StudyVisit): Promise<VisitDates> {
  const days = await em.find(StudyVisitDay, { visit }, { orderBy: { date: 'asc' } });
  const pick = (proposed: boolean) => days.filter((day) => day.proposed === proposed).map((day) => localDate(day.date));
  return { current: pick(false), proposed: pick(true) };
}

export function agendaOf(em: EntityManager, visit: StudyVisit): Promise<StudyVisitAgendaItem[]> {
  return em.find(StudyVisitAgendaItem, { visit }, { orderBy: { date: 'asc', startTime: 'asc', id: 'asc' } });
}

export async function schedulesOf(em: EntityManager, visit: StudyVisit) {
  const [dates, agenda] = await Promise.all([datesOf(em, visit), agendaOf(em, visit)]);
  return daySchedules(dates.current, agenda);
}

/** A visit the viewer may see (a party to it, or an admin), or null. */
export async function findVisibleVisit(em: EntityManager, viewer: Viewer | null, id: string): Promise<StudyVisit | null> {
  if (!viewer || !isVisitId(id)) return null;
  const visit = await em.findOne(StudyVisit, { id });
  if (!visit) return null;
  return canViewVisit(viewer, await partiesOf(em, visit)) ? visit : null;
}

export type VisitInHand = { visit: StudyVisit; parties: VisitParties; sides: VisitSide[]; actor: Viewer };

/**
 * Loads a visit for a change, locking its row until the transaction ends, so two changes to one visit
 * (two host editors accepting at once) run one after the other and the second sees the first's state.
 */
export async function lockVisitForChange(tx: EntityManager, viewer: Viewer | null, id: string): Promise<VisitInHand> {
  const actor = requireViewer(viewer);
  const visit = isVisitId(id) ? await tx.findOne(StudyVisit, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!visit) throw new NotFound('Study visit', id, 'id');
  const parties = await partiesOf(tx, visit);
  const sides = visitSidesOf(actor, parties);
  if (sides.length === 0) {
    if (canViewVisit(actor, parties)) throw new NotAllowed('Only the host and the visiting delegation can change a visit.');
    throw new NotFound('Study visit', id, 'id');
  }
  return { visit, parties, sides, actor };
}

export function visitUrl(webOrigin: string, visitId: string): string {
  return `${webOrigin}/visits/${visitId}`;
}

export async function mailSummaryOf(em: EntityManager, visit: StudyVisit, webOrigin: string): Promise<VisitMailSummary> {
  const [host, regencies, dates] = await Promise.all([visit.hostRegency.loadOrFail(), visit.visitingRegencies.load(), datesOf(em, visit)]);
  return {
    id: visit.id,
    hostName: host.name,
    visitingNames: regencies.getItems().map((regency) => regency.name).sort(),
    // While new dates are on the table, they are what the other side needs to read.
    dates: visit.state === 'RESCHEDULE_PROPOSED' ? dates.proposed : dates.current,
    url: visitUrl(webOrigin, visit.id),
  };
}

export const VISIT_ROLES = ['HOST', 'DELEGATION'] as const;
export type VisitRole = (typeof VISIT_ROLES)[number];
export const MAX_VISITS_PER_PAGE = 100;

/** Raw SQL conditions that pick the visits a person takes part in on one side. */
function participationConditions(viewer: Viewer, role: VisitRole): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, values: unknown[]) => {
    if (values.length === 0) return;
    sql.push(condition);
    params.push(values);
  };
  if (role === 'HOST') {
    const editors = viewer.memberships.filter((membership) => membership.role === 'HOST_EDITOR');
    add('v.host_regency_code in (?)', editors.flatMap((membership) => (membership.regencyCode ? [membership.regencyCode] : [])));
    add(
      'v.host_regency_code in (select host_regency_code from host_calendar where agency_id in (?))',
      editors.flatMap((membership) => (!membership.regencyCode && membership.agencyId ? [membership.agencyId] : [])),
    );
    return { sql, params };
  }
  sql.push('v.requester_id = ?');
  params.push(viewer.accountId);
  const travellers = viewer.memberships.filter((membership) => membership.role === 'COORDINATOR' || membership.role === 'DELEGATE');
  const agencyIds = travellers.flatMap((membership) => (membership.agencyId ? [membership.agencyId] : []));
  add('exists (select 1 from study_visit_regency r where r.visit_id = v.id and r.regency_code in (?))', [...regenciesTravellingFor(viewer)]);
  add('v.coordinator_agency_id in (?)', agencyIds);
  add('exists (select 1 from study_visit_agency a where a.visit_id = v.id and a.agency_id in (?))', agencyIds);
  return { sql, params };
}

/** The visits a person hosts, or travels on, newest request first. */
export async function listMyVisits(
  em: EntityManager,
  viewer: Viewer | null,
  role: VisitRole,
  filter: { states?: VisitState[] | null; first: number },
): Promise<StudyVisit[]> {
  const me = requireViewer(viewer);
  if (filter.first < 1 || filter.first > MAX_VISITS_PER_PAGE) {
    throw new InvalidInput('first', `Ask for between 1 and ${MAX_VISITS_PER_PAGE} visits at a time.`);
  }
  const { sql, params } = participationConditions(me, role);
  if (sql.length === 0) return [];
  const states = filter.states?.length ? filter.states : null;
  const rows = await selectRows<{ id: string }>(
    em,
    `select v.id from study_visit v where (${sql.join(' or ')}) ${states ? 'and v.state in (?)' : ''}
      order by v.created_at desc, v.id limit ?`,
    [...params, ...(states ? [states] : []), filter.first],
  );
  if (rows.length === 0) return [];
  return em.find(StudyVisit, { id: { $in: rows.map((row) => row.id) } }, { orderBy: { createdAt: 'desc', id: 'asc' } });
}
