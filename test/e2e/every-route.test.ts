import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/app/i18n/en';
import { id } from '../../web/app/i18n/id';
import { launchBrowser, openPage } from '../support/browser';
import { signIn, type DemoAccount } from '../support/journey';
import { startSystem, type RunningSystem } from '../support/system';

const dictionaries = { id, en } as const;
type Language = keyof typeof dictionaries;

/** What the pages give each role to fill the routes' parameters with. */
interface Seeded {
  /** A published program of Kota Bontang (its editor may edit it, Prabumulih's may not). */
  programSlug: string;
  /** A visit Kota Bontang hosts: for those who may see every visit, and for anonymous visitors. */
  anyVisitId: string;
}

interface RouteVisit {
  path: string;
  /** A file to download (a resource route), not a page. */
  download?: boolean;
  /** The one address whose 404 is the point: an unknown address must answer the site's own 404 page. */
  unknownAddress?: boolean;
}

/**
 * Every route file of web/app/routes and the addresses that open it, the parameters filled from the seeded data.
 * A route file without an entry fails the test: a new page is visited as soon as it exists.
 */
const routeAddresses: Record<string, (seeded: Seeded, ownVisitIds: string[], listedAccountIds: string[]) => RouteVisit[]> = {
  '$.tsx': () => [{ path: '/tidak-ada-halaman-ini', unknownAddress: true }],
  '_index.tsx': () => [{ path: '/' }],
  'compare.tsx': ({ programSlug }) => [{ path: '/compare' }, { path: `/compare?p=${programSlug}` }],
  'healthz.ts': () => [{ path: '/healthz', download: true }],
  'invitations.$token.tsx': () => [{ path: '/invitations/undangan-contoh-untuk-tes' }],
  'nasional.tsx': () => [{ path: '/nasional' }],
  'programs.$slug.tsx': ({ programSlug }) => [{ path: `/programs/${programSlug}` }],
  'programs._index.tsx': () => [{ path: '/programs' }, { path: '/programs?q=rumah' }],
  'robots[.]txt.ts': () => [{ path: '/robots.txt', download: true }],
  'sessions.tsx': () => [{ path: '/sessions' }],
  'sign-in.tsx': () => [{ path: '/sign-in' }],
  'sign-out.tsx': () => [{ path: '/sign-out' }],
  'sitemap[.]xml.ts': () => [{ path: '/sitemap.xml', download: true }],
  'visits.$id.calendar[.]ics.ts': ({ anyVisitId }, own) =>
    (own.length > 0 ? own : [anyVisitId]).map((visitId) => ({ path: `/visits/${visitId}/calendar.ics`, download: true })),
  'visits.$id.documents.$name.ts': ({ anyVisitId }, own) =>
    (own.length > 0 ? own : [anyVisitId]).flatMap((visitId) =>
      ['request-letter.id.pdf', 'request-letter.en.pdf'].map((name) => ({ path: `/visits/${visitId}/documents/${name}`, download: true }))
    ),
  'visits.$id.tsx': ({ anyVisitId }, own) => (own.length > 0 ? own : [anyVisitId]).map((visitId) => ({ path: `/visits/${visitId}` })),
  'visits._index.tsx': () => [{ path: '/visits' }],
  'visits.new.tsx': ({ programSlug }) => [{ path: `/visits/new?program=${programSlug}` }],
  'workspace.accounts._index.tsx': () => [{ path: '/workspace/accounts' }, { path: '/workspace/accounts?q=bontang' }],
  // An account the person's own directory lists, or (with no directory) one they cannot reach.
  'workspace.accounts.$id.tsx': (_seeded, _own, accountIds) => [{ path: `/workspace/accounts/${accountIds[0] ?? '00000000-0000-4000-8000-000000000000'}` }],
  'workspace.calendar.tsx': () => [{ path: '/workspace/calendar' }],
  'workspace.invitations.tsx': () => [{ path: '/workspace/invitations' }],
  'workspace.outbox.tsx': () => [{ path: '/workspace/outbox' }],
  'workspace.programs.$slug.edit.tsx': ({ programSlug }) => [{ path: `/workspace/programs/${programSlug}/edit` }],
  'workspace.programs._index.tsx': () => [{ path: '/workspace/programs' }],
  'workspace.programs.new.tsx': () => [{ path: '/workspace/programs/new' }],
  // The workspace's layout, which opens on the person's first section.
  'workspace.tsx': () => [{ path: '/workspace' }],
  'workspace.visits.tsx': () => [{ path: '/workspace/visits' }],
};

const routeFiles = readdirSync(fileURLToPath(new URL('../../web/app/routes', import.meta.url)));

