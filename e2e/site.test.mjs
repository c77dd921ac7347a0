// Browser end-to-end tests: every public page in the three languages (status,
// <html lang>, a visible h1, axe-core WCAG 2.1 AA, a full-page screenshot), the
// language switcher and the cookie-consent flows.
//
// Run with `npm ci && node --test e2e/` after `cargo build`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  LANGS,
  TEST_TIMEOUT_MS,
  assertNoAxeViolations,
  assertVisibleH1,
  clickAndLoad,
  htmlLang,
  localPath,
  pathOf,
  screenshot,
  useServerAndBrowser,
} from './support.mjs';

// name → path after /{lang} as English writes it (localPath gives each
// language's own address); the section home has no trailing slash.
const PAGES = [
  ['home', ''],
  ['about', '/about'],
  ['technical-cooperation', '/technical-cooperation'],
  ['collaboration-networks', '/collaboration-networks'],
  ['reports', '/reports'],
  ['groups', '/groups'],
  ['library', '/library'],
  ['library-resources', '/library/resources'],
  ['library-resource', '/library/resources/1'],
  ['library-convention', '/library/standards/crc'],
  ['search', '/search?q=justice'],
  ['news', '/news'],
  ['events', '/events'],
  ['newsletter', '/newsletter'],
  ['assistance', '/assistance'],
  ['agreements', '/agreements'],
  ['councils', '/councils'],
  ['contact', '/contact'],
  ['privacy', '/privacy'],
  ['cookies', '/cookies'],
  ['legal-notice', '/legal-notice'],
  ['cookie-settings', '/cookie-settings'],
  ['collaborate', '/collaborate'],
  ['login', '/login'],
  ['register', '/register'],
];

const LANGUAGE_NAMES = { en: 'English', es: 'Español', fr: 'Français' };

const BANNER_LABELS = {
  en: { accept: 'Accept all', reject: 'Reject non-essential', settings: 'Settings', footer: 'Cookie settings' },
  es: {
    accept: 'Aceptar todas',
    reject: 'Rechazar las no esenciales',
    settings: 'Configuración',
    footer: 'Configuración de cookies',
  },
  fr: {
    accept: 'Tout accepter',
    reject: 'Refuser les cookies non essentiels',
    settings: 'Paramètres',
    footer: 'Paramètres des cookies',
  },
};

const suite = useServerAndBrowser();
const newContext = (options) => suite.newContext(options);
const withPage = (options, fn) => suite.withPage(options, fn);

// ---------------------------------------------------------------- helpers

async function cookieMap(context) {
  const cookies = await context.cookies(suite.server.baseURL);
  return new Map(cookies.map((cookie) => [cookie.name, cookie]));
}

function banner(page) {
  return page.locator('section.consent-banner');
}

// ------------------------------------------------------------- every page

for (const lang of LANGS) {
  describe(`pages in ${lang}`, () => {
    for (const [name, suffix] of PAGES) {
      const url = localPath(lang, suffix);
      it(`${url} answers 200 in ${lang} with an h1 and no axe violations`, { timeout: TEST_TIMEOUT_MS }, async () => {
        await withPage({}, async (page) => {
          const response = await page.goto(url);
          assert.ok(response, `no response for ${url}`);
          assert.equal(response.status(), 200, `status of ${url}`);
          assert.equal(pathOf(page), url, `${url} should not redirect`);
          assert.equal(await htmlLang(page), lang, `<html lang> on ${url}`);
          await assertVisibleH1(page);
          // First visit: the consent banner is part of every page (and audited with it),
          // except the cookie settings page, which is the full form itself.
          const bannerExpected = name === 'cookie-settings' ? 0 : 1;
          assert.equal(await banner(page).count(), bannerExpected, `consent banner on first visit to ${url}`);
          await assertNoAxeViolations(page, url);
          await screenshot(page, `${lang}-${name}`);
        });
      });
    }

    it(`the 404 page is localized in ${lang} and has no axe violations`, { timeout: TEST_TIMEOUT_MS }, async () => {
      await withPage({}, async (page) => {
        const url = `/${lang}/this-page-does-not-exist`;
        const response = await page.goto(url);
        assert.ok(response, `no response for ${url}`);
        assert.equal(response.status(), 404, `status of ${url}`);
        assert.equal(await htmlLang(page), lang, `<html lang> on the 404 page`);
        await assertVisibleH1(page);
        await assertNoAxeViolations(page, `404 page (${lang})`);
        await screenshot(page, `${lang}-404`);
      });
    });

    it(`the header and consent banner are labelled in ${lang}`, { timeout: TEST_TIMEOUT_MS }, async () => {
      await withPage({}, async (page) => {
        await page.goto(localPath(lang, '/about'));
        const labels = BANNER_LABELS[lang];
        const consent = banner(page);
        await consent.waitFor({ state: 'visible' });
        await consent.getByRole('button', { name: labels.accept, exact: true }).waitFor({ state: 'visible' });
        await consent.getByRole('button', { name: labels.reject, exact: true }).waitFor({ state: 'visible' });
        const settings = consent.getByRole('link', { name: labels.settings, exact: true });
        assert.equal(await settings.getAttribute('href'), `/${lang}/cookie-settings`);
        const footerLink = page.locator('footer').getByRole('link', { name: labels.footer, exact: true });
        assert.equal(await footerLink.getAttribute('href'), `/${lang}/cookie-settings`);

        // Language switcher: one link per language to the same page at that
        // language's address, the current one marked; the hreflang alternates agree.
        const switcher = page.locator('nav.languages');
        for (const other of LANGS) {
          const link = switcher.getByRole('link', { name: LANGUAGE_NAMES[other], exact: true });
          assert.equal(await link.getAttribute('href'), localPath(other, '/about'), `switcher link to ${other}`);
          const alternate = page.locator(`head link[rel="alternate"][hreflang="${other}"]`);
          assert.equal(
            new URL(await alternate.getAttribute('href')).pathname,
            localPath(other, '/about'),
            `hreflang alternate for ${other}`,
          );
          assert.equal(await link.getAttribute('hreflang'), other);
          assert.equal(await link.getAttribute('lang'), other);
          assert.equal(
            await link.getAttribute('aria-current'),
            other === lang ? 'true' : null,
            `aria-current on the ${other} link of a ${lang} page`,
          );
        }
      });
    });
  });
}

