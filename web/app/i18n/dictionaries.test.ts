import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { createTranslator } from './translate';

const placeholdersOf = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

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
    for (const messages of [id, en]) {
      expect(Object.entries(messages).filter(([, message]) => message.trim() === '')).toEqual([]);
    }
  });
});

describe('createTranslator', () => {
  it('translates into the chosen language', () => {
    expect(createTranslator('id')('nav.programs')).toBe('Cari praktik baik');
    expect(createTranslator('en')('nav.programs')).toBe('Find good practices');
  });

  it('fills placeholders', () => {
    expect(createTranslator('id')('pagination.status', { page: 2, count: 7 })).toBe('Halaman 2 dari 7');
    expect(createTranslator('en')('pagination.status', { page: 2, count: 7 })).toBe('Page 2 of 7');
  });
});
