import type { ProgramSeed, SourceArticle } from '../dataset';
import { REGENCY } from './regency-codes';

const ARTICLE: SourceArticle = 'mukomuko-slums-extreme-poverty.txt';

// The article is undated; it cites a 2023 decree as already in force, so the demo dates its check to the end of 2023.
const LAST_VERIFIED_AT = '2023-12-31';
// That date is the demo's own, so the profiles are taken as confirmed by their host a few months before the seed day:
// a stale warning on an invented date would warn of nothing.
const CONFIRMED_DAYS_BEFORE_SEEDING = 120;

export const penangananKumuhMukomuko: ProgramSeed = {
  slug: 'penanganan-kawasan-kumuh-mukomuko',
  title: 'Penanganan Kawasan Kumuh di 28 Lokasi',
  titleEn: "Upgrading Slums at 28 Sites",
  summaryEn:
    "Mukomuko Regency has designated 28 housing and settlement sites as slums in need of upgrading. They are handled by restoration, renewal or relocation of settlements, with every department involved; the Housing and Settlements Office focuses on Kota Mukomuko district.",
  hostRegencyCode: REGENCY.MUKOMUKO,
  leadAgencyKey: 'perkim-mukomuko',
  themes: ['SLUM_UPGRADING', 'HOUSING', 'EXTREME_POVERTY'],
  summary:
    'Pemerintah Kabupaten Mukomuko menetapkan 28 lokasi perumahan dan permukiman sebagai kawasan kumuh yang membutuhkan ' +
    'penataan. Penanganannya memakai tiga metode — pemugaran, peremajaan, dan relokasi permukiman — bersama seluruh OPD ' +
    'lintas sektor; Dinas Perkim memusatkan penanganannya di Kecamatan Kota Mukomuko.',
  problem:
    'Kawasan kumuh menjadi bagian dari persoalan kemiskinan dan kemiskinan ekstrem yang jumlahnya masih cukup banyak di Mukomuko.',
  approachSteps: [
    'Menetapkan 28 lokasi perumahan dan permukiman sebagai kawasan kumuh dengan Keputusan Bupati.',
    'Memugar kawasan permukiman.',
    'Meremajakan kawasan permukiman.',
    'Merelokasi permukiman.',
    'Melibatkan seluruh OPD lintas sektor dalam penanganan dan intervensi kawasan kumuh.',
    'Dinas Perkim memusatkan penanganan di Kecamatan Kota Mukomuko.',
  ],
  legalBasis: 'Keputusan Bupati Mukomuko Nomor 100-115 Tahun 2023',
  startYear: 2023,
  activity: 'RUNNING',
  lastVerifiedAt: LAST_VERIFIED_AT,
  confirmedDaysBeforeSeeding: CONFIRMED_DAYS_BEFORE_SEEDING,
  costs: [{ label: 'Biaya penataan per lokasi', amountRupiah: 750_000_000n, unit: 'per lokasi', illustrative: true }],
  funding: [
    { kind: 'APBD', sharePercent: 60, illustrative: true },
    { kind: 'APBN', sharePercent: 40, illustrative: true },
  ],
  outcomes: [
    {
      indicator: 'Lokasi kawasan kumuh yang ditetapkan',
      value: 28,
      unit: 'lokasi',
      period: '2023',
      illustrative: false,
      source: ARTICLE,
    },
    { indicator: 'Lokasi kawasan kumuh yang telah ditangani', value: 4, unit: 'lokasi', period: '2024', illustrative: true },
  ],
  partners: [{ name: 'Seluruh OPD Kabupaten Mukomuko', role: 'Intervensi lintas sektor' }],
  contacts: [
    {
      name: 'Suryanto, S.Pd.',
      role: 'Kepala Dinas Perkim Kabupaten Mukomuko',
      agencyKey: 'perkim-mukomuko',
      email: 'perkim.mukomuko@tiru.test',
      illustrative: true,
      source: ARTICLE,
    },
  ],
  documents: [],
  publication: 'PUBLISHED',
  sources: [ARTICLE],
  // The decree dates from 2023; that the work started the same year is the demo's assumption.
  illustrativeFields: ['startYear', 'lastVerifiedAt'],
};

