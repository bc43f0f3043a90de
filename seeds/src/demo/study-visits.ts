import type { StudyVisitSeed } from '../dataset';
import { SOUTH_KALIMANTAN_DELEGATION_AGENCIES } from './agencies';
import { prolita } from './programs-bontang';
import { kotakuMuaraEnim } from './programs-muara-enim';
import { bedahRumahInfaqPegawai, ritta, rumahKomunitas } from './programs-prabumulih';
import { REGENCY, SOUTH_KALIMANTAN_DELEGATION } from './regency-codes';

const SOUTH_KALIMANTAN_COORDINATOR = 'perkim-kalimantan-selatan';

const southKalimantanToPrabumulih2024: StudyVisitSeed = {
  key: 'kalsel-ke-prabumulih-2024-02-16',
  hostRegencyCode: REGENCY.PRABUMULIH,
  programSlugs: [bedahRumahInfaqPegawai.slug, rumahKomunitas.slug, ritta.slug],
  visitingRegencyCodes: SOUTH_KALIMANTAN_DELEGATION,
  visitingAgencyKeys: [...SOUTH_KALIMANTAN_DELEGATION_AGENCIES, SOUTH_KALIMANTAN_COORDINATOR],
  coordinatorAgencyKey: SOUTH_KALIMANTAN_COORDINATOR,
  dates: ['2024-02-16'],
  participantCount: 35,
  // The articles do not give the letter's number: this one is invented, in the provincial Dinas' form, so the letters show one.
  requestLetterNumber: '600.1/0215/Disperkim/2024',
  participants: [
    {
      name: 'Ir Mursyidah Aminy MT',
      position: 'Kepala Dinas Perumahan dan Permukiman Provinsi Kalimantan Selatan',
      agencyKey: SOUTH_KALIMANTAN_COORDINATOR,
    },
  ],
  objectives:
    'Mempelajari keberhasilan Pemkot Prabumulih menangani perumahan bagi masyarakat kurang mampu (bedah rumah dari infaq ' +
    'pegawai, rumah komunitas, dan RITTA) untuk mempercepat penyelesaian rumah tidak layak huni (RTLH) di Provinsi ' +
    'Kalimantan Selatan dan kabupaten/kotanya serta membantu mengatasi kemiskinan ekstrem.',
  state: 'COMPLETED',
  illustrative: false,
  source: 'prabumulih-housing-study-visit-2024.txt',
  illustrativeFields: ['participantCount', 'requestLetterNumber'],
};

const tangerangSelatanToBontang2014: StudyVisitSeed = {
  key: 'tangsel-ke-bontang-2014-03-04',
  hostRegencyCode: REGENCY.BONTANG,
  programSlugs: [prolita.slug],
  visitingRegencyCodes: [REGENCY.TANGERANG_SELATAN],
  visitingAgencyKeys: ['pemkot-tangerang-selatan'],
  dates: ['2014-03-04'],
  dateDerivation:
    'Berita hanya menyebut "Selasa (4/3)". Tahun 2014 disimpulkan dari keterangan bahwa Tangerang Selatan "baru berusia ' +
    '5 tahun"; 4 Maret 2014 jatuh pada hari Selasa.',
  participantCount: 15,
  participants: [
    {
      name: 'Ismunandar',
      position: 'Asisten Administrasi Pemerintahan Kota Tangerang Selatan (pimpinan rombongan)',
      agencyKey: 'pemkot-tangerang-selatan',
    },
  ],
  objectives:
    'Meningkatkan hubungan kerja sama daerah sekaligus mengkaji dan bertukar pengalaman tentang pelaksanaan Prolita, ' +
    'dengan kemungkinan mengadopsinya sebagai program prioritas Tangerang Selatan.',
  state: 'COMPLETED',
  illustrative: false,
  source: 'tangsel-studies-bontang-prolita.txt',
  illustrativeFields: ['participantCount'],
};

// Upcoming visits: invented so the demo has requests, confirmations and reschedules to work through.

const tangerangSelatanFollowUpToBontang: StudyVisitSeed = {
  key: 'tangsel-ke-bontang-2027-04',
  hostRegencyCode: REGENCY.BONTANG,
  programSlugs: [prolita.slug],
  visitingRegencyCodes: [REGENCY.TANGERANG_SELATAN],
  visitingAgencyKeys: ['pemkot-tangerang-selatan'],
  dates: ['2027-04-13', '2027-04-14'],
  participantCount: 12,
  objectives:
    'Kunjungan lanjutan: mempelajari tata cara usulan warga, pemantauan oleh kelurahan, dan pertanggungjawaban dana ' +
    'Prolita sebelum menyusun program serupa di Tangerang Selatan.',
  requestLetterNumber: '005/0123/Pem/2026',
  state: 'REQUESTED',
  illustrative: true,
};

const southKalimantanToPrabumulih2026: StudyVisitSeed = {
  key: 'kalsel-ke-prabumulih-2027-01',
  hostRegencyCode: REGENCY.PRABUMULIH,
  programSlugs: [ritta.slug],
  visitingRegencyCodes: [REGENCY.BANJAR, REGENCY.TANAH_LAUT],
  visitingAgencyKeys: ['pemkab-banjar', 'pemkab-tanah-laut', SOUTH_KALIMANTAN_COORDINATOR],
  coordinatorAgencyKey: SOUTH_KALIMANTAN_COORDINATOR,
  dates: ['2027-01-19', '2027-01-20'],
  participantCount: 20,
  objectives: 'Mempelajari desain, pembiayaan, dan pemilihan penerima Rumah Inti Tumbuh Tahan Gempa (RITTA).',
  requestLetterNumber: '600/0456/Disperkim/2026',
  state: 'CONFIRMED',
  illustrative: true,
};

const mukomukoToMuaraEnim2027: StudyVisitSeed = {
  key: 'mukomuko-ke-muara-enim-2027-02',
  hostRegencyCode: REGENCY.MUARA_ENIM,
  programSlugs: [kotakuMuaraEnim.slug],
  visitingRegencyCodes: [REGENCY.MUKOMUKO],
  visitingAgencyKeys: ['perkim-mukomuko'],
  dates: ['2027-02-23', '2027-02-24'],
  participantCount: 10,
  objectives: 'Belajar cara Pokja PKP dan LKM bekerja bersama dalam penanganan permukiman kumuh perkotaan.',
  requestLetterNumber: '600/0789/Perkim/2027',
  state: 'RESCHEDULE_PROPOSED',
  illustrative: true,
};

export const studyVisits: StudyVisitSeed[] = [
  southKalimantanToPrabumulih2024,
  tangerangSelatanToBontang2014,
  tangerangSelatanFollowUpToBontang,
  southKalimantanToPrabumulih2026,
  mukomukoToMuaraEnim2027,
];
