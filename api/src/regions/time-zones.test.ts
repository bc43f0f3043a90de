import { describe, expect, it } from 'vitest';
import { timeZoneOfProvince, type TimeZone } from './time-zones';

describe('timeZoneOfProvince', () => {
  const cases: Array<[code: string, province: string, expected: TimeZone]> = [
    ['11', 'Aceh', 'Asia/Jakarta'],
    ['16', 'Sumatera Selatan', 'Asia/Jakarta'],
    ['17', 'Bengkulu', 'Asia/Jakarta'],
    ['31', 'DKI Jakarta', 'Asia/Jakarta'],
    ['36', 'Banten', 'Asia/Jakarta'],
    ['61', 'Kalimantan Barat', 'Asia/Jakarta'],
    ['62', 'Kalimantan Tengah', 'Asia/Jakarta'],
    ['51', 'Bali', 'Asia/Makassar'],
    ['52', 'Nusa Tenggara Barat', 'Asia/Makassar'],
    ['53', 'Nusa Tenggara Timur', 'Asia/Makassar'],
    ['63', 'Kalimantan Selatan', 'Asia/Makassar'],
    ['64', 'Kalimantan Timur', 'Asia/Makassar'],
    ['65', 'Kalimantan Utara', 'Asia/Makassar'],
    ['71', 'Sulawesi Utara', 'Asia/Makassar'],
    ['76', 'Sulawesi Barat', 'Asia/Makassar'],
    ['81', 'Maluku', 'Asia/Jayapura'],
    ['82', 'Maluku Utara', 'Asia/Jayapura'],
    ['91', 'Papua', 'Asia/Jayapura'],
    ['96', 'Papua Barat Daya', 'Asia/Jayapura'],
  ];

  it.each(cases)('%s (%s) is %s', (code, _province, expected) => {
    expect(timeZoneOfProvince(code)).toBe(expected);
  });

  it('rejects a code that is not a province', () => {
    expect(() => timeZoneOfProvince('16.74')).toThrow(/Unknown province code/);
    expect(() => timeZoneOfProvince('99')).toThrow(/Unknown province code/);
  });
});
