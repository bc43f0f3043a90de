import { describe, expect, it } from 'vitest';
import { languageForMeta, pageMeta } from './route-meta';
import { createTranslator } from './translate';

const contentOf = (tags: ReturnType<typeof pageMeta>, key: string) => {
  const tag = tags.find((candidate) => ('property' in candidate && candidate.property === key) || ('name' in candidate && candidate.name === key));
  return tag && 'content' in tag ? tag.content : undefined;
};

describe('page meta', () => {
  it('gives a shared link its title and summary as OpenGraph and Twitter card tags', () => {
    const tags = pageMeta(createTranslator('en'), 'Earthquake-resistant core houses', 'Kota Prabumulih — core houses that grow');
    expect(tags).toContainEqual({ title: 'Earthquake-resistant core houses · Tiru' });
    expect(contentOf(tags, 'og:title')).toBe('Earthquake-resistant core houses');
    expect(contentOf(tags, 'twitter:title')).toBe('Earthquake-resistant core houses');
    expect(contentOf(tags, 'og:description')).toBe('Kota Prabumulih — core houses that grow');
    expect(contentOf(tags, 'description')).toBe('Kota Prabumulih — core houses that grow');
    expect(contentOf(tags, 'og:site_name')).toBe('Tiru');
  });

  it("falls back to the site's own title and description", () => {
    const t = createTranslator('id');
    const tags = pageMeta(t);
    expect(contentOf(tags, 'og:title')).toBe(t('meta.title'));
    expect(contentOf(tags, 'og:description')).toBe(t('meta.description'));
  });

  it("reads the language from the root loader's data, Indonesian without it", () => {
    expect(languageForMeta([{ id: 'root', data: { language: 'en' } }])).toBe('en');
    expect(languageForMeta([{ id: 'root', data: { language: 'fr' } }])).toBe('id');
    expect(languageForMeta([])).toBe('id');
  });
});
