import { describe, expect, it } from 'vitest';
import { rangeKeyOf, START_YEAR_RANGES, UNIT_COST_RANGES } from './program-facet-ranges';
import { cropAroundFirstMatch, markedHtml, markWordsStartingWith, MATCH_END, MATCH_START, withoutMatchMarkers } from './search-highlight';

const marked = (text: string) => `${MATCH_START}${text}${MATCH_END}`;

describe('markedHtml', () => {
  it('escapes the text and turns only the match markers into <mark>', () => {
    expect(markedHtml(`<img src=x onerror="alert('x')"> ${marked('Rumah')} & <mark>`)).toBe(
      `&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; <mark>Rumah</mark> &amp; &lt;mark&gt;`,
    );
  });

  it('keeps the marks balanced whatever the markers look like', () => {
    expect(markedHtml(`${MATCH_END}a ${MATCH_START}b ${MATCH_START}c`)).toBe('a <mark>b c</mark>');
  });

  it('cannot be fooled by a text that carries the markers itself once they are stripped', () => {
    expect(markedHtml(withoutMatchMarkers(`${MATCH_START}<b>${MATCH_END}`))).toBe('&lt;b&gt;');
  });
});

describe('markWordsStartingWith and cropAroundFirstMatch', () => {
  it('marks whole words by prefix, case-insensitively', () => {
    expect(markedHtml(markWordsStartingWith('Program Lima Puluh Juta per RT (Prolita)', ['prolit', 'rt']))).toBe(
      'Program Lima Puluh Juta per <mark>RT</mark> (<mark>Prolita</mark>)',
    );
  });

  it('keeps the words around the first match and shows where it cut', () => {
    const words = Array.from({ length: 60 }, (_, index) => `kata${index}`);
    words[40] = marked('kumuh');
    const snippet = cropAroundFirstMatch(words.join(' '), 30);
    expect(snippet.startsWith('… kata30 ')).toBe(true);
    expect(snippet.endsWith(' kata59')).toBe(true);
    expect(snippet.split(' ').filter((word) => word !== '…')).toHaveLength(30);
    expect(cropAroundFirstMatch('pendek saja')).toBe('pendek saja');
  });
});

describe('facet ranges', () => {
  it('put every value in exactly one bucket, both ends inclusive', () => {
    expect(rangeKeyOf(UNIT_COST_RANGES, 50_000_000)).toBe('FROM_50_TO_100_JUTA');
    expect(rangeKeyOf(UNIT_COST_RANGES, 49_999_999)).toBe('FROM_10_TO_50_JUTA');
    expect(rangeKeyOf(UNIT_COST_RANGES, 0)).toBe('UNDER_10_JUTA');
    expect(rangeKeyOf(UNIT_COST_RANGES, 60_000_000_000)).toBe('FROM_1_MILIAR');
    expect(rangeKeyOf(START_YEAR_RANGES, 1990)).toBe('BEFORE_2010');
    expect(rangeKeyOf(START_YEAR_RANGES, null)).toBeNull();
    for (const ranges of [START_YEAR_RANGES, UNIT_COST_RANGES]) {
      for (const [lower, upper] of ranges.slice(0, -1).map((range, index) => [range, ranges[index + 1]!] as const)) {
        expect(upper.from).toBe(lower.to! + 1);
      }
    }
  });
});
