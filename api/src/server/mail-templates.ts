import { ACCOUNT_MAIL_TEMPLATES } from '../accounts';
import { mailRenderer } from '../notifications';
import { VISIT_MAIL_TEMPLATES } from '../visits';

/** Every feature's e-mail templates: what the mail sender and the admins' outbox render queued mail with. */
export const renderTiruMail = mailRenderer({ ...ACCOUNT_MAIL_TEMPLATES, ...VISIT_MAIL_TEMPLATES });
