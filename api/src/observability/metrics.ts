import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's one registry: every family the API exports is declared here, so the names and labels an
 * operator's dashboards read (docs/operations/grafana-dashboard.json) live in one file.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'tiru_api_' });

const registers = [metricsRegistry];
// Seconds, from a fast SQL statement to a slow page: the same buckets for every duration, so panels compare.
const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: 'tiru_http_requests_total',
  help: 'HTTP requests answered, by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers,
});
export const httpRequestDuration = new Histogram({
  name: 'tiru_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: DURATION_BUCKETS,
  registers,
});
export const graphqlOperations = new Counter({
  name: 'tiru_graphql_operations_total',
  help: 'GraphQL operations, by operation name and outcome (success, error)',
  labelNames: ['operation', 'outcome'] as const,
  registers,
});
export const graphqlOperationDuration = new Histogram({
  name: 'tiru_graphql_operation_duration_seconds',
  help: 'Time from an operation being received to its answer, by operation name and outcome',
  labelNames: ['operation', 'outcome'] as const,
  buckets: DURATION_BUCKETS,
  registers,
});
export const databaseQueries = new Counter({
  name: 'tiru_db_queries_total',
  help: 'SQL statements run, by kind (select, insert, update, delete, other) and outcome',
  labelNames: ['statement', 'outcome'] as const,
  registers,
});
export const databaseQueryDuration = new Histogram({
  name: 'tiru_db_query_duration_seconds',
  help: 'Time a SQL statement took, by kind',
  labelNames: ['statement'] as const,
  buckets: DURATION_BUCKETS,
  registers,
});
export const outboxEventsHandled = new Counter({
  name: 'tiru_outbox_events_handled_total',
  help: 'Outbox events a worker of this process handled, by topic and outcome (done, failed)',
  labelNames: ['topic', 'outcome'] as const,
  registers,
});
export const searchTasks = new Counter({
  name: 'tiru_search_tasks_total',
  help: 'Meilisearch tasks awaited, by outcome (succeeded, failed)',
  labelNames: ['outcome'] as const,
  registers,
});
export const mailMessages = new Counter({
  name: 'tiru_mail_messages_total',
  help: 'E-mail messages handed to SMTP, by outcome (sent, failed)',
  labelNames: ['outcome'] as const,
  registers,
});
export const rateLimitRefusals = new Counter({
  name: 'tiru_rate_limit_refusals_total',
  help: 'Requests refused by a rate limit or the sign-in backoff, by refusal code',
  labelNames: ['code'] as const,
  registers,
});

export type ScrapeReading = { labels?: Record<string, string>; value: number };

/**
 * A gauge read when Prometheus scrapes, not kept in the process: facts shared by every replica (outbox depth and
 * lag, in PostgreSQL) or held by a client library (the pool) are asked for then. A failed read leaves the gauge
 * empty for that scrape rather than failing the whole scrape.
 */
export function gaugeReadOnScrape(options: { name: string; help: string; labelNames?: string[]; read: () => Promise<ScrapeReading[]> }): void {
  const existing = metricsRegistry.getSingleMetric(options.name);
  if (existing) metricsRegistry.removeSingleMetric(options.name);
  new Gauge({
    name: options.name,
    help: options.help,
    labelNames: options.labelNames ?? [],
    registers,
    async collect() {
      this.reset();
      const readings = await options.read().catch(() => []);
      for (const { labels, value } of readings) {
        if (labels) this.set(labels, value);
        else this.set(value);
      }
    },
  });
}

export function metricsText(): Promise<string> {
  return metricsRegistry.metrics();
}

export const metricsContentType = metricsRegistry.contentType;
