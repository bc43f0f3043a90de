/**
 * The programs picked for comparison travel in the address as repeated `p` parameters (`/compare?p=a&p=b`), so a
 * selection is a link anyone can open, and it survives moving between search, profiles and the compare page.
 */
export const compareParam = 'p';
export const maxCompared = 4;

export function compareSelectionOf(params: URLSearchParams): string[] {
  const unique = [
    ...new Set(
      params
        .getAll(compareParam)
        .map((slug) => slug.trim())
        .filter(Boolean)
    ),
  ];
  return unique.slice(0, maxCompared);
}

/** Adds a program at the end; when the selection is full the oldest pick makes room. */
export function withProgram(selection: readonly string[], slug: string): string[] {
  if (selection.includes(slug)) return [...selection];
  return [...selection, slug].slice(-maxCompared);
}

export function withoutProgram(selection: readonly string[], slug: string): string[] {
  return selection.filter((selected) => selected !== slug);
}

/** `p=a&p=b`, for joining to other parameters. */
export function selectionQuery(selection: readonly string[]): string {
  const params = new URLSearchParams();
  for (const slug of selection) params.append(compareParam, slug);
  return params.toString();
}

export function compareHref(selection: readonly string[]): string {
  const query = selectionQuery(selection);
  return query ? `/compare?${query}` : '/compare';
}

/** A program profile's address carrying the current selection along. */
export function programHref(slug: string, selection: readonly string[]): string {
  const query = selectionQuery(selection);
  return `/programs/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`;
}
