import { type EntityManager } from '@mikro-orm/core';
import { type FundingKind, Program, ProgramFunding, ProgramOutcome, ProgramPartner, type Theme } from '../../programs/program.entities';
import { Province, Regency } from '../../regions/region.entities';
import { type Viewer } from '../../core/viewer';
import { createViewer, seedTestRegions } from '../../testing/factories';
import { startTestApi, type TestApi } from '../../testing/test-api';

type FixtureProgram = {
  slug: string;
  title: string;
  acronym?: string;
  localName?: string;
  hostRegencyCode: string;
  themes: Theme[];
  summary: string;
  problem: string;
  startYear?: number;
  unitCostRupiah?: bigint;
  unitCostUnit?: string;
  funding: FundingKind[];
  partners?: string[];
  outcome?: { indicator: string; baseline?: number; value: number; unit: string; period: string };
  publication?: 'DRAFT' | 'PUBLISHED';
};

const PRABUMULIH_HOUSING_PROBLEM =
  'Keluarga kurang mampu di Prabumulih masih menempati rumah tidak layak huni; rumah yang layak huni menjadi salah satu ' +
  'cara mengatasi kemiskinan ekstrem di kota ini.';

/** The demo programs (seeds/src/demo), trimmed to what search reads, plus one draft that must stay unfindable. */
export const SEARCH_FIXTURE_PROGRAMS: FixtureProgram[] = [
  {
    slug: 'ritta-prabumulih',
    title: 'Rumah Inti Tumbuh Tahan Gempa',
    acronym: 'RITTA',
    hostRegencyCode: '16.74',
    themes: ['HOUSING', 'EXTREME_POVERTY', 'DISASTER_RESILIENCE'],
    summary:
      'Program perumahan terbaru Pemerintah Kota Prabumulih bagi masyarakat kurang mampu: pembangunan rumah inti tumbuh ' +
      'yang tahan gempa agar keluarga kurang mampu menempati rumah layak huni. Dikerjakan bersama BAZNAS, DPRD, ' +
      'TNI/Polri, perusahaan, dan pemerintah pusat.',
    problem: PRABUMULIH_HOUSING_PROBLEM,
    startYear: 2023,
    unitCostRupiah: 40_000_000n,
    unitCostUnit: 'per rumah',
    funding: ['APBD', 'ZAKAT_INFAQ', 'CSR', 'APBN'],
    partners: ['Badan Amil Zakat Nasional (BAZNAS)', 'PT Perta Samtan Gas'],
    outcome: { indicator: 'Rumah RITTA terbangun', value: 50, unit: 'rumah', period: '2023' },
  },
  {
    slug: 'bedah-rumah-infaq-pegawai-prabumulih',
    title: 'Bedah Rumah dari Infaq Pegawai',
    hostRegencyCode: '16.74',
    themes: ['HOUSING', 'EXTREME_POVERTY'],
    summary:
      'Perbaikan rumah keluarga kurang mampu di Kota Prabumulih yang dibiayai melalui infaq pegawai, bagian dari upaya ' +
      'Pemkot Prabumulih memberikan rumah layak huni untuk mengatasi kemiskinan ekstrem.',
    problem: PRABUMULIH_HOUSING_PROBLEM,
    startYear: 2022,
    unitCostRupiah: 25_000_000n,
    unitCostUnit: 'per rumah',
    funding: ['ZAKAT_INFAQ'],
    partners: ['Badan Amil Zakat Nasional (BAZNAS)'],
  },
  {
    slug: 'rumah-komunitas-prabumulih',
    title: 'Pembangunan Rumah Komunitas',
    hostRegencyCode: '16.74',
    themes: ['HOUSING', 'EXTREME_POVERTY'],
    summary:
      'Pembangunan rumah komunitas sebagai salah satu program Pemkot Prabumulih dalam menangani perumahan bagi masyarakat ' +
      'kurang mampu, yang dipelajari delegasi Kalimantan Selatan pada Februari 2024.',
    problem: PRABUMULIH_HOUSING_PROBLEM,
    unitCostRupiah: 60_000_000n,
    unitCostUnit: 'per rumah',
    funding: ['APBD', 'CSR', 'ZAKAT_INFAQ'],
  },
  {
    slug: 'percepatan-penghapusan-kemiskinan-ekstrem-prabumulih',
    title: 'Koordinasi Percepatan Penghapusan Kemiskinan Ekstrem',
    hostRegencyCode: '16.74',
    themes: ['EXTREME_POVERTY', 'DATA_AND_TARGETING'],
    summary:
      'Pemerintah Kota Prabumulih bersama Bappeda mengoordinasikan program OPD untuk menekan kemiskinan ekstrem: kegiatan ' +
      'disusun berdasarkan Renja dan RKA agar menjawab akar masalah, wilayah prioritas, serta keluarga penerima manfaat yang tepat.',
    problem: 'Persentase penduduk miskin Kota Prabumulih masih 11,23 persen per 30 November 2023.',
    startYear: 2024,
    unitCostRupiah: 500_000_000n,
    unitCostUnit: 'per tahun',
    funding: ['APBD'],
    outcome: { indicator: 'Persentase penduduk miskin', baseline: 11.28, value: 11.23, unit: '%', period: '2023-11-30' },
  },
  {
    slug: 'kotaku-muara-enim',
    title: 'Kota Tanpa Kumuh (Kotaku) Kabupaten Muara Enim',
    acronym: 'Kotaku',
    hostRegencyCode: '16.03',
    themes: ['SLUM_UPGRADING', 'EXTREME_POVERTY', 'COMMUNITY_INFRASTRUCTURE'],
    summary:
      'Pemerintah Kabupaten Muara Enim menjadikan penanganan permukiman kumuh dan kemiskinan prioritas pembangunan melalui ' +
      'Program Kota Tanpa Kumuh bersama Pokja PKP dan Lembaga Keswadayaan Masyarakat (LKM).',
    problem: 'Permukiman kumuh dan kemiskinan harus diintervensi dengan cepat dan tidak dapat ditangani oleh pemerintah saja.',
    startYear: 2021,
    unitCostRupiah: 1_000_000_000n,
    unitCostUnit: 'per kelurahan',
    funding: ['APBN', 'APBD', 'SWADAYA'],
  },
  {
    slug: 'prolita-bontang',
    title: 'Program Lima Puluh Juta per RT',
    acronym: 'Prolita',
    hostRegencyCode: '64.74',
    themes: ['COMMUNITY_INFRASTRUCTURE'],
    summary:
      'Pemerintah Kota Bontang memberikan bantuan Rp50.000.000 untuk setiap RT guna membangun fasilitas umum masyarakat. ' +
      'Pemanfaatan bantuan diusulkan langsung dan dikelola oleh warga, sedangkan pemantauannya dilakukan oleh setiap kelurahan.',
    problem: 'Pembangunan fasilitas umum di lingkungan warga perlu tepat sasaran dan sesuai dengan kebutuhan masyarakat setempat.',
    startYear: 2014,
    unitCostRupiah: 50_000_000n,
    unitCostUnit: 'per RT',
    funding: ['APBD'],
  },
  {
    slug: 'penanganan-kawasan-kumuh-mukomuko',
    title: 'Penanganan Kawasan Kumuh di 28 Lokasi',
    hostRegencyCode: '17.06',
    themes: ['SLUM_UPGRADING', 'HOUSING', 'EXTREME_POVERTY'],
    summary: 'Kabupaten Mukomuko menata 28 lokasi kawasan kumuh dan memperbaiki rumah warga miskin ekstrem bersama desa.',
    problem: 'Kawasan kumuh dan rumah tidak layak huni masih banyak di Kabupaten Mukomuko.',
    startYear: 2023,
    unitCostRupiah: 750_000_000n,
    unitCostUnit: 'per lokasi',
    funding: ['APBD', 'VILLAGE_FUND'],
  },
  {
    slug: 'verifikasi-data-p3ke-mukomuko',
    title: 'Verifikasi dan Validasi Data P3KE Setiap Tiga Bulan',
    hostRegencyCode: '17.06',
    themes: ['DATA_AND_TARGETING', 'EXTREME_POVERTY'],
    summary: 'Kabupaten Mukomuko memverifikasi dan memvalidasi data P3KE setiap tiga bulan agar bantuan tepat sasaran.',
    problem: 'Data penerima bantuan yang usang membuat bantuan salah sasaran.',
    funding: ['APBD'],
    publication: 'DRAFT',
  },
];

