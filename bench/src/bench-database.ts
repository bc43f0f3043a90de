import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseTargetFrom, type DatabaseTarget } from '@tiru/api/db';

export type BenchDatabase = {
  kind: 'pglite' | 'postgresql';
  target: DatabaseTarget;
  /** What the API process needs in its environment to open the same database. */
  apiEnv: Record<string, string>;
  /** Removes a server database created for the run; PGlite lives in the run's data folder. */
  drop(): Promise<void>;
};

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database nobody else uses: PGlite under the run's data folder by default, or, with DATABASE_URL, a new
 * database on that server (the one named in the URL is only used to connect).
 */
export async function createBenchDatabase(dataDir: string, databaseUrl: string | undefined): Promise<BenchDatabase> {
  if (!databaseUrl) {
    return { kind: 'pglite', target: databaseTargetFrom({ dataDir }), apiEnv: { TIRU_DATA_DIR: dataDir }, drop: async () => {} };
  }
  const name = `tiru_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await onServer(databaseUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgresql',
    target: { kind: 'postgresql', url: url.toString() },
    apiEnv: { DATABASE_URL: url.toString(), TIRU_DATA_DIR: dataDir },
    drop: () => onServer(databaseUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
