import { type EntityManager } from '@mikro-orm/core';
import { Province, Regency } from './region.entities';
import { loadIndonesiaRegions } from './indonesia-regions';

/**
 * Provinces and kabupaten/kota are reference data, loaded by `npm run migrate` and the seeder: upserted, so
 * loading them twice changes nothing.
 */
export async function upsertReferenceRegions(em: EntityManager): Promise<{ provinces: number; regencies: number }> {
  const { provinces, regencies } = await loadIndonesiaRegions();
  await em.upsertMany(Province, provinces.map((province) => ({ code: province.code, name: province.name, timeZone: province.timeZone })));
  await em.upsertMany(
    Regency,
    regencies.map((regency) => ({ code: regency.code, province: regency.provinceCode, name: regency.name, kind: regency.kind })),
  );
  return { provinces: provinces.length, regencies: regencies.length };
}
