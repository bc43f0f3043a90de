import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

describe('highlightSegments', () => {
  it('splits marked matches from the rest and decodes entities', () => {
    expect(highlightSegments('<mark>Prolita</mark> &amp; RT &lt;50 juta&gt;')).toEqual([
      { text: 'Prolita', marked: true },
      { text: ' & RT <50 juta>', marked: false },
    ]);
  });

  it('keeps any other markup as text', () => {
    expect(highlightSegments('<b>x</b> <mark>rumah</mark>')).toEqual([
      { text: '<b>x</b> ', marked: false },
      { text: 'rumah', marked: true },
    ]);
  });
});
