import { type Pool } from 'pg';
import { databaseQueries, databaseQueryDuration, gaugeReadOnScrape, statementKind, withClientSpan } from '../observability';
import { type SqlMikroORM } from '@mikro-orm/sql';

type QueryRunner = (query: string, run: () => Promise<unknown>, loggerContext?: unknown) => Promise<unknown>;

/**
 * Times every statement the ORM runs (entities, query builder and raw SQL all pass through the connection's
 * `executeQuery`) and opens a span for it. Only the statement's kind is recorded: its text carries the values.
 */
export function observeQueries(orm: SqlMikroORM): void {
  const connection = orm.em.getConnection() as unknown as { executeQuery: QueryRunner };
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = (query, run, loggerContext) => {
    const statement = statementKind(query);
    const started = process.hrtime.bigint();
    return withClientSpan(`db ${statement}`, { 'db.system.name': 'postgresql', 'db.operation.name': statement }, () => execute(query, run, loggerContext)).then(
      (result) => {
        databaseQueries.inc({ statement, outcome: 'ok' });
        databaseQueryDuration.observe({ statement }, Number(process.hrtime.bigint() - started) / 1e9);
        return result;
      },
      (error: unknown) => {
        databaseQueries.inc({ statement, outcome: 'error' });
        throw error;
      },
    );
  };
}

/** The connection pool's state at each scrape: connections open, idle, and requests waiting for one. */
export function observePool(pool: Pool): void {
  gaugeReadOnScrape({
    name: 'tiru_db_pool_connections',
    help: 'Connections of this process to PostgreSQL, by state (total, idle, waiting: requests queued for one)',
    labelNames: ['state'],
    read: () =>
      Promise.resolve([
        { labels: { state: 'total' }, value: pool.totalCount },
        { labels: { state: 'idle' }, value: pool.idleCount },
        { labels: { state: 'waiting' }, value: pool.waitingCount },
      ]),
  });
}
