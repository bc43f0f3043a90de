import path from 'node:path';
import { databaseTargetFrom } from '../db';
import { connectMeilisearch } from '../search';
import { PROGRAM_INDEX_UID } from '../search';
import { configForEntryPoint } from './production-settings';
import { DatabaseInUseError } from '../backup';
import { restoreAndReindex } from '../backup';
import { cliProgressBar } from './cli-progress-bar';
import { entities } from './entities';

// `npm run restore -- <file>`: replaces the database with a backup, then rebuilds the search index.

const config = configForEntryPoint(['database', 'search']);
const target = databaseTargetFrom(config);
const file = process.argv[2];
if (!file) {
  console.error('Name the backup to restore: npm run restore -- <file>   (npm run backup writes one)');
  process.exit(2);
}
const tables = cliProgressBar('Restoring', 'tables');
const documents = cliProgressBar('Reindexing programs', 'documents');
try {
  const openSearchIndex = async () => {
    tables.stop();
    const connection = await connectMeilisearch({ meiliUrl: config.meiliUrl, meiliMasterKey: config.meiliMasterKey, dataDir: config.dataDir });
    return { client: connection.client, indexUid: PROGRAM_INDEX_UID, close: () => connection.close() };
  };
  const { previousDataDir, search } = await restoreAndReindex(target, path.resolve(file), openSearchIndex, { entities }, {
    database: { onStart: tables.onStart, onTable: tables.update },
    search: { onStart: documents.onStart, onBatch: documents.update },
  });
  documents.stop();
  console.log(`Restored the ${target.kind === 'postgresql' ? 'PostgreSQL' : 'PGlite'} database from ${path.resolve(file)}.`);
  if (previousDataDir) console.log(`The database it replaced was moved to ${previousDataDir}.`);
  console.log(`Rebuilt the search index: ${search.documents} programs.`);
} catch (error) {
  tables.stop();
  documents.stop();
  console.error(error instanceof DatabaseInUseError ? error.message : `The restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof DatabaseInUseError ? 2 : 1;
}
