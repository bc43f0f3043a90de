import { parse as parseCookies } from 'cookie';
import { type RequestHandler } from 'express';
import { viewerForSessionToken } from '../accounts';
import { SESSION_COOKIE } from '../core';
import { type Orm } from '../db';
import { parseDocumentName } from './visit-document-kinds';
import { renderVisitDocument } from './visit-documents.service';

/**
 * GET /visits/:id/documents/:name (`request-letter.id.pdf`, `host-reply.en.pdf`, `trip-report.id.pdf`, …): the PDF,
 * for those who may see the visit (the session cookie says who asks). Anyone else, an unknown name, or a document
 * the visit does not have yet gets 404, so the address reveals no visit.
 */
export function visitDocumentsRoute(options: { orm: Orm }): RequestHandler {
  return async (req, res) => {
    const em = options.orm.em.fork();
    const viewer = await viewerForSessionToken(em, parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE]);
    if (!viewer) {
      res.status(401).type('text/plain').send('Sign in to download the documents of a visit.');
      return;
    }
    const name = String(req.params.name);
    const document = parseDocumentName(name);
    const pdf = document ? await renderVisitDocument(em, viewer, String(req.params.id), document.kind, document.language) : null;
    if (!pdf) {
      res.status(404).type('text/plain').send('No such document among your visits.');
      return;
    }
    res
      .status(200)
      .type('application/pdf')
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('Content-Disposition', `attachment; filename="studi-tiru-${String(req.params.id)}-${name}"`)
      .send(pdf);
  };
}
