import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { assertCanManageMailOutbox } from '../accounts';
import { recordAudit } from '../audit';
import { graphqlEnum, type Viewer } from '../core';
import { InvalidInput, NotFound } from '../errors';
import { OUTBOX_TOPICS } from '../outbox';
import { OutboxEvent } from '../outbox';
import { type MailRenderer } from './mail-templates';

export const MAX_OUTBOX_PAGE = 200;

/** SENT: handed to the SMTP server; WAITING: not tried yet (or kept while no SMTP_URL is set); RETRYING: failed at least once. */
export const OUTBOX_MAIL_STATES = ['WAITING', 'RETRYING', 'SENT'] as const;
export type OutboxMailState = (typeof OUTBOX_MAIL_STATES)[number];
export const OutboxMailStateEnum = graphqlEnum(OUTBOX_MAIL_STATES, 'OutboxMailState', 'Where an e-mail of the outbox stands.');

function stateOf(event: Pick<OutboxEvent, 'processedAt' | 'attempts'>): OutboxMailState {
  if (event.processedAt) return 'SENT';
  return event.attempts > 0 ? 'RETRYING' : 'WAITING';
}

const STATE_WHERE: Record<OutboxMailState, object> = {
  WAITING: { processedAt: null, attempts: 0 },
  RETRYING: { processedAt: null, attempts: { $gt: 0 } },
  SENT: { processedAt: { $ne: null } },
};

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
  @Field(() => OutboxMailStateEnum) state!: OutboxMailState;
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
    state: stateOf(event),
  };
}

export type MailOutboxQuery = {
  first: number;
  pendingOnly: boolean;
  /** Only the messages in this state. */
  state?: OutboxMailState | null;
  /** Paging: only the messages queued before this one (its id), so the next page starts where a page ended. */
  before?: string | null;
  renderMail: MailRenderer;
};

/** Queued e-mail, newest first: what admins read when no SMTP server is configured, or when sending fails. */
export async function listMailOutbox(em: EntityManager, viewer: Viewer | null, options: MailOutboxQuery): Promise<OutboxMailGql[]> {
  const { first, pendingOnly, state, before, renderMail } = options;
  assertCanManageMailOutbox(viewer);
  if (first < 1 || first > MAX_OUTBOX_PAGE) throw new InvalidInput('first', `Ask for between 1 and ${MAX_OUTBOX_PAGE} messages at a time.`);
  const events = await em.find(
    OutboxEvent,
    {
      topic: OUTBOX_TOPICS.mail,
      ...(pendingOnly ? { processedAt: null } : {}),
      ...(state ? STATE_WHERE[state] : {}),
      ...(before != null ? { id: { $lt: outboxMailId(before, 'before') } } : {}),
    },
    { orderBy: { id: 'desc' }, limit: first },
  );
  return events.map((event) => asOutboxMail(event, renderMail));
}

function outboxMailId(value: string, field: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value) || !Number.isSafeInteger(Number(value))) throw new InvalidInput(field, 'Name an e-mail of the outbox by its id.');
  return Number(value);
}

/**
 * Queues a message again, to go at once: a sent one is sent once more, one waiting or failing is tried now
 * (its failed attempts stay counted). One UPDATE, audited in the same transaction; the entry names no address.
 */
export async function resendOutboxMail(em: EntityManager, viewer: Viewer | null, id: string, renderMail: MailRenderer): Promise<OutboxMailGql> {
  assertCanManageMailOutbox(viewer);
  const eventId = outboxMailId(id, 'id');
  return em.transactional(async (tx) => {
    const event = await tx.findOne(OutboxEvent, { id: eventId, topic: OUTBOX_TOPICS.mail }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!event) throw new NotFound('OutboxMail', id, 'id');
    const previous = stateOf(event);
    event.processedAt = null;
    event.availableAt = new Date();
    recordAudit(tx, { actor: viewer, entityType: 'OutboxMail', entityId: event.id, action: 'RESENT', details: { previousState: previous, attempts: event.attempts } });
    await tx.flush();
    return asOutboxMail(event, renderMail);
  });
}
