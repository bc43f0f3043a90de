import { type Page } from 'playwright-core';
import { expect } from 'vitest';
import { accounts } from '../../seeds/src/demo/accounts';

export type DemoAccount =
  | 'admin@tiru.test'
  | 'editor.bontang@tiru.test'
  | 'editor.prabumulih@tiru.test'
  | 'koordinator.kalsel@tiru.test'
  | 'delegasi.tangsel@tiru.test';

/** The demo sign-ins the seeder creates (seeds/src/demo/accounts.ts is their single source). */
export function demoPassword(email: DemoAccount): string {
  const account = accounts.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  return account.password;
}

/**
 * Waits until Remix has hydrated the page: before that, typing does not search instantly and screenshots can race
 * React's first render.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const router = (window as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter;
    return router?.state.initialized === true;
  });
  await page.waitForLoadState('networkidle');
}

/** Signs in through the form (the API's session cookie comes back through the web server) and lands on `to`. */
export async function signIn(page: Page, webUrl: string, email: DemoAccount, to: string): Promise<void> {
  await page.goto(`${webUrl}/sign-in?lng=id&redirectTo=${encodeURIComponent(to)}`);
  await page.getByLabel('Alamat e-mail').fill(email);
  await page.getByLabel('Kata sandi').fill(demoPassword(email));
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => url.pathname + url.search === to);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** How far the page is wider than the screen (0 when nothing sticks out sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export async function expectFitsScreen(page: Page): Promise<void> {
  expect(await horizontalOverflow(page), `${page.url()} is wider than the screen`).toBe(0);
}

/** On a phone the navigation and language switch fold behind "Menu" (a CSS toggle): open it when it is there. */
export async function openMenuIfFolded(page: Page) {
  const menu = page.locator('label.site-menu__button');
  if ((await menu.isVisible()) && !(await page.locator('#site-menu-toggle').isChecked())) await menu.click();
}
