import { describe, expect, it } from 'vitest';
import { seedTestRegions, TEST_REGIONS } from '../testing/factories';
import { openMigratedOrm } from './orm';
import { refreshEmbeddedPlannerStatistics } from './planner-statistics';

describe('planner statistics of the embedded database', () => {
  it('are brought up to date with the rows loaded since the last ANALYZE', async () => {
    const target = { kind: 'pglite' as const, dataDir: 'memory://' };
    const orm = await openMigratedOrm(target);
    try {
      await seedTestRegions(orm.em.fork());
      const estimatedRegencies = async () => {
        const rows: { reltuples: number }[] = await orm.em.getConnection().execute("select reltuples from pg_class where relname = 'regency' and relkind = 'r'");
        return Number(rows[0]!.reltuples);
      };
      // -1: never analysed, planned as an empty table.
      expect(await estimatedRegencies()).toBe(-1);
      await refreshEmbeddedPlannerStatistics(orm, target);
      expect(await estimatedRegencies()).toBe(TEST_REGIONS.regencies.length);
    } finally {
      await orm.close(true);
    }
  });
});
