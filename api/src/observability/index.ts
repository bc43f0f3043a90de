export { boundedLabel, statementKind } from './bounded-labels';
export { httpObservation } from './http-observation';
export {
  databaseQueries,
  databaseQueryDuration,
  gaugeReadOnScrape,
  graphqlOperationDuration,
  graphqlOperations,
  mailMessages,
  metricsRegistry,
  metricsText,
  outboxEventsHandled,
  rateLimitRefusals,
  type ScrapeReading,
  searchTasks,
} from './metrics';
export { metricsEndpoint } from './metrics-endpoint';
export { endOperationSpan, startOperationSpan, withClientSpan } from './tracing';
export { startTracing, type Tracing } from './tracing-sdk';
