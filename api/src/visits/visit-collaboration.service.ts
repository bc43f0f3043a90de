import { type EntityManager } from '@mikro-orm/core';
import { type Viewer } from '../core';
import { recordAudit } from '../audit';
import { Conflict, InvalidInput, NotAllowed, NotFound } from '../errors';
import { enqueueVisitMail } from './visit-mail';
import { type AgendaChange, type VisitAgendaMail } from './visit-mail-templates';
import { parseLocalTime } from './host-time';
import { VISIT_LIMITS } from './visit-limits';
import { datesOf, lockVisitForChange, mailSummaryOf, schedulesOf, type VisitInHand } from './visit-records';
import { calendarFingerprint } from './visit-schedule';
import { type StudyVisit, StudyVisitAgendaItem, StudyVisitMessage } from './visit.entities';
import { collaborationRefusal } from './visit-workflow';

const MAX_MESSAGE_LENGTH = VISIT_LIMITS.message;
const MAX_AGENDA_TEXT = VISIT_LIMITS.agendaText;

/** A message on the visit's thread, from the side the author speaks for; the other side gets an e-mail. */
export async function postVisitMessage(em: EntityManager, viewer: Viewer | null, visitId: string, body: string, webOrigin: string): Promise<StudyVisit> {
  const text = body.trim();
  if (text.length === 0) throw new InvalidInput('body', 'Write a message first.');
  if (text.length > MAX_MESSAGE_LENGTH) throw new InvalidInput('body', `Write at most ${MAX_MESSAGE_LENGTH} characters.`);
  return em.transactional(async (tx) => {
    const { visit, parties, sides, actor } = await lockVisitForChange(tx, viewer, visitId);
    const side = sides.includes('HOST') ? 'HOST' : 'REQUESTER';
    tx.create(StudyVisitMessage, { visit, author: actor.accountId, side, body: text });
    await enqueueVisitMail(tx, parties, side === 'HOST' ? 'REQUESTER' : 'HOST', actor.accountId, {
      template: 'visit-message',
      visit: await mailSummaryOf(tx, visit, webOrigin),
      authorName: actor.displayName,
      body: text,
    });
    await tx.flush();
    return visit;
  });
}

export type AgendaEntry = { date: string; startTime: string; endTime: string; activity: string; place?: string | null; presenter?: string | null };

function agendaText(value: string | null | undefined, field: string, required: boolean): string {
  const text = (value ?? '').trim();
  if (required && text.length === 0) throw new InvalidInput(field, 'This cannot be empty.');
  if (text.length > MAX_AGENDA_TEXT) throw new InvalidInput(field, `Write at most ${MAX_AGENDA_TEXT} characters.`);
  return text;
}

async function checkedAgendaEntry(tx: EntityManager, visit: StudyVisit, entry: AgendaEntry) {
  const dates = await datesOf(tx, visit);
  if (![...dates.current, ...dates.proposed].some((date) => date === entry.date)) {
    throw new InvalidInput('date', `${entry.date} is not one of this visit's days.`);
  }
  const startTime = parseLocalTime(entry.startTime);
  const endTime = parseLocalTime(entry.endTime);
  if (!startTime) throw new InvalidInput('startTime', 'Give the time as HH:mm, for example 08:30.');
  if (!endTime) throw new InvalidInput('endTime', 'Give the time as HH:mm, for example 10:00.');
  if (endTime <= startTime) throw new InvalidInput('endTime', 'An item ends after it starts.');
  return {
    date: entry.date,
    startTime,
    endTime,
    activity: agendaText(entry.activity, 'activity', true),
    place: agendaText(entry.place, 'place', false),
    presenter: agendaText(entry.presenter, 'presenter', false),
  };
}

const AUDIT_ACTIONS: Record<AgendaChange, 'ADDED_AGENDA_ITEM' | 'UPDATED_AGENDA_ITEM' | 'REMOVED_AGENDA_ITEM'> = {
  ADDED: 'ADDED_AGENDA_ITEM',
  UPDATED: 'UPDATED_AGENDA_ITEM',
  REMOVED: 'REMOVED_AGENDA_ITEM',
};

