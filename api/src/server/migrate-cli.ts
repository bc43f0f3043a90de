import { databaseTargetFrom, migrateUnderLock, openOrm } from '../db/orm';
import { loadConfig } from './config';

// `npm run migrate`: applies the pending migrations (under a lock: concurrent runs apply them once).

async function migrate(): Promise<void> {
  const orm = await openOrm(databaseTargetFrom(loadConfig()));
  try {
    const applied = await migrateUnderLock(orm);
    if (applied.length === 0) console.log('The schema is up to date: no migration to apply.');
    else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`);
  } finally {
    await orm.close();
  }
}

await migrate();
