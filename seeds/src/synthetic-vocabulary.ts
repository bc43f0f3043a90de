import type { FundingKind, Theme } from './dataset';

/** Kinds of local agency the synthetic programs are led by; each regency gets one of each. */
export type SyntheticAgencyRole = 'pemda' | 'bappeda' | 'perkim' | 'pupr' | 'dinkes' | 'dinsos' | 'dinkop' | 'bpbd';

export interface ThemeVocabulary {
  theme: Theme;
  /** Themes that often come with this one. */
  relatedThemes: Theme[];
  leadAgencyRoles: SyntheticAgencyRole[];
  topics: string[];
  beneficiaries: string[];
  purpose: string;
  problems: string[];
  steps: string[];
  unitCost: { label: string; unit: string; minJuta: number; maxJuta: number };
  unitsPerProgram: { min: number; max: number };
  /** Baselines fall in [min, max); a rising outcome stays at or below max. */
  outcome: { indicator: string; unit: string; falls: boolean; min: number; max: number; decimals: number };
  fundingKinds: FundingKind[];
}

export const ACTIONS = [
  'Gerakan',
  'Program',
  'Percepatan',
  'Gerakan Bersama',
  'Pendampingan',
  'Aksi',
  'Inovasi',
  'Kolaborasi',
  'Gotong Royong',
  'Layanan',
];

export const QUALIFIERS = [
  'Berbasis Masyarakat',
  'Terpadu',
  'untuk Warga',
  'Tepat Sasaran',
  'Berkelanjutan',
  'Mandiri',
  'Berbasis Kelurahan',
  'Berbasis Desa',
  'Satu Pintu',
  '',
];

export const COMMON_STEPS = [
  'Menetapkan lokasi dan sasaran berdasarkan data terpadu yang diverifikasi bersama kelurahan/desa.',
  'Menyosialisasikan program kepada warga, RT, dan tokoh masyarakat.',
  'Membentuk kelompok kerja lintas OPD yang dipimpin Bappeda.',
  'Melibatkan warga dalam perencanaan dan pengawasan pekerjaan.',
  'Menggalang dana CSR dan zakat untuk melengkapi APBD.',
  'Memantau dan mengevaluasi hasil setiap triwulan.',
  'Mempublikasikan capaian program secara terbuka kepada masyarakat.',
];

export const PARTNER_NAMES = [
  'BAZNAS setempat',
  'Bank Pembangunan Daerah',
  'Universitas negeri setempat',
  'Tim Penggerak PKK',
  'Karang Taruna',
  'Forum CSR Daerah',
  'Lembaga Keswadayaan Masyarakat',
  'Kodim setempat',
  'Polres setempat',
  'Organisasi masyarakat sipil setempat',
];

