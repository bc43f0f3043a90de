export { connectMeilisearch, type MeilisearchConnection } from './meilisearch-connection';
export { searchProgramIndex } from './program-index-search';
export { applyProgramIndexSettings, PROGRAM_INDEX_UID } from './program-index-settings';
export { deleteIndexIfPresent, type ProgramIndex } from './program-index';
export { reindexPrograms, type ReindexProgress, type ReindexSummary } from './program-reindex';
export { loadProgramSearchDocuments } from './program-search-documents';
export { normalizeSearchRequest, type ProgramSearchFilters, type ProgramSearchRequest, type ProgramSearchSort } from './program-search-request';
export { startApiProgramSearch } from './program-search-sync';
export { ProgramSimilarityResolver, SearchResolver } from './search.resolver';
