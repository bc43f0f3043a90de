import { data } from '@remix-run/node';

export type PageErrorStatus = 400 | 403 | 404;

/**
 * What a loader or action throws to answer with the site's own error page (the root ErrorBoundary, in the visitor's
 * language): a response that carries its status in its body, so the boundary always has something to render.
 */
export function pageError(status: PageErrorStatus) {
  return data({ status }, { status });
}
