import { getProvinces, getRegencies } from 'idn-area-data';
import { timeZoneOfProvince, type TimeZone } from './time-zones';

export interface ProvinceSeed {
  /** Kemendagri code, e.g. `16` (Sumatera Selatan). */
  code: string;
  name: string;
  timeZone: TimeZone;
}

export type RegencyKind = 'KOTA' | 'KABUPATEN';

export interface RegencySeed {
  /** Kemendagri code in dotted form, e.g. `16.74` (Kota Prabumulih). */
  code: string;
  provinceCode: string;
  /** As people write it: "Kota Prabumulih", "Kabupaten Muara Enim". */
  name: string;
  kind: RegencyKind;
}

export interface IndonesiaRegions {
  provinces: ProvinceSeed[];
  regencies: RegencySeed[];
}

const WORDS_KEPT_UPPERCASE = new Set(['DKI']);
const WORDS_KEPT_LOWERCASE = new Set(['DAN']);

// The data splits reduplicated names that the regencies themselves write as one word (or hyphenated).
const NAMES_AS_WRITTEN: Readonly<Record<string, string>> = {
  'Muko Muko': 'Mukomuko',
  'Toli Toli': 'Tolitoli',
  'Bau Bau': 'Baubau',
  'Fak Fak': 'Fakfak',
  'Tojo Una Una': 'Tojo Una-Una',
};

function capitaliseWord(word: string, index: number): string {
  if (WORDS_KEPT_UPPERCASE.has(word)) return word;
  if (index > 0 && WORDS_KEPT_LOWERCASE.has(word)) return word.toLowerCase();
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function spellAsWritten(name: string): string {
  const split = Object.keys(NAMES_AS_WRITTEN).find((splitName) => name.endsWith(` ${splitName}`));
  return split ? name.slice(0, -split.length) + NAMES_AS_WRITTEN[split] : name;
}

/** "KABUPATEN PANGKAJENE DAN KEPULAUAN" → "Kabupaten Pangkajene dan Kepulauan". */
export function normaliseAreaName(upperCaseName: string): string {
  const words = upperCaseName.trim().split(/\s+/);
  return spellAsWritten(words.map(capitaliseWord).join(' '));
}

function regencyKind(upperCaseName: string): RegencyKind {
  if (upperCaseName.startsWith('KOTA ')) return 'KOTA';
  if (upperCaseName.startsWith('KABUPATEN ')) return 'KABUPATEN';
  throw new Error(`Cannot tell whether "${upperCaseName}" is a kota or a kabupaten`);
}

export async function loadIndonesiaRegions(): Promise<IndonesiaRegions> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies({ transform: true })]);
  return {
    provinces: provinces.map((province) => ({
      code: province.code,
      name: normaliseAreaName(province.name),
      timeZone: timeZoneOfProvince(province.code),
    })),
    regencies: regencies.map((regency) => ({
      code: regency.code,
      provinceCode: regency.provinceCode,
      name: normaliseAreaName(regency.name),
      kind: regencyKind(regency.name),
    })),
  };
}
