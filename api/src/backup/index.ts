export { backupDatabase, DatabaseInUseError, defaultBackupFile, type TableProgress } from './database-backup';
export { restoreAndReindex } from './restore-and-reindex';
