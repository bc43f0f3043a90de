import { Fragment } from 'react';
import { highlightSegments } from '../lib/highlight-segments';

/** Text with the search engine's matches in `<mark>`, rendered as React text (see highlight-segments.ts). */
export function HighlightedText({ html }: { html: string }) {
  return (
    <>
      {highlightSegments(html).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>
      )}
    </>
  );
}
