export { connectMeilisearch, type MeilisearchConnection } from './meilisearch-connection';
export { searchProgramIndex } from './program-index-search';
export { PROGRAM_INDEX_UID } from './program-index-settings';
export type { ProgramIndex } from './program-index';
export { reindexPrograms, type ReindexProgress, type ReindexSummary } from './program-reindex';
export { normalizeSearchRequest, type ProgramSearchFilters, type ProgramSearchRequest, type ProgramSearchSort } from './program-search-request';
export { startApiProgramSearch } from './program-search-sync';
export { ProgramSimilarityResolver, SearchResolver } from './search.resolver';
