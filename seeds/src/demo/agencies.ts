import type { AgencySeed, AgencyType } from '../dataset';
import { PROVINCE, REGENCY } from './regency-codes';

function localGovernment(key: string, regencyCode: string, regencyName: string): AgencySeed {
  const type: AgencyType = regencyName.startsWith('Kota ') ? 'CITY_GOVERNMENT' : 'REGENCY_GOVERNMENT';
  return { key, name: `Pemerintah ${regencyName}`, regencyCode, type };
}

export const agencies: AgencySeed[] = [
  // Kota Bontang and its visitor
  localGovernment('pemkot-bontang', REGENCY.BONTANG, 'Kota Bontang'),
  localGovernment('pemkot-tangerang-selatan', REGENCY.TANGERANG_SELATAN, 'Kota Tangerang Selatan'),

  // Kota Prabumulih and the partners of its housing programs
  localGovernment('pemkot-prabumulih', REGENCY.PRABUMULIH, 'Kota Prabumulih'),
  { key: 'bappeda-prabumulih', name: 'Bappeda Kota Prabumulih', regencyCode: REGENCY.PRABUMULIH, type: 'BAPPEDA' },
  { key: 'baznas-prabumulih', name: 'BAZNAS Kota Prabumulih', regencyCode: REGENCY.PRABUMULIH, type: 'BAZNAS' },
  { key: 'dprd-prabumulih', name: 'DPRD Kota Prabumulih', regencyCode: REGENCY.PRABUMULIH, type: 'DPRD' },
  { key: 'polres-prabumulih', name: 'Kepolisian Resor Prabumulih', regencyCode: REGENCY.PRABUMULIH, type: 'POLICE_MILITARY' },
  { key: 'kodim-0404-muara-enim', name: 'Kodim 0404/Muara Enim', regencyCode: REGENCY.MUARA_ENIM, type: 'POLICE_MILITARY' },
  { key: 'phrz-4', name: 'PHRZ 4', regencyCode: REGENCY.PRABUMULIH, type: 'SOE_CSR' },
  { key: 'perta-samtan-gas', name: 'PT Perta Samtan Gas', regencyCode: REGENCY.PRABUMULIH, type: 'PRIVATE_COMPANY' },

  // Kabupaten Muara Enim
  localGovernment('pemkab-muara-enim', REGENCY.MUARA_ENIM, 'Kabupaten Muara Enim'),
  { key: 'bappeda-muara-enim', name: 'Bappeda Kabupaten Muara Enim', regencyCode: REGENCY.MUARA_ENIM, type: 'BAPPEDA' },
  {
    key: 'perkim-muara-enim',
    name: 'Dinas Perumahan dan Kawasan Permukiman Kabupaten Muara Enim',
    regencyCode: REGENCY.MUARA_ENIM,
    type: 'DINAS',
  },
  {
    key: 'lkm-muara-enim',
    name: 'Lembaga Keswadayaan Masyarakat (LKM) Kabupaten Muara Enim',
    regencyCode: REGENCY.MUARA_ENIM,
    type: 'COMMUNITY_ORGANISATION',
  },

  // Kabupaten Mukomuko
  localGovernment('pemkab-mukomuko', REGENCY.MUKOMUKO, 'Kabupaten Mukomuko'),
  {
    key: 'perkim-mukomuko',
    name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman (Perkim) Kabupaten Mukomuko',
    regencyCode: REGENCY.MUKOMUKO,
    type: 'DINAS',
  },
  { key: 'dinkes-mukomuko', name: 'Dinas Kesehatan Kabupaten Mukomuko', regencyCode: REGENCY.MUKOMUKO, type: 'DINAS' },
  { key: 'dp2kbp3a-mukomuko', name: 'DP2KBP3A Kabupaten Mukomuko', regencyCode: REGENCY.MUKOMUKO, type: 'DINAS' },

  // Provinsi Kalimantan Selatan and its regencies
  {
    key: 'perkim-kalimantan-selatan',
    name: 'Dinas Perumahan dan Permukiman Provinsi Kalimantan Selatan',
    provinceCode: PROVINCE.KALIMANTAN_SELATAN,
    type: 'DINAS',
  },
  localGovernment('pemkab-tabalong', REGENCY.TABALONG, 'Kabupaten Tabalong'),
  localGovernment('pemkab-hulu-sungai-tengah', REGENCY.HULU_SUNGAI_TENGAH, 'Kabupaten Hulu Sungai Tengah'),
  localGovernment('pemkab-hulu-sungai-selatan', REGENCY.HULU_SUNGAI_SELATAN, 'Kabupaten Hulu Sungai Selatan'),
  localGovernment('pemkab-barito-kuala', REGENCY.BARITO_KUALA, 'Kabupaten Barito Kuala'),
  localGovernment('pemkot-banjarbaru', REGENCY.BANJARBARU, 'Kota Banjarbaru'),
  localGovernment('pemkab-balangan', REGENCY.BALANGAN, 'Kabupaten Balangan'),
  localGovernment('pemkab-banjar', REGENCY.BANJAR, 'Kabupaten Banjar'),
  localGovernment('pemkab-tanah-laut', REGENCY.TANAH_LAUT, 'Kabupaten Tanah Laut'),
];

/** Agency keys of the six South Kalimantan governments on the 16 February 2024 visit, in the article's order. */
export const SOUTH_KALIMANTAN_DELEGATION_AGENCIES = [
  'pemkab-tabalong',
  'pemkab-hulu-sungai-tengah',
  'pemkab-hulu-sungai-selatan',
  'pemkab-barito-kuala',
  'pemkot-banjarbaru',
  'pemkab-balangan',
];
