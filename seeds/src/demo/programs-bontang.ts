import type { ProgramSeed, SourceArticle } from '../dataset';
import { REGENCY } from './regency-codes';

const ARTICLE: SourceArticle = 'tangsel-studies-bontang-prolita.txt';

export const prolita: ProgramSeed = {
  slug: 'prolita-bontang',
  title: 'Program Lima Puluh Juta per RT',
  titleEn: "Fifty Million Rupiah per Neighbourhood (RT)",
  summaryEn:
    "The City of Bontang gives every neighbourhood unit (RT) Rp50,000,000 to build public facilities. Residents propose how the grant is used and manage it themselves; each urban village (kelurahan) monitors the work.",
  acronym: 'Prolita',
  hostRegencyCode: REGENCY.BONTANG,
  leadAgencyKey: 'pemkot-bontang',
  themes: ['COMMUNITY_INFRASTRUCTURE'],
  summary:
    'Pemerintah Kota Bontang memberikan bantuan Rp50.000.000 untuk setiap RT guna membangun fasilitas umum masyarakat. ' +
    'Pemanfaatan bantuan diusulkan langsung dan dikelola oleh warga, sedangkan pemantauannya dilakukan oleh setiap kelurahan.',
  problem:
    'Pembangunan fasilitas umum di lingkungan warga perlu tepat sasaran dan sesuai dengan kebutuhan yang paling dipahami ' +
    'oleh masyarakat setempat.',
  approachSteps: [
    'Pemerintah Kota Bontang menyediakan bantuan Rp50.000.000 untuk setiap RT sebagai program prioritas.',
    'Warga mengusulkan langsung pemanfaatan bantuan untuk pembangunan fasilitas umum di lingkungannya.',
    'Warga mengelola sendiri pelaksanaan pembangunan.',
    'Setiap kelurahan memantau pelaksanaan bantuan di wilayahnya.',
  ],
  activity: 'RUNNING',
  lastVerifiedAt: '2014-03-04',
  costs: [
    { label: 'Bantuan per RT', amountRupiah: 50_000_000n, unit: 'per RT', illustrative: false, source: ARTICLE },
    { label: 'Perkiraan anggaran seluruh RT per tahun', amountRupiah: 50_000_000_000n, unit: 'per tahun', illustrative: true },
  ],
  funding: [{ kind: 'APBD', note: 'Bantuan Pemerintah Kota Bontang', illustrative: false, source: ARTICLE }],
  outcomes: [{ indicator: 'RT penerima bantuan', value: 1000, unit: 'RT', period: '2014', illustrative: true }],
  partners: [
    { name: 'Kelurahan se-Kota Bontang', role: 'Memantau pelaksanaan bantuan' },
    { name: 'Warga dan pengurus RT', role: 'Mengusulkan dan mengelola pemanfaatan bantuan' },
  ],
  contacts: [
    {
      name: 'Sekretariat Prolita',
      role: 'Narahubung program',
      agencyKey: 'pemkot-bontang',
      email: 'prolita.bontang@tiru.test',
      illustrative: true,
    },
  ],
  documents: [],
  publication: 'PUBLISHED',
  sources: [ARTICLE],
};
