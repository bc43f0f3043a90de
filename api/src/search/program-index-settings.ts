import type { Meilisearch, Settings } from 'meilisearch';
import { indonesianStopWords, indonesianSynonyms } from './indonesian-vocabulary';
import { awaitTaskSuccess, MeilisearchTaskFailedError } from './meilisearch-task';
import type { ProgramSearchDocument } from './program-search-document';

export const PROGRAM_INDEX_UID = 'programs';

type ProgramAttribute = keyof ProgramSearchDocument;

/** In ranking order: a match in an earlier attribute ranks higher. */
const searchableAttributes: ProgramAttribute[] = [
  'title',
  'acronym',
  'localName',
  'summary',
  'titleEn',
  'summaryEn',
  'themeLabels',
  'problem',
  'hostRegencyName',
  'provinceName',
  'approachText',
  'outcomeHeadlines',
  'partners',
];

const filterableAttributes: ProgramAttribute[] = [
  'provinceCode',
  'hostRegencyCode',
  'themes',
  'fundingKinds',
  'startYear',
  'startYearRange',
  'unitCostRupiah',
  'unitCostRange',
  'totalBudgetRupiah',
  'activity',
  'id',
];

const sortableAttributes: ProgramAttribute[] = [
  'updatedAt',
  'startYear',
  'unitCostRupiah',
  'totalBudgetRupiah',
  'adoptionCount',
  'beneficiaries',
];

export function programIndexSettings(): Settings {
  return {
    searchableAttributes,
    filterableAttributes,
    sortableAttributes,
    // Meilisearch's default rules with `sort` right after `words`, so a chosen order (cheapest first)
    // holds among the programs matching the query; programs other regions already adopted break ties.
    rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness', 'adoptionCount:desc'],
    synonyms: indonesianSynonyms(),
    stopWords: indonesianStopWords(),
    typoTolerance: {
      enabled: true,
      // One typo from 5 letters lets "gemppa" find "gempa" while 4-letter words such as "kota" and
      // "kita" stay apart; acronyms (RT, RW, P3KE) are shorter still and must match exactly.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // Years and rupiah amounts one digit apart are different facts.
      disableOnNumbers: true,
    },
    // Large enough for a facet over every kabupaten/kota (514).
    faceting: { maxValuesPerFacet: 600, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 5_000 },
  };
}

/** Creates the index if it is missing and applies the settings; safe to run at every start. */
export async function applyProgramIndexSettings(client: Meilisearch, indexUid = PROGRAM_INDEX_UID): Promise<void> {
  await createIndexUnlessPresent(client, indexUid);
  await awaitTaskSuccess(client.index(indexUid).updateSettings(programIndexSettings()), `apply the settings of index ${indexUid}`);
}

export async function createIndexUnlessPresent(client: Meilisearch, indexUid: string): Promise<void> {
  // Creating and tolerating "already exists" stays correct when two processes start at once.
  const enqueued = await client.createIndex(indexUid, { primaryKey: 'id' });
  // createIndex (meilisearch 0.62) ignores the client's defaultWaitOptions and would give up after 5 s.
  const task = await client.tasks.waitForTask(enqueued.taskUid);
  if (task.status === 'succeeded' || task.error?.code === 'index_already_exists') return;
  throw new MeilisearchTaskFailedError(task, `create index ${indexUid}`);
}
