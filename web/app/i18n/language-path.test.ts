import { describe, expect, it } from 'vitest';
import { languageOfPath, pathInAppOf, pathInLanguage, pathWithoutLanguage } from './language-path';

describe('language addresses', () => {
  it('names English by the /en prefix only', () => {
    expect(languageOfPath('/en')).toBe('en');
    expect(languageOfPath('/en/programs/prolita-bontang')).toBe('en');
    expect(languageOfPath('/programs')).toBeUndefined();
    expect(languageOfPath('/english')).toBeUndefined();
    expect(languageOfPath('/')).toBeUndefined();
  });

  it('moves a page between languages without doubling the prefix', () => {
    expect(pathInLanguage('/programs', 'en')).toBe('/en/programs');
    expect(pathInLanguage('/en/programs', 'en')).toBe('/en/programs');
    expect(pathInLanguage('/', 'en')).toBe('/en');
    expect(pathInLanguage('/en', 'id')).toBe('/');
    expect(pathInLanguage('/en/compare', 'id')).toBe('/compare');
  });

  it('strips the prefix from a request, keeping the query', () => {
    expect(pathWithoutLanguage('/en/workspace')).toBe('/workspace');
    expect(pathInAppOf(new Request('http://tiru.test/en/visits/7?done=requested'))).toBe('/visits/7?done=requested');
    expect(pathInAppOf(new Request('http://tiru.test/visits/7'))).toBe('/visits/7');
  });
});
