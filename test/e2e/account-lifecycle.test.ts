import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../../web/app/i18n/en';
import { signInToApi } from '../support/api-session';
import { demoPassword } from '../support/journey';
import { launchBrowser, openPage, screenshot } from '../support/browser';
import { codeOf, from, postGraphql } from '../support/graphql';
import { startSystem, type RunningSystem } from '../support/system';

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem({ label: 'account-lifecycle' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

const PASSWORD = 'kata sandi untuk uji akun';

/** A Bontang host editor of its own, invited and accepted through the API, signed in from `address`. */
async function newBontangEditor(email: string, address: string): Promise<string> {
  const admin = await signInToApi(system.apiUrl, 'admin@tiru.test', '10.40.0.1');
  const { invite } = await admin.run<{ invite: { acceptUrl: string } }>(
    'mutation($input: InviteInput!) { invite(input: $input) { acceptUrl } }',
    { input: { email, role: 'HOST_EDITOR', regencyCode: '64.74' } }
  );
  const token = invite.acceptUrl.split('/').at(-1);
  const accepted = await postGraphql(
    system.apiUrl,
    'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accountId } }',
    { input: { token, displayName: 'Pejabat Uji Akun', password: PASSWORD } },
    from(address)
  );
  if (!accepted.cookie) throw new Error(`could not accept: ${codeOf(accepted)}`);
  return accepted.cookie;
}

it('deactivates an account signed in elsewhere, whose next request is refused, and withdraws a role whose next mutation is FORBIDDEN', async () => {
  const elsewhere = await newBontangEditor('pejabat.uji.akun@bontang.test', '10.40.0.2');
  const me = () => postGraphql<{ me: { accountId: string } | null }>(system.apiUrl, '{ me { accountId } }', {}, from('10.40.0.2', elsewhere));
  expect((await me()).data?.me).not.toBeNull();

  const { context, page, pageErrors } = await openPage(browser, 'desktop', { javaScript: false });
  try {
    await page.goto(`${system.webUrl}/sign-in?lng=en&redirectTo=${encodeURIComponent('/workspace/accounts?q=pejabat.uji.akun')}`);
    await page.getByLabel(en['signIn.email']).fill('admin@tiru.test');
    await page.getByLabel(en['signIn.password']).fill(demoPassword('admin@tiru.test'));
    await page.getByRole('button', { name: en['signIn.submit'], exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/en/workspace/accounts');
    await page.getByRole('link', { name: 'Pejabat Uji Akun' }).click();
    await page.getByRole('button', { name: en['accounts.deactivate'] }).click();
    await expect.poll(() => page.getByText(en['accounts.done.deactivate']).count()).toBe(1);
    await screenshot(page, 'account-deactivated');
    expect((await me()).data?.me).toBeNull();

    await page.getByRole('button', { name: en['accounts.reactivate'] }).click();
    await expect.poll(() => page.getByText(en['accounts.done.reactivate']).count()).toBe(1);
    const signedInAgain = await postGraphql(
      system.apiUrl,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accountId } }',
      { e: 'pejabat.uji.akun@bontang.test', p: PASSWORD },
      from('10.40.0.3')
    );
    const cookie = signedInAgain.cookie!;
    await page.getByRole('button', { name: en['accounts.withdraw'] }).click();
    await page.waitForURL((url) => url.pathname === '/en/workspace/accounts');
    const created = await postGraphql(
      system.apiUrl,
      'mutation { createProgram(input: { hostRegencyCode: "64.74", title: "Program Uji Peran Dicabut", themes: [COMMUNITY_INFRASTRUCTURE], summary: "Rp50 juta per RT untuk pembangunan lingkungan." }) { id } }',
      {},
      from('10.40.0.3', cookie)
    );
    expect(codeOf(created)).toBe('FORBIDDEN');
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
