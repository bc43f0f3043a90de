import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type RequestHandler } from 'express';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { type DocumentScan, scanDocument } from './document-scan';
import { REFUSAL_CODES, type RefusalCode, refusalBody, requestErrorStatus } from '../errors';
import { documentsOf } from './request-operations';
import { currentRequest } from '../core';

/** What one request's documents may hold. */
export type DocumentLimits = {
  /** Selection depth of one operation (introspection's own nesting is not counted). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Estimated cost: one per field, list fields multiplied by their page size argument (`query-cost.ts`). */
  maxCost: number;
};
export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 2_000, maxCost: 5_000 };

type Problem = { code: RefusalCode; message: string };

/**
 * How far past the token limit the scan reads, so that a document with ten thousand aliases is
 * refused for its aliases (the more useful answer) rather than for its length.
 */
const SCAN_BEYOND_TOKEN_LIMIT = 20;

function exceeded(what: string, limit: number, found: number, truncated: boolean): string {
  return `${what} limit of ${limit} exceeded, found ${truncated ? 'at least ' : ''}${found}.`;
}

/** The first limit a scanned document breaks, the most specific first. */
export function documentProblem(scan: DocumentScan, limits: DocumentLimits): Problem | undefined {
  if (scan.aliases > limits.maxAliases) return { code: REFUSAL_CODES.aliases, message: exceeded('Aliases', limits.maxAliases, scan.aliases, scan.truncated) };
  if (scan.depth > limits.maxDepth) return { code: REFUSAL_CODES.depth, message: exceeded('Query depth', limits.maxDepth, scan.depth, scan.truncated) };
  if (scan.directives > limits.maxDirectives) {
    return { code: REFUSAL_CODES.directives, message: exceeded('Directives', limits.maxDirectives, scan.directives, scan.truncated) };
  }
  if (scan.tokens > limits.maxTokens) return { code: REFUSAL_CODES.tokens, message: exceeded('Token', limits.maxTokens, scan.tokens, scan.truncated) };
  return undefined;
}

/**
 * Refuses, before Apollo parses anything, a document over the token, alias, depth or directive
 * limits, with the limit's own code. Answered like a GraphQL request error: 400 to
 * graphql-response+json clients, 200 to legacy JSON ones.
 */
export function documentLimitsGuard(limits: DocumentLimits): RequestHandler {
  return (req, res, next) => {
    for (const document of documentsOf(req)) {
      const problem = documentProblem(scanDocument(document, limits.maxTokens * SCAN_BEYOND_TOKEN_LIMIT), limits);
      if (!problem) continue;
      currentRequest()?.errorCodes.add(problem.code);
      const accept = req.get('accept');
      res
        .status(requestErrorStatus(accept))
        .type(accept?.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json')
        .send(JSON.stringify(refusalBody(problem.code, problem.message)));
      return;
    }
    next();
  };
}

function reportingAs(code: RefusalCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  };
}

/**
 * graphql-armor's exact counts, with fragments expanded where they are spread, as validation rules.
 * Every alias counts, `__typename` too: ten thousand of them are still ten thousand answers.
 */
export function documentLimitRules(limits: DocumentLimits): ValidationRule[] {
  return [
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...reportingAs(REFUSAL_CODES.aliases) }),
    maxDepthRule({ n: limits.maxDepth, ...reportingAs(REFUSAL_CODES.depth) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportingAs(REFUSAL_CODES.directives) }),
  ] as ValidationRule[];
}
