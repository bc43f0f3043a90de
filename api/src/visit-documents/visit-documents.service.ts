import { type EntityManager } from '@mikro-orm/core';
import { type DocumentLanguage, type Viewer } from '../core';
import { findVisibleVisit, type StudyVisit, StudyVisitTransition } from '../visits';
import { renderPdf } from './pdf-renderer';
import { visitDocumentFacts } from './visit-document-facts';
import { documentKindsOf, type VisitDocumentKind, visitDocumentPath } from './visit-document-kinds';
import { documentTitle, visitDocumentDefinition } from './visit-document-layout';

export type VisitDocumentEntry = { kind: VisitDocumentKind; language: DocumentLanguage; title: string; path: string };

const LANGUAGES: readonly DocumentLanguage[] = ['id', 'en'];
const HOST_ANSWERS = ['ACCEPT', 'DECLINE', 'PROPOSE_DATES'] as const;

async function kindsOf(em: EntityManager, visit: StudyVisit): Promise<VisitDocumentKind[]> {
  const answers = await em.count(StudyVisitTransition, { visit, action: { $in: [...HOST_ANSWERS] } });
  return documentKindsOf({ state: visit.state, hostHasAnswered: answers > 0 });
}

/** The documents a visit has now, each in Indonesian and English; the caller has the visit because its viewer may see it. */
export async function visitDocumentsOf(em: EntityManager, visit: StudyVisit): Promise<VisitDocumentEntry[]> {
  return (await kindsOf(em, visit)).flatMap((kind) =>
    LANGUAGES.map((language) => ({ kind, language, title: documentTitle(kind, language), path: visitDocumentPath(visit.id, kind, language) })),
  );
}

/**
 * The PDF of one document of a visit, or null when the viewer may not see the visit (`canViewVisit`) or the
 * visit does not have that document yet: both answer the same, so the address reveals no visit.
 */
export async function renderVisitDocument(
  em: EntityManager,
  viewer: Viewer | null,
  visitId: string,
  kind: VisitDocumentKind,
  language: DocumentLanguage,
): Promise<Buffer | null> {
  const visit = await findVisibleVisit(em, viewer, visitId);
  if (!visit || !(await kindsOf(em, visit)).includes(kind)) return null;
  return renderPdf(visitDocumentDefinition(kind, await visitDocumentFacts(em, visit), language));
}
