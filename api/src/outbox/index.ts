export { enqueueOutboxEvent, OUTBOX_TOPICS, withdrawPendingOutboxEvents } from './enqueue';
export { OutboxEvent } from './outbox-event.entity';
export { type OutboxHandler, outboxLag, type OutboxWorker, startOutboxWorker } from './outbox-worker';
