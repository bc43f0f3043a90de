/**
 * Indonesia's 38 provinces as a tile grid, west to east and north to south: one square per province at about
 * its place on the map. No npm package ships province boundaries under a licence that allows bundling them
 * (docs/decisions/015-national-map-as-province-grid.md), so the map draws no boundaries and needs no tiles.
 */
export const PROVINCE_TILES: Readonly<Record<string, { column: number; row: number; short: string }>> = {
  '11': { column: 0, row: 0, short: 'ACEH' },
  '12': { column: 1, row: 1, short: 'SUMUT' },
  '14': { column: 2, row: 1, short: 'RIAU' },
  '21': { column: 3, row: 1, short: 'KEPRI' },
  '13': { column: 1, row: 2, short: 'SUMBAR' },
  '15': { column: 2, row: 2, short: 'JAMBI' },
  '19': { column: 3, row: 2, short: 'BABEL' },
  '17': { column: 2, row: 3, short: 'BKL' },
  '16': { column: 3, row: 3, short: 'SUMSEL' },
  '18': { column: 3, row: 4, short: 'LPG' },
  '36': { column: 3, row: 5, short: 'BANTEN' },
  '31': { column: 4, row: 5, short: 'DKI' },
  '32': { column: 5, row: 5, short: 'JABAR' },
  '33': { column: 6, row: 5, short: 'JATENG' },
  '35': { column: 7, row: 5, short: 'JATIM' },
  '34': { column: 6, row: 6, short: 'DIY' },
  '51': { column: 8, row: 6, short: 'BALI' },
  '52': { column: 9, row: 6, short: 'NTB' },
  '53': { column: 10, row: 6, short: 'NTT' },
  '65': { column: 7, row: 1, short: 'KALTARA' },
  '61': { column: 5, row: 2, short: 'KALBAR' },
  '62': { column: 6, row: 2, short: 'KALTENG' },
  '64': { column: 7, row: 2, short: 'KALTIM' },
  '63': { column: 7, row: 3, short: 'KALSEL' },
  '75': { column: 9, row: 1, short: 'GTLO' },
  '71': { column: 10, row: 1, short: 'SULUT' },
  '72': { column: 9, row: 2, short: 'SULTENG' },
  '76': { column: 8, row: 3, short: 'SULBAR' },
  '73': { column: 9, row: 3, short: 'SULSEL' },
  '74': { column: 10, row: 3, short: 'SULTRA' },
  '82': { column: 12, row: 1, short: 'MALUT' },
  '81': { column: 12, row: 3, short: 'MALUKU' },
  '96': { column: 13, row: 2, short: 'PBD' },
  '92': { column: 14, row: 2, short: 'PB' },
  '91': { column: 16, row: 2, short: 'PAPUA' },
  '94': { column: 15, row: 3, short: 'PTENG' },
  '95': { column: 16, row: 3, short: 'PPEG' },
  '93': { column: 16, row: 4, short: 'PSEL' },
};

export const GRID_COLUMNS = 17;
export const GRID_ROWS = 7;
