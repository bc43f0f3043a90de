import { type Orm } from '../db/orm';

/**
 * Counts the SQL statements an ORM sends, raw `execute` calls included: MikroORM hands every statement
 * to its logger's `logQuery`, debug logging on or off, so wrapping that method sees them all.
 */
export function sqlStatementCounter(orm: Orm): { during<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> } {
  const logger = orm.config.getLogger();
  const logQuery = logger.logQuery.bind(logger);
  let statements: string[] | null = null;
  logger.logQuery = (context) => {
    statements?.push(context.query ?? '');
    logQuery(context);
  };
  return {
    async during(run) {
      statements = [];
      try {
        const result = await run();
        return { result, statements };
      } finally {
        statements = null;
      }
    },
  };
}
