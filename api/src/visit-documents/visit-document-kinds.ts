import { type DocumentLanguage } from '../core';
import { type VisitState } from '../visits';

/** The papers a studi tiru lives on, in the order they are written. */
export const VISIT_DOCUMENT_KINDS = ['REQUEST_LETTER', 'HOST_REPLY', 'TRIP_REPORT'] as const;
export type VisitDocumentKind = (typeof VISIT_DOCUMENT_KINDS)[number];

export const DOCUMENT_LANGUAGES = ['ID', 'EN'] as const;
export type DocumentLanguageCode = (typeof DOCUMENT_LANGUAGES)[number];

/**
 * Which documents a visit has: the request letter from the start, the host's reply once the host has answered
 * (accepted, declined or proposed other days), the trip report once the visit is completed.
 */
export function documentKindsOf(visit: { state: VisitState; hostHasAnswered: boolean }): VisitDocumentKind[] {
  return VISIT_DOCUMENT_KINDS.filter(
    (kind) =>
      kind === 'REQUEST_LETTER' || (kind === 'HOST_REPLY' && visit.hostHasAnswered) || (kind === 'TRIP_REPORT' && visit.state === 'COMPLETED'),
  );
}

const SLUGS: Record<VisitDocumentKind, string> = {
  REQUEST_LETTER: 'request-letter',
  HOST_REPLY: 'host-reply',
  TRIP_REPORT: 'trip-report',
};

export function languageOfCode(code: DocumentLanguageCode): DocumentLanguage {
  return code === 'ID' ? 'id' : 'en';
}

/** `/visits/<id>/documents/request-letter.id.pdf`: the API's address of one document. */
export function visitDocumentPath(visitId: string, kind: VisitDocumentKind, language: DocumentLanguage): string {
  return `/visits/${visitId}/documents/${SLUGS[kind]}.${language}.pdf`;
}

/** The kind and language an address names, or null for anything else (so the route answers 404, never echoing it). */
export function parseDocumentName(name: string): { kind: VisitDocumentKind; language: DocumentLanguage } | null {
  const match = /^([a-z-]+)\.(id|en)\.pdf$/.exec(name);
  if (!match) return null;
  const kind = VISIT_DOCUMENT_KINDS.find((candidate) => SLUGS[candidate] === match[1]);
  return kind ? { kind, language: match[2] as DocumentLanguage } : null;
}
