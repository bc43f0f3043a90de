import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndonesiaRegions, normaliseAreaName, type IndonesiaRegions } from './indonesia-regions';

describe('loadIndonesiaRegions', () => {
  let regions: IndonesiaRegions;
  beforeAll(async () => {
    regions = await loadIndonesiaRegions();
  });

  const regency = (code: string) => regions.regencies.find((candidate) => candidate.code === code);

  it('holds all 38 provinces and all 514 kabupaten/kota, each code once', () => {
    expect(regions.provinces).toHaveLength(38);
    expect(regions.regencies).toHaveLength(514);
    expect(new Set(regions.provinces.map((province) => province.code)).size).toBe(38);
    expect(new Set(regions.regencies.map((item) => item.code)).size).toBe(514);
  });

  it('uses dotted Kemendagri codes whose prefix is an existing province', () => {
    const provinceCodes = new Set(regions.provinces.map((province) => province.code));
    for (const item of regions.regencies) {
      expect(item.code).toMatch(/^\d{2}\.\d{2}$/);
      expect(item.code.startsWith(`${item.provinceCode}.`)).toBe(true);
      expect(provinceCodes.has(item.provinceCode)).toBe(true);
    }
  });

  it.each([
    ['16.74', '16', 'Kota Prabumulih', 'KOTA'],
    ['64.74', '64', 'Kota Bontang', 'KOTA'],
    ['36.74', '36', 'Kota Tangerang Selatan', 'KOTA'],
    ['16.03', '16', 'Kabupaten Muara Enim', 'KABUPATEN'],
    ['17.06', '17', 'Kabupaten Mukomuko', 'KABUPATEN'],
    ['63.72', '63', 'Kota Banjarbaru', 'KOTA'],
  ])('%s is %s/%s (%s)', (code, provinceCode, name, kind) => {
    expect(regency(code)).toEqual({ code, provinceCode, name, kind });
  });

  it('names provinces as people write them, with their time zone', () => {
    const province = (code: string) => regions.provinces.find((candidate) => candidate.code === code);
    expect(province('16')).toEqual({ code: '16', name: 'Sumatera Selatan', timeZone: 'Asia/Jakarta' });
    expect(province('31')?.name).toBe('DKI Jakarta');
    expect(province('34')?.name).toBe('Daerah Istimewa Yogyakarta');
    expect(province('64')?.timeZone).toBe('Asia/Makassar');
    expect(province('95')).toEqual({ code: '95', name: 'Papua Pegunungan', timeZone: 'Asia/Jayapura' });
  });

  it('leaves no name in capitals and starts every regency name with its kind', () => {
    for (const item of regions.regencies) {
      expect(item.name).not.toBe(item.name.toUpperCase());
      expect(item.name.startsWith(item.kind === 'KOTA' ? 'Kota ' : 'Kabupaten ')).toBe(true);
    }
  });

  it('counts kota and kabupaten as the Kemendagri list does (98 kota, 416 kabupaten)', () => {
    expect(regions.regencies.filter((item) => item.kind === 'KOTA')).toHaveLength(98);
    expect(regions.regencies.filter((item) => item.kind === 'KABUPATEN')).toHaveLength(416);
  });
});

describe('normaliseAreaName', () => {
  it.each([
    ['KOTA PRABUMULIH', 'Kota Prabumulih'],
    ['KABUPATEN MUARA ENIM', 'Kabupaten Muara Enim'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
    ['KOTA ADMINISTRASI JAKARTA PUSAT', 'Kota Administrasi Jakarta Pusat'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['KABUPATEN MUKO MUKO', 'Kabupaten Mukomuko'],
    ['KOTA BAU BAU', 'Kota Baubau'],
    ['KABUPATEN TOJO UNA UNA', 'Kabupaten Tojo Una-Una'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseAreaName(raw)).toBe(expected);
  });
});
