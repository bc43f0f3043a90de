import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_ARTICLES, type Provenance, type StudyVisitSeed } from '../dataset';
import { loadIndonesiaRegions } from '@tiru/api/regions';
import { isStale } from '@tiru/api/programs';
import { programColumns } from '../seeder/program-rows';
import { demoDataset } from './index';
import { SOUTH_KALIMANTAN_DELEGATION } from './regency-codes';
import { ARTICLE_CITATIONS } from './source-articles';

const { agencies, programs, adoptions, hostCalendars, studyVisits, accounts } = demoDataset;

const agencyKeys = new Set(agencies.map((agency) => agency.key));
const programSlugs = new Set(programs.map((program) => program.slug));
const program = (slug: string) => {
  const found = programs.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`No demo program ${slug}`);
  return found;
};

function referencedAgencyKeys(): string[] {
  return [
    ...programs.flatMap((item) => [
      item.leadAgencyKey,
      ...item.partners.flatMap((partner) => partner.agencyKey ?? []),
      ...item.contacts.flatMap((contact) => contact.agencyKey ?? []),
    ]),
    ...studyVisits.flatMap((visit) => [
      ...visit.visitingAgencyKeys,
      ...(visit.coordinatorAgencyKey ? [visit.coordinatorAgencyKey] : []),
      ...(visit.participants ?? []).flatMap((participant) => participant.agencyKey ?? []),
    ]),
    ...accounts.flatMap((account) => account.agencyKey ?? []),
  ];
}

function referencedRegencyCodes(): string[] {
  return [
    ...agencies.flatMap((agency) => agency.regencyCode ?? []),
    ...programs.map((item) => item.hostRegencyCode),
    ...adoptions.map((adoption) => adoption.adopterRegencyCode),
    ...hostCalendars.map((calendar) => calendar.regencyCode),
    ...studyVisits.flatMap((visit) => [visit.hostRegencyCode, ...visit.visitingRegencyCodes]),
    ...accounts.flatMap((account) => [...(account.regencyCode ? [account.regencyCode] : []), ...(account.actsForRegencyCodes ?? [])]),
  ];
}

function figuresWithProvenance(): Array<{ where: string; figure: Provenance }> {
  return [
    ...programs.flatMap((item) =>
      [...item.costs, ...item.funding, ...item.outcomes, ...item.contacts].map((figure) => ({ where: item.slug, figure })),
    ),
    ...adoptions.map((adoption) => ({ where: `adoption ${adoption.programSlug}`, figure: adoption })),
    ...studyVisits.map((visit) => ({ where: visit.key, figure: visit })),
  ];
}

const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

describe('demo dataset identifiers', () => {
  it.each([
    ['program slugs', programs.map((item) => item.slug)],
    ['agency keys', agencies.map((agency) => agency.key)],
    ['study visit keys', studyVisits.map((visit) => visit.key)],
    ['account e-mails', accounts.map((account) => account.email)],
    ['host calendars', hostCalendars.map((calendar) => calendar.regencyCode)],
  ])('has unique %s', (_what, values) => {
    expect(new Set(values).size).toBe(values.length);
  });

  it('references only agencies it defines', () => {
    expect(referencedAgencyKeys().filter((key) => !agencyKeys.has(key))).toEqual([]);
  });

  it('references only programs it defines', () => {
    const referenced = [...adoptions.map((adoption) => adoption.programSlug), ...studyVisits.flatMap((visit) => visit.programSlugs)];
    expect(referenced.filter((slug) => !programSlugs.has(slug))).toEqual([]);
  });

  it('uses demo e-mail addresses on tiru.test only', () => {
    const emails = [...accounts.map((account) => account.email), ...programs.flatMap((item) => item.contacts.flatMap((c) => c.email ?? []))];
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@tiru\.test$/);
  });
});

