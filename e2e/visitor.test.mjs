// Browser tests of a visitor's experience, in each language: the home page
// on a desktop screen and on a phone (axe-core, no sideways scrolling, a
// short header, the title in the first screen above the consent bar), the
// phone menu that opens without JavaScript, the language switcher and the
// localized addresses, the collaboration form sent back with its errors, and
// the staff queue on both widths.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACTION_TIMEOUT_MS,
  LANGS,
  MINIMUM_FILL_MS,
  TEST_TIMEOUT_MS,
  acceptCookies,
  assertNoAxeViolations,
  assertVisibleH1,
  clickAndLoad,
  createAdmin,
  htmlLang,
  linkIn,
  localPath,
  logIn,
  pathOf,
  screenshot,
  story,
  useServerAndBrowser,
  waitForMail,
} from './support.mjs';

const suite = useServerAndBrowser();

const DESKTOP = { name: 'desktop', options: { viewport: { width: 1280, height: 900 } } };
const PHONE = { name: 'phone', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } };
const SCREENS = [DESKTOP, PHONE];

const LANGUAGE_NAMES = { en: 'English', es: 'Español', fr: 'Français' };
const MENU_LABELS = { en: 'Menu', es: 'Menú', fr: 'Menu' };
const REPORTS_LABELS = { en: 'Reports', es: 'Informes', fr: 'Rapports' };

const ADMIN = { email: 'queue.admin@example.org', password: 'lighthouse amber cobalt twelve' };
const VISITOR = { email: 'ines.moreau@example.org', name: 'Inès Moreau' };
const TITLE = 'Mentoring for young people leaving custody in Lyon and Marseille';

function banner(page) {
  return page.locator('section.consent-banner');
}

