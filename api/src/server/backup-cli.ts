import path from 'node:path';
import { databaseTargetFrom } from '../db';
import { configForEntryPoint } from './production-settings';
import { backupDatabase, DatabaseInUseError, defaultBackupFile } from '../backup';
import { cliProgressBar } from './cli-progress-bar';

// `npm run backup [-- <file>]`: the whole database into one file (see database-backup.ts).

const config = configForEntryPoint(['database']);
const target = databaseTargetFrom(config);
const file = path.resolve(process.argv[2] ?? defaultBackupFile(config.dataDir, target));
const bar = cliProgressBar('Backing up', 'tables');
try {
  await backupDatabase(target, file, { onStart: bar.onStart, onTable: bar.update });
  bar.stop();
  console.log(`Backed up the ${target.kind === 'postgresql' ? 'PostgreSQL' : 'PGlite'} database to ${file}\nRestore it with: npm run restore -- ${file}`);
} catch (error) {
  bar.stop();
  console.error(error instanceof DatabaseInUseError ? error.message : `The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof DatabaseInUseError ? 2 : 1;
}
