import { bilingualText, formatCalendarDates, type MailTemplates, type RenderedMail } from '../core';
import { type VisitHistoryAction } from './visit.entities';
import { type VisitState } from './visit-workflow';

/** The e-mails a visit's two sides get about it, as stored in `mail` outbox events (see `core/mail.ts`). */

export type VisitMailSummary = {
  id: string;
  hostName: string;
  visitingNames: string[];
  /** YYYY-MM-DD, ascending. */
  dates: string[];
  url: string;
};

export type VisitUpdateMail = {
  template: 'visit-update';
  to: string[];
  visit: VisitMailSummary;
  action: VisitHistoryAction;
  fromState: VisitState | null;
  toState: VisitState;
  actorName: string;
  reason: string;
};

export type VisitMessageMail = {
  template: 'visit-message';
  to: string[];
  visit: VisitMailSummary;
  authorName: string;
  body: string;
};

export type AgendaChange = 'ADDED' | 'UPDATED' | 'REMOVED';

export type VisitAgendaMail = {
  template: 'visit-agenda';
  to: string[];
  visit: VisitMailSummary;
  actorName: string;
  change: AgendaChange;
  /** The item as it is now, or as it was when removed. */
  item: { date: string; startTime: string; endTime: string; activity: string; place: string };
};

export type VisitMail = VisitUpdateMail | VisitMessageMail | VisitAgendaMail;

const STATE_NAMES: Record<VisitState, { id: string; en: string }> = {
  REQUESTED: { id: 'diajukan', en: 'requested' },
  ACCEPTED: { id: 'diterima', en: 'accepted' },
  DECLINED: { id: 'ditolak', en: 'declined' },
  RESCHEDULE_PROPOSED: { id: 'diusulkan jadwal baru', en: 'new dates proposed' },
  CONFIRMED: { id: 'dikonfirmasi', en: 'confirmed' },
  COMPLETED: { id: 'selesai', en: 'completed' },
  CANCELLED: { id: 'dibatalkan', en: 'cancelled' },
};

const ACTION_SENTENCES: Record<VisitHistoryAction, { id: string; en: string }> = {
  REQUEST: { id: 'mengajukan permohonan kunjungan', en: 'requested the visit' },
  ACCEPT: { id: 'menerima permohonan kunjungan', en: 'accepted the visit' },
  DECLINE: { id: 'menolak permohonan kunjungan', en: 'declined the visit' },
  PROPOSE_DATES: { id: 'mengusulkan tanggal baru', en: 'proposed new dates' },
  CONFIRM: { id: 'mengonfirmasi kunjungan', en: 'confirmed the visit' },
  CANCEL: { id: 'membatalkan kunjungan', en: 'cancelled the visit' },
  COMPLETE: { id: 'menandai kunjungan selesai', en: 'marked the visit completed' },
};

function formatDates(dates: string[], locale: 'id-ID' | 'en-GB'): string {
  return formatCalendarDates(dates, locale === 'id-ID' ? 'id' : 'en');
}

function visitLine(visit: VisitMailSummary, language: 'id' | 'en'): string {
  const visiting = visit.visitingNames.join(', ');
  return language === 'id'
    ? `Studi tiru ${visiting} ke ${visit.hostName}, ${formatDates(visit.dates, 'id-ID')}.`
    : `Study visit by ${visiting} to ${visit.hostName}, ${formatDates(visit.dates, 'en-GB')}.`;
}

function renderVisitUpdate(mail: VisitUpdateMail): RenderedMail {
  const state = STATE_NAMES[mail.toState];
  const action = ACTION_SENTENCES[mail.action];
  const indonesian = [
    `${mail.actorName} ${action.id}.`,
    visitLine(mail.visit, 'id'),
    `Status sekarang: ${state.id}.`,
    ...(mail.reason ? [`Alasan: ${mail.reason}`] : []),
    `Lihat kunjungan: ${mail.visit.url}`,
  ];
  const english = [
    `${mail.actorName} ${action.en}.`,
    visitLine(mail.visit, 'en'),
    `Status now: ${state.en}.`,
    ...(mail.reason ? [`Reason: ${mail.reason}`] : []),
    `See the visit: ${mail.visit.url}`,
  ];
  return {
    to: mail.to,
    subject: `[Tiru] Studi tiru ke ${mail.visit.hostName}: ${state.id} / ${state.en}`,
    text: bilingualText(indonesian, english),
  };
}

function renderVisitMessage(mail: VisitMessageMail): RenderedMail {
  const indonesian = [`${mail.authorName} mengirim pesan tentang kunjungan ini:`, visitLine(mail.visit, 'id'), '', mail.body, '', `Balas di: ${mail.visit.url}`];
  const english = [`${mail.authorName} sent a message about this visit:`, visitLine(mail.visit, 'en'), '', '(see the message above)', '', `Reply at: ${mail.visit.url}`];
  return {
    to: mail.to,
    subject: `[Tiru] Pesan baru: studi tiru ke ${mail.visit.hostName} / New message: study visit to ${mail.visit.hostName}`,
    text: bilingualText(indonesian, english),
  };
}

const AGENDA_CHANGES: Record<AgendaChange, { id: string; en: string }> = {
  ADDED: { id: 'menambahkan acara ke agenda', en: 'added an item to the agenda' },
  UPDATED: { id: 'mengubah acara di agenda', en: 'changed an item of the agenda' },
  REMOVED: { id: 'menghapus acara dari agenda', en: 'removed an item from the agenda' },
};

function renderVisitAgenda(mail: VisitAgendaMail): RenderedMail {
  const change = AGENDA_CHANGES[mail.change];
  const { item } = mail;
  const line = (locale: 'id-ID' | 'en-GB') => `${formatDates([item.date], locale)}, ${item.startTime}–${item.endTime}: ${item.activity}${item.place ? ` (${item.place})` : ''}`;
  const indonesian = [`${mail.actorName} ${change.id}:`, line('id-ID'), visitLine(mail.visit, 'id'), `Lihat agenda: ${mail.visit.url}`];
  const english = [`${mail.actorName} ${change.en}:`, line('en-GB'), visitLine(mail.visit, 'en'), `See the agenda: ${mail.visit.url}`];
  return {
    to: mail.to,
    subject: `[Tiru] Agenda berubah: studi tiru ke ${mail.visit.hostName} / Agenda changed: study visit to ${mail.visit.hostName}`,
    text: bilingualText(indonesian, english),
  };
}

/** The templates of visit mail, for the mail sender (`server/mail-templates.ts`). */
export const VISIT_MAIL_TEMPLATES = {
  'visit-update': (payload) => renderVisitUpdate(payload as VisitUpdateMail),
  'visit-message': (payload) => renderVisitMessage(payload as VisitMessageMail),
  'visit-agenda': (payload) => renderVisitAgenda(payload as VisitAgendaMail),
} satisfies MailTemplates;
