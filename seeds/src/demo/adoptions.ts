import type { AdoptionSeed } from '../dataset';
import { bedahRumahInfaqPegawai } from './programs-prabumulih';
import { prolita } from './programs-bontang';
import { REGENCY, SOUTH_KALIMANTAN_DELEGATION } from './regency-codes';

const tangerangSelatanStudiesProlita: AdoptionSeed = {
  programSlug: prolita.slug,
  adopterRegencyCode: REGENCY.TANGERANG_SELATAN,
  stage: 'INTERESTED',
  year: 2014,
  notes:
    'Rombongan Pemkot Tangerang Selatan yang dipimpin Asisten Administrasi Pemerintahan Ismunandar mendalami mekanisme ' +
    'Prolita dan ingin mengadopsinya sebagai program prioritas. Tahun 2014 disimpulkan dari keterangan bahwa Tangerang ' +
    'Selatan saat itu "baru berusia 5 tahun".',
  illustrative: false,
  source: 'tangsel-studies-bontang-prolita.txt',
};

const southKalimantanStudiesPrabumulihHousing: AdoptionSeed[] = SOUTH_KALIMANTAN_DELEGATION.map((regencyCode) => ({
  programSlug: bedahRumahInfaqPegawai.slug,
  adopterRegencyCode: regencyCode,
  stage: 'INTERESTED',
  year: 2024,
  notes:
    'Ikut studi tiru ke Prabumulih pada 16 Februari 2024 bersama Dinas Perumahan dan Permukiman Provinsi Kalimantan ' +
    'Selatan untuk mempercepat penyelesaian rumah tidak layak huni (RTLH) dan mengatasi kemiskinan ekstrem.',
  illustrative: false,
  source: 'prabumulih-housing-study-visit-2024.txt',
}));

export const adoptions: AdoptionSeed[] = [tangerangSelatanStudiesProlita, ...southKalimantanStudiesPrabumulihHousing];
