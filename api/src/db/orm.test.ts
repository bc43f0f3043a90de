import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFolderInUse, openMigratedOrm } from './orm';
import { entities } from '../server/entities';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('the embedded database folder', () => {
  it('keeps data across restarts and admits one process at a time', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'tiru-pglite-')), 'pglite');
    folders.push(folder);
    const first = await openMigratedOrm({ kind: 'pglite', dataDir: folder }, { entities });
    await first.em.getConnection().execute(`insert into province (code, name, time_zone) values ('64', 'Kalimantan Timur', 'Asia/Makassar')`);
    await expect(openMigratedOrm({ kind: 'pglite', dataDir: folder }, { entities })).rejects.toBeInstanceOf(DataFolderInUse);
    await first.close();

    const again = await openMigratedOrm({ kind: 'pglite', dataDir: folder }, { entities });
    expect(await again.em.getConnection().execute('select name from province')).toEqual([{ name: 'Kalimantan Timur' }]);
    await again.close();
  });
});