export const THEME_VOCABULARIES: ThemeVocabulary[] = [
  {
    theme: 'HOUSING',
    relatedThemes: ['EXTREME_POVERTY', 'DISASTER_RESILIENCE'],
    leadAgencyRoles: ['perkim', 'pemda'],
    topics: ['Rumah Layak Huni', 'Bedah Rumah', 'Rumah Swadaya', 'Perbaikan Atap, Lantai, dan Dinding', 'Rumah Tumbuh'],
    beneficiaries: ['keluarga berpenghasilan rendah', 'keluarga miskin ekstrem', 'lansia yang tinggal sendiri', 'keluarga penghuni RTLH'],
    purpose: 'agar setiap keluarga menempati rumah yang layak huni',
    problems: [
      'Masih banyak rumah tidak layak huni yang dihuni keluarga kurang mampu.',
      'Keluarga berpenghasilan rendah tidak mampu memperbaiki rumahnya sendiri.',
    ],
    steps: ['Memverifikasi kondisi rumah calon penerima.', 'Membangun atau memperbaiki rumah bersama tukang setempat dan warga.'],
    unitCost: { label: 'Biaya per rumah', unit: 'per rumah', minJuta: 15, maxJuta: 60 },
    unitsPerProgram: { min: 20, max: 800 },
    outcome: { indicator: 'Rumah layak huni tertangani', unit: 'rumah', falls: false, min: 20, max: 800, decimals: 0 },
    fundingKinds: ['APBD', 'APBN', 'ZAKAT_INFAQ', 'CSR', 'SWADAYA'],
  },
  {
    theme: 'SLUM_UPGRADING',
    relatedThemes: ['COMMUNITY_INFRASTRUCTURE', 'HOUSING'],
    leadAgencyRoles: ['perkim', 'pupr'],
    topics: ['Penataan Kawasan Kumuh', 'Kampung Tematik', 'Drainase Permukiman', 'Peremajaan Permukiman', 'Kampung Bersih'],
    beneficiaries: ['warga kawasan kumuh', 'warga bantaran sungai', 'warga permukiman padat'],
    purpose: 'untuk menata permukiman kumuh menjadi layak huni, produktif, dan berkelanjutan',
    problems: [
      'Kawasan permukiman padat kekurangan drainase, jalan, dan sanitasi.',
      'Luas kawasan kumuh belum berkurang sesuai target rencana pembangunan.',
    ],
    steps: ['Memetakan kawasan kumuh dan menetapkannya dengan keputusan kepala daerah.', 'Memugar dan meremajakan kawasan bersama warga.'],
    unitCost: { label: 'Biaya penataan per kawasan', unit: 'per kawasan', minJuta: 500, maxJuta: 5000 },
    unitsPerProgram: { min: 2, max: 30 },
    outcome: { indicator: 'Luas kawasan kumuh', unit: 'ha', falls: true, min: 5, max: 200, decimals: 1 },
    fundingKinds: ['APBN', 'APBD', 'APBD_PROVINCE', 'SWADAYA'],
  },
  {
    theme: 'COMMUNITY_INFRASTRUCTURE',
    relatedThemes: ['SLUM_UPGRADING'],
    leadAgencyRoles: ['pupr', 'pemda'],
    topics: ['Air Bersih', 'Sanitasi Komunal', 'Jalan Lingkungan', 'Balai Warga', 'Sumur Bor', 'Penerangan Jalan Lingkungan'],
    beneficiaries: ['warga RT', 'warga desa', 'rumah tangga tanpa akses air bersih'],
    purpose: 'untuk membangun fasilitas umum yang diusulkan dan dirawat warga sendiri',
    problems: [
      'Fasilitas umum di tingkat lingkungan tertinggal dari kebutuhan warga.',
      'Banyak rumah tangga belum memiliki akses air bersih dan sanitasi layak.',
    ],
    steps: ['Warga mengusulkan kegiatan melalui musyawarah RT.', 'Kelompok warga melaksanakan pembangunan secara swakelola.'],
    unitCost: { label: 'Bantuan per RT', unit: 'per RT', minJuta: 25, maxJuta: 300 },
    unitsPerProgram: { min: 10, max: 1500 },
    outcome: { indicator: 'Rumah tangga dengan akses air bersih', unit: '%', falls: false, min: 40, max: 98, decimals: 1 },
    fundingKinds: ['APBD', 'VILLAGE_FUND', 'SWADAYA', 'CSR'],
  },
  {
    theme: 'EXTREME_POVERTY',
    relatedThemes: ['DATA_AND_TARGETING', 'HOUSING'],
    leadAgencyRoles: ['bappeda', 'dinsos'],
    topics: ['Penghapusan Kemiskinan Ekstrem', 'Bantuan Pangan Lansia', 'Jaminan Sosial Keluarga Miskin', 'Orang Tua Asuh Keluarga Miskin'],
    beneficiaries: ['keluarga miskin ekstrem', 'lansia miskin', 'penyandang disabilitas miskin'],
    purpose: 'untuk menekan angka kemiskinan ekstrem mendekati nol persen',
    problems: [
      'Angka kemiskinan ekstrem masih di atas target nasional.',
      'Bantuan dari berbagai OPD belum terpadu dan sering tumpang tindih.',
    ],
    steps: ['Membagi penanganan keluarga sasaran ke OPD sesuai bidangnya.', 'Mendampingi keluarga sasaran hingga keluar dari kemiskinan ekstrem.'],
    unitCost: { label: 'Bantuan per keluarga', unit: 'per keluarga per tahun', minJuta: 1, maxJuta: 6 },
    unitsPerProgram: { min: 100, max: 10000 },
    outcome: { indicator: 'Persentase penduduk miskin ekstrem', unit: '%', falls: true, min: 0.2, max: 6, decimals: 2 },
    fundingKinds: ['APBD', 'APBN', 'ZAKAT_INFAQ', 'CSR'],
  },
  {
    theme: 'DATA_AND_TARGETING',
    relatedThemes: ['EXTREME_POVERTY'],
    leadAgencyRoles: ['bappeda', 'dinsos'],
    topics: ['Satu Data Kemiskinan', 'Pemutakhiran Data Terpadu', 'Verifikasi Penerima Bantuan', 'Peta Rumah Tangga Sasaran'],
    beneficiaries: ['keluarga dalam data P3KE', 'rumah tangga sasaran', 'penerima bantuan sosial'],
    purpose: 'agar bantuan sampai kepada keluarga yang benar-benar membutuhkan',
    problems: [
      'Data penerima bantuan tidak mutakhir sehingga bantuan salah sasaran.',
      'Setiap OPD memakai data kemiskinan yang berbeda.',
    ],
    steps: ['Memverifikasi dan memvalidasi data setiap tiga bulan.', 'Menyatukan data OPD dalam satu basis data bersama.'],
    unitCost: { label: 'Biaya pemutakhiran data', unit: 'per tahun', minJuta: 50, maxJuta: 800 },
    unitsPerProgram: { min: 1, max: 5 },
    outcome: { indicator: 'Keluarga sasaran terverifikasi', unit: 'keluarga', falls: false, min: 500, max: 50000, decimals: 0 },
    fundingKinds: ['APBD', 'APBN', 'OTHER'],
  },
  {
    theme: 'HEALTH_AND_STUNTING',
    relatedThemes: ['EXTREME_POVERTY', 'COMMUNITY_INFRASTRUCTURE'],
    leadAgencyRoles: ['dinkes', 'bappeda'],
    topics: ['Pencegahan Stunting', 'Posyandu Keliling', 'Dapur Sehat Atasi Stunting', 'Bapak Asuh Anak Stunting', 'Jamban Sehat'],
    beneficiaries: ['balita berisiko stunting', 'ibu hamil', 'keluarga dengan baduta'],
    purpose: 'untuk menurunkan prevalensi stunting',
    problems: [
      'Prevalensi stunting masih di atas target nasional.',
      'Keluarga berisiko stunting belum terjangkau layanan gizi dan sanitasi.',
    ],
    steps: ['Memberikan makanan tambahan bergizi bagi balita dan ibu hamil.', 'Memantau tumbuh kembang balita setiap bulan di posyandu.'],
    unitCost: { label: 'Biaya pendampingan per anak', unit: 'per anak', minJuta: 1, maxJuta: 5 },
    unitsPerProgram: { min: 100, max: 5000 },
    outcome: { indicator: 'Prevalensi stunting', unit: '%', falls: true, min: 8, max: 35, decimals: 1 },
    fundingKinds: ['APBD', 'APBN', 'VILLAGE_FUND', 'CSR', 'ZAKAT_INFAQ'],
  },
  {
    theme: 'ECONOMIC_EMPOWERMENT',
    relatedThemes: ['EXTREME_POVERTY'],
    leadAgencyRoles: ['dinkop', 'pemda'],
    topics: ['UMKM Naik Kelas', 'Kredit Usaha Mikro', 'Pelatihan Kerja Pemuda', 'Pasar Digital UMKM', 'Koperasi Perempuan'],
    beneficiaries: ['pelaku UMKM', 'pemuda pencari kerja', 'perempuan kepala keluarga'],
    purpose: 'untuk menambah pendapatan keluarga melalui usaha dan keterampilan kerja',
    problems: [
      'Pelaku usaha mikro sulit mengakses modal dan pasar.',
      'Angka pengangguran terbuka pemuda masih tinggi.',
    ],
    steps: ['Melatih keterampilan usaha dan pemasaran digital.', 'Menyalurkan modal bergulir melalui koperasi.'],
    unitCost: { label: 'Bantuan per pelaku usaha', unit: 'per pelaku usaha', minJuta: 2, maxJuta: 25 },
    unitsPerProgram: { min: 50, max: 3000 },
    outcome: { indicator: 'Pelaku usaha yang omzetnya naik', unit: 'pelaku usaha', falls: false, min: 20, max: 2000, decimals: 0 },
    fundingKinds: ['APBD', 'CSR', 'ZAKAT_INFAQ', 'OTHER'],
  },
  {
    theme: 'DISASTER_RESILIENCE',
    relatedThemes: ['HOUSING', 'COMMUNITY_INFRASTRUCTURE'],
    leadAgencyRoles: ['bpbd', 'pupr'],
    topics: ['Kampung Siaga Bencana', 'Rumah Tahan Gempa', 'Normalisasi Sungai', 'Desa Tangguh Bencana', 'Sistem Peringatan Dini Banjir'],
    beneficiaries: ['warga daerah rawan banjir', 'warga daerah rawan gempa', 'desa rawan longsor'],
    purpose: 'untuk mengurangi risiko dan kerugian akibat bencana',
    problems: [
      'Permukiman berada di kawasan rawan banjir, longsor, atau gempa.',
      'Warga belum terlatih menghadapi keadaan darurat bencana.',
    ],
    steps: ['Memetakan risiko bencana bersama warga.', 'Melatih relawan dan menggelar simulasi evakuasi.'],
    unitCost: { label: 'Biaya per desa/kelurahan', unit: 'per desa/kelurahan', minJuta: 100, maxJuta: 2000 },
    unitsPerProgram: { min: 3, max: 60 },
    outcome: { indicator: 'Desa/kelurahan tangguh bencana', unit: 'desa/kelurahan', falls: false, min: 3, max: 60, decimals: 0 },
    fundingKinds: ['APBD', 'APBN', 'APBD_PROVINCE', 'CSR'],
  },
];
