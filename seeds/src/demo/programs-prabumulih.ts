import type { ProgramPartner, ProgramSeed, SourceArticle } from '../dataset';
import { REGENCY } from './regency-codes';

const HOUSING_ARTICLE: SourceArticle = 'prabumulih-housing-study-visit-2024.txt';
const COORDINATION_ARTICLE: SourceArticle = 'prabumulih-extreme-poverty-coordination-2024.txt';

/**
 * Prabumulih's editor keeps the city's profiles current in the demo, so they are confirmed shortly before the seed
 * day and show no stale warning; Prolita (checked against a 2014 article) and Muara Enim's Kotaku (2021) do.
 */
const HOST_CONFIRMED_DAYS_AGO = 45;

/** The article credits Prabumulih's housing programs as a whole to these partners. */
const HOUSING_PARTNERS: ProgramPartner[] = [
  { name: 'Badan Amil Zakat Nasional (BAZNAS)', agencyKey: 'baznas-prabumulih' },
  { name: 'DPRD Prabumulih', agencyKey: 'dprd-prabumulih' },
  { name: 'Kepolisian Resor Prabumulih', agencyKey: 'polres-prabumulih' },
  { name: 'Kodim 0404/Muara Enim', agencyKey: 'kodim-0404-muara-enim' },
  { name: 'PHRZ 4', agencyKey: 'phrz-4' },
  { name: 'BSB' },
  { name: 'PT Perta Samtan Gas', agencyKey: 'perta-samtan-gas' },
  { name: 'Pemerintah pusat', role: 'Bantuan' },
];

const HOUSING_PROBLEM =
  'Keluarga kurang mampu di Prabumulih masih menempati rumah tidak layak huni; rumah yang layak huni menjadi salah satu ' +
  'cara mengatasi kemiskinan ekstrem di kota ini.';

const HOUSING_COLLABORATION_STEP =
  'Menggalang kerja sama Pemkot Prabumulih dengan BAZNAS, DPRD, Polres Prabumulih, Kodim 0404/Muara Enim, PHRZ 4, BSB, ' +
  'PT Perta Samtan Gas, dan pemerintah pusat.';

function housingContact(): ProgramSeed['contacts'] {
  return [
    {
      name: 'Sekretariat Program Perumahan',
      role: 'Narahubung program',
      agencyKey: 'pemkot-prabumulih',
      email: 'perumahan.prabumulih@tiru.test',
      illustrative: true,
    },
  ];
}

export const ritta: ProgramSeed = {
  slug: 'ritta-prabumulih',
  title: 'Rumah Inti Tumbuh Tahan Gempa',
  titleEn: "Earthquake-Resistant Growing Core Houses",
  summaryEn:
    "Prabumulih's newest housing programme for low-income families: earthquake-resistant core houses that can grow later, so that poor families live in decent homes. Carried out with BAZNAS, the city council, the police and army, companies and the central government.",
  acronym: 'RITTA',
  hostRegencyCode: REGENCY.PRABUMULIH,
  leadAgencyKey: 'pemkot-prabumulih',
  themes: ['HOUSING', 'EXTREME_POVERTY', 'DISASTER_RESILIENCE'],
  summary:
    'Program perumahan terbaru Pemerintah Kota Prabumulih bagi masyarakat kurang mampu: pembangunan rumah inti tumbuh ' +
    'yang tahan gempa agar keluarga kurang mampu menempati rumah layak huni. Dikerjakan bersama BAZNAS, DPRD, ' +
    'TNI/Polri, perusahaan, dan pemerintah pusat.',
  problem: HOUSING_PROBLEM,
  approachSteps: [
    HOUSING_COLLABORATION_STEP,
    'Membangun rumah inti yang tahan gempa bagi keluarga kurang mampu.',
    'Rumah inti dapat ditumbuhkan (diperluas) kemudian oleh penghuninya.',
  ],
  activity: 'RUNNING',
  lastVerifiedAt: '2024-02-16',
  confirmedDaysBeforeSeeding: HOST_CONFIRMED_DAYS_AGO,
  unitsBuilt: 50,
  costs: [{ label: 'Biaya pembangunan per rumah', amountRupiah: 40_000_000n, unit: 'per rumah', illustrative: true }],
  funding: [
    { kind: 'APBD', sharePercent: 40, illustrative: true },
    { kind: 'ZAKAT_INFAQ', sharePercent: 30, note: 'BAZNAS', illustrative: true },
    { kind: 'CSR', sharePercent: 20, note: 'PHRZ 4, PT Perta Samtan Gas', illustrative: true },
    { kind: 'APBN', sharePercent: 10, note: 'Bantuan pemerintah pusat', illustrative: true },
  ],
  outcomes: [{ indicator: 'Rumah RITTA terbangun', value: 50, unit: 'rumah', period: '2023', illustrative: true }],
  partners: HOUSING_PARTNERS,
  contacts: housingContact(),
  documents: [],
  publication: 'PUBLISHED',
  sources: [HOUSING_ARTICLE],
  illustrativeFields: ['unitsBuilt', 'lastVerifiedAt'],
};

