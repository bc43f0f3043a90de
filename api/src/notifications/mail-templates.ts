import { type VisitHistoryAction } from '../visits/visit.entities';
import { type VisitState } from '../visits/visit-workflow';

/**
 * The e-mails Tiru sends, as stored in `mail` outbox events. A payload carries everything its text
 * needs, so rendering reads no database and a message shows what was true when it was queued.
 */

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

export type InvitationMail = { template: 'invitation'; to: string; role: string; acceptUrl: string };

export type MailPayload = VisitUpdateMail | VisitMessageMail | VisitAgendaMail | InvitationMail;

export type RenderedMail = { to: string[]; subject: string; text: string };

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

const ROLE_NAMES: Record<string, { id: string; en: string }> = {
  ADMIN: { id: 'administrator', en: 'administrator' },
  HOST_EDITOR: { id: 'editor tuan rumah', en: 'host editor' },
  COORDINATOR: { id: 'koordinator', en: 'coordinator' },
  DELEGATE: { id: 'delegasi', en: 'delegate' },
};

const SEPARATOR = '\n\n---\n\n';

function formatDates(dates: string[], locale: 'id-ID' | 'en-GB'): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dates.map((date) => format.format(new Date(`${date}T00:00:00Z`))).join(', ');
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
  ].join('\n');
  const english = [
    `${mail.actorName} ${action.en}.`,
    visitLine(mail.visit, 'en'),
    `Status now: ${state.en}.`,
    ...(mail.reason ? [`Reason: ${mail.reason}`] : []),
    `See the visit: ${mail.visit.url}`,
  ].join('\n');
  return {
    to: mail.to,
    subject: `[Tiru] Studi tiru ke ${mail.visit.hostName}: ${state.id} / ${state.en}`,
    text: indonesian + SEPARATOR + english + '\n',
  };
}

function renderVisitMessage(mail: VisitMessageMail): RenderedMail {
  const indonesian = [`${mail.authorName} mengirim pesan tentang kunjungan ini:`, visitLine(mail.visit, 'id'), '', mail.body, '', `Balas di: ${mail.visit.url}`];
  const english = [`${mail.authorName} sent a message about this visit:`, visitLine(mail.visit, 'en'), '', '(see the message above)', '', `Reply at: ${mail.visit.url}`];
  return {
    to: mail.to,
    subject: `[Tiru] Pesan baru: studi tiru ke ${mail.visit.hostName} / New message: study visit to ${mail.visit.hostName}`,
    text: indonesian.join('\n') + SEPARATOR + english.join('\n') + '\n',
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
    text: indonesian.join('\n') + SEPARATOR + english.join('\n') + '\n',
  };
}

function renderInvitation(mail: InvitationMail): RenderedMail {
  const role = ROLE_NAMES[mail.role] ?? { id: mail.role, en: mail.role };
  const indonesian = [`Anda diundang ke Tiru sebagai ${role.id}.`, `Terima undangan (berlaku 14 hari): ${mail.acceptUrl}`];
  const english = [`You are invited to Tiru as ${role.en}.`, `Accept the invitation (valid for 14 days): ${mail.acceptUrl}`];
  return {
    to: [mail.to],
    subject: '[Tiru] Undangan / Invitation',
    text: indonesian.join('\n') + SEPARATOR + english.join('\n') + '\n',
  };
}

/** The short bilingual text e-mail for a queued payload: Indonesian first, English below. */
export function renderMail(payload: Record<string, unknown>): RenderedMail {
  const mail = payload as MailPayload;
  switch (mail.template) {
    case 'visit-update':
      return renderVisitUpdate(mail);
    case 'visit-message':
      return renderVisitMessage(mail);
    case 'visit-agenda':
      return renderVisitAgenda(mail);
    case 'invitation':
      return renderInvitation(mail);
    default:
      throw new Error(`no mail template called ${JSON.stringify((payload as { template?: unknown }).template)}`);
  }
}
