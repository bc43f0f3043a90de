import { type ApolloServerOptions, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type RequestHandler } from 'express';
import { type RequestContext } from '../core';
import { type Logger } from '../core';
import { type ApiLimits } from './api-limits';
import { createHardenedErrorFormatter } from './error-formatting';
import { documentLimitRules, documentLimitsGuard } from '../document-limits';
import { batchSizeGuard, bodyErrorHandler, jsonBody, requestTimeout } from './http-guards';
import { operationNamesPlugin } from './operation-names';
import { operationMetricsPlugin } from './operation-metrics';
import { queryCostPlugin } from '../document-limits';
import { rateLimitsPlugin } from '../rate-limits';
import { responseStatusPlugin } from './response-status';
import { signInTimingPlugin } from '../rate-limits';
import { refuseUnstorableText } from '../document-limits';

type HardenedApolloOptions = Pick<
  ApolloServerOptions<RequestContext>,
  | 'introspection'
  | 'csrfPrevention'
  | 'includeStacktraceInErrorResponses'
  | 'hideSchemaDetailsFromClientErrors'
  | 'allowBatchedHttpRequests'
  | 'validationRules'
  | 'formatError'
  | 'plugins'
>;

/**
 * Apollo's settings for a public endpoint. CSRF prevention stays on: sessions are cookies, so a
 * request a browser sends cross-site without a preflight (a form post, a plain GET) must not run;
 * the web's `content-type: application/json` posts are preflighted and pass. With introspection
 * off, the IDE and "did you mean" hints go too.
 */
export function hardenedApolloOptions(options: { logger: Logger; introspection: boolean; limits: ApiLimits }): HardenedApolloOptions {
  const plugins: ApolloServerPlugin<RequestContext>[] = [
    operationNamesPlugin(),
    operationMetricsPlugin(),
    queryCostPlugin(options.limits),
    rateLimitsPlugin(options.limits),
    signInTimingPlugin(options.limits),
    responseStatusPlugin(),
    // No field sets a cache hint and answers are never cached: its per-field hook would be pure cost.
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (!options.introspection) plugins.push(ApolloServerPluginLandingPageDisabled());
  return {
    introspection: options.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    allowBatchedHttpRequests: options.limits.maxBatch > 1,
    validationRules: documentLimitRules(options.limits),
    formatError: createHardenedErrorFormatter(options.logger),
    plugins,
  };
}

/** The handlers in front of and behind Apollo's on `/graphql`: timeout, body size, batch size, document limits, unstorable text, body errors. */
export function graphqlEndpoint(apollo: RequestHandler, limits: ApiLimits, logger: Logger) {
  return [
    requestTimeout(limits),
    jsonBody(limits),
    batchSizeGuard(limits),
    documentLimitsGuard(limits),
    refuseUnstorableText(),
    apollo,
    bodyErrorHandler(limits, logger),
  ];
}
