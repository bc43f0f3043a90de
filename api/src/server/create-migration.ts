import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openOrm } from '../db';
import { entities } from './entities';

/**
 * Writes the next migration from the difference between the entities and the committed snapshot.
 * Runs against a throwaway in-memory PGlite so it never needs a server.
 */
const scratch = mkdtempSync(path.join(os.tmpdir(), 'tiru-migration-'));
const orm = await openOrm({ kind: 'pglite', dataDir: 'memory://' }, { entities });
try {
  const name = process.argv[2];
  const result = await orm.migrator.create(undefined, false, false, name);
  console.log(result.diff.up.length ? `Created ${result.fileName}` : 'No schema changes: no migration created.');
} finally {
  await orm.close(true);
  rmSync(scratch, { recursive: true, force: true });
}
