import type { EnqueuedTaskPromise, Task } from 'meilisearch';
import { searchTasks } from '../observability';

export class MeilisearchTaskFailedError extends Error {
  constructor(
    readonly task: Task,
    what: string,
  ) {
    super(`Meilisearch could not ${what}: task ${task.uid} ${task.status}: ${task.error?.code ?? 'no code'}: ${task.error?.message ?? ''}`);
    this.name = 'MeilisearchTaskFailedError';
  }
}

/** Waits for an enqueued task and throws unless it succeeded (the client resolves failed tasks too). */
export async function awaitTaskSuccess(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
  const task = await enqueued.waitTask();
  searchTasks.inc({ outcome: task.status === 'succeeded' ? 'succeeded' : 'failed' });
  if (task.status !== 'succeeded') throw new MeilisearchTaskFailedError(task, what);
  return task;
}