/** The test regions (testing/factories.ts) plus Bengkulu and Kabupaten Mukomuko. */
export async function seedSearchRegions(em: EntityManager): Promise<void> {
  await seedTestRegions(em);
  em.create(Province, { code: '17', name: 'Bengkulu', timeZone: 'Asia/Jakarta' });
  em.create(Regency, { code: '17.06', province: '17', name: 'Kabupaten Mukomuko', kind: 'KABUPATEN' });
  await em.flush();
}

/** Inserts the fixture programs directly (no outbox events): index them with a reindex. */
export async function createSearchFixtures(em: EntityManager): Promise<Map<string, Program>> {
  const programs = new Map<string, Program>();
  for (const fixture of SEARCH_FIXTURE_PROGRAMS) {
    const program = em.create(Program, {
      slug: fixture.slug,
      title: fixture.title,
      acronym: fixture.acronym ?? null,
      localName: fixture.localName ?? null,
      hostRegency: fixture.hostRegencyCode,
      themes: fixture.themes,
      summary: fixture.summary,
      problem: fixture.problem,
      startYear: fixture.startYear ?? null,
      unitCostRupiah: fixture.unitCostRupiah ?? null,
      unitCostUnit: fixture.unitCostUnit ?? null,
      publication: fixture.publication ?? 'PUBLISHED',
    });
    fixture.funding.forEach((kind, position) => em.create(ProgramFunding, { program, kind, position }));
    (fixture.partners ?? []).forEach((name, position) => em.create(ProgramPartner, { program, name, position }));
    if (fixture.outcome) em.create(ProgramOutcome, { program, ...fixture.outcome, baseline: fixture.outcome.baseline ?? null });
    programs.set(fixture.slug, program);
  }
  await em.flush();
  return programs;
}

/** A fresh API database with the search regions and fixture programs, and an admin to act with. */
export async function startSearchFixtureApi(): Promise<{ api: TestApi; admin: Viewer; programs: Map<string, Program> }> {
  const api = await startTestApi();
  const em = api.em();
  await seedSearchRegions(em);
  const programs = await createSearchFixtures(em);
  return { api, admin: await createViewer(em, 'ADMIN'), programs };
}