/** Fails when the page scrolls sideways. */
async function assertNoSidewaysScroll(page, label) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${label} scrolls sideways: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`);
}

async function boxOf(locator, what) {
  const box = await locator.boundingBox();
  assert.ok(box, `${what} has no box (not displayed)`);
  return box;
}

// ------------------------------------------------------------- home page

for (const lang of LANGS) {
  describe(`the home page in ${lang}`, () => {
    for (const screen of SCREENS) {
      const { width, height } = screen.options.viewport;
      it(`at ${width}x${height}: no axe violations, no sideways scroll, the title in the first screen above the consent bar`, { timeout: TEST_TIMEOUT_MS }, async () => {
        await suite.withPage(screen.options, async (page) => {
          const url = localPath(lang);
          const response = await page.goto(url);
          assert.equal(response?.status(), 200, `status of ${url}`);
          assert.equal(await htmlLang(page), lang);
          await assertVisibleH1(page);
          const label = `${url} at ${width}x${height}`;

          // What the home page is made of: an illustration that says what it shows, the figures.
          const hero = page.locator('section.hero img.hero-image');
          assert.notEqual(((await hero.getAttribute('alt')) ?? '').trim(), '', 'the hero illustration has alt text');
          assert.ok((await page.locator('.figures li').count()) > 0, 'the figures are listed');

          await assertNoSidewaysScroll(page, label);

          // First visit: the consent bar is shown, at the bottom, below the title.
          const consent = banner(page);
          await consent.waitFor({ state: 'visible' });
          const h1 = await boxOf(page.locator('main h1').first(), 'the h1');
          const bar = await boxOf(consent, 'the consent banner');
          assert.ok(
            h1.y >= 0 && h1.x >= 0 && h1.y + h1.height <= height && h1.x + h1.width <= width,
            `the h1 is not wholly in the first ${width}x${height} screen: ${JSON.stringify(h1)}`,
          );
          assert.ok(
            h1.y + h1.height < bar.y,
            `the consent banner (top at ${bar.y}) covers the h1 (bottom at ${h1.y + h1.height}) on ${label}`,
          );
          if (screen === PHONE) {
            const header = await boxOf(page.locator('header.site-header'), 'the header');
            assert.ok(
              header.height <= height / 5,
              `the header is ${header.height}px high on a ${height}px phone screen, more than a fifth (${height / 5}px)`,
            );
          }

          await assertNoAxeViolations(page, label);
          await screenshot(page, `visitor-${lang}-home-${screen.name}`);
        });
      });
    }
  });
}

// ------------------------------------------------------------- main menu

for (const lang of LANGS) {
  describe(`the main menu in ${lang} without JavaScript`, () => {
    it('on a phone it is folded until "Menu" is pressed, then leads to the reports page', { timeout: TEST_TIMEOUT_MS }, async () => {
      await suite.withPage({ ...PHONE.options, javaScriptEnabled: false }, async (page) => {
        await page.goto(localPath(lang));
        const menu = page.locator('nav.main-nav details.phone-menu');
        const summary = menu.locator('summary');
        assert.equal((await summary.innerText()).trim(), MENU_LABELS[lang], 'the menu button label');
        assert.ok(await summary.isVisible(), 'the menu button is shown on a phone');
        const links = menu.locator('a');
        assert.ok((await links.count()) >= 6, 'the folded menu holds the links');
        for (const link of await links.all()) {
          assert.equal(await link.isVisible(), false, `"${await link.textContent()}" is shown before the menu is opened`);
        }
        assert.equal(
          await page.locator('nav.main-nav .wide-menu a').first().isVisible(),
          false,
          'the wide menu is hidden on a phone',
        );

        await summary.click();
        const reports = menu.getByRole('link', { name: REPORTS_LABELS[lang], exact: true });
        await reports.waitFor({ state: 'visible' });
        for (const link of await links.all()) {
          assert.ok(await link.isVisible(), `"${await link.textContent()}" is hidden once the menu is opened`);
        }
        await assertNoSidewaysScroll(page, `${localPath(lang)} with the menu open`);
        await screenshot(page, `visitor-${lang}-menu-open`);

        await clickAndLoad(page, reports);
        assert.equal(pathOf(page), localPath(lang, '/reports'));
        assert.equal(await htmlLang(page), lang);
        await assertVisibleH1(page);
      });
    });

    it('on a wide screen the links are in a row and the menu button is not shown', { timeout: TEST_TIMEOUT_MS }, async () => {
      await suite.withPage({ ...DESKTOP.options, javaScriptEnabled: false }, async (page) => {
        await page.goto(localPath(lang));
        assert.equal(await page.locator('nav.main-nav details.phone-menu summary').isVisible(), false, 'the menu button is hidden');
        const links = page.locator('nav.main-nav .wide-menu a');
        assert.ok((await links.count()) >= 6, 'the wide menu holds the links');
        for (const link of await links.all()) {
          assert.ok(await link.isVisible(), `"${await link.textContent()}" is hidden on a wide screen`);
        }
        const reports = page.locator('nav.main-nav .wide-menu').getByRole('link', { name: REPORTS_LABELS[lang], exact: true });
        assert.equal(await reports.getAttribute('href'), localPath(lang, '/reports'));
      });
    });
  });
}

// ------------------------------------------------- addresses in each language

describe('addresses in each language', () => {
  it('the switcher on /es/cooperacion-tecnica leads to /fr/cooperation-technique and /en/technical-cooperation', { timeout: TEST_TIMEOUT_MS }, async () => {
    await suite.withPage({}, async (page) => {
      const spanish = localPath('es', '/technical-cooperation');
      assert.equal(spanish, '/es/cooperacion-tecnica');
      for (const [other, expected] of [
        ['fr', '/fr/cooperation-technique'],
        ['en', '/en/technical-cooperation'],
      ]) {
        const response = await page.goto(spanish);
        assert.equal(response?.status(), 200, `status of ${spanish}`);
        assert.equal(pathOf(page), spanish, `${spanish} should not redirect`);
        const spanishH1 = await assertVisibleH1(page);
        const link = page.locator('nav.languages').getByRole('link', { name: LANGUAGE_NAMES[other], exact: true });
        await clickAndLoad(page, link);
        assert.equal(pathOf(page), expected);
        assert.equal(await htmlLang(page), other);
        assert.notEqual(await assertVisibleH1(page), spanishH1, `the ${other} heading should be translated`);
      }
    });
  });

  it('/fr/technical-cooperation redirects (308) to /fr/cooperation-technique, keeping the query', { timeout: TEST_TIMEOUT_MS }, async () => {
    await suite.withPage({}, async (page) => {
      const response = await page.goto('/fr/technical-cooperation?from=e2e');
      assert.equal(response?.status(), 200);
      assert.equal(pathOf(page), '/fr/cooperation-technique?from=e2e');
      assert.equal(await htmlLang(page), 'fr');
      const redirect = response.request().redirectedFrom();
      assert.ok(redirect, '/fr/technical-cooperation should redirect');
      assert.equal((await redirect.response())?.status(), 308);
      await assertVisibleH1(page);
    });
  });
});

// ------------------------------------------------ the collaboration form

for (const lang of LANGS) {
  describe(`the collaboration form in ${lang}`, () => {
    for (const screen of SCREENS) {
      const { width, height } = screen.options.viewport;
      it(`sent empty at ${width}x${height}, it comes back with an error summary and no axe violations`, { timeout: TEST_TIMEOUT_MS }, async () => {
        await suite.withPage(screen.options, async (page) => {
          const url = localPath(lang, '/collaborate');
          await page.goto(url);
          assert.equal(pathOf(page), url);
          // Sent as it is: the answer lists what is missing, whether or not
          // it also says the form came back too quickly.
          await clickAndLoad(page, page.locator('#proposal-form button[type="submit"]'));
          assert.equal(pathOf(page), url, 'the form is shown again at its own address');
          assert.equal(await htmlLang(page), lang);
          const summary = page.locator('.error-summary[aria-labelledby="error-summary-title"]');
          await summary.waitFor({ state: 'visible' });
          const entries = summary.getByRole('link');
          assert.ok((await entries.count()) >= 3, 'the summary lists the missing fields');
          for (const entry of await entries.all()) {
            const target = (await entry.getAttribute('href')) ?? '';
            assert.match(target, /^#./, `an entry of the error summary links to ${target}`);
            assert.equal(
              await page.locator(`[id="${target.slice(1)}"]`).count(),
              1,
              `the error summary entry "${(await entry.innerText()).trim()}" links to ${target}, which is not on the page`,
            );
          }
          // The summary takes the focus as the page loads (autofocus, no script of ours).
          await page
            .waitForFunction(() => document.activeElement?.matches('.error-summary[aria-labelledby]'), null, {
              timeout: ACTION_TIMEOUT_MS,
            })
            .catch(async () => {
              const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
              assert.fail(`the error summary does not take the focus on ${url}; the focus is on ${focused}`);
            });
          await assertNoSidewaysScroll(page, `${url} with errors at ${width}x${height}`);
          await assertNoAxeViolations(page, `${url} with errors at ${width}x${height}`);
          await screenshot(page, `visitor-${lang}-collaborate-errors-${screen.name}`);
        });
      });
    }
  });
}

// ------------------------------------------------------ the staff queue

describe('the staff proposal queue', () => {
  const setUp = story();
  const contexts = [];
  /** The signed-in admin's page per screen, once the first test made them. */
  const admins = {};
  after(async () => {
    for (const context of contexts) await context.close();
  });

  setUp('a visitor sends and confirms a proposal; an admin signs in on a desktop and on a phone', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    const visitorContext = await suite.newContext();
    contexts.push(visitorContext);
    const visitor = await visitorContext.newPage();
    await visitor.goto(localPath('en', '/collaborate'));
    await acceptCookies(visitor);
    const shownAt = Date.now();
    await visitor.locator('#account_type-individual').check();
    await visitor.locator('#full_name').fill(VISITOR.name);
    await visitor.locator('#country').selectOption('FR');
    await visitor.locator('#languages-fr').check();
    await visitor.locator('#lines-social-reintegration').check();
    await visitor.locator('#email').fill(VISITOR.email);
    await visitor.locator('#specialisation').fill('Mentoring programmes for young people since 2015.');
    await visitor.locator('#title').fill(TITLE);
    await visitor.locator('#description').fill('A mentor for each young person in the year after leaving custody.');
    await visitor.locator('#collaboration_kind-working-group').check();
    await visitor.locator('#consent').check();
    // The form refuses what is sent faster than a person fills it in.
    const wait = MINIMUM_FILL_MS - (Date.now() - shownAt);
    if (wait > 0) await visitor.waitForTimeout(wait);
    await clickAndLoad(visitor, visitor.locator('#proposal-form button[type="submit"]'));
    assert.equal(
      new URL(visitor.url()).pathname,
      localPath('en', '/collaborate/sent'),
      `the form was refused: ${await visitor.locator('.error-summary').allInnerTexts()}`,
    );
    const confirmation = await waitForMail(suite.server, VISITOR.email, 1);
    await visitor.goto(linkIn(confirmation, localPath('en', '/collaborate/confirm')));
    await clickAndLoad(visitor, visitor.locator('main form button[type="submit"]'));
    assert.equal(new URL(visitor.url()).pathname, localPath('en', '/collaborate/status'));

    for (const screen of SCREENS) {
      const context = await suite.newContext(screen.options);
      contexts.push(context);
      const page = await context.newPage();
      if (screen === DESKTOP) {
        await createAdmin(suite, page, ADMIN.email, ADMIN.password);
      } else {
        await page.goto('/en/login');
        await acceptCookies(page);
      }
      await logIn(page, ADMIN.email, ADMIN.password);
      assert.equal(await page.locator('form[action$="/logout"]').count(), 1, `the admin is signed in (${screen.name})`);
      admins[screen.name] = page;
    }
  });

  // Each audit stands alone: a problem on one page or width does not hide the others.
  for (const lang of LANGS) {
    for (const screen of SCREENS) {
      const { width, height } = screen.options.viewport;
      for (const [name, query, rows] of [
        ['queue', '', 1],
        ['queue-empty', '?q=no-such-proposal-anywhere', 0],
      ]) {
        const url = `/${lang}/staff/proposals${query}`;
        const label = `${url} at ${width}x${height}`;
        it(`${label} (${rows} proposal${rows === 1 ? '' : 's'} listed) has no axe violations`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
          const page = admins[screen.name];
          if (!page) {
            t.skip('not run: the admin could not be signed in with a proposal in the queue');
            return;
          }
          const response = await page.goto(url);
          assert.equal(response?.status(), 200, `status of ${url}`);
          assert.equal(await htmlLang(page), lang);
          await assertVisibleH1(page);
          assert.equal(await page.locator('table.data-table tbody tr').count(), rows, `rows in the queue at ${url}`);
          if (rows) await page.getByRole('cell', { name: TITLE }).waitFor();
          await assertNoSidewaysScroll(page, label);
          const results = await assertNoAxeViolations(page, label);
          const ran = [...results.passes, ...results.inapplicable, ...results.incomplete].map((rule) => rule.id);
          assert.ok(ran.includes('scrollable-region-focusable'), `axe ran scrollable-region-focusable on ${label}`);
          await screenshot(page, `visitor-${lang}-staff-${name}-${screen.name}`);
        });
      }
    }
  }
});
