import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { apiResource } from '../lib/api.server';

/** Headers of the API's answer that describe the file; everything else stays between the servers. */
const passedHeaders = ['Content-Type', 'Content-Disposition', 'Cache-Control', 'ETag', 'Last-Modified'];

/**
 * GET /visits/:id/calendar.ics — the visit's iCalendar file from the API, which checks with the forwarded session
 * cookie that the browser's account takes part in the visit. Anonymous visitors are sent to sign in first, anyone
 * else the API refuses to the visit's page, which explains the refusal.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const upstream = await apiResource(request, `/visits/${encodeURIComponent(params.id ?? '')}/calendar.ics`);
  if (upstream.status === 401) {
    await upstream.body?.cancel();
    // Back to the visit page after signing in: a download is not a page to land on.
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(`/visits/${params.id ?? ''}`)}`);
  }
  if (!upstream.ok) {
    await upstream.body?.cancel();
    // The visit's page says why in the visitor's language (not found, refused, unavailable): a file cannot.
    throw redirect(`/visits/${encodeURIComponent(params.id ?? '')}`);
  }
  const headers = new Headers();
  for (const name of passedHeaders) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
