import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { type DatabaseTarget, pgliteStartParams } from '../db';

const run = promisify(execFile);

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
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  if (target.kind === 'postgresql') {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${target.url}`]);
    return;
  }
  assertPgliteFolderFree(target.dataDir);
  const { PGlite } = await import('@electric-sql/pglite');
  const database = await PGlite.create(target.dataDir, { startParams: await pgliteStartParams() });
  try {
    const archive = await database.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await database.close();
  }
}

/**
 * Replaces the database with the one in `file`, in one transaction on a server (`pg_restore
 * --single-transaction`: all or nothing). A PGlite folder is moved aside, not deleted, and the
 * backup unpacked in its place. Returns where the old PGlite folder went.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string, now = new Date()): Promise<{ previousDataDir?: string }> {
  if (target.kind === 'postgresql') {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${target.url}`, file]);
    return {};
  }
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
  return { previousDataDir };
}
