import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, openPage, screenshot } from '../support/browser';
import { startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem({ label: 'phone-layout' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const viewportHeight = 667;

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not laid out`);
  return found;
}

describe('a 375 px phone', () => {
  it('shows a one-row header and the first search result above the fold', async () => {
    const { context, page, pageErrors } = await openPage(browser, 'phone375');
    try {
      await page.goto(`${system.webUrl}/programs?q=rumah`);
      const header = await box(page, '.site-header');
      expect(header.height).toBeLessThanOrEqual(72);
      expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible()).toBe(false);
      const firstResult = await box(page, '.search-results > li');
      expect(firstResult.y).toBeLessThan(viewportHeight);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, 'phone375-search-id');
      await expectNoSeriousA11yViolations(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens the menu without JavaScript and follows its links', async () => {
    const { context, page } = await openPage(browser, 'phone375', { javaScript: false });
    try {
      await page.goto(`${system.webUrl}/?lng=en`);
      await page.locator('label.site-menu__button').click();
      const navigation = page.getByRole('navigation', { name: 'Main navigation' });
      expect(await navigation.isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Bahasa Indonesia' }).isVisible()).toBe(true);
      await screenshot(page, 'phone375-menu-en');
      await navigation.getByRole('link', { name: 'National map' }).click();
      await page.waitForURL((url) => url.pathname === '/en/nasional');
    } finally {
      await context.close();
    }
  });

  it('stacks the comparison per program instead of scrolling a table', async () => {
    const { context, page } = await openPage(browser, 'phone375');
    try {
      await page.goto(`${system.webUrl}/compare?p=prolita-bontang&p=ritta-prabumulih&lng=en`);
      expect(await page.locator('.compare-scroll').isVisible()).toBe(false);
      const programs = page.locator('.compare-stack__program');
      expect(await programs.count()).toBe(2);
      const [first, second] = [await programs.nth(0).boundingBox(), await programs.nth(1).boundingBox()];
      expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
      expect(first!.width).toBeLessThanOrEqual(375);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, 'phone375-compare-en');
      await expectNoSeriousA11yViolations(page);
    } finally {
      await context.close();
    }
  });
});

describe('the national picture', () => {
  it('draws every province as a tile, server-side, with the demo figures, at desktop and phone widths', async () => {
    for (const viewport of ['desktop', 'phone375'] as const) {
      // axe runs in the page, so these pages load with JavaScript; the map itself is in the server's HTML.
      const { context, page } = await openPage(browser, viewport);
      const html = await (await fetch(`${system.webUrl}/nasional`)).text();
      expect(html.match(/data-province="/g)).toHaveLength(38);
      try {
        await page.goto(`${system.webUrl}/nasional`);
        expect(await page.locator('svg.province-map [data-province]').count()).toBe(38);
        const kaltim = await page.locator('[data-province="64"] title').textContent();
        expect(kaltim).toMatch(/^Kalimantan Timur: [1-9]\d* program/i);
        expect(await page.getByRole('heading', { level: 2, name: 'Paling banyak ditiru' }).count()).toBe(1);
        // Anonymous visitors do not see which regions asked for visits.
        expect(await page.getByRole('heading', { name: 'Daerah yang meminta kunjungan tetapi belum berkunjung' }).count()).toBe(0);
        expect(await horizontalOverflow(page)).toBe(0);
        await screenshot(page, `national-${viewport}-id`);
        await expectNoSeriousA11yViolations(page);
      } finally {
        await context.close();
      }
    }
  });
});
