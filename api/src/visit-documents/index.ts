export { visitDocumentsRoute } from './visit-documents-route';
export { VisitDocumentsResolver } from './visit-documents.resolver';
export { renderVisitDocument, visitDocumentsOf } from './visit-documents.service';
export { type VisitDocumentKind, VISIT_DOCUMENT_KINDS } from './visit-document-kinds';
