import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import { type Orm } from '@tiru/api/db';

/**
 * Counts the SQL statements the ORM sends while serving HTTP requests, raw `execute` calls included.
 * MikroORM hands every statement to its logger's `logQuery` (whether or not debug logging is on), so
 * wrapping that method sees them all; Node's `http.server.request.start` channel marks the async work
 * of each request, so background work (the search outbox worker polling) is not counted.
 */
export function countRequestSqlStatements(orm: Orm): () => number {
  const insideRequest = new AsyncLocalStorage<true>();
  subscribe('http.server.request.start', () => insideRequest.enterWith(true));
  const logger = orm.config.getLogger();
  const logQuery = logger.logQuery.bind(logger);
  let statements = 0;
  logger.logQuery = (context) => {
    if (insideRequest.getStore()) statements += 1;
    logQuery(context);
  };
  return () => statements;
}
