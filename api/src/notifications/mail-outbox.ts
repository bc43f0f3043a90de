import { type EntityManager } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { assertAdmin } from '../accounts';
import { type Viewer } from '../core';
import { InvalidInput } from '../errors';
import { OUTBOX_TOPICS } from '../outbox';
import { OutboxEvent } from '../outbox';
import { type MailRenderer } from './mail-templates';

export const MAX_OUTBOX_PAGE = 200;

@ObjectType('OutboxMail', { description: 'An e-mail in the outbox, as it is (or would be) sent.' })
export class OutboxMailGql {
  @Field(() => ID) id!: number;
  @Field(() => [String]) to!: string[];
  @Field(() => String) subject!: string;
  @Field(() => String, { description: 'Plain text: Indonesian first, English below.' }) text!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { description: 'Failed sends so far.' }) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was sent; null while it waits (or when no SMTP_URL is set).' }) sentAt!: Date | null;
  @Field(() => Date, { description: 'The earliest the next try may happen.' }) nextAttemptAt!: Date;
}

function asOutboxMail(event: OutboxEvent, renderMail: MailRenderer): OutboxMailGql {
  let rendered: { to: string[]; subject: string; text: string };
  try {
    rendered = renderMail(event.payload);
  } catch (error) {
    rendered = { to: [], subject: `(cannot be rendered: ${error instanceof Error ? error.message : String(error)})`, text: JSON.stringify(event.payload) };
  }
  return {
    id: event.id,
    ...rendered,
    createdAt: event.createdAt,
    attempts: event.attempts,
    lastError: event.lastError ?? null,
    sentAt: event.processedAt ?? null,
    nextAttemptAt: event.availableAt,
  };
}

/** Queued e-mail, newest first: what admins read when no SMTP server is configured, or when sending fails. */
export async function listMailOutbox(
  em: EntityManager,
  viewer: Viewer | null,
  options: { first: number; pendingOnly: boolean; renderMail: MailRenderer },
): Promise<OutboxMailGql[]> {
  const { first, pendingOnly, renderMail } = options;
  assertAdmin(viewer);
  if (first < 1 || first > MAX_OUTBOX_PAGE) throw new InvalidInput('first', `Ask for between 1 and ${MAX_OUTBOX_PAGE} messages at a time.`);
  const events = await em.find(
    OutboxEvent,
    { topic: OUTBOX_TOPICS.mail, ...(pendingOnly ? { processedAt: null } : {}) },
    { orderBy: { id: 'desc' }, limit: first },
  );
  return events.map((event) => asOutboxMail(event, renderMail));
}
