import { type RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
import { refusalBody, requestErrorStatus } from '../errors';
import { documentsOf, variablesOf } from './request-operations';
import { currentRequest } from '../core';

/**
 * Text no database column can hold as sent: a NUL (PostgreSQL refuses it, PGlite breaks its
 * protocol over it) or half of a surrogate pair (it would be stored as U+FFFD, and some validators
 * throw on it). No keyboard produces either.
 */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isUnstorable(text: string): boolean {
  return text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
}

/** Whether any string (or key) in a JSON value is unstorable; walked without recursion, however deep the value. */
function jsonHasUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (isUnstorable(next)) return true;
    } else if (next && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        if (isUnstorable(key)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/** Whether a string literal of the document decodes to unstorable text (`"\u0000"`, `"\uD800"`). */
function documentHasUnstorableText(document: string): boolean {
  if (!document.includes('\\u') && !isUnstorable(document)) return false;
  const lexer = new Lexer(new Source(document));
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if ((token.kind === TokenKind.STRING || token.kind === TokenKind.BLOCK_STRING) && isUnstorable(token.value)) return true;
    }
  } catch {
    return false;
  }
  return false;
}

/** Refuses unstorable text at the door as bad input, in variables and in the document alike. */
export function refuseUnstorableText(): RequestHandler {
  return (req, res, next) => {
    if (!variablesOf(req).some(jsonHasUnstorableText) && !documentsOf(req).some(documentHasUnstorableText)) {
      next();
      return;
    }
    currentRequest()?.errorCodes.add('BAD_USER_INPUT');
    res
      .status(requestErrorStatus(req.get('accept')))
      .json(refusalBody('BAD_USER_INPUT', 'Text must be valid Unicode without NUL characters (U+0000) or unpaired surrogates.'));
  };
}