export const bedahRumahInfaqPegawai: ProgramSeed = {
  slug: 'bedah-rumah-infaq-pegawai-prabumulih',
  title: 'Bedah Rumah dari Infaq Pegawai',
  titleEn: "House Renovation Funded by Civil Servants' Donations",
  summaryEn:
    "Repairs of low-income families' houses in Prabumulih, paid for by donations (infaq) from the city's civil servants: part of the city's effort to end extreme poverty by giving families decent homes.",
  hostRegencyCode: REGENCY.PRABUMULIH,
  leadAgencyKey: 'pemkot-prabumulih',
  themes: ['HOUSING', 'EXTREME_POVERTY'],
  summary:
    'Perbaikan rumah keluarga kurang mampu di Kota Prabumulih yang dibiayai melalui infaq pegawai, bagian dari upaya ' +
    'Pemkot Prabumulih memberikan rumah layak huni untuk mengatasi kemiskinan ekstrem.',
  problem: HOUSING_PROBLEM,
  approachSteps: [
    'Menghimpun infaq dari pegawai.',
    'Menggunakan dana infaq untuk membedah rumah keluarga kurang mampu menjadi layak huni.',
    HOUSING_COLLABORATION_STEP,
  ],
  activity: 'RUNNING',
  lastVerifiedAt: '2024-02-16',
  confirmedDaysBeforeSeeding: HOST_CONFIRMED_DAYS_AGO,
  unitsBuilt: 100,
  costs: [{ label: 'Biaya bedah rumah per unit', amountRupiah: 25_000_000n, unit: 'per rumah', illustrative: true }],
  funding: [{ kind: 'ZAKAT_INFAQ', note: 'Infaq pegawai', illustrative: false, source: HOUSING_ARTICLE }],
  outcomes: [{ indicator: 'Rumah dibedah', value: 100, unit: 'rumah', period: '2023', illustrative: true }],
  partners: HOUSING_PARTNERS,
  contacts: housingContact(),
  documents: [],
  publication: 'PUBLISHED',
  sources: [HOUSING_ARTICLE],
  illustrativeFields: ['unitsBuilt', 'lastVerifiedAt'],
};

export const rumahKomunitas: ProgramSeed = {
  slug: 'rumah-komunitas-prabumulih',
  title: 'Pembangunan Rumah Komunitas',
  titleEn: "Community Housing",
  summaryEn:
    "Building community houses, one of the programmes with which Prabumulih houses low-income families, studied by a South Kalimantan delegation in February 2024.",
  hostRegencyCode: REGENCY.PRABUMULIH,
  leadAgencyKey: 'pemkot-prabumulih',
  themes: ['HOUSING', 'EXTREME_POVERTY'],
  summary:
    'Pembangunan rumah komunitas sebagai salah satu program Pemkot Prabumulih dalam menangani perumahan bagi masyarakat ' +
    'kurang mampu, yang dipelajari delegasi Kalimantan Selatan pada Februari 2024.',
  problem: HOUSING_PROBLEM,
  approachSteps: [HOUSING_COLLABORATION_STEP, 'Membangun rumah komunitas bagi keluarga kurang mampu.'],
  activity: 'RUNNING',
  lastVerifiedAt: '2024-02-16',
  confirmedDaysBeforeSeeding: HOST_CONFIRMED_DAYS_AGO,
  costs: [{ label: 'Biaya pembangunan per rumah', amountRupiah: 60_000_000n, unit: 'per rumah', illustrative: true }],
  funding: [
    { kind: 'APBD', sharePercent: 50, illustrative: true },
    { kind: 'CSR', sharePercent: 30, illustrative: true },
    { kind: 'ZAKAT_INFAQ', sharePercent: 20, illustrative: true },
  ],
  outcomes: [],
  partners: HOUSING_PARTNERS,
  contacts: housingContact(),
  documents: [],
  publication: 'PUBLISHED',
  sources: [HOUSING_ARTICLE],
  illustrativeFields: ['lastVerifiedAt'],
};

