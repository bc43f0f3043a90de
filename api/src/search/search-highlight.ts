/**
 * Matches are marked with two private-use characters (Meilisearch's highlight tags, or our own in
 * degraded mode), never with HTML: the text is escaped first and only then do the markers become
 * `<mark>` elements, so a program text can never inject markup. Indexed texts are stripped of them.
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

const MARKERS = /[\uE000\uE001]/g;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Words kept around the first match kept in a summary snippet. */
export const SNIPPET_WORDS = 30;
export const CROP_MARKER = '…';

export function withoutMatchMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** Escaped HTML in which only the marked matches are elements: `<mark>…</mark>`, always balanced. */
export function markedHtml(text: string): string {
  let open = false;
  const html = escapeHtml(text).replace(MARKERS, (marker) => {
    if (marker === MATCH_START && !open) {
      open = true;
      return '<mark>';
    }
    if (marker === MATCH_END && open) {
      open = false;
      return '</mark>';
    }
    return '';
  });
  return open ? `${html}</mark>` : html;
}

/** Marks every word starting with one of `prefixes` (lower case), as the degraded mode's highlighter. */
export function markWordsStartingWith(text: string, prefixes: readonly string[]): string {
  if (prefixes.length === 0) return text;
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const lower = word.toLocaleLowerCase('id');
    return prefixes.some((prefix) => lower.startsWith(prefix)) ? `${MATCH_START}${word}${MATCH_END}` : word;
  });
}

/** About `words` words of `text` around its first marked match (or its start), with crop markers where cut. */
export function cropAroundFirstMatch(text: string, words = SNIPPET_WORDS): string {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length <= words) return parts.join(' ');
  const firstMatch = Math.max(0, parts.findIndex((part) => part.includes(MATCH_START)));
  const start = Math.max(0, Math.min(firstMatch - Math.floor(words / 3), parts.length - words));
  const end = start + words;
  return `${start > 0 ? `${CROP_MARKER} ` : ''}${parts.slice(start, end).join(' ')}${end < parts.length ? ` ${CROP_MARKER}` : ''}`;
}
