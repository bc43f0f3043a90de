import { bilingualText, type MailTemplates, type RenderedMail } from '../core';

/** The e-mail that carries an invitation's link, as queued by `inviteAccount` (see `core/mail.ts`). */
export type InvitationMail = { template: 'invitation'; to: string; role: string; acceptUrl: string };

const ROLE_NAMES: Record<string, { id: string; en: string }> = {
  ADMIN: { id: 'administrator', en: 'administrator' },
  HOST_EDITOR: { id: 'editor tuan rumah', en: 'host editor' },
  COORDINATOR: { id: 'koordinator', en: 'coordinator' },
  DELEGATE: { id: 'delegasi', en: 'delegate' },
};

function renderInvitation(mail: InvitationMail): RenderedMail {
  const role = ROLE_NAMES[mail.role] ?? { id: mail.role, en: mail.role };
  const indonesian = [`Anda diundang ke Tiru sebagai ${role.id}.`, `Terima undangan (berlaku 14 hari): ${mail.acceptUrl}`];
  const english = [`You are invited to Tiru as ${role.en}.`, `Accept the invitation (valid for 14 days): ${mail.acceptUrl}`];
  return {
    to: [mail.to],
    subject: '[Tiru] Undangan / Invitation',
    text: bilingualText(indonesian, english),
  };
}

/** The accounts module's mail templates, for the mail sender (`server/mail-templates.ts`). */
export const ACCOUNT_MAIL_TEMPLATES = {
  invitation: (payload) => renderInvitation(payload as InvitationMail),
} satisfies MailTemplates;
