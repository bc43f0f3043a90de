import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import pg from 'pg';
import { type DatabaseTarget, pgliteStartParams } from '../db';

const run = promisify(execFile);

/** Tables copied so far out of all of them (PGlite copies its folder in one step: 1 of 1). */
export type TableProgress = { onStart?(tables: number): void; onTable?(done: number): void };

const LAST_ERROR_LINES = 5;

/**
 * Runs pg_dump or pg_restore with `--verbose` and counts the lines it prints as each table's data
 * is copied. Its other lines are kept only to explain a failure.
 */
async function runCountingTables(command: string, args: string[], tableLine: RegExp, progress: TableProgress): Promise<void> {
  const child = spawn(command, [...args, '--verbose'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const otherLines: string[] = [];
  let tables = 0;
  for await (const line of createInterface({ input: child.stderr })) {
    if (tableLine.test(line)) progress.onTable?.(++tables);
    else otherLines.push(line);
  }
  const code = await exited;
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${otherLines.slice(-LAST_ERROR_LINES).join('\n')}`);
}

async function countTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) as count from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'`,
    );
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

async function countTablesInDump(file: string): Promise<number> {
  const { stdout } = await run('pg_restore', ['--list', file], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\n').filter((line) => / TABLE DATA /.test(line)).length;
}

/** The file a backup is written to when none is named: `<data>/backups/tiru-<time>.<kind>`. */
export function defaultBackupFile(dataDir: string, target: DatabaseTarget, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.join(dataDir, 'backups', `tiru-${stamp}.${target.kind === 'postgresql' ? 'dump' : 'tar.gz'}`);
}

export class DatabaseInUseError extends Error {}

/** PGlite lets one process at a time open its folder; a second one would corrupt it. */
function assertPgliteFolderFree(dataDir: string): void {
  if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
    throw new DatabaseInUseError(
      `The database folder ${dataDir} is in use, most likely by a running Tiru API: stop it first (only one process may open a PGlite database). ` +
        `If none is running, one crashed: delete ${path.join(dataDir, 'postmaster.pid')} and try again.`,
    );
  }
}

/**
 * Writes the whole database to `file`: `pg_dump`'s custom format for a PostgreSQL server (the API
 * may keep running), PGlite's own tarball of its data folder otherwise (the API must be stopped).
 */
export async function backupDatabase(target: DatabaseTarget, file: string, progress: TableProgress = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  if (target.kind === 'postgresql') {
    progress.onStart?.(await countTables(target.url));
    await runCountingTables('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${target.url}`], /dumping contents of table/, progress);
    return;
  }
  progress.onStart?.(1);
  assertPgliteFolderFree(target.dataDir);
  const { PGlite } = await import('@electric-sql/pglite');
  const database = await PGlite.create(target.dataDir, { startParams: await pgliteStartParams() });
  try {
    const archive = await database.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await archive.arrayBuffer()));
    progress.onTable?.(1);
  } finally {
    await database.close();
  }
}

/**
 * Replaces the database with the one in `file`, in one transaction on a server (`pg_restore
 * --single-transaction`: all or nothing). A PGlite folder is moved aside, not deleted, and the
 * backup unpacked in its place. Returns where the old PGlite folder went.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string, progress: TableProgress = {}, now = new Date()): Promise<{ previousDataDir?: string }> {
  if (target.kind === 'postgresql') {
    progress.onStart?.(await countTablesInDump(file));
    await runCountingTables(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${target.url}`, file],
      /processing data for table/,
      progress,
    );
    return {};
  }
  progress.onStart?.(1);
  const archive = new Blob([await readFile(file)]);
  let previousDataDir: string | undefined;
  if (existsSync(target.dataDir)) {
    assertPgliteFolderFree(target.dataDir);
    previousDataDir = `${target.dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    await rename(target.dataDir, previousDataDir);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const database = await PGlite.create(target.dataDir, { loadDataDir: archive, startParams: await pgliteStartParams() });
  await database.close();
  progress.onTable?.(1);
  return { previousDataDir };
}
