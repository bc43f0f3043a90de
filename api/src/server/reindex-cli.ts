import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databaseTargetFrom, openMigratedOrm } from '../db';
import { Conflict } from '../errors';
import { configForEntryPoint } from './production-settings';
import { connectMeilisearch, type MeilisearchConnection } from '../search';
import { MeilisearchDataDirBusyError } from '../meilisearch-server';
import { PROGRAM_INDEX_UID } from '../search';
import { reindexPrograms } from '../search';
import { cliProgressBar } from './cli-progress-bar';
import { entities } from './entities';

// `npm run reindex`: rebuilds the programs index from the database and swaps it in atomically.

const ASK_THE_RUNNING_API =
  'A running Tiru API rebuilds the index itself: as an administrator, send the GraphQL mutation\n' +
  '  mutation { reindexPrograms { documents seconds } }\n' +
  'or stop the API and run `npm run reindex` again.';

async function reindex(): Promise<number> {
  const config = configForEntryPoint(['database', 'search']);
  const database = databaseTargetFrom(config);
  // PGlite does not lock its folder: a second process opening it would corrupt the database.
  const pgliteInUse = database.kind === 'pglite' && existsSync(join(database.dataDir, 'postmaster.pid'));
  if (pgliteInUse) {
    console.error(
      `The database folder ${database.dataDir} is in use, most likely by a running Tiru API: only one process may open a PGlite database.\n` +
        `${ASK_THE_RUNNING_API}\n` +
        `(If no API is running, one crashed; delete ${join(database.dataDir, 'postmaster.pid')} and try again.)`,
    );
    return 2;
  }
  let connection: MeilisearchConnection;
  try {
    connection = await connectMeilisearch({ meiliUrl: config.meiliUrl, meiliMasterKey: config.meiliMasterKey, dataDir: config.dataDir });
  } catch (error) {
    if (!(error instanceof MeilisearchDataDirBusyError)) throw error;
    console.error(`${error.message}\n${ASK_THE_RUNNING_API}`);
    return 2;
  }
  const orm = await openMigratedOrm(database, { entities });
  const bar = cliProgressBar('Reindexing programs', 'documents');
  try {
    const summary = await reindexPrograms(
      orm.em.fork(),
      { client: connection.client, indexUid: PROGRAM_INDEX_UID },
      { onStart: bar.onStart, onBatch: bar.update },
    );
    bar.stop();
    console.log(
      `Indexed ${summary.documents} programs in ${summary.seconds.toFixed(1)} s (${Math.round(summary.documentsPerSecond)} documents/s); ` +
        `"${summary.indexUid}" now serves the new index and the old one is deleted.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    bar.stop();
    console.error(error.message);
    return 2;
  } finally {
    bar.stop();
    await orm.close();
    await connection.close();
  }
}

process.exitCode = await reindex();
