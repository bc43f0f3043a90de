import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseTarget, migrateUnderLock, openOrm } from '../db/orm';
import { entities } from '../server/entities';

export type TestDatabaseKind = 'pglite' | 'postgresql';

export const POSTGRES_ADMIN_URL = process.env.TIRU_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TIRU_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite';
}

export type TestDatabase = { target: DatabaseTarget; drop(): Promise<void> };

/** A database migrated once per test run, which each test file clones instead of migrating its own. */
export type TestDatabaseTemplate = { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; name: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseTemplate: TestDatabaseTemplate;
  }
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function serverUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function serverDatabase(name: string): TestDatabase {
  return {
    target: { kind: 'postgresql', url: serverUrl(name) },
    drop: () => withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/** A database nobody else uses, with no schema: a fresh in-memory PGlite, or a uniquely named database on the server. */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  if (kind === 'pglite') return { target: { kind: 'pglite', dataDir: 'memory://' }, drop: async () => {} };
  const name = uniqueName('tiru_test');
  await withAdminClient((client) => client.query(`create database ${name}`));
  return serverDatabase(name);
}

const OBJECT_IN_USE = '55006';
const CLONE_ATTEMPTS = 6;

/**
 * PostgreSQL copies a template only while nobody is connected to it, and itself waits a few seconds for such a
 * session to leave; parallel test files cloning at once can still collide, so a refused copy is tried again.
 */
export async function cloneServerDatabase(template: string): Promise<TestDatabase> {
  const name = uniqueName('tiru_test');
  await withAdminClient(async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database ${name} template ${template}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt === CLONE_ATTEMPTS) throw error;
        await sleep(attempt * 200 + Math.random() * 200);
      }
    }
  });
  return serverDatabase(name);
}

async function clonePgliteFolder(templateDir: string): Promise<TestDatabase> {
  const folder = await mkdtemp(path.join(tmpdir(), 'tiru-test-pglite-'));
  const dataDir = path.join(folder, 'pglite');
  await cp(templateDir, dataDir, { recursive: true });
  return { target: { kind: 'pglite', dataDir }, drop: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * A database nobody else uses, already at the committed schema: a copy of the run's template (see
 * test-database-global-setup.ts), so a test file does not pay for the migrations.
 */
export async function createMigratedTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  const template = inject('testDatabaseTemplate');
  if (template?.kind !== kind) throw new Error(`No ${kind} template database: run this file in the vitest project db:${kind}`);
  return template.kind === 'pglite' ? clonePgliteFolder(template.dataDir) : cloneServerDatabase(template.name);
}

/** Migrates a new template once for the run; its ORM is closed before any file copies it. */
export async function createTestDatabaseTemplate(kind: TestDatabaseKind): Promise<{ template: TestDatabaseTemplate; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const folder = await mkdtemp(path.join(tmpdir(), 'tiru-test-template-'));
    const dataDir = path.join(folder, 'pglite');
    const drop = () => rm(folder, { recursive: true, force: true });
    await migrateAndClose({ kind: 'pglite', dataDir }).catch(async (error) => {
      await drop();
      throw error;
    });
    return { template: { kind, dataDir }, drop };
  }
  const name = uniqueName('tiru_template');
  await withAdminClient((client) => client.query(`create database ${name}`));
  const database = serverDatabase(name);
  try {
    await migrateAndClose(database.target);
    // Nothing may connect to it any more, or cloning it would fail.
    await withAdminClient((client) => client.query(`alter database ${name} allow_connections false`));
  } catch (error) {
    await database.drop();
    throw error;
  }
  return { template: { kind, name }, drop: database.drop };
}

async function migrateAndClose(target: DatabaseTarget): Promise<void> {
  const orm = await openOrm(target, { entities });
  try {
    await migrateUnderLock(orm);
  } finally {
    await orm.close(true);
  }
}
