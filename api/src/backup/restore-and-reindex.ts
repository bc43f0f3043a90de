import { type DatabaseTarget, openMigratedOrm, type OrmOptions } from '../db';
import { type ProgramIndex, reindexPrograms, type ReindexProgress, type ReindexSummary } from '../search';
import { restoreDatabase, type TableProgress } from './database-backup';

export type SearchIndexHandle = ProgramIndex & { close(): Promise<void> };

/**
 * Restores the database from `file`, brings its schema up to date (a backup may predate the latest
 * migrations) and rebuilds the search index from it: the index held the documents of the database
 * that was just replaced.
 */
export async function restoreAndReindex(
  target: DatabaseTarget,
  file: string,
  openSearchIndex: () => Promise<SearchIndexHandle>,
  ormOptions: OrmOptions,
  progress: { database?: TableProgress; search?: ReindexProgress } = {},
): Promise<{ previousDataDir?: string; search: ReindexSummary }> {
  const { previousDataDir } = await restoreDatabase(target, file, progress.database);
  const orm = await openMigratedOrm(target, ormOptions);
  try {
    const index = await openSearchIndex();
    try {
      return { previousDataDir, search: await reindexPrograms(orm.em.fork(), index, progress.search) };
    } finally {
      await index.close();
    }
  } finally {
    await orm.close();
  }
}