describe('demo dataset regions', () => {
  let regencyNames: Map<string, string>;
  let provinceCodes: Set<string>;
  beforeAll(async () => {
    const regions = await loadIndonesiaRegions();
    regencyNames = new Map(regions.regencies.map((regency) => [regency.code, regency.name]));
    provinceCodes = new Set(regions.provinces.map((province) => province.code));
  });

  it('references only real Kemendagri regency and province codes', () => {
    expect(referencedRegencyCodes().filter((code) => !regencyNames.has(code))).toEqual([]);
    const agencyProvinces = agencies.flatMap((agency) => agency.provinceCode ?? []);
    expect(agencyProvinces.filter((code) => !provinceCodes.has(code))).toEqual([]);
  });

  it('places the hosts of the articles at their codes', () => {
    expect(regencyNames.get(program('prolita-bontang').hostRegencyCode)).toBe('Kota Bontang');
    expect(regencyNames.get(program('ritta-prabumulih').hostRegencyCode)).toBe('Kota Prabumulih');
    expect(regencyNames.get(program('kotaku-muara-enim').hostRegencyCode)).toBe('Kabupaten Muara Enim');
    expect(regencyNames.get(program('penanganan-kawasan-kumuh-mukomuko').hostRegencyCode)).toBe('Kabupaten Mukomuko');
  });

  it('codes the six South Kalimantan regencies of the 2024 visit correctly', () => {
    expect(SOUTH_KALIMANTAN_DELEGATION.map((code) => regencyNames.get(code))).toEqual([
      'Kabupaten Tabalong',
      'Kabupaten Hulu Sungai Tengah',
      'Kabupaten Hulu Sungai Selatan',
      'Kabupaten Barito Kuala',
      'Kota Banjarbaru',
      'Kabupaten Balangan',
    ]);
    const visit = studyVisits.find((candidate) => candidate.key === 'kalsel-ke-prabumulih-2024-02-16');
    expect(visit?.visitingRegencyCodes).toEqual(SOUTH_KALIMANTAN_DELEGATION);
    for (const key of visit?.visitingAgencyKeys ?? []) {
      const agency = agencies.find((candidate) => candidate.key === key);
      expect(agency?.provinceCode ?? agency?.regencyCode?.slice(0, 2)).toBe('63');
    }
  });
});

describe('demo dataset provenance', () => {
  it('flags every figure that no article supports as illustrative', () => {
    const unflagged = figuresWithProvenance().filter(({ figure }) => !figure.illustrative && !figure.source);
    expect(unflagged).toEqual([]);
  });

  it('cites only the articles in reference/news', () => {
    const cited = [
      ...figuresWithProvenance().flatMap(({ figure }) => figure.source ?? []),
      ...programs.flatMap((item) => item.sources ?? []),
    ];
    expect(cited.filter((source) => !(SOURCE_ARTICLES as readonly string[]).includes(source))).toEqual([]);
  });

  it('cites every article by its headline, not its file name, on a real day that has passed', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(Object.keys(ARTICLE_CITATIONS).sort()).toEqual([...SOURCE_ARTICLES].sort());
    for (const [article, citation] of Object.entries(ARTICLE_CITATIONS)) {
      expect(citation.title, article).not.toMatch(/\.txt$|^[a-z0-9-]+$/);
      if (citation.publishedOn) {
        expect(new Date(`${citation.publishedOn}T00:00:00Z`).toISOString().slice(0, 10), article).toBe(citation.publishedOn);
        expect(citation.publishedOn <= today, article).toBe(true);
      }
      if (citation.url) expect(new URL(citation.url).protocol, article).toBe('https:');
    }
  });

  it('keeps money as non-negative integer rupiah', () => {
    for (const cost of programs.flatMap((item) => item.costs)) {
      expect(typeof cost.amountRupiah).toBe('bigint');
      expect(cost.amountRupiah >= 0n).toBe(true);
    }
  });

  it('gives funding shares that add up to 100 wherever shares are given', () => {
    for (const item of programs) {
      const shares = item.funding.flatMap((funding) => funding.sharePercent ?? []);
      if (shares.length > 0) expect(shares.reduce((sum, share) => sum + share, 0), item.slug).toBe(100);
    }
  });

  it('links documents over https only', () => {
    for (const document of programs.flatMap((item) => item.documents)) expect(new URL(document.url).protocol).toBe('https:');
  });

  it('carries the sourced facts of the articles', () => {
    expect(program('prolita-bontang').costs).toContainEqual({
      label: 'Bantuan per RT',
      amountRupiah: 50_000_000n,
      unit: 'per RT',
      illustrative: false,
      source: 'tangsel-studies-bontang-prolita.txt',
    });
    expect(program('percepatan-penghapusan-kemiskinan-ekstrem-prabumulih').outcomes).toContainEqual(
      expect.objectContaining({ baseline: 11.28, value: 11.23, unit: '%', period: '2023-11-30', illustrative: false }),
    );
    expect(program('kotaku-muara-enim').outcomes).toContainEqual(
      expect.objectContaining({ value: 65, period: '2021-11-01', illustrative: false }),
    );
    expect(program('penanganan-kawasan-kumuh-mukomuko').legalBasis).toBe('Keputusan Bupati Mukomuko Nomor 100-115 Tahun 2023');
    expect(program('verifikasi-data-p3ke-mukomuko').legalBasis).toMatch(/^Instruksi Presiden Nomor 4 Tahun 2022/);
    expect(program('ritta-prabumulih').partners.map((partner) => partner.name)).toEqual(
      expect.arrayContaining(['Kodim 0404/Muara Enim', 'PHRZ 4', 'BSB', 'PT Perta Samtan Gas']),
    );
  });

  it('counts in the key figures what the outcomes count, flagged as they are', () => {
    for (const item of programs) {
      const houses = item.outcomes.find((outcome) => outcome.unit === 'rumah');
      if (!houses) continue;
      expect(item.unitsBuilt, item.slug).toBe(houses.value);
      expect(item.illustrativeFields?.includes('unitsBuilt') ?? false, item.slug).toBe(houses.illustrative);
    }
    expect(program('verifikasi-data-p3ke-mukomuko').outcomes).toContainEqual(
      expect.objectContaining({ value: 4, unit: 'kali per tahun', illustrative: false, source: 'mukomuko-slums-extreme-poverty.txt' }),
    );
  });

  it('shows the stale warning only on the profiles nobody has confirmed since their article, whatever the seed day', () => {
    for (const seedDay of [new Date('2026-12-07T08:00:00Z'), new Date('2031-06-01T08:00:00Z')]) {
      const stale = programs.filter((item) => isStale({ lastVerifiedAt: programColumns(item, undefined, seedDay).lastVerifiedAt }, seedDay));
      expect(stale.map((item) => item.slug).sort()).toEqual(['kotaku-muara-enim', 'prolita-bontang']);
    }
    const confirmedByHost = programs.filter((item) => item.confirmedDaysBeforeSeeding !== undefined);
    for (const item of confirmedByHost) expect(item.illustrativeFields, item.slug).toContain('lastVerifiedAt');
  });

  it("gives every demo program the host's English title and summary, within the limits of the Indonesian ones", () => {
    for (const item of programs) {
      expect(item.titleEn?.length ?? 0, item.slug).toBeGreaterThanOrEqual(3);
      expect(item.titleEn!.length, item.slug).toBeLessThanOrEqual(300);
      expect(item.summaryEn!.length, item.slug).toBeGreaterThanOrEqual(20);
      expect(item.summaryEn!.length, item.slug).toBeLessThanOrEqual(4000);
    }
    expect(program('ritta-prabumulih').summaryEn).toMatch(/^Prabumulih's newest housing programme/);
  });

  it('dates the sourced visits on the weekdays the articles name', () => {
    const weekdayOf = (key: string) => isoWeekday(studyVisits.find((visit) => visit.key === key)?.dates[0] ?? '');
    expect(weekdayOf('kalsel-ke-prabumulih-2024-02-16')).toBe(5); // "Jumat (16/2/2024)"
    expect(weekdayOf('tangsel-ke-bontang-2014-03-04')).toBe(2); // "Selasa (4/3)"
  });
});

