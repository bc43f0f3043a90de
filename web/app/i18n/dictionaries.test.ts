import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { intlLocales, type Language } from './languages';
import { createTranslator } from './translate';

type Message = string | Readonly<Record<string, string>>;
const formsOf = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message));
const placeholdersOf = (message: Message) => [...new Set(formsOf(message).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();
const dictionaries: Record<Language, Record<string, Message>> = { id, en };

describe('dictionaries', () => {
  it('English has exactly the Indonesian keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('every English message uses the same placeholders as its Indonesian source', () => {
    for (const [key, message] of Object.entries(id)) {
      expect({ key, placeholders: placeholdersOf(en[key as keyof typeof id]) }).toEqual({
        key,
        placeholders: placeholdersOf(message),
      });
    }
  });

  it('has no empty messages', () => {
    for (const messages of Object.values(dictionaries)) {
      expect(Object.entries(messages).filter(([, message]) => formsOf(message).some((form) => form.trim() === ''))).toEqual([]);
    }
  });

  it("gives every {count} message exactly its language's plural forms, and no other message any", () => {
    for (const [language, messages] of Object.entries(dictionaries) as [Language, Record<string, Message>][]) {
      const categories = [...new Intl.PluralRules(intlLocales[language]).resolvedOptions().pluralCategories].sort();
      for (const [key, message] of Object.entries(messages)) {
        const counts = placeholdersOf(message).includes('count');
        expect({ language, key, forms: typeof message === 'string' ? 'none' : Object.keys(message).sort() }).toEqual({
          language,
          key,
          forms: counts ? categories : 'none',
        });
      }
    }
  });
});

describe('createTranslator', () => {
  it('translates into the chosen language', () => {
    expect(createTranslator('id')('nav.programs')).toBe('Cari praktik baik');
    expect(createTranslator('en')('nav.programs')).toBe('Find good practices');
  });

  it('chooses the plural form for the count: one region, two regions', () => {
    const en = createTranslator('en');
    expect(en('search.hit.adoptions', { count: 1 })).toBe('Replicated by 1 regency/city');
    expect(en('search.hit.adoptions', { count: 2 })).toBe('Replicated by 2 regencies/cities');
    expect(en('search.hit.adoptions', { count: 0 })).toBe('Replicated by 0 regencies/cities');
    expect(createTranslator('id')('search.hit.adoptions', { count: 1 })).toBe('Ditiru 1 kabupaten/kota');
  });

  it('fills placeholders', () => {
    expect(createTranslator('id')('pagination.status', { page: 2, count: 7 })).toBe('Halaman 2 dari 7');
    expect(createTranslator('en')('pagination.status', { page: 2, count: 7 })).toBe('Page 2 of 7');
  });
});
