/**
 * The contract between the features that write e-mail and the notifications module that sends it. A feature
 * queues a `mail` outbox event whose payload names a `template` and carries everything its text needs, so
 * rendering reads no database and a message shows what was true when it was queued; the feature also owns the
 * template, and the composition root hands every feature's templates to the sender.
 */

export type RenderedMail = { to: string[]; subject: string; text: string };

export type MailTemplate = (payload: Record<string, unknown>) => RenderedMail;

/** Templates by the name a payload's `template` gives. */
export type MailTemplates = Readonly<Record<string, MailTemplate>>;

const SEPARATOR = '\n\n---\n\n';

/** Every Tiru e-mail is one short text: the Indonesian lines first, the English ones below. */
export function bilingualText(indonesian: readonly string[], english: readonly string[]): string {
  return indonesian.join('\n') + SEPARATOR + english.join('\n') + '\n';
}
