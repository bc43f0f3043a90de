import { redirect } from '@remix-run/node';
import { apiResource } from '../lib/api.server';

/** Headers of the API's answer that describe the file; everything else stays between the servers. */
const passedHeaders = ['Content-Type', 'Content-Disposition', 'Cache-Control', 'ETag', 'Last-Modified'];

/**
 * A file of a visit (its calendar entry, its letters) streamed from the API, which checks with the forwarded session
 * cookie that the browser's account may see the visit. Anonymous visitors are sent to sign in first, anyone else
 * the API refuses to the visit's page, which explains the refusal in the visitor's language (a file cannot).
 */
export async function visitFileFromApi(request: Request, visitId: string, apiPath: string): Promise<Response> {
  const visitPage = `/visits/${encodeURIComponent(visitId)}`;
  const upstream = await apiResource(request, apiPath);
  if (upstream.status === 401) {
    await upstream.body?.cancel();
    // Back to the visit page after signing in: a download is not a page to land on.
    throw redirect(`/sign-in?redirectTo=${encodeURIComponent(visitPage)}`);
  }
  if (!upstream.ok) {
    await upstream.body?.cancel();
    throw redirect(visitPage);
  }
  const headers = new Headers();
  for (const name of passedHeaders) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