export const verifikasiP3keMukomuko: ProgramSeed = {
  slug: 'verifikasi-data-p3ke-mukomuko',
  title: 'Verifikasi dan Validasi Data P3KE Setiap Tiga Bulan',
  titleEn: "Checking the Extreme-Poverty (P3KE) Data Every Three Months",
  summaryEn:
    "Mukomuko Regency holds coordination meetings on ending extreme poverty and verifies and validates its P3KE data every three months, so that every department's help reaches the right people with the right data and instruments.",
  hostRegencyCode: REGENCY.MUKOMUKO,
  leadAgencyKey: 'pemkab-mukomuko',
  themes: ['DATA_AND_TARGETING', 'EXTREME_POVERTY', 'HEALTH_AND_STUNTING'],
  summary:
    'Pemkab Mukomuko rutin menggelar rapat koordinasi percepatan penghapusan kemiskinan ekstrem serta verifikasi dan ' +
    'validasi data P3KE setiap tiga bulan sekali, agar intervensi setiap OPD tepat sasaran, baik data maupun instrumennya.',
  problem:
    'Angka kemiskinan dan kemiskinan ekstrem di Mukomuko masih cukup banyak, sementara setiap daerah ditargetkan mendekati ' +
    'nol persen kemiskinan ekstrem.',
  approachSteps: [
    'Menggelar rapat koordinasi percepatan penghapusan kemiskinan ekstrem secara rutin.',
    'Memverifikasi dan memvalidasi data P3KE setiap tiga bulan sekali.',
    'Memadukan tiga strategi percepatan penghapusan kemiskinan ekstrem secara tepat sasaran, baik data maupun instrumennya.',
    'Membagi penanganan kemiskinan ekstrem ke setiap OPD sesuai bidangnya dan meminta OPD berinovasi serta berkolaborasi.',
    'Dinas Kesehatan dan DP2KBP3A meningkatkan pelayanan kesehatan dan pencegahan stunting.',
    'Berkolaborasi dengan pemerintah pusat, para pemangku kepentingan, dan masyarakat.',
  ],
  legalBasis: 'Instruksi Presiden Nomor 4 Tahun 2022 tentang Percepatan Penghapusan Kemiskinan Ekstrem',
  activity: 'RUNNING',
  lastVerifiedAt: LAST_VERIFIED_AT,
  confirmedDaysBeforeSeeding: CONFIRMED_DAYS_BEFORE_SEEDING,
  costs: [{ label: 'Biaya verifikasi dan validasi data', amountRupiah: 100_000_000n, unit: 'per triwulan', illustrative: true }],
  funding: [{ kind: 'APBD', sharePercent: 100, illustrative: true }],
  outcomes: [
    // "setiap 3 bulan sekali": four rounds a year.
    { indicator: 'Rapat koordinasi serta verifikasi dan validasi data P3KE', value: 4, unit: 'kali per tahun', period: '2023', illustrative: false, source: ARTICLE },
    { indicator: 'Keluarga P3KE terverifikasi', value: 5000, unit: 'keluarga', period: '2023', illustrative: true },
  ],
  partners: [
    { name: 'Dinas Kesehatan Kabupaten Mukomuko', agencyKey: 'dinkes-mukomuko', role: 'Pelayanan kesehatan dan pencegahan stunting' },
    { name: 'DP2KBP3A Kabupaten Mukomuko', agencyKey: 'dp2kbp3a-mukomuko', role: 'Pencegahan stunting' },
    { name: 'Seluruh OPD Kabupaten Mukomuko', role: 'Penanganan kemiskinan ekstrem sesuai bidang' },
  ],
  contacts: [
    {
      name: 'Sekretariat Penanggulangan Kemiskinan',
      role: 'Narahubung program',
      agencyKey: 'pemkab-mukomuko',
      email: 'kemiskinan.mukomuko@tiru.test',
      illustrative: true,
    },
  ],
  documents: [],
  // A draft, so the demo shows the draft → published workflow.
  publication: 'DRAFT',
  sources: [ARTICLE],
  illustrativeFields: ['lastVerifiedAt'],
};
