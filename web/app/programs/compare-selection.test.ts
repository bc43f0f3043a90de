import { describe, expect, it } from 'vitest';
import { compareHref, compareSelectionOf, programHref, withoutProgram, withProgram } from './compare-selection';

describe('compare selection', () => {
  it('reads repeated p parameters in order, once each, at most four', () => {
    const params = new URLSearchParams('p=prolita-bontang&p=ritta-prabumulih&p=prolita-bontang&p=a&p=b&p=c&q=rumah');
    expect(compareSelectionOf(params)).toEqual(['prolita-bontang', 'ritta-prabumulih', 'a', 'b']);
    expect(compareSelectionOf(new URLSearchParams('p=&p=%20'))).toEqual([]);
  });

  it('adds at the end and drops the oldest pick when full', () => {
    expect(withProgram(['a'], 'b')).toEqual(['a', 'b']);
    expect(withProgram(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withProgram(['a', 'b', 'c', 'd'], 'e')).toEqual(['b', 'c', 'd', 'e']);
  });

  it('removes a program', () => {
    expect(withoutProgram(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('makes shareable addresses', () => {
    expect(compareHref(['prolita-bontang', 'ritta-prabumulih'])).toBe('/compare?p=prolita-bontang&p=ritta-prabumulih');
    expect(compareHref([])).toBe('/compare');
    expect(programHref('ritta-prabumulih', ['prolita-bontang'])).toBe('/programs/ritta-prabumulih?p=prolita-bontang');
    expect(programHref('ritta-prabumulih', [])).toBe('/programs/ritta-prabumulih');
  });
});
