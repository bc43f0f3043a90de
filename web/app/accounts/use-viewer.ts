import { useRouteLoaderData } from '@remix-run/react';
import { type loader as rootLoader } from '../root';
import { type Viewer } from './viewer.server';

/** The signed-in person as loaded once per request by the root loader, or null. */
export function useViewer(): Viewer | null {
  return useRouteLoaderData<typeof rootLoader>('root')?.viewer ?? null;
}
