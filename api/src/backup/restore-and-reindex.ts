import { type DatabaseTarget, openMigratedOrm, type OrmOptions } from '../db';
import { type ProgramIndex } from '../search';
import { reindexPrograms, type ReindexSummary } from '../search';
import { restoreDatabase } from './database-backup';

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
): Promise<{ previousDataDir?: string; search: ReindexSummary }> {
  const { previousDataDir } = await restoreDatabase(target, file);
  const orm = await openMigratedOrm(target, ormOptions);
  try {
    const index = await openSearchIndex();
    try {
      return { previousDataDir, search: await reindexPrograms(orm.em.fork(), index) };
    } finally {
      await index.close();
    }
  } finally {
    await orm.close();
  }
}
