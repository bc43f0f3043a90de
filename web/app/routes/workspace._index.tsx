import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { requireViewer } from '../accounts/viewer.server';
import { workspaceSectionsFor } from '../accounts/workspace-sections';
import { pageError } from '../lib/page-errors';

/** The workspace opens on the first section of the person's roles. */
export async function loader({ request }: LoaderFunctionArgs) {
  const [first] = workspaceSectionsFor(await requireViewer(request));
  if (!first) throw pageError(403);
  return redirect(first.to);
}
