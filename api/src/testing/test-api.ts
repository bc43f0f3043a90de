import { ApolloServer } from '@apollo/server';
import { type EntityManager, type Options } from '@mikro-orm/core';
import { type GraphQLSchema } from 'graphql';
import { type Viewer } from '../core/viewer';
import { openMigratedOrm, type Orm } from '../db/orm';
import { type RequestContext } from '../core/request-context';
import { createErrorFormatter } from '../errors/format-error';
import { createLogger } from '../core/logger';
import { buildTiruSchema } from '../server/schema';
import { createMigratedTestDatabase, type TestDatabase } from './test-database';
import { entities } from '../server/entities';

let schemaOnce: Promise<GraphQLSchema> | undefined;

export type GraphQLResult<Data = Record<string, unknown>> = {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
};

export type TestApi = {
  orm: Orm;
  em(): EntityManager;
  /** Runs an operation through the real schema, as `viewer` (anonymous when null). */
  execute<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer | null): Promise<GraphQLResult<Data>>;
  close(): Promise<void>;
};

/** A fresh copy of the run's migrated template database and the real schema, for one test file. */
export async function startTestApi(ormOptions: Partial<Options> = {}): Promise<TestApi> {
  const database: TestDatabase = await createMigratedTestDatabase();
  const orm = await openMigratedOrm(database.target, { entities, ...ormOptions });
  schemaOnce ??= buildTiruSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema: await schemaOnce,
    formatError: createErrorFormatter(createLogger(process.env.TIRU_TEST_LOG_LEVEL ?? 'silent')),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  return {
    orm,
    em: () => orm.em.fork(),
    async execute(query, variables, viewer = null) {
      const response = await apollo.executeOperation(
        { query, variables },
        {
          contextValue: {
            em: orm.em.fork(),
            viewer: async () => viewer,
            sessionToken: undefined,
            setSessionCookie: () => {},
            clearSessionCookie: () => {},
            webOrigin: 'http://localhost:3000',
            now: new Date(),
          },
        },
      );
      if (response.body.kind !== 'single') throw new Error('Expected a single GraphQL result');
      return JSON.parse(JSON.stringify(response.body.singleResult));
    },
    async close() {
      await apollo.stop();
      await orm.close(true);
      await database.drop();
    },
  };
}
