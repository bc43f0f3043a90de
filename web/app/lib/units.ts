import { type Language } from '../i18n/languages';

/**
 * The units hosts write in Indonesian, as an English page says them. A unit not listed is shown as the host wrote
 * it; the key is matched without regard to case or surrounding spaces.
 */
const ENGLISH_UNITS: Record<string, string> = {
  'per rt': 'per RT (neighbourhood unit)',
  'per rumah': 'per house',
  'per unit': 'per unit',
  'per tahun': 'per year',
  'per lokasi': 'per site',
  'per kelurahan': 'per urban village',
  'per desa': 'per village',
  'per triwulan': 'per quarter',
  'per bulan': 'per month',
  'per keluarga': 'per family',
  'per orang': 'per person',
  rumah: 'houses',
  unit: 'units',
  lokasi: 'sites',
  orang: 'people',
  keluarga: 'families',
  kk: 'households',
  rt: 'RTs (neighbourhood units)',
  ha: 'ha',
  hektare: 'hectares',
  'kali per tahun': 'times a year',
  kelurahan: 'urban villages',
  desa: 'villages',
};

/** A unit in the page's language: Indonesian as written, English where the unit is a known one. */
export function unitIn(unit: string, language: Language): string {
  if (language === 'id') return unit;
  return ENGLISH_UNITS[unit.trim().toLowerCase()] ?? unit;
}
