import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm, type Orm } from '../db/orm';
import { entities } from '../server/entities';
import { seedTestRegions } from '../testing/factories';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

const BEFORE_SOURCE_FIELDS = 'Migration20261207102126_catalog_generation';

let database: TestDatabase;
let orm: Orm;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrm(database.target, { entities });
});
afterAll(async () => {
  await orm.close(true);
  await database.drop();
});

describe('the migration to structured outcome sources', () => {
  it('turns the old free text into a title: file names read as words, a bare address also becomes the link', async () => {
    await orm.migrator.up({ to: BEFORE_SOURCE_FIELDS });
    await seedTestRegions(orm.em.fork());
    const connection = orm.em.getConnection();
    const [program] = await connection.execute<{ id: number }[]>(
      `insert into program (slug, title, host_regency_code, summary, version, created_at, updated_at)
       values ('kotaku-muara-enim', 'Kotaku', '16.74', 'Ringkasan yang cukup panjang untuk program ini.', 1, now(), now()) returning id`,
    );
    const sources = ['muara-enim-kotaku-slums-2021.txt', 'BPS_Prabumulih_2023.pdf', 'Berita Resmi Statistik, BPS 2023', 'https://bps.go.id/brs/2023', '  ', null];
    for (const [position, source] of sources.entries()) {
      await connection.execute(
        `insert into program_outcome (program_id, position, indicator, value, unit, period, source, illustrative) values (?, ?, 'Indikator', 1, 'unit', '2023', ?, false)`,
        [program!.id, position, source],
      );
    }

    await orm.migrator.up();

    const rows = await connection.execute<{ source_title: string | null; source_url: string | null; source_publisher: string | null }[]>(
      'select source_title, source_url, source_publisher from program_outcome order by position',
    );
    expect(rows).toEqual([
      { source_title: 'muara enim kotaku slums 2021', source_url: null, source_publisher: null },
      { source_title: 'BPS Prabumulih 2023', source_url: null, source_publisher: null },
      { source_title: 'Berita Resmi Statistik, BPS 2023', source_url: null, source_publisher: null },
      { source_title: 'https://bps.go.id/brs/2023', source_url: 'https://bps.go.id/brs/2023', source_publisher: null },
      { source_title: null, source_url: null, source_publisher: null },
      { source_title: null, source_url: null, source_publisher: null },
    ]);
  });
});
