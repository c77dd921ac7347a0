// Browser tests of the accounts flows: register with a mistake, confirm from
// the captured mail, log in, visit every account page, log out, reset the
// password; an admin made with `observatory create-admin` gives an account roles.
// axe-core audits every page on the way.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  setRoles,
  clickAndLoad,
  createAdmin,
  linkIn,
  logIn,
  logOut,
  openStaffWorkspace,
  pathOf,
  setPasswordFromLink,
  useServerAndBrowser,
  waitForMail,
} from './support.mjs';

const suite = useServerAndBrowser();
const MEMBER = { email: 'marta.ruiz@example.org', name: 'Marta Ruiz', password: 'tide lantern orchard seven' };
const NEW_PASSWORD = 'copper meadow whistle ninety';

describe('an account from registration to password reset', () => {
  it('registers, confirms by mail, logs in and out, and resets the password', { timeout: TEST_TIMEOUT_MS * 3 }, async () => {
    await suite.withPage({}, async (page) => {
      await page.goto('/en/register');
      await acceptCookies(page);
      await auditPage(page, 'accounts-register');

      // A first attempt with a short password and no consent comes back filled in.
      // Only what taking part needs: the rest of a profile comes later.
      assert.equal(await page.getByLabel('Country').count(), 0, 'no country asked yet');
      await page.getByLabel('Full name').fill(MEMBER.name);
      await page.getByLabel('E-mail address').fill(MEMBER.email);
      await page.getByLabel('Password').fill('short');
      await clickAndLoad(page, page.getByRole('button', { name: 'Create my account' }));
      await page.getByText('Use at least 12 characters.').first().waitFor();
      await page.getByText('To register you need to accept the privacy policy.').first().waitFor();
      assert.equal(await page.getByLabel('Full name').inputValue(), MEMBER.name, 'the name comes back');
      assert.equal(await page.getByLabel('E-mail address').inputValue(), MEMBER.email);
      assert.equal(await page.getByLabel('Password').inputValue(), '', 'never the password');
      await auditPage(page, 'accounts-register-errors');

      await page.getByLabel('Password').fill(MEMBER.password);
      await page.getByLabel('I have read and accept the privacy policy.').check();
      await clickAndLoad(page, page.getByRole('button', { name: 'Create my account' }));
      assert.equal(pathOf(page), '/en/register/sent');
      await auditPage(page, 'accounts-register-sent');

      // Before confirmation the account cannot log in, and says why.
      await logIn(page, MEMBER.email, MEMBER.password);
      await page.getByText('You need to confirm your e-mail address before logging in.').waitFor();
      await auditPage(page, 'accounts-login-unconfirmed');

      const confirmation = await waitForMail(suite.server, MEMBER.email, 1);
      await page.goto(linkIn(confirmation, '/account/confirm'));
      await auditPage(page, 'accounts-confirm');
      await clickAndLoad(page, page.locator('main').getByRole('button', { name: 'Confirm' }));
      // Confirming says what comes next: logging in with her password.
      assert.equal(pathOf(page), '/en/login?confirmed=true');
      await page.getByText('Your e-mail address is confirmed.').waitFor();
      await auditPage(page, 'accounts-login-confirmed');
      await logIn(page, MEMBER.email, MEMBER.password);
      assert.equal(pathOf(page), '/en/account');
      assert.equal(await page.getByLabel('Full name').inputValue(), MEMBER.name);
      await page.getByText('Your profile is not complete yet').waitFor();
      await auditPage(page, 'accounts-profile');
      await page.getByLabel('An individual').check();
      await page.getByLabel('Country').selectOption({ label: 'Chile' });
      await page.getByLabel('Spanish').check();
      await page.getByLabel('Restorative justice').check();
      await clickAndLoad(page, page.getByRole('button', { name: 'Save changes' }));
      await page.getByText('Your changes have been saved.').waitFor();
      assert.ok(await page.getByLabel('Spanish').isChecked(), 'the languages are kept');
      for (const [name, path] of [
        ['accounts-change-password', '/en/account/password'],
        ['accounts-change-email', '/en/account/email'],
        ['accounts-delete', '/en/account/delete'],
        ['accounts-my-proposals', '/en/account/proposals'],
      ]) {
        await page.goto(path);
        await auditPage(page, name);
      }

      // A member is refused the admin pages.
      const refused = await page.goto('/en/admin/users');
      assert.equal(refused?.status(), 403);
      await auditPage(page, 'accounts-admin-refused');

      await logOut(page);
      await page.goto('/en/account');
      assert.equal(new URL(page.url()).pathname, '/en/login', 'after logging out the account asks to log in');

      // Forgotten password: the request answers the same for any address.
      await page.getByRole('link', { name: 'Forgotten your password?' }).click();
      await page.waitForURL('**/en/password-reset');
      await auditPage(page, 'accounts-reset-request');
      await page.getByLabel('E-mail address').fill(MEMBER.email);
      await clickAndLoad(page, page.locator('main').getByRole('button', { name: 'Send the link' }));
      await page.getByText('If an account uses this address').waitFor();
      await auditPage(page, 'accounts-reset-sent');

      const reset = await waitForMail(suite.server, MEMBER.email, 2);
      await page.goto(linkIn(reset, '/password-reset/new'));
      await auditPage(page, 'accounts-reset-new');
      await setPasswordFromLink(page, page.url(), NEW_PASSWORD);
      assert.equal(pathOf(page), '/en/login?reset=true');

      await logIn(page, MEMBER.email, MEMBER.password);
      await page.getByText('The e-mail address or the password is not correct.').waitFor();
      await logIn(page, MEMBER.email, NEW_PASSWORD);
      assert.equal(pathOf(page), '/en/account', 'the new password works');
    });
  });

  it('an admin made on the command line gives an account two roles, and the change is recorded', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    await suite.withPage({}, async (page) => {
      await createAdmin(suite, page, 'chief@example.org', NEW_PASSWORD);
      await logIn(page, 'chief@example.org', NEW_PASSWORD);

      // The users page is one of the staff workspace's pages.
      await openStaffWorkspace(page);
      await clickAndLoad(page, page.getByRole('link', { name: 'Users', exact: true }));
      assert.equal(pathOf(page), '/en/admin/users');
      await auditPage(page, 'accounts-admin-users');
      await page.getByLabel('Search by name or e-mail').fill('marta');
      // The page's own search, not the site's in the header.
      await clickAndLoad(page, page.getByRole('main').getByRole('button', { name: 'Search', exact: true }));
      assert.equal(await page.getByRole('row').filter({ hasText: MEMBER.email }).count(), 1, 'the search finds her');
      await setRoles(page, MEMBER.email, ['evaluator', 'editor']);
      await page.getByText('The roles have been saved and the change recorded.').waitFor();
      const recorded = page.getByRole('row').filter({ hasText: 'Member → Evaluator, Editor' }).filter({ hasText: MEMBER.name });
      assert.ok((await recorded.count()) >= 1, 'the change appears in the record');
      await auditPage(page, 'accounts-admin-role-changed');
    });
  });
});
