import nodemailer from 'nodemailer';
import { type Orm } from '../db';
import { OUTBOX_TOPICS } from '../outbox';
import { outboxLag, startOutboxWorker, type OutboxHandler } from '../outbox';
import { type BackgroundService } from '../core';
import { type MailRenderer } from './mail-templates';
import { mailMessages } from '../observability';

export type MailTransport = { sendMail(message: { from: string; to: string[]; subject: string; text: string }): Promise<unknown> };

/** A batch of `mail` events: each is rendered and sent on its own, so one bad address does not hold back the rest. */
export function mailHandler(transport: MailTransport, from: string, renderMail: MailRenderer): OutboxHandler {
  return async (events) => {
    const failed: { id: number; error: string }[] = [];
    for (const event of events) {
      try {
        const mail = renderMail(event.payload);
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        mailMessages.inc({ outcome: 'sent' });
      } catch (error) {
        mailMessages.inc({ outcome: 'failed' });
        failed.push({ id: event.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return { failed };
  };
}

type MailLogger = { info(object: object, message?: string): void; warn(object: object, message?: string): void; error(object: object, message?: string): void };

export type MailServiceOptions = {
  orm: Orm;
  smtpUrl: string | undefined;
  mailFrom: string;
  renderMail: MailRenderer;
  logger: MailLogger;
  /** How long an idle worker waits before looking for new mail. */
  idleDelayMs?: number;
};

// Sending happens while the claimed rows stay locked, so batches stay small; a failing server is retried
// with growing pauses up to this long.
const MAIL_BATCH_SIZE = 10;
const MAX_MAIL_BACKOFF_MS = 15 * 60_000;

/**
 * Sends queued e-mail through SMTP when SMTP_URL is set. Without it nothing is sent: the messages stay in
 * the outbox, where admins read them with the `mailOutbox` query. Returns null then, as there is nothing to run.
 */
export function startMailService(options: MailServiceOptions): BackgroundService | null {
  if (!options.smtpUrl) {
    options.logger.info({}, 'SMTP_URL is not set: e-mail stays in the outbox (admins list it with the mailOutbox query)');
    return null;
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  const worker = startOutboxWorker({
    orm: options.orm,
    topic: OUTBOX_TOPICS.mail,
    handle: mailHandler(transport, options.mailFrom, options.renderMail),
    batchSize: MAIL_BATCH_SIZE,
    maxBackoffMs: MAX_MAIL_BACKOFF_MS,
    logger: options.logger,
    ...(options.idleDelayMs !== undefined ? { idleDelayMs: options.idleDelayMs } : {}),
  });
  return {
    name: 'mail',
    readiness: async () => outboxLag(options.orm.em.fork(), OUTBOX_TOPICS.mail),
    async stop() {
      await worker.stop();
      transport.close();
    },
  };
}
