export { type ApiLimits, DEFAULT_LIMITS, limitsEnvironment, limitsFromEnvironment } from './api-limits';
export { withDatabaseUnavailableAs503 } from './database-unavailable';
export { graphqlEndpoint, hardenedApolloOptions } from './graphql-endpoint';
export { requestLogMiddleware } from './request-log';
