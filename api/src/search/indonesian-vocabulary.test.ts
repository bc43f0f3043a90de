import { describe, expect, it } from 'vitest';
import {
  expandSynonymGroups,
  indonesianStopWords,
  indonesianSynonymGroups,
  indonesianSynonyms,
  normalizeTerm,
} from './indonesian-vocabulary';

describe('expandSynonymGroups', () => {
  it('maps every term of a group to the other terms of that group', () => {
    expect(expandSynonymGroups([['RTLH', 'rumah tidak layak huni', 'rumah  tak layak']])).toEqual({
      rtlh: ['rumah tak layak', 'rumah tidak layak huni'],
      'rumah tidak layak huni': ['rtlh', 'rumah tak layak'],
      'rumah tak layak': ['rtlh', 'rumah tidak layak huni'],
    });
  });

  it('unites the groups a shared term belongs to without merging the groups themselves', () => {
    const synonyms = expandSynonymGroups([
      ['gempa', 'earthquake'],
      ['gempa', 'tahan gempa'],
    ]);
    expect(synonyms.gempa).toEqual(['earthquake', 'tahan gempa']);
    expect(synonyms.earthquake).toEqual(['gempa']);
    expect(synonyms['tahan gempa']).toEqual(['gempa']);
  });

  it('drops terms that only repeat themselves after normalization', () => {
    expect(expandSynonymGroups([['RT', 'rt ']])).toEqual({});
  });
});

describe('the Indonesian vocabulary files', () => {
  it('hold at least 30 synonym groups, each with distinct terms', () => {
    const groups = indonesianSynonymGroups();
    expect(groups.length).toBeGreaterThanOrEqual(30);
    for (const group of groups) expect(new Set(group.map(normalizeTerm)).size, group.join(' / ')).toBe(group.length);
  });

  it('make RTLH and the words it abbreviates synonyms in both directions', () => {
    const synonyms = indonesianSynonyms();
    expect(synonyms.rtlh).toContain('rumah tidak layak huni');
    expect(synonyms['rumah tidak layak huni']).toContain('rtlh');
    expect(synonyms.kotaku).toContain('kota tanpa kumuh');
  });

  it('keep words that name programs out of the stop words', () => {
    const stopWords = indonesianStopWords();
    expect(stopWords).toEqual(expect.arrayContaining(['yang', 'dan', 'di', 'untuk']));
    for (const meaningful of ['rumah', 'kota', 'tanpa', 'tidak', 'per', 'kumuh']) expect(stopWords).not.toContain(meaningful);
  });

  // Meilisearch drops stop words from queries, so a synonym containing one could never match as written.
  it('use no stop word inside a synonym', () => {
    const stopWords = new Set(indonesianStopWords());
    const offending = Object.keys(indonesianSynonyms()).filter((term) => term.split(' ').some((word) => stopWords.has(word)));
    expect(offending).toEqual([]);
  });
});
