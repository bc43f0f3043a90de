export { backupDatabase, DatabaseInUseError, defaultBackupFile } from './database-backup';
export { restoreAndReindex } from './restore-and-reindex';
