import { type EntityManager } from '@mikro-orm/core';
import { createAccount, viewerOf } from '@tiru/api/accounts';
import { type Viewer } from '@tiru/api/core';
import { Adoption } from '@tiru/api/adoptions';
import { Agency } from '@tiru/api/agencies';
import { enqueueOutboxEvent, OUTBOX_TOPICS } from '@tiru/api/outbox';
import {
  Program,
  ProgramContact,
  ProgramCost,
  ProgramDocument,
  ProgramFunding,
  ProgramOutcome,
  ProgramPartner,
} from '@tiru/api/programs';
import { type DemoDataset, type ProgramSeed, type PublicationState, type SourceArticle } from '../dataset';
import { ARTICLE_CITATIONS } from '../demo/source-articles';
import { isTotalBudget, programColumns } from './program-rows';
import { seedHostCalendarsAndVisits, type VisitSeedReferences } from './seed-visits';

export type SeedReferences = VisitSeedReferences;

function agencyId(refs: SeedReferences, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const id = refs.agencyIdByKey.get(key);
  if (!id) throw new Error(`Demo data names agency "${key}", which the dataset does not define.`);
  return id;
}

async function seedAgencies(em: EntityManager, dataset: DemoDataset): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const seed of dataset.agencies) {
    const agency = em.create(Agency, { name: seed.name, type: seed.type, regency: seed.regencyCode ?? null, province: seed.provinceCode ?? null });
    ids.set(seed.key, agency.id);
  }
  await em.flush();
  return ids;
}

async function seedAccounts(em: EntityManager, dataset: DemoDataset, agencyIdByKey: Map<string, string>): Promise<Map<string, Viewer>> {
  const viewers = new Map<string, Viewer>();
  for (const seed of dataset.accounts) {
    const account = await createAccount(em, {
      email: seed.email,
      displayName: seed.displayName,
      password: seed.password,
      memberships: [
        {
          role: seed.role,
          regencyCode: seed.role === 'COORDINATOR' ? null : (seed.regencyCode ?? null),
          agencyId: seed.agencyKey ? (agencyIdByKey.get(seed.agencyKey) ?? null) : null,
          coveredRegencyCodes: seed.actsForRegencyCodes ?? [],
        },
      ],
    });
    viewers.set(seed.email, await viewerOf(em, account));
  }
  return viewers;
}

function citedSource(article: SourceArticle | undefined) {
  const citation = article ? ARTICLE_CITATIONS[article] : undefined;
  return {
    sourceTitle: citation?.title ?? null,
    sourcePublisher: citation?.publisher ?? null,
    sourcePublishedOn: citation?.publishedOn ?? null,
    sourceUrl: citation?.url ?? null,
  };
}

function seedProgram(em: EntityManager, seed: ProgramSeed, refs: SeedReferences, now: Date): Program {
  const program = em.create(Program, programColumns(seed, agencyId(refs, seed.leadAgencyKey), now));
  seed.costs.forEach((cost, position) =>
    em.create(ProgramCost, {
      program,
      position,
      kind: isTotalBudget(cost) ? 'TOTAL_BUDGET' : 'UNIT_COST',
      label: cost.label,
      amountRupiah: cost.amountRupiah,
      unit: cost.unit ?? null,
      year: cost.year ?? null,
      illustrative: cost.illustrative,
      source: cost.source ?? null,
    }),
  );
  seed.funding.forEach((funding, position) =>
    em.create(ProgramFunding, {
      program,
      position,
      kind: funding.kind,
      sharePercent: funding.sharePercent ?? null,
      note: funding.note ?? null,
      illustrative: funding.illustrative,
      source: funding.source ?? null,
    }),
  );
  seed.outcomes.forEach((outcome, position) =>
    em.create(ProgramOutcome, {
      program,
      position,
      indicator: outcome.indicator,
      baseline: outcome.baseline ?? null,
      value: outcome.value,
      unit: outcome.unit,
      period: outcome.period,
      ...citedSource(outcome.source),
      illustrative: outcome.illustrative,
    }),
  );
  seed.partners.forEach((partner, position) =>
    em.create(ProgramPartner, { program, position, name: partner.name, role: partner.role ?? null, agency: agencyId(refs, partner.agencyKey) ?? null }),
  );
  seed.contacts.forEach((contact, position) =>
    em.create(ProgramContact, {
      program,
      position,
      name: contact.name,
      role: contact.role,
      agency: agencyId(refs, contact.agencyKey) ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      illustrative: contact.illustrative,
    }),
  );
  seed.documents.forEach((document, position) => em.create(ProgramDocument, { program, position, title: document.title, url: document.url }));
  return program;
}

/**
 * Loads the demo dataset — programs, accounts, adoptions, host calendars, visits — in one transaction: all of it, or none.
 * `now` is the seed day's clock: the visits' history is dated before it.
 */
export async function seedDemo(
  em: EntityManager,
  dataset: DemoDataset,
  now = new Date(),
): Promise<SeedReferences & { programsByPublication: Record<PublicationState, number>; visitIdByKey: Map<string, string> }> {
  return em.transactional(async (tx) => {
    const agencyIdByKey = await seedAgencies(tx, dataset);
    const viewerByEmail = await seedAccounts(tx, dataset, agencyIdByKey);
    const refs = { agencyIdByKey, viewerByEmail };
    const programs = dataset.programs.map((seed) => seedProgram(tx, seed, refs, now));
    await tx.flush();
    const programBySlug = new Map(programs.map((program) => [program.slug, program]));
    for (const adoption of dataset.adoptions) {
      const program = programBySlug.get(adoption.programSlug);
      if (!program) throw new Error(`Adoption names program "${adoption.programSlug}", which the dataset does not define.`);
      tx.create(Adoption, { program, adopterRegency: adoption.adopterRegencyCode, stage: adoption.stage, year: adoption.year, notes: adoption.notes, source: adoption.source ?? null });
    }
    for (const program of programs) enqueueOutboxEvent(tx, OUTBOX_TOPICS.searchProgram, String(program.id), { slug: program.slug, reason: 'seed' });
    await tx.flush();
    const visitIdByKey = await seedHostCalendarsAndVisits(tx, dataset, refs, now);
    const programsByPublication: Record<PublicationState, number> = { PUBLISHED: 0, DRAFT: 0, ARCHIVED: 0 };
    for (const program of programs) programsByPublication[program.publication as PublicationState] += 1;
    return { ...refs, programsByPublication, visitIdByKey };
  });
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the seeder loaded, counted as the site counts it: published programs apart from drafts and archived ones. */
export function demoSummary(result: Awaited<ReturnType<typeof seedDemo>>): string {
  const { PUBLISHED, DRAFT, ARCHIVED } = result.programsByPublication;
  const programs = [
    plural(PUBLISHED, 'published program', 'published programs'),
    plural(DRAFT, 'draft', 'drafts'),
    ...(ARCHIVED > 0 ? [plural(ARCHIVED, 'archived program', 'archived programs')] : []),
  ];
  return [
    ...programs,
    plural(result.visitIdByKey.size, 'study visit', 'study visits'),
    plural(result.agencyIdByKey.size, 'agency', 'agencies'),
    plural(result.viewerByEmail.size, 'account', 'accounts'),
  ].join(', ');
}