const hostTabs = ['/workspace/programs', '/workspace/visits', '/workspace/calendar', '/workspace/invitations', '/workspace/accounts'];

/**
 * Every demo sign-in (README), and nobody; each in one language, anonymous visitors and delegates in both. An admin
 * keeps every program and invites anyone, but hosts no visits: no requests or calendar tab of its own.
 */
const people: { who: DemoAccount | null; languages: Language[]; workspaceTabs: string[] }[] = [
  { who: null, languages: ['id', 'en'], workspaceTabs: [] },
  { who: 'admin@tiru.test', languages: ['en'], workspaceTabs: ['/workspace/programs', '/workspace/invitations', '/workspace/accounts', '/workspace/outbox'] },
  { who: 'editor.bontang@tiru.test', languages: ['id'], workspaceTabs: hostTabs },
  { who: 'editor.prabumulih@tiru.test', languages: ['en'], workspaceTabs: hostTabs },
  { who: 'koordinator.kalsel@tiru.test', languages: ['id'], workspaceTabs: ['/workspace/invitations', '/workspace/accounts'] },
  { who: 'delegasi.tangsel@tiru.test', languages: ['id', 'en'], workspaceTabs: [] },
];

let system: RunningSystem;
let browser: Browser;
let seeded: Seeded;

const visitLink = /^\/visits\/([0-9a-f-]{36})$/;

