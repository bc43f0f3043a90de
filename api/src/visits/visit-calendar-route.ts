import { type EntityManager } from '@mikro-orm/core';
import { parse as parseCookies } from 'cookie';
import { type RequestHandler } from 'express';
import { viewerForSessionToken } from '../accounts';
import { visitSidesOf } from '../accounts';
import { type Orm } from '../db';
import { SESSION_COOKIE } from '../core';
import { findHostCalendar } from './host-calendars.service';
import { visitToICalendar, type VisitCalendarEntry } from './visit-calendar-file';
import { agendaOf, datesOf, isVisitId, partiesOf, visitUrl } from './visit-records';
import { calendarStatusOf, daySchedules } from './visit-schedule';
import { StudyVisit } from './visit.entities';

function agendaLine(item: { date: string; startTime: string; endTime: string; activity: string; place: string; presenter: string }): string {
  const where = [item.place, item.presenter].filter((part) => part.length > 0).join('; ');
  return `${item.date} ${item.startTime}–${item.endTime} ${item.activity}${where ? ` (${where})` : ''}`;
}

/** The visit as a calendar entry: its UID never changes, its SEQUENCE is the visit's own counter. */
export async function calendarEntryOf(em: EntityManager, visit: StudyVisit, webOrigin: string): Promise<VisitCalendarEntry> {
  const host = await visit.hostRegency.loadOrFail({ populate: ['province'] });
  const [regencies, programs, dates, agenda, calendar] = await Promise.all([
    visit.visitingRegencies.load(),
    visit.programs.load(),
    datesOf(em, visit),
    agendaOf(em, visit),
    findHostCalendar(em, host.code),
  ]);
  const domain = new URL(webOrigin).hostname;
  const receivingOffice = calendar?.agency ? (await calendar.agency.loadOrFail()).name : `Pemerintah ${host.name}`;
  const description = [
    visit.objectives,
    `Program: ${programs.getItems().map((program) => program.title).join('; ')}`,
    ...(agenda.length > 0 ? ['Agenda:', ...agenda.map(agendaLine)] : []),
  ].join('\n');
  return {
    uid: `studi-tiru-${visit.id}@${domain}`,
    sequence: visit.calendarSequence,
    status: calendarStatusOf(visit.state),
    title: `Studi tiru ${regencies.getItems().map((regency) => regency.name).sort().join(', ')} ke ${host.name}`,
    description,
    location: host.name,
    hostTimeZone: host.province.getEntity().timeZone,
    days: daySchedules(dates.current, agenda),
    organizer: { name: receivingOffice, email: `studi-tiru@${domain}` },
    url: visitUrl(webOrigin, visit.id),
    updatedAt: visit.updatedAt,
  };
}

/**
 * GET /visits/:id/calendar.ics — the visit's iCalendar file, for the host side and the delegation
 * only (the session cookie says who asks). Anyone else gets 404, so the route does not reveal visits.
 */
export function visitCalendarRoute(options: { orm: Orm; webOrigin: string }): RequestHandler {
  return async (req, res) => {
    const em = options.orm.em.fork();
    const viewer = await viewerForSessionToken(em, parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE]);
    if (!viewer) {
      res.status(401).type('text/plain').send('Sign in to download the calendar of a visit.');
      return;
    }
    const id = String(req.params.id);
    const visit = isVisitId(id) ? await em.findOne(StudyVisit, { id }) : null;
    if (!visit || visitSidesOf(viewer, await partiesOf(em, visit)).length === 0) {
      res.status(404).type('text/plain').send('No such visit among yours.');
      return;
    }
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Content-Disposition', `attachment; filename="studi-tiru-${visit.id}.ics"`)
      .send(visitToICalendar(await calendarEntryOf(em, visit, options.webOrigin)));
  };
}