describe('demo dataset calendars and visits', () => {
  const calendarOf = (visit: StudyVisitSeed) => hostCalendars.find((calendar) => calendar.regencyCode === visit.hostRegencyCode);
  const upcoming = studyVisits.filter((visit) => visit.state !== 'COMPLETED');

  it('lists visit dates as ascending calendar days', () => {
    for (const visit of studyVisits) {
      for (const date of visit.dates) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      expect([...visit.dates].sort()).toEqual(visit.dates);
    }
  });

  it('has live workflow: a request to Bontang and a confirmed visit', () => {
    expect(upcoming.some((visit) => visit.state === 'REQUESTED' && visit.hostRegencyCode === '64.74')).toBe(true);
    expect(upcoming.some((visit) => visit.state === 'CONFIRMED')).toBe(true);
    for (const visit of upcoming) expect(visit.illustrative).toBe(true);
  });

  it('books upcoming visits on the host’s working days, outside blackouts and within capacity', () => {
    for (const visit of upcoming) {
      const calendar = calendarOf(visit);
      expect(calendar, visit.key).toBeDefined();
      if (!calendar) continue;
      const blackouts = new Set(calendar.blackoutDates.map((blackout) => blackout.date));
      for (const date of visit.dates) {
        expect(calendar.workingDays, `${visit.key} ${date}`).toContain(isoWeekday(date));
        expect(blackouts.has(date), `${visit.key} ${date}`).toBe(false);
      }
      expect(visit.participantCount).toBeLessThanOrEqual(calendar.participantsPerDay);
    }
  });

  it('blocks the fixed national holidays of 2026 and 2027 on every host calendar', () => {
    const fixedHolidays = ['01-01', '05-01', '06-01', '08-17', '12-25'].flatMap((day) => [`2026-${day}`, `2027-${day}`]);
    for (const calendar of hostCalendars) {
      const certain = calendar.blackoutDates.filter((blackout) => !blackout.illustrative).map((blackout) => blackout.date);
      expect(certain).toEqual(expect.arrayContaining(fixedHolidays));
    }
  });

  it('gives host editors the regencies that host demo programs', () => {
    const hosts = new Set(programs.map((item) => item.hostRegencyCode));
    for (const editor of accounts.filter((account) => account.role === 'HOST_EDITOR')) {
      expect(hosts.has(editor.regencyCode ?? '')).toBe(true);
    }
    const roles = new Set(accounts.map((account) => account.role));
    expect(roles).toEqual(new Set(['ADMIN', 'HOST_EDITOR', 'COORDINATOR', 'DELEGATE']));
  });
});
