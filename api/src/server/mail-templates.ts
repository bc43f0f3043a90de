import { ACCOUNT_MAIL_TEMPLATES } from '../accounts/invitation-mail';
import { mailRenderer } from '../notifications/mail-templates';
import { VISIT_MAIL_TEMPLATES } from '../visits/visit-mail-templates';

/** Every feature's e-mail templates: what the mail sender and the admins' outbox render queued mail with. */
export const renderTiruMail = mailRenderer({ ...ACCOUNT_MAIL_TEMPLATES, ...VISIT_MAIL_TEMPLATES });
