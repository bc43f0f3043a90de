import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  openPage,
  screenshot,
  type ViewportName,
} from '../support/browser';
import { openMenuIfFolded } from '../support/journey';
import { startSystem, type RunningSystem } from '../support/system';

const copy = {
  id: {
    heading: 'Belajar dari praktik baik daerah lain',
    searchLabel: 'Cari program',
    navigation: 'Navigasi utama',
    links: ['Cari praktik baik', 'Bandingkan', 'Studi tiru', 'Peta nasional', 'Masuk'],
    themesHeading: 'Jelajahi menurut tema',
    notFound: 'Halaman tidak ditemukan',
  },
  en: {
    heading: 'Learn from what works in other regions',
    searchLabel: 'Search programs',
    navigation: 'Main navigation',
    links: ['Find good practices', 'Compare', 'Study visits', 'National map', 'Sign in'],
    themesHeading: 'Browse by theme',
    notFound: 'Page not found',
  },
} as const;

type Language = keyof typeof copy;

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  // The home page renders without the API; journeys that need data start the full system (the default).
  system = await startSystem({ label: 'home', api: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function expectHomeIn(page: Page, language: Language) {
  const text = copy[language];
  await openMenuIfFolded(page);
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text.heading);
  const navigation = page.getByRole('navigation', { name: text.navigation });
  expect(await navigation.getByRole('link').allTextContents()).toEqual(text.links);
  expect(await page.getByRole('searchbox', { name: text.searchLabel }).count()).toBe(1);
  // Without the API nothing says which themes hold programs, so none is offered (a tile could lead to nothing).
  expect(await page.getByRole('heading', { name: text.themesHeading }).count()).toBe(0);
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('home page', () => {
  for (const language of ['id', 'en'] as const) {
    for (const viewport of ['desktop', 'phone'] as const satisfies readonly ViewportName[]) {
      it(`reads in ${language} at ${viewport} width, fits the screen and passes axe`, async () => {
        const { context, page, pageErrors } = await openPage(browser, viewport);
        try {
          await page.goto(`${system.webUrl}/?lng=${language}`);
          expect(new URL(page.url()).search).toBe('');
          await expectHomeIn(page, language);
          expect(await horizontalOverflow(page)).toBe(0);
          await screenshot(page, `home-${language}-${viewport}`);
          await expectNoSeriousA11yViolations(page);
          expect(pageErrors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('is Indonesian by default and switches language with plain links when JavaScript is off', async () => {
    const { context, page } = await openPage(browser, 'phone', { javaScript: false });
    try {
      await page.goto(system.webUrl);
      await expectHomeIn(page, 'id');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${system.webUrl}/en`);
      await expectHomeIn(page, 'en');
      await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
      await page.waitForURL(`${system.webUrl}/`);
      await expectHomeIn(page, 'id');
    } finally {
      await context.close();
    }
  });

  it('switches language in place with JavaScript and keeps the choice on the next visit', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      await page.goto(system.webUrl);
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await expectHomeIn(page, 'en');
      await page.goto(system.webUrl);
      await expectHomeIn(page, 'en');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens an /en address in English whatever was chosen before, keeps the prefix in its links and names its alternates', async () => {
    const { context, page } = await openPage(browser, 'desktop', { javaScript: false });
    try {
      await page.goto(`${system.webUrl}/?lng=id`);
      await page.goto(`${system.webUrl}/en`);
      await expectHomeIn(page, 'en');
      const navigation = page.getByRole('navigation', { name: copy.en.navigation });
      expect(await navigation.getByRole('link', { name: 'Compare' }).getAttribute('href')).toBe('/en/compare');
      expect(await page.getByRole('search').getAttribute('action')).toBe('/en/programs');
      const linkHref = (selector: string) => page.locator(`head link${selector}`).getAttribute('href');
      expect(await linkHref('[rel=canonical]')).toBe(`${system.webUrl}/en`);
      expect(await linkHref('[rel=alternate][hreflang=en]')).toBe(`${system.webUrl}/en`);
      expect(await linkHref('[rel=alternate][hreflang=id]')).toBe(`${system.webUrl}/`);
      expect(await linkHref('[rel=alternate][hreflang=x-default]')).toBe(`${system.webUrl}/`);
      await page.goto(`${system.webUrl}/`);
      await expectHomeIn(page, 'id');
    } finally {
      await context.close();
    }
  });

  it('sends a search to the programs page as a shareable address', async () => {
    const { context, page } = await openPage(browser, 'desktop', { javaScript: false });
    try {
      await page.goto(system.webUrl);
      await page.getByRole('searchbox', { name: copy.id.searchLabel }).fill('bedah rumah');
      await page.getByRole('button', { name: 'Cari' }).click();
      await page.waitForURL((url) => url.pathname === '/programs');
      expect(new URL(page.url()).searchParams.get('q')).toBe('bedah rumah');
    } finally {
      await context.close();
    }
  });

  it('answers an unknown address with a translated 404 page', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'desktop');
    try {
      for (const language of ['id', 'en'] as const) {
        const response = await page.goto(`${system.webUrl}/no-such-page?lng=${language}`);
        expect(response?.status()).toBe(404);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(copy[language].notFound);
        await screenshot(page, `not-found-${language}`);
        await expectNoSeriousA11yViolations(page);
      }
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
