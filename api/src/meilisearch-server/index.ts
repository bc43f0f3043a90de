export { locateMeilisearchBinary, MeilisearchBinaryUnavailableError } from './meilisearch-binary';
export { MeilisearchDataDirBusyError } from './meilisearch-data-dir-claim';
export { type MeilisearchProcess, startMeilisearch } from './meilisearch-supervisor';
export { type SearchLogger, stderrWarningsLogger } from './search-logger';
