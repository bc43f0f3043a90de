const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

/**
 * Search highlights arrive as escaped HTML with `<mark>` around matches. Instead of trusting that HTML, it is
 * split into plain-text segments (entities decoded) that are marked or not; any other tag stays visible text.
 */
export function highlightSegments(html: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') marked = part === '<mark>';
    else if (part) segments.push({ text: decodeEntities(part), marked });
  }
  return segments;
}
