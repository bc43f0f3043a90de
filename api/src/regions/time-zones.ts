export type TimeZone = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';

const WIB: TimeZone = 'Asia/Jakarta';
const WITA: TimeZone = 'Asia/Makassar';
const WIT: TimeZone = 'Asia/Jayapura';

/** Keyed by Kemendagri province code. */
const TIME_ZONE_BY_PROVINCE: Readonly<Record<string, TimeZone>> = {
  // Sumatra
  '11': WIB, '12': WIB, '13': WIB, '14': WIB, '15': WIB, '16': WIB, '17': WIB, '18': WIB, '19': WIB, '21': WIB,
  // Java
  '31': WIB, '32': WIB, '33': WIB, '34': WIB, '35': WIB, '36': WIB,
  // Bali and Nusa Tenggara
  '51': WITA, '52': WITA, '53': WITA,
  // Kalimantan: west and central on WIB, the rest on WITA
  '61': WIB, '62': WIB, '63': WITA, '64': WITA, '65': WITA,
  // Sulawesi
  '71': WITA, '72': WITA, '73': WITA, '74': WITA, '75': WITA, '76': WITA,
  // Maluku and Papua
  '81': WIT, '82': WIT, '91': WIT, '92': WIT, '93': WIT, '94': WIT, '95': WIT, '96': WIT,
};

export function timeZoneOfProvince(provinceCode: string): TimeZone {
  const timeZone = TIME_ZONE_BY_PROVINCE[provinceCode];
  if (!timeZone) throw new Error(`Unknown province code "${provinceCode}"`);
  return timeZone;
}
