import { databaseTargetFrom, migrateUnderLock, openOrm } from '../db';
import { upsertReferenceRegions } from '../regions';
import { configForEntryPoint } from './production-settings';
import { entities } from './entities';

// `npm run migrate`: applies the pending migrations (under a lock: concurrent runs apply them once), then
// loads the reference data every deployment needs (the 38 provinces and 514 kabupaten/kota).

async function migrate(): Promise<void> {
  const orm = await openOrm(databaseTargetFrom(configForEntryPoint(['database'])), { entities });
  try {
    const applied = await migrateUnderLock(orm);
    if (applied.length === 0) console.log('The schema is up to date: no migration to apply.');
    else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`);
    const regions = await upsertReferenceRegions(orm.em.fork());
    console.log(`Reference regions: ${regions.provinces} provinces, ${regions.regencies} kabupaten/kota.`);
  } finally {
    await orm.close();
  }
}

await migrate();
