import type { ProgramSeed, SourceArticle } from '../dataset';
import { REGENCY } from './regency-codes';

const ARTICLE: SourceArticle = 'muara-enim-kotaku-slums-2021.txt';

export const kotakuMuaraEnim: ProgramSeed = {
  slug: 'kotaku-muara-enim',
  title: 'Kota Tanpa Kumuh (Kotaku) Kabupaten Muara Enim',
  titleEn: "Cities Without Slums (Kotaku) in Muara Enim Regency",
  summaryEn:
    "Muara Enim Regency makes slum upgrading and poverty reduction development priorities through the Cities Without Slums programme. The regency's Housing and Settlements Office runs its support together with the housing working group (Pokja PKP) and community self-help bodies (LKM), to improve access to infrastructure and basic services in urban slums.",
  acronym: 'Kotaku',
  hostRegencyCode: REGENCY.MUARA_ENIM,
  leadAgencyKey: 'perkim-muara-enim',
  themes: ['SLUM_UPGRADING', 'EXTREME_POVERTY', 'COMMUNITY_INFRASTRUCTURE'],
  summary:
    'Pemerintah Kabupaten Muara Enim menjadikan penanganan permukiman kumuh dan kemiskinan prioritas pembangunan melalui ' +
    'Program Kota Tanpa Kumuh. Dukungan daerah diselenggarakan Dinas Perumahan dan Kawasan Permukiman bersama Pokja PKP ' +
    'dan Lembaga Keswadayaan Masyarakat (LKM), untuk meningkatkan akses terhadap infrastruktur dan pelayanan dasar di ' +
    'permukiman kumuh perkotaan.',
  problem:
    'Permukiman kumuh dan kemiskinan harus diintervensi dengan cepat sesuai target rencana pembangunan pusat, provinsi, ' +
    'dan kabupaten, dan tidak dapat ditangani oleh pemerintah saja.',
  approachSteps: [
    'Menjadikan penanggulangan kumuh dan kemiskinan prioritas dalam rencana pembangunan daerah.',
    'Menggelar diskusi tematik Kotaku bersama Pokja PKP, LKM, dan tim Kotaku provinsi untuk membahas pelaksanaan program.',
    'Meningkatkan akses terhadap infrastruktur dan pelayanan dasar di permukiman kumuh perkotaan agar layak huni, produktif, dan berkelanjutan.',
    'Menugaskan perangkat daerah teknis bidang infrastruktur dan ekonomi kerakyatan agar penanggulangan kumuh dan kemiskinan tetap menjadi fokus utama.',
    'Melibatkan semua pemangku kepentingan, tidak hanya pemerintah.',
  ],
  activity: 'RUNNING',
  lastVerifiedAt: '2021-11-01',
  costs: [
    { label: 'Bantuan infrastruktur per kelurahan', amountRupiah: 1_000_000_000n, unit: 'per kelurahan', illustrative: true },
  ],
  funding: [
    { kind: 'APBN', sharePercent: 70, illustrative: true },
    { kind: 'APBD', sharePercent: 20, illustrative: true },
    { kind: 'SWADAYA', sharePercent: 10, note: 'Swadaya masyarakat melalui LKM', illustrative: true },
  ],
  outcomes: [
    {
      indicator: 'Peserta Diskusi Tematik 1 Kotaku',
      value: 65,
      unit: 'orang',
      period: '2021-11-01',
      illustrative: false,
      source: ARTICLE,
    },
    { indicator: 'Luas kawasan kumuh tertangani', value: 20, unit: 'ha', period: '2021', illustrative: true },
  ],
  partners: [
    { name: 'Bappeda Kabupaten Muara Enim', agencyKey: 'bappeda-muara-enim', role: 'Tuan rumah diskusi tematik' },
    { name: 'Pokja PKP Kabupaten Muara Enim', role: 'Kelompok kerja kepala perangkat daerah' },
    { name: 'Lembaga Keswadayaan Masyarakat (LKM)', agencyKey: 'lkm-muara-enim', role: 'Penggerak masyarakat' },
    { name: 'Tim Kotaku OC-4 Provinsi Sumatera Selatan', role: 'Pendamping program' },
  ],
  contacts: [
    {
      name: 'Bidang Kawasan Permukiman',
      role: 'Narahubung program',
      agencyKey: 'perkim-muara-enim',
      email: 'kotaku.muaraenim@tiru.test',
      illustrative: true,
    },
  ],
  documents: [],
  publication: 'PUBLISHED',
  sources: [ARTICLE],
};
