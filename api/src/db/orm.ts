import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataloaderType, type Options } from '@mikro-orm/core';
import { type SqlEntityManager, type SqlMikroORM } from '@mikro-orm/sql';
import { Migrator } from '@mikro-orm/migrations';
import lockfile from 'proper-lockfile';
import { type Pool } from 'pg';
import { MikroORM as PostgresORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { withAdvisoryLock } from './advisory-lock';
import { releaseClientsWhoseConnectionDied } from './dead-connections';
import { observePool, observeQueries } from './query-observation';

/** Both drivers speak PostgreSQL's SQL: the app only relies on what they share. */
export type Orm = SqlMikroORM;

/**
 * What opening the database needs besides its address: the entities of every feature (`server/entities.ts`, the
 * composition root's list) and any MikroORM option a caller adds.
 */
export type OrmOptions = Partial<Options> & { entities: NonNullable<Options['entities']> };
export type Em = SqlEntityManager;

export type DatabaseTarget =
  | { kind: 'postgresql'; url: string; poolMax?: number; statementTimeoutMs?: number }
  | { kind: 'pglite'; dataDir: string };

const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_POOL_MAX = 10;

/**
 * PGlite touches all of PostgreSQL's shared buffers when it starts (128 MB by default, all resident in the API
 * process). Its tables are files read through the OS page cache anyway, so a small buffer pool costs little.
 */
export async function pgliteStartParams(): Promise<string[]> {
  const { PGlite } = await import('@electric-sql/pglite');
  return [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];
}

/** PGlite is the embedded demo's database, not installed in production: loaded only when there is no DATABASE_URL. */
async function initPgliteOrm(dataDir: string, ormOptions: OrmOptions): Promise<Orm> {
  const { MikroORM, PgliteDriver } = await import('@mikro-orm/pglite');
  const options = { driver: PgliteDriver, dbName: dataDir, driverOptions: { startParams: await pgliteStartParams() } };
  const orm = (await MikroORM.init({ ...sharedOptions(), ...options, ...ormOptions })) as unknown as Orm;
  observeQueries(orm);
  return orm;
}

// Sources run from src/db/orm.ts, the build from a bundle in dist/<folder>/: both two folders below the package.
const runsFromBuild = import.meta.url.endsWith('.js');
const migrationsPath = path.resolve(fileURLToPath(import.meta.url), '../../..', runsFromBuild ? 'dist' : 'src', 'db', 'migrations');

function sharedOptions() {
  return {
    dataloader: DataloaderType.ALL,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: 'schema-snapshot',
      // The snapshot is authored by migration:create alone; rewriting it from a migrated database's introspection reorders it.
      snapshotOnMigrate: false,
      emit: 'ts',
      silent: true,
    },
    forceUndefined: false,
    ignoreUndefinedInQuery: true,
    debug: false,
    colors: false,
  } satisfies Partial<Options>;
}

export function databaseTargetFrom(config: {
  databaseUrl?: string;
  dataDir: string;
  databasePoolMax?: number;
}): DatabaseTarget {
  if (config.databaseUrl) return { kind: 'postgresql', url: config.databaseUrl, poolMax: config.databasePoolMax };
  return { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') };
}

export async function openOrm(target: DatabaseTarget, ormOptions: OrmOptions): Promise<Orm> {
  if (target.kind === 'postgresql') {
    const orm = await PostgresORM.init({
      ...sharedOptions(),
      driver: PostgreSqlDriver,
      clientUrl: target.url,
      pool: { min: 0, max: target.poolMax ?? DEFAULT_POOL_MAX },
      driverOptions: {
        // MikroORM reads only host, port, user, password and database from clientUrl; the driver parsing the URL itself
        // honours the rest, e.g. `?sslmode=verify-full&sslrootcert=/etc/tiru/db-ca.pem` for a managed server.
        connectionString: target.url,
        onPoolCreated: (pool: Pool) => {
          releaseClientsWhoseConnectionDied(pool);
          observePool(pool);
        },
        // A server that does not answer fails the request in seconds instead of holding it until the client gives up.
        connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
        // A statement stuck on a lock or a runaway plan ends before the request timeout instead of holding a connection.
        ...(target.statementTimeoutMs ? { statement_timeout: target.statementTimeoutMs } : {}),
      },
      ...ormOptions,
    });
    observeQueries(orm as unknown as Orm);
    return orm as unknown as Orm;
  }
  if (target.dataDir.startsWith('memory:')) {
    return await initPgliteOrm(target.dataDir, ormOptions);
  }
  const release = await lockDataFolder(target.dataDir);
  const orm = await initPgliteOrm(target.dataDir, ormOptions);
  const close = orm.close.bind(orm);
  orm.close = async (force?: boolean) => {
    await close(force);
    await release();
  };
  return orm;
}

/** Opens the database and brings its schema up to date with the committed migrations. */
export async function openMigratedOrm(target: DatabaseTarget, ormOptions: OrmOptions): Promise<Orm> {
  const orm = await openOrm(target, ormOptions);
  await migrateUnderLock(orm);
  return orm;
}

/**
 * Applies the pending migrations, one migrating process at a time: a second waits for the first
 * and then finds nothing left to do. Returns the names of the migrations this call applied.
 */
export async function migrateUnderLock(orm: Orm): Promise<string[]> {
  const run = await withAdvisoryLock(orm.em, 'migrate', 'wait', () => orm.migrator.up());
  return run.acquired ? run.result.map((migration) => migration.name) : [];
}

export class SchemaNotCurrent extends Error {
  constructor(pending: string[]) {
    super(`The database schema is behind this API: ${pending.length} migration(s) pending (${pending.join(', ')}). Run \`npm run migrate\` first.`);
    this.name = 'SchemaNotCurrent';
  }
}

/** Opens the database and refuses one whose schema lacks committed migrations (production replicas do not migrate). */
export async function openCurrentOrm(target: DatabaseTarget, ormOptions: OrmOptions): Promise<Orm> {
  const orm = await openOrm(target, ormOptions);
  const pending = (await orm.migrator.getPending()).map((migration) => migration.name);
  if (pending.length === 0) return orm;
  await orm.close();
  throw new SchemaNotCurrent(pending);
}

/**
 * The database of a serving process (the API, `create-admin`): in production migrations are `npm run migrate`'s
 * job, run once before the replicas start, so an older schema is refused; elsewhere the process migrates it.
 */
export function openOrmForEnvironment(target: DatabaseTarget, environment: string, ormOptions: OrmOptions): Promise<Orm> {
  return environment === 'production' ? openCurrentOrm(target, ormOptions) : openMigratedOrm(target, ormOptions);
}

export class DataFolderInUse extends Error {
  constructor(folder: string) {
    super(
      `The database folder ${folder} is open in another Tiru process (the API, the seeder or a reindex). ` +
        'PGlite allows one process per folder: stop that process first, or ask the running API (e.g. the reindexPrograms mutation).',
    );
    this.name = 'DataFolderInUse';
  }
}

/**
 * PGlite does not guard its folder; two processes writing it would corrupt it. A lock that goes stale
 * when its holder dies. PGlite's WebAssembly work blocks the event loop (migrations on a busy machine:
 * seconds), which delays the lock's refresh, so staleness needs a wide margin over the refresh interval.
 */
async function lockDataFolder(folder: string): Promise<() => Promise<void>> {
  mkdirSync(folder, { recursive: true });
  try {
    return await lockfile.lock(folder, { stale: 60_000, update: 10_000, retries: 0, realpath: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataFolderInUse(folder);
    throw error;
  }
}
