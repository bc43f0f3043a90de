import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { screenshotsDir } from './artifacts';

/** Debian's Chromium (apt-get install chromium); playwright-core downloads no browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const viewports = {
  desktop: { viewport: { width: 1280, height: 860 } },
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  // The small phone of issue 18: 375 px wide and only 667 px tall, where results must start above the fold.
  phone375: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} satisfies Record<string, BrowserContextOptions>;

export type ViewportName = keyof typeof viewports;

/** Each launch gets a fresh temporary profile, so no cookie or cache survives from one run to the next. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors of the page (hydration mismatches land here); expect it to stay empty. */
  pageErrors: string[];
}

/** A new context (its own cookies) at the given viewport; `javaScript: false` checks that pages work without it. */
export async function openPage(
  browser: Browser,
  viewport: ViewportName,
  { javaScript = true }: { javaScript?: boolean } = {}
): Promise<OpenedPage> {
  const context = await browser.newContext({ ...viewports[viewport], javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // An error status (the 404 page's own) is reported as a console error too; it is asserted by the tests instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      pageErrors.push(message.text());
  });
  return { context, page, pageErrors };
}

/** Saves a full-page screenshot to test/artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs axe on the current page and fails on any serious or critical violation, listing each with its elements. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length === 0) return;
  const report = serious
    .map(
      (violation) =>
        `- [${violation.impact}] ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n')
    )
    .join('\n');
  throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
}
