import { pageError } from '../lib/page-errors';

// Unknown addresses land here, so the root loader runs and the 404 page speaks the visitor's language.
export function loader() {
  throw pageError(404);
}

export default function NotFound() {
  return null;
}
