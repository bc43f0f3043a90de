import { type EntityManager } from '@mikro-orm/core';
import { type Program } from '../programs';
import { type ProgramSearchDocument } from './program-search-document';
import { type SearchableProgramIndex } from './program-index';
import { selectRows } from '../db';

const SIMILAR_TIMEOUT_MS = 3_000;

/** What similarity is judged on: a program entity or a catalog card both have it. */
export type SimilarityBasis = Pick<Program, 'id' | 'themes' | 'title' | 'acronym' | 'localName'> & { hostRegency: { code: string } };

/**
 * Meilisearch's /similar needs an embedder, which Tiru does not run; instead the program's own
 * title, acronym and local name are the query (rarest words kept longest), among programs sharing a
 * theme, topped up with the most adopted programs of those themes.
 */
export async function similarProgramIdsInIndex(index: SearchableProgramIndex, program: SimilarityBasis, limit: number): Promise<number[]> {
  const filter = [`id != ${JSON.stringify(String(program.id))}`, ...(program.themes.length > 0 ? [`themes IN ${JSON.stringify(program.themes)}`] : [])];
  const documents = index.searchClient.index<ProgramSearchDocument>(index.indexUid);
  const signal = () => AbortSignal.timeout(SIMILAR_TIMEOUT_MS);
  const query = [program.title, program.acronym, program.localName].filter(Boolean).join(' ');
  const byWords = await documents.search(query, { filter, limit, matchingStrategy: 'frequency', attributesToRetrieve: ['id'] }, { signal: signal() });
  const ids = byWords.hits.map((hit) => Number(hit.id));
  if (ids.length >= limit) return ids;
  const byTheme = await documents.search('', { filter, limit: limit + ids.length, sort: ['adoptionCount:desc'], attributesToRetrieve: ['id'] }, { signal: signal() });
  return [...new Set([...ids, ...byTheme.hits.map((hit) => Number(hit.id))])].slice(0, limit);
}

/** Degraded mode: programs sharing a theme, most shared themes first, then the same province, then the most adopted. */
export async function similarProgramIdsInDatabase(em: EntityManager, program: SimilarityBasis, limit: number): Promise<number[]> {
  const themes = program.themes;
  const sharesTheme = themes.length > 0 ? 'and p.themes && array[?]::text[]' : '';
  const sharedThemes = themes.length > 0 ? '(select count(*) from unnest(p.themes) t where t in (?)) desc,' : '';
  const rows = await selectRows<{ id: number }>(
    em,
    `select p.id from program p join regency r on r.code = p.host_regency_code
      where p.publication = 'PUBLISHED' and p.id <> ? ${sharesTheme}
      order by ${sharedThemes}
               (r.province_code = (select province_code from regency where code = ?)) desc,
               (select count(*) from adoption a where a.program_id = p.id) desc, p.id desc
      limit ?`,
    [program.id, ...(themes.length > 0 ? [themes, themes] : []), program.hostRegency.code, limit],
  );
  return rows.map((row) => Number(row.id));
}
