import { graphql, type ResultOf } from '../graphql';
import { pathInLanguage } from '../i18n/language-path';
import { defaultLanguage, languages } from '../i18n/languages';
import { graphqlRequest, requireData } from '../lib/api.server';
import { publicOriginOf } from '../lib/public-origin.server';

/** The pages a search engine should find besides the programs: the home page, the search and the national picture. */
const PUBLIC_PAGES = ['/', '/programs', '/nasional'];
/** A sitemap file holds at most 50 000 addresses (sitemaps.org); a larger catalog would need a sitemap index. */
const MOST_ADDRESSES = 50_000;
/** The API's largest page of programs. */
const PAGE_SIZE = 100;

const publishedProgramsQuery = graphql(`
  query SitemapPrograms($after: String, $first: Int!) {
    programs(first: $first, after: $after) {
      edges {
        node {
          slug
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type SitemapEntry = { path: string; lastModified?: string };

async function* publishedPrograms(request: Request): AsyncGenerator<SitemapEntry> {
  let after: string | null = null;
  do {
    const page: ResultOf<typeof publishedProgramsQuery> = requireData(request, await graphqlRequest(request, publishedProgramsQuery, { after, first: PAGE_SIZE }));
    for (const { node } of page.programs.edges) yield { path: `/programs/${encodeURIComponent(node.slug)}`, lastModified: node.updatedAt };
    after = page.programs.pageInfo.hasNextPage ? page.programs.pageInfo.endCursor : null;
  } while (after);
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** One `<url>` per page at its Indonesian address, with every language's address as an `hreflang` alternate. */
function urlElement(origin: string, { path, lastModified }: SitemapEntry): string {
  const alternates = languages.map(
    (language) => `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeXml(origin + pathInLanguage(path, language))}"/>`,
  );
  const modified = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : '';
  return `<url><loc>${escapeXml(origin + pathInLanguage(path, defaultLanguage))}</loc>${modified}${alternates.join('')}</url>`;
}

/** `sitemap.xml`: the public pages and every published program, read from the API page by page. */
export async function sitemapXml(request: Request): Promise<string> {
  const origin = publicOriginOf(request);
  const urls = PUBLIC_PAGES.map((path) => urlElement(origin, { path }));
  for await (const program of publishedPrograms(request)) {
    if (urls.length >= MOST_ADDRESSES) break;
    urls.push(urlElement(origin, program));
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

/** `robots.txt`: everything public may be crawled; the workspace, sign-in and visits are personal. */
export function robotsTxt(request: Request): string {
  const disallowed = ['/workspace', '/sign-in', '/sessions', '/visits', '/invitations'];
  const lines = ['User-agent: *', ...disallowed.flatMap((path) => languages.map((language) => `Disallow: ${pathInLanguage(path, language)}`))];
  return `${[...lines, `Sitemap: ${publicOriginOf(request)}/sitemap.xml`].join('\n')}\n`;
}