/** The visits linked from the pages where a person finds their visits. */
async function ownVisitIds(page: Page): Promise<string[]> {
  const ids = new Set<string>();
  for (const path of ['/visits', '/workspace/visits', '/']) {
    const response = await page.goto(`${system.webUrl}${path}`);
    if (response?.status() !== 200) continue;
    for (const href of await page.locator('main a[href^="/visits/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      const match = visitLink.exec(href);
      if (match) ids.add(match[1]!);
    }
  }
  return [...ids];
}

const accountLink = /^\/workspace\/accounts\/([0-9a-f-]{36})$/;

/** The accounts the person's account directory links to (none without one). */
async function listedAccountIds(page: Page): Promise<string[]> {
  const response = await page.goto(`${system.webUrl}/workspace/accounts`);
  if (response?.status() !== 200) return [];
  const hrefs = await page.locator('main a[href^="/workspace/accounts/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.flatMap((href) => accountLink.exec(href)?.[1] ?? []);
}

beforeAll(async () => {
  system = await startSystem({ label: 'every-route' });
  browser = await launchBrowser();
  const { context, page } = await openPage(browser, 'desktop');
  await page.goto(`${system.webUrl}/programs?lng=id`);
  const programSlug = await page
    .locator('main a[href^="/programs/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '').find((href) => href.includes('bontang')));
  await signIn(page, system.webUrl, 'editor.bontang@tiru.test', '/');
  const [anyVisitId] = await ownVisitIds(page);
  await context.close();
  if (!programSlug || !anyVisitId) throw new Error('The demo data has no Bontang program or visit to visit');
  seeded = { programSlug: programSlug.replace('/programs/', ''), anyVisitId };
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** Where the page's links lead (navigation and content; not the skip link or language switch, which name the page itself). */
function linkedPaths(page: Page): Promise<string[]> {
  return page
    .locator('a[href]:not([href^="#"]):not(.language-switch a)')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

interface Answer {
  path: string;
  status: number;
}

/** Fails unless the page is one of the site's, in the person's language, with something to read. */
async function expectSitePage(page: Page, path: string, language: Language, response: Response | null): Promise<Answer> {
  const status = response?.status() ?? 0;
  const where = `${path} (${language}, HTTP ${status}, now at ${new URL(page.url()).pathname})`;
  expect(status, `${where}: no answer`).toBeGreaterThan(0);
  expect(status, `${where}: not found`).not.toBe(404);
  expect(status, `${where}: server error`).toBeLessThan(500);
  expect(await page.locator('html').getAttribute('lang'), `${where}: language`).toBe(language);
  expect(await page.locator('header.site-header').count(), `${where}: not a page of the site`).toBe(1);
  const text = (await page.locator('main').innerText()).trim();
  expect(text.length, `${where}: empty page`).toBeGreaterThan(20);
  expect([200, 403], `${where}: unexpected status`).toContain(status);
  if (status === 403) {
    const t = dictionaries[language];
    expect(await page.locator('.error-page__status').textContent(), `${where}: not the site's 403 page`).toBe(
      t['error.status'].replace('{status}', '403')
    );
    expect(await page.getByRole('heading', { level: 1 }).innerText(), where).toBe(t['error.forbidden.title']);
  }
  return { path: new URL(page.url()).pathname, status };
}

/** A download is the file itself, or (for someone who may not have it) a redirect to a page of the site. */
async function visitDownload(context: BrowserContext, page: Page, path: string, language: Language): Promise<Answer | null> {
  const answer = await context.request.get(`${system.webUrl}${path}`, { maxRedirects: 0 });
  const location = answer.headers()['location'];
  if (answer.status() >= 300 && answer.status() < 400 && location) {
    return expectSitePage(page, path, language, await page.goto(new URL(location, system.webUrl).href));
  }
  expect(answer.status(), `${path}: ${await answer.text()}`).toBe(200);
  expect((await answer.body()).length, `${path}: empty file`).toBeGreaterThan(0);
  return null;
}

describe('every route as every role', () => {
  it('knows an address for every route file', () => {
    expect(routeFiles.filter((file) => !(file in routeAddresses))).toEqual([]);
  });

  it('lists every published program in sitemap.xml with its English alternate, and robots.txt points to it', async () => {
    const sitemap = await (await fetch(`${system.webUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${system.webUrl}/programs/prolita-bontang</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${system.webUrl}/en/programs/prolita-bontang"/>`);
    expect(sitemap).toContain(`<loc>${system.webUrl}/nasional</loc>`);
    const programAddresses = sitemap.match(/<loc>[^<]*\/programs\/[^<]+<\/loc>/g) ?? [];
    const answer = await fetch(system.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ programs(first: 1) { totalCount } }' }),
    });
    const { data } = (await answer.json()) as { data: { programs: { totalCount: number } } };
    expect(programAddresses).toHaveLength(data.programs.totalCount);
    const robots = await (await fetch(`${system.webUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${system.webUrl}/sitemap.xml`);
    expect(robots).toContain('Disallow: /workspace');
    expect(robots).toContain('Disallow: /en/workspace');
  });

  it('leads the home page with the API\'s headline figures, each labelled with what it counts', async () => {
    const answer = await fetch(system.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ headlineFigures { publishedPrograms hostProvinces replicatingRegencies completedVisits } }' }),
    });
    const { data } = (await answer.json()) as { data: { headlineFigures: Record<string, number> } };
    const { context, page } = await openPage(browser, 'desktop');
    try {
      await page.goto(`${system.webUrl}/?lng=id`);
      const shown = await page.locator('.headline-figures > div').evaluateAll((figures) =>
        figures.map((figure) => [figure.querySelector('dt')?.textContent, figure.querySelector('dd')?.textContent])
      );
      expect(shown).toEqual([
        [id['home.figures.publishedPrograms'], String(data.headlineFigures.publishedPrograms)],
        [id['home.figures.hostProvinces'], String(data.headlineFigures.hostProvinces)],
        [id['home.figures.replicatingRegencies'], String(data.headlineFigures.replicatingRegencies)],
        [id['home.figures.completedVisits'], String(data.headlineFigures.completedVisits)],
      ]);
    } finally {
      await context.close();
    }
  });

  for (const { who, languages, workspaceTabs } of people) {
    it(`answers a page of the site to ${who ?? 'an anonymous visitor'} on every route (${languages.join(', ')})`, async () => {
      const { context, page, pageErrors } = await openPage(browser, 'desktop');
      try {
        if (who) await signIn(page, system.webUrl, who, '/');
        const own = who ? await ownVisitIds(page) : [];
        const accountIds = who ? await listedAccountIds(page) : [];
        for (const language of languages) {
          await page.goto(`${system.webUrl}/?lng=${language}`);
          const linked = new Set<string>();
          const refused: Answer[] = [];
          for (const file of routeFiles) {
            for (const visit of routeAddresses[file]!(seeded, own, accountIds)) {
              let answer: Answer | null;
              if (visit.download) {
                answer = await visitDownload(context, page, visit.path, language);
              } else if (visit.unknownAddress) {
                const response = await page.goto(`${system.webUrl}${visit.path}`);
                expect(response?.status(), visit.path).toBe(404);
                expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(dictionaries[language]['error.notFound.title']);
                answer = null;
              } else {
                answer = await expectSitePage(page, visit.path, language, await page.goto(`${system.webUrl}${visit.path}`));
              }
              for (const link of await linkedPaths(page)) linked.add(link);
              if (answer?.status === 403) refused.push(answer);
            }
          }
          // A refusal is right only for an address the person's own pages never offer.
          expect(refused.map((answer) => answer.path).filter((path) => linked.has(path)), `refused but linked (${language})`).toEqual([]);
        }
        await page.goto(`${system.webUrl}/workspace`);
        const tabs = await page.locator('.workspace-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(tabs, 'workspace tabs').toEqual(workspaceTabs);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
