import { type BackgroundService } from '../core';
import { type Orm } from '../db';
import { gaugeReadOnScrape } from '../observability';
import { OUTBOX_TOPICS, outboxLag } from '../outbox';

const TOPICS = Object.values(OUTBOX_TOPICS);

async function lagPerTopic(orm: Orm) {
  const em = orm.em.fork();
  return Promise.all(TOPICS.map(async (topic) => ({ topic, ...(await outboxLag(em, topic)) })));
}

/**
 * The gauges read from shared state when Prometheus scrapes: the outbox's depth and lag per topic come from
 * PostgreSQL, so every replica reports the same numbers (a dashboard takes their max, not their sum), and search
 * health from the search service's own check of Meilisearch.
 */
export function registerScrapeGauges(orm: Orm, services: readonly BackgroundService[]): void {
  gaugeReadOnScrape({
    name: 'tiru_outbox_pending_events',
    help: 'Outbox events not yet processed, by topic (read from PostgreSQL: the same on every replica)',
    labelNames: ['topic'],
    read: async () => (await lagPerTopic(orm)).map(({ topic, pending }) => ({ labels: { topic }, value: pending })),
  });
  gaugeReadOnScrape({
    name: 'tiru_outbox_lag_seconds',
    help: 'Age of the oldest unprocessed outbox event, by topic (0 when none waits)',
    labelNames: ['topic'],
    read: async () =>
      (await lagPerTopic(orm)).map(({ topic, oldestPendingAt }) => ({
        labels: { topic },
        value: oldestPendingAt ? Math.max(0, (Date.now() - oldestPendingAt.getTime()) / 1000) : 0,
      })),
  });
  const search = services.find((service) => service.name === 'search');
  gaugeReadOnScrape({
    name: 'tiru_search_up',
    help: 'Whether Meilisearch answers and the programs index is set up (1) or search runs on the database fallback (0)',
    read: async () => {
      const readiness = (await search?.readiness?.()) as { healthy?: boolean } | undefined;
      return [{ value: readiness?.healthy ? 1 : 0 }];
    },
  });
}
