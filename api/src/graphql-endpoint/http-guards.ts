import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { type Logger } from '../core';
import { type ApiLimits } from './api-limits';
import { REFUSAL_CODES, refusalBody } from '../errors';

type BodyParserError = { type?: string; status?: number; expose?: boolean };

/** JSON bodies up to the configured size; anything bigger is refused before it is read to the end. */
export function jsonBody(limits: Pick<ApiLimits, 'maxBodyBytes'>): RequestHandler {
  return express.json({ limit: limits.maxBodyBytes });
}

/**
 * Body errors as GraphQL-shaped JSON (Express would answer an HTML page with a stack trace):
 * 413 for a body over the limit, 400 for one that is not JSON, 500 with no detail otherwise.
 */
export function bodyErrorHandler(limits: Pick<ApiLimits, 'maxBodyBytes'>, logger: Pick<Logger, 'error'>): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, _next) => {
    if (res.headersSent) return;
    if (error.type === 'entity.too.large') {
      res
        .status(413)
        .json(
          refusalBody(REFUSAL_CODES.body, `The request body is larger than the limit of ${limits.maxBodyBytes} bytes.`, { maxBodyBytes: limits.maxBodyBytes }),
        );
    } else if (error.expose && error.status && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(refusalBody(REFUSAL_CODES.badBody, 'The request body is not valid JSON in UTF-8.'));
    } else {
      logger.error({ err: error }, 'unexpected error before GraphQL');
      res.status(500).json(refusalBody('INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Nothing was saved.'));
    }
  };
}

/** A JSON array body is a batch; more operations than the limit are refused as a whole. */
export function batchSizeGuard(limits: Pick<ApiLimits, 'maxBatch'>): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body) && body.length > limits.maxBatch) {
      const message =
        limits.maxBatch === 1
          ? 'Batched operations are turned off: send one operation per request.'
          : `A batch may hold at most ${limits.maxBatch} operations; this one has ${body.length}.`;
      res.status(400).json(refusalBody(REFUSAL_CODES.batch, message, { maxBatch: limits.maxBatch }));
      return;
    }
    next();
  };
}

/**
 * Answers 503 REQUEST_TIMEOUT when the handler has not answered in time. The handler is not killed:
 * a change may still commit afterwards, and the message says so.
 */
export function requestTimeout(limits: Pick<ApiLimits, 'requestTimeoutMs'>): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res
        .status(503)
        .json(
          refusalBody(
            REFUSAL_CODES.timeout,
            `The server did not finish within ${Math.round(limits.requestTimeoutMs / 1000)} s. A change you sent may still be saved: reload before sending it again.`,
          ),
        );
    }, limits.requestTimeoutMs);
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