// ------------------------------------------------------------- redirects

describe('redirects', () => {
  it('/ redirects (303) to the language of Accept-Language', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage({ locale: 'es-ES' }, async (page) => {
      const response = await page.goto('/');
      assert.equal(response?.status(), 200);
      assert.equal(pathOf(page), '/es');
      assert.equal(await htmlLang(page), 'es');
      const redirect = response.request().redirectedFrom();
      assert.ok(redirect, '/ should redirect');
      assert.equal((await redirect.response())?.status(), 303);
    });
  });

  it('/en/ redirects to /en', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage({}, async (page) => {
      const response = await page.goto('/en/');
      assert.equal(response?.status(), 200);
      assert.equal(pathOf(page), '/en');
      const redirect = response.request().redirectedFrom();
      assert.ok(redirect, '/en/ should redirect');
      assert.equal((await redirect.response())?.status(), 308);
    });
  });
});

// ------------------------------------------------------ language switcher

describe('language switcher', () => {
  it('on /fr/rapports the "Español" link leads to /es/informes in Spanish', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage({}, async (page) => {
      await page.goto(localPath('fr', '/reports'));
      assert.equal(await htmlLang(page), 'fr');
      const frenchH1 = await assertVisibleH1(page);
      await clickAndLoad(page, page.locator('nav.languages').getByRole('link', { name: 'Español', exact: true }));
      assert.equal(pathOf(page), localPath('es', '/reports'));
      assert.equal(await htmlLang(page), 'es');
      const spanishH1 = await assertVisibleH1(page);
      assert.notEqual(spanishH1, frenchH1, 'the heading should be translated');
      assert.equal(
        await page.locator('nav.languages').getByRole('link', { name: 'Español', exact: true }).getAttribute('aria-current'),
        'true',
      );
    });
  });
});

// --------------------------------------------------------- cookie consent

