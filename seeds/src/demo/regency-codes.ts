/** Kemendagri codes of the regions in the demo; checked against idn-area-data by the dataset test. */
export const REGENCY = {
  BONTANG: '64.74',
  PRABUMULIH: '16.74',
  MUARA_ENIM: '16.03',
  MUKOMUKO: '17.06',
  TANGERANG_SELATAN: '36.74',
  TABALONG: '63.09',
  HULU_SUNGAI_TENGAH: '63.07',
  HULU_SUNGAI_SELATAN: '63.06',
  BARITO_KUALA: '63.04',
  BANJARBARU: '63.72',
  BALANGAN: '63.11',
  BANJAR: '63.03',
  TANAH_LAUT: '63.01',
} as const;

export const PROVINCE = {
  SUMATERA_SELATAN: '16',
  KALIMANTAN_SELATAN: '63',
} as const;

/** The six regencies that visited Prabumulih on 16 February 2024. */
export const SOUTH_KALIMANTAN_DELEGATION = [
  REGENCY.TABALONG,
  REGENCY.HULU_SUNGAI_TENGAH,
  REGENCY.HULU_SUNGAI_SELATAN,
  REGENCY.BARITO_KUALA,
  REGENCY.BANJARBARU,
  REGENCY.BALANGAN,
];
