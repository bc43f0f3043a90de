import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import { OutcomesList } from './outcomes-list';
import { distinctSources, type OutcomeSource, sourceCitation } from './outcome-source';

const article: OutcomeSource = {
  title: 'Studi tiru perumahan ke Prabumulih',
  publisher: 'Sumatera Ekspres',
  publishedOn: '2024-02-16',
  url: 'https://sumateraekspres.id/prabumulih/studi-tiru',
};

describe('sourceCitation', () => {
  it('cites title, publisher and the long date in the page language', () => {
    expect(sourceCitation(article, 'id')).toEqual({ title: article.title, url: article.url, details: 'Sumatera Ekspres, 16 Februari 2024' });
    expect(sourceCitation(article, 'en').details).toBe('Sumatera Ekspres, 16 February 2024');
  });

  it('leaves out what the source does not say', () => {
    expect(sourceCitation({ ...article, publisher: null }, 'id').details).toBe('16 Februari 2024');
    expect(sourceCitation({ ...article, publishedOn: null, url: null }, 'en')).toEqual({
      title: article.title,
      url: null,
      details: 'Sumatera Ekspres',
    });
    expect(sourceCitation({ title: 'Berita Resmi Statistik', publisher: null, publishedOn: null, url: null }, 'id').details).toBeNull();
  });

  it('keeps the calendar day whatever the server’s time zone (no shift to the 15th)', () => {
    expect(sourceCitation({ ...article, publishedOn: '2024-01-01' }, 'id').details).toBe('Sumatera Ekspres, 1 Januari 2024');
  });
});

describe('distinctSources', () => {
  it('cites a source given for several measurements once', () => {
    expect(distinctSources([article, null, { ...article }, { ...article, publishedOn: null }])).toEqual([article, { ...article, publishedOn: null }]);
  });
});

describe('the outcome card’s source line', () => {
  const outcome = { id: '1', indicator: 'Rumah RITTA', unit: 'rumah', baseline: null, value: 50, period: '2024', illustrative: false };

  function rendered(language: 'id' | 'en', sources: (OutcomeSource | null)[]) {
    const outcomes = sources.map((source, index) => ({ ...outcome, id: String(index), period: `${2022 + index}`, source }));
    return renderToStaticMarkup(createElement(I18nProvider, { language, children: createElement(OutcomesList, { outcomes }) }));
  }

  it('links the title to the source in a new tab without passing the page on, then publisher and date', () => {
    const html = rendered('id', [article]);
    expect(html).toContain(
      `Sumber: <cite><a href="${article.url}" rel="noopener noreferrer" target="_blank">${article.title}</a> — Sumatera Ekspres, 16 Februari 2024</cite>`
    );
    expect(rendered('en', [article])).toContain('Source: <cite>');
  });

  it('shows a title without an address as plain text, and one source per series', () => {
    const html = rendered('en', [{ ...article, url: null }, { ...article, url: null }]);
    expect(html).toContain(`<cite>${article.title} — Sumatera Ekspres, 16 February 2024</cite>`);
    expect(html.match(/<cite>/g)).toHaveLength(1);
    expect(html).not.toContain('<a ');
  });
});
