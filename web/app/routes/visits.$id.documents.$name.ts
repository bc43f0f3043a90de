import { type LoaderFunctionArgs } from '@remix-run/node';
import { visitFileFromApi } from '../visits/visit-file.server';

/**
 * GET /visits/:id/documents/:name — a visit's letter or trip report as a PDF, rendered and authorized by the API
 * (its `StudyVisit.documents` lists the names), streamed through with the browser's session.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  return visitFileFromApi(request, id, `/visits/${encodeURIComponent(id)}/documents/${encodeURIComponent(params.name ?? '')}`);
}