describe('cookie consent', () => {
  it('"Accept all" stores consent and the language, which then wins over Accept-Language', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage({ locale: 'fr-FR' }, async (page, context) => {
      await page.goto('/en');
      let cookies = await cookieMap(context);
      assert.deepEqual([...cookies.keys()], ['obs_csrf'], 'only the CSRF cookie before any choice');
      assert.equal(cookies.get('obs_csrf').httpOnly, true, 'obs_csrf is HttpOnly');
      await banner(page).waitFor({ state: 'visible' });

      await clickAndLoad(page, banner(page).getByRole('button', { name: 'Accept all', exact: true }));
      assert.equal(pathOf(page), '/en', 'back on the page the choice was made on');
      assert.equal(await banner(page).count(), 0, 'banner gone after accepting');

      cookies = await cookieMap(context);
      assert.equal(cookies.get('obs_consent')?.value, 'v1.p1.a1');
      assert.equal(cookies.get('obs_lang')?.value, 'en');
      assert.ok(cookies.has('obs_csrf'));

      // The browser asks for French, but the remembered language is English.
      await page.goto('/');
      assert.equal(pathOf(page), '/en');
      assert.equal(await htmlLang(page), 'en');
      assert.equal(await banner(page).count(), 0, 'banner stays gone');
    });
  });

  it('"Refuser les cookies non essentiels" stores the refusal and no language', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage({ locale: 'fr-FR' }, async (page, context) => {
      await page.goto('/');
      assert.equal(pathOf(page), '/fr', 'Accept-Language fr-FR leads to /fr');
      assert.equal(await htmlLang(page), 'fr');
      await banner(page).waitFor({ state: 'visible' });

      await clickAndLoad(
        page,
        banner(page).getByRole('button', { name: 'Refuser les cookies non essentiels', exact: true }),
      );
      assert.equal(pathOf(page), '/fr');
      const cookies = await cookieMap(context);
      assert.equal(cookies.get('obs_consent')?.value, 'v1.p0.a0');
      assert.equal(cookies.has('obs_lang'), false, 'no obs_lang cookie after rejecting');

      await page.goto(localPath('fr', '/about'));
      assert.equal(await htmlLang(page), 'fr');
      await assertVisibleH1(page);
      assert.equal(await banner(page).count(), 0, 'banner gone on the next page');
      assert.equal((await cookieMap(context)).has('obs_lang'), false, 'still no obs_lang after browsing');
    });
  });

  it('the choice can be changed later from the footer "Cookie settings" link', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage({ locale: 'fr-FR' }, async (page, context) => {
      await page.goto('/en/about');
      await clickAndLoad(page, banner(page).getByRole('button', { name: 'Accept all', exact: true }));
      assert.equal(pathOf(page), '/en/about');
      assert.equal((await cookieMap(context)).get('obs_lang')?.value, 'en');

      await clickAndLoad(page, page.locator('footer').getByRole('link', { name: 'Cookie settings', exact: true }));
      assert.equal(pathOf(page), '/en/cookie-settings');
      assert.equal(await banner(page).count(), 0);

      const preferences = page.getByRole('checkbox', { name: 'Allow preference cookies' });
      const analytics = page.getByRole('checkbox', { name: 'Allow analytics cookies' });
      assert.equal(await preferences.isChecked(), true, 'preferences ticked after "Accept all"');
      assert.equal(await analytics.isChecked(), true, 'analytics ticked after "Accept all"');
      assert.equal(await page.getByRole('status').count(), 0, 'no saved notice before saving');

      await preferences.uncheck();
      await analytics.uncheck();
      await clickAndLoad(page, page.getByRole('button', { name: 'Save my choice', exact: true }));

      assert.equal(pathOf(page), '/en/cookie-settings?saved=true');
      await page.getByRole('status').waitFor({ state: 'visible' });
      const cookies = await cookieMap(context);
      assert.equal(cookies.has('obs_lang'), false, 'obs_lang removed once preferences are refused');
      assert.equal(cookies.get('obs_consent')?.value, 'v1.p0.a0');
      assert.equal(await preferences.isChecked(), false, 'preferences shown unticked after saving');
      assert.equal(await analytics.isChecked(), false, 'analytics shown unticked after saving');
      await assertNoAxeViolations(page, 'cookie settings with the saved notice');
      await screenshot(page, 'en-cookie-settings-saved');

      // Without the remembered language the browser's French wins again.
      await page.goto('/');
      assert.equal(pathOf(page), '/fr');
    });
  });

  it('saving only preferences stores v1.p1.a0 and the language', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage({}, async (page, context) => {
      await page.goto('/es/cookie-settings');
      const preferences = page.locator('input[type=checkbox][name=preferences]');
      const analytics = page.locator('input[type=checkbox][name=analytics]');
      assert.equal(await preferences.isChecked(), false, 'nothing optional ticked before a choice');
      assert.equal(await analytics.isChecked(), false);
      await preferences.check();
      await clickAndLoad(page, page.locator('form.cookie-form button[name=choice][value=save]'));
      assert.equal(pathOf(page), '/es/cookie-settings?saved=true');
      await page.getByRole('status').waitFor({ state: 'visible' });
      const cookies = await cookieMap(context);
      assert.equal(cookies.get('obs_consent')?.value, 'v1.p1.a0');
      assert.equal(cookies.get('obs_lang')?.value, 'es');
    });
  });

  for (const lang of LANGS) {
    it(`the cookie settings page without the banner has no axe violations (${lang})`, { timeout: TEST_TIMEOUT_MS }, async () => {
      await withPage({}, async (page) => {
        await page.goto(`/${lang}`);
        await clickAndLoad(page, banner(page).getByRole('button', { name: BANNER_LABELS[lang].accept, exact: true }));
        assert.equal(await banner(page).count(), 0, 'banner gone after accepting');
        const response = await page.goto(`/${lang}/cookie-settings`);
        assert.equal(response?.status(), 200);
        assert.equal(await banner(page).count(), 0, 'no banner once a choice is stored');
        assert.equal(await htmlLang(page), lang);
        await assertVisibleH1(page);
        await assertNoAxeViolations(page, `/${lang}/cookie-settings without the banner`);
        await screenshot(page, `${lang}-cookie-settings-consented`);
      });
    });
  }
});
