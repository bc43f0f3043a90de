import { type LoaderFunctionArgs } from '@remix-run/node';
import { visitFileFromApi } from '../visits/visit-file.server';

/** GET /visits/:id/calendar.ics — the visit's iCalendar file from the API, for those taking part in the visit. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = params.id ?? '';
  return visitFileFromApi(request, id, `/visits/${encodeURIComponent(id)}/calendar.ics`);
}