export const penghapusanKemiskinanEkstremPrabumulih: ProgramSeed = {
  slug: 'percepatan-penghapusan-kemiskinan-ekstrem-prabumulih',
  title: 'Koordinasi Percepatan Penghapusan Kemiskinan Ekstrem',
  titleEn: "Coordinating the Acceleration of Ending Extreme Poverty",
  summaryEn:
    "The City of Prabumulih and its planning agency (Bappeda) coordinate the departments' programmes against extreme poverty: activities are planned in the annual work plans and budgets to address root causes, priority areas and the right individuals and families, with monitoring, evaluation and regular reports to the province and the central government. The poverty rate stood at 11.23% on 30 November 2023, down from 11.28%.",
  hostRegencyCode: REGENCY.PRABUMULIH,
  leadAgencyKey: 'bappeda-prabumulih',
  themes: ['EXTREME_POVERTY', 'DATA_AND_TARGETING'],
  summary:
    'Pemerintah Kota Prabumulih bersama Bappeda mengoordinasikan program OPD untuk menekan kemiskinan ekstrem: ' +
    'kegiatan disusun berdasarkan Renja dan RKA agar menjawab akar masalah, wilayah prioritas, serta individu dan keluarga ' +
    'penerima manfaat yang tepat, dengan monitoring, evaluasi, dan pelaporan berkala ke provinsi dan pusat. ' +
    'Rapat koordinasi 16 Januari 2024 dipimpin Penjabat Wali Kota H. Elman.',
  problem:
    'Persentase penduduk miskin Kota Prabumulih masih 11,23 persen per 30 November 2023. Program penanggulangan ' +
    'kemiskinan perlu tepat sasaran serta dipantau dan dievaluasi agar efektif dan efisien.',
  approachSteps: [
    'Membentuk tim yang berperan strategis dalam koordinasi perumusan kebijakan, perencanaan, dan pemantauan pelaksanaan penanggulangan kemiskinan.',
    'Menyusun program, kegiatan, dan subkegiatan OPD berdasarkan Renja dan RKA untuk menjawab masalah dan akar masalah.',
    'Menetapkan wilayah prioritas serta individu dan keluarga penerima manfaat secara tepat sesuai bidang/urusan.',
    'Memperkuat sistem monitoring dan evaluasi.',
    'Melaporkan kemiskinan ekstrem secara berkala dan berjenjang ke Pemerintah Provinsi dan Pemerintah Pusat.',
  ],
  activity: 'RUNNING',
  lastVerifiedAt: '2024-01-16',
  confirmedDaysBeforeSeeding: HOST_CONFIRMED_DAYS_AGO,
  costs: [{ label: 'Anggaran koordinasi dan monitoring per tahun', amountRupiah: 500_000_000n, unit: 'per tahun', illustrative: true }],
  funding: [{ kind: 'APBD', sharePercent: 100, illustrative: true }],
  outcomes: [
    {
      indicator: 'Persentase penduduk miskin',
      baseline: 11.28,
      value: 11.23,
      unit: '%',
      period: '2023-11-30',
      illustrative: false,
      source: COORDINATION_ARTICLE,
    },
  ],
  partners: [
    { name: 'Pemerintah Kota Prabumulih', agencyKey: 'pemkot-prabumulih', role: 'Penjabat Wali Kota memimpin rapat koordinasi' },
    { name: 'OPD di lingkup Pemerintah Kota Prabumulih', role: 'Pelaksana program dan kegiatan' },
  ],
  contacts: [
    {
      name: 'Abu Sohib',
      role: 'Kepala Bappeda Kota Prabumulih',
      agencyKey: 'bappeda-prabumulih',
      email: 'bappeda.prabumulih@tiru.test',
      illustrative: true,
      source: COORDINATION_ARTICLE,
    },
  ],
  documents: [],
  publication: 'PUBLISHED',
  sources: [COORDINATION_ARTICLE],
  illustrativeFields: ['lastVerifiedAt'],
};
