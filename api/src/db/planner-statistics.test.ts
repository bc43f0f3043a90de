import { describe, expect, it } from 'vitest';
import { seedTestRegions, TEST_REGIONS } from '../testing/factories';
import { openMigratedOrm } from './orm';
import { refreshEmbeddedPlannerStatistics } from './planner-statistics';
import { Regency } from '../regions/region.entities';
import { entities } from '../server/entities';

describe('planner statistics of the embedded database', () => {
  it('are brought up to date for the tables filled since the last ANALYZE, and only for those', async () => {
    const target = { kind: 'pglite' as const, dataDir: 'memory://' };
    const orm = await openMigratedOrm(target, { entities });
    try {
      await seedTestRegions(orm.em.fork());
      const estimatedRegencies = async () => {
        const rows: { reltuples: number }[] = await orm.em.getConnection().execute("select reltuples from pg_class where relname = 'regency' and relkind = 'r'");
        return Number(rows[0]!.reltuples);
      };
      // -1: never analysed, planned as an empty table.
      expect(await estimatedRegencies()).toBe(-1);
      expect(await refreshEmbeddedPlannerStatistics(orm, target)).toEqual(expect.arrayContaining(['province', 'regency']));
      expect(await estimatedRegencies()).toBe(TEST_REGIONS.regencies.length);

      expect(await refreshEmbeddedPlannerStatistics(orm, target)).toEqual([]);

      const em = orm.em.fork();
      for (let index = 0; index < 3_000; index += 1) em.create(Regency, { code: String(index).padStart(5, '0'), province: '64', name: `Kabupaten Uji ${index}`, kind: 'KABUPATEN' });
      await em.flush();
      expect(await refreshEmbeddedPlannerStatistics(orm, target)).toEqual(['regency']);
      expect(await estimatedRegencies()).toBe(TEST_REGIONS.regencies.length + 3_000);
    } finally {
      await orm.close(true);
    }
  });
});
