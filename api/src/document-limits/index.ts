export { DEFAULT_DOCUMENT_LIMITS, documentLimitRules, type DocumentLimits, documentLimitsGuard } from './document-limits';
export { queryCostPlugin } from './query-cost';
export { refuseUnstorableText } from './unstorable-text';