/**
 * Agenda changes are the host's, while the visit is still ahead; the delegation gets an e-mail naming
 * the item. A change that moves a day's first start, last end or place changes the visit's calendar
 * entry, so it raises the SEQUENCE.
 */
async function changeAgenda(
  em: EntityManager,
  viewer: Viewer | null,
  visitId: string,
  now: Date,
  webOrigin: string,
  kind: AgendaChange,
  change: (tx: EntityManager, inHand: VisitInHand) => Promise<VisitAgendaMail['item']>,
): Promise<StudyVisit> {
  return em.transactional(async (tx) => {
    const inHand = await lockVisitForChange(tx, viewer, visitId);
    const { visit, sides } = inHand;
    const refusal = collaborationRefusal('EDIT_AGENDA', visit.state, sides);
    if (refusal === 'NOT_ALLOWED_FOR_ROLE') throw new NotAllowed('Only the host prepares the agenda.');
    if (refusal === 'INVALID_STATE') throw new Conflict(`This visit is ${visit.state.toLowerCase()}: its agenda can no longer change.`, 'state');
    const before = calendarFingerprint(visit.state, await schedulesOf(tx, visit));
    const { date, startTime, endTime, activity, place } = await change(tx, inHand);
    recordAudit(tx, { actor: inHand.actor, entityType: 'StudyVisit', entityId: visit.id, action: AUDIT_ACTIONS[kind], changedFields: ['agenda'], occurredAt: now });
    await enqueueVisitMail(tx, inHand.parties, 'REQUESTER', inHand.actor.accountId, {
      template: 'visit-agenda',
      visit: await mailSummaryOf(tx, visit, webOrigin),
      actorName: inHand.actor.displayName,
      change: kind,
      item: { date, startTime, endTime, activity, place },
    });
    await tx.flush();
    if (calendarFingerprint(visit.state, await schedulesOf(tx, visit)) !== before) {
      visit.calendarSequence += 1;
      visit.updatedAt = now;
    }
    await tx.flush();
    return visit;
  });
}

async function agendaItemOf(tx: EntityManager, visit: StudyVisit, itemId: number): Promise<StudyVisitAgendaItem> {
  const item = await tx.findOne(StudyVisitAgendaItem, { id: itemId, visit });
  if (!item) throw new NotFound('Agenda item', String(itemId), 'itemId');
  return item;
}

export function addAgendaItem(em: EntityManager, viewer: Viewer | null, visitId: string, entry: AgendaEntry, now: Date, webOrigin: string): Promise<StudyVisit> {
  return changeAgenda(em, viewer, visitId, now, webOrigin, 'ADDED', async (tx, { visit }) => {
    const item = await checkedAgendaEntry(tx, visit, entry);
    tx.create(StudyVisitAgendaItem, { visit, ...item });
    return item;
  });
}

export function updateAgendaItem(
  em: EntityManager,
  viewer: Viewer | null,
  visitId: string,
  itemId: number,
  entry: AgendaEntry,
  now: Date,
  webOrigin: string,
): Promise<StudyVisit> {
  return changeAgenda(em, viewer, visitId, now, webOrigin, 'UPDATED', async (tx, { visit }) => {
    const item = await checkedAgendaEntry(tx, visit, entry);
    tx.assign(await agendaItemOf(tx, visit, itemId), item);
    return item;
  });
}

export function removeAgendaItem(em: EntityManager, viewer: Viewer | null, visitId: string, itemId: number, now: Date, webOrigin: string): Promise<StudyVisit> {
  return changeAgenda(em, viewer, visitId, now, webOrigin, 'REMOVED', async (tx, { visit }) => {
    const item = await agendaItemOf(tx, visit, itemId);
    tx.remove(item);
    return item;
  });
}
