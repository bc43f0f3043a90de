import { z } from 'zod';
import stopWordsFile from './stop-words.id.json' with { type: 'json' };
import synonymGroupsFile from './synonyms.id.json' with { type: 'json' };

// Both files are edited by people; a malformed entry must fail loudly, naming the file.
const synonymGroupsSchema = z.array(z.array(z.string().trim().min(1)).min(2));
const stopWordsSchema = z.array(z.string().trim().min(1));

/** Meilisearch matches synonyms case-insensitively only on its normalized form, so terms are stored that way. */
export function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Turns groups of equivalent terms into Meilisearch's synonyms map: each term maps to the other terms
 * of every group it belongs to. Groups are not merged transitively.
 */
export function expandSynonymGroups(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = new Set(group.map(normalizeTerm));
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries(
    [...synonyms].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others].sort()]),
  );
}

export function indonesianSynonymGroups(): string[][] {
  return parseDataFile(synonymGroupsSchema, synonymGroupsFile, 'synonyms.id.json');
}

export function indonesianSynonyms(): Record<string, string[]> {
  return expandSynonymGroups(indonesianSynonymGroups());
}

export function indonesianStopWords(): string[] {
  return [...new Set(parseDataFile(stopWordsSchema, stopWordsFile, 'stop-words.id.json').map(normalizeTerm))];
}

function parseDataFile<T>(schema: z.ZodType<T>, content: unknown, fileName: string): T {
  const result = schema.safeParse(content);
  if (!result.success) throw new Error(`api/src/search/${fileName} is malformed: ${z.prettifyError(result.error)}`);
  return result.data;
}
