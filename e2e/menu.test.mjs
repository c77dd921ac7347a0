// Browser test of the main menu's editor: editors arrange the menu at the
// top of every page (its entries, their order and their labels in three
// languages) on one staff form, and every page shows it at once.
// An admin makes a registered person an editor. A visitor sees the seeded
// menu on the English home page (Reports and Contact among its entries).
// The editor opens Menu from the staff navigation: the nine seeded entries
// in order, then three blank rows. The editor renames Reports
// "Publications" (English) and "Publicaciones" (Spanish), French left
// empty, and moves it to position 1, Home to 2; removes Contact (its
// address and labels cleared); and adds "Councils archive" in three
// languages in the first blank row at position 50, its address typed as
// https://example.org/ first: refused (422, the message in the summary and
// next to that address), every change still typed. With /councils the menu
// is saved: the form shows the entries in their new order, renumbered. The
// visitor reloads the page: the menu starts with Publications, has no
// Contact and ends, before the call to collaborate, with Councils archive,
// which leads to the councils' archive (marked as the current page there);
// Publications leads to the reports. In Spanish the menu shows
// Publicaciones (to /es/informes) and Archivo de los consejos (to
// /es/consejos); in French, Publications is marked as English and goes to
// /fr/rapports. On a phone the folded menu shows the same entries.
// axe-core audits the form as first shown, refused and saved, and the
// English and Spanish home pages with the new menu (desktop, and the
// English one on a phone with its menu open).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  clickAndLoad,
  createAdmin,
  localPath,
  logIn,
  openStaffWorkspace,
  pagesFor,
  pathOf,
  registerAndConfirm,
  setRoles,
  story,
  useServerAndBrowser,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const pageFor = pagesFor(suite);
const ADMIN = { email: 'menu-admin@example.org', password: 'saffron quarry lantern eight' };
const EDITOR = { name: 'Amara Okonkwo-Lindqvist', email: 'amara.okonkwo@example.org', password: 'pebble aurora thicket fifty' };

const MENU_PATH = '/en/staff/menu';
const SAVE = 'Save the menu';
const SAVED = 'The menu has been saved. Every page shows it now.';
const MOST_ENTRIES = 12;
const NEW_ENTRY = 'New entry (optional)';
const MESSAGES = {
  path: 'Give the address of a page of this site, starting with /, for example /library.',
};
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The menu a new site starts with (content::menu's FIRST_MENU, labels from locales/*). */
const SEEDED = [
  { path: '/', en: 'Home', es: 'Inicio', fr: 'Accueil' },
  { path: '/about', en: 'Who we are', es: 'Quiénes somos', fr: 'Qui sommes-nous' },
  { path: '/technical-cooperation', en: 'Technical cooperation', es: 'Cooperación técnica', fr: 'Coopération technique' },
  { path: '/collaboration-networks', en: 'Collaboration networks', es: 'Redes de colaboración', fr: 'Réseaux de collaboration' },
  { path: '/reports', en: 'Reports', es: 'Informes', fr: 'Rapports' },
  { path: '/news', en: 'News', es: 'Noticias', fr: 'Actualités' },
  { path: '/events', en: 'Events', es: 'Eventos', fr: 'Événements' },
  { path: '/library', en: 'Library', es: 'Biblioteca', fr: 'Bibliothèque' },
  { path: '/contact', en: 'Contact', es: 'Contacto', fr: 'Contact' },
];
const [HOME, ABOUT, COOPERATION, NETWORKS, REPORTS, NEWS, EVENTS, LIBRARY, CONTACT] = SEEDED;
/** Reports, renamed: no French label, so French readers get the English one. */
const PUBLICATIONS = { path: '/reports', en: 'Publications', es: 'Publicaciones', fr: '' };
/** The entry added in the first blank row. */
const COUNCILS = { path: '/councils', en: 'Councils archive', es: 'Archivo de los consejos', fr: 'Archives des conseils' };
const ELSEWHERE = 'https://example.org/';
const COLLABORATE = { en: 'Propose a collaboration', es: 'Proponer una colaboración', fr: 'Proposer une collaboration' };
const SEARCH = { en: 'Search', es: 'Búsqueda', fr: 'Recherche' };
const PHONE_MENU = { en: 'Menu', es: 'Menú', fr: 'Menu' };

/** The rows of the form where the entries are. */
const ROW = { home: 0, reports: 4, contact: 8, added: 9 };

/** The menu after the editor's changes, in its new order. */
const SAVED_MENU = [PUBLICATIONS, HOME, ABOUT, COOPERATION, NETWORKS, NEWS, EVENTS, LIBRARY, COUNCILS];

let editor;
let visitor;

/** The address of a menu entry's page in `lang`: '/' is the language's home. */
function hrefOf(entry, lang) {
  return localPath(lang, entry.path === '/' ? '' : entry.path);
}

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.locator('main').getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** Opens the menu's editor from the staff navigation. */
async function openMenu(page) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Menu', exact: true }));
  assert.equal(pathOf(page), MENU_PATH);
  await page.getByRole('heading', { level: 1, name: 'Menu', exact: true }).waitFor();
}

/** The form's row `row` (0-based), a fieldset. */
function rowOf(page, row) {
  return page.locator('main fieldset.menu-entry').nth(row);
}

/** A field of a row by its label: 'Position', 'Address', 'Label (English)'… */
function fieldOf(page, row, label) {
  return rowOf(page, row).getByLabel(label, { exact: true });
}

const LABELS = { en: 'Label (English)', es: 'Label (Español)', fr: 'Label (Français)' };

/** Types an entry into a row: its position, address and three labels (empty ones cleared). */
async function fillRow(page, row, position, entry) {
  await fieldOf(page, row, 'Position').fill(position);
  await fieldOf(page, row, 'Address').fill(entry.path);
  for (const lang of ['en', 'es', 'fr']) await fieldOf(page, row, LABELS[lang]).fill(entry[lang]);
}

/** What the form shows, row by row: { legend, position, path, en, es, fr }, read by the fields' names. */
async function formRows(page) {
  const fieldsets = page.locator('main fieldset.menu-entry');
  assert.equal(await fieldsets.count(), MOST_ENTRIES, `the form has ${MOST_ENTRIES} rows`);
  const rows = [];
  for (let row = 0; row < MOST_ENTRIES; row++) {
    const value = (name) => page.locator(`main [name="${name}_${row}"]`).inputValue();
    rows.push({
      legend: (await fieldsets.nth(row).locator('legend').innerText()).trim(),
      position: await value('position'),
      path: await value('path'),
      en: await value('label_en'),
      es: await value('label_es'),
      fr: await value('label_fr'),
    });
  }
  return rows;
}

/** What the form should show: `entries` (with their positions) as entries, `blanks` as new ones. */
function expectedRows(entries) {
  return entries.map(([position, entry], row) => {
    const blank = entry.path === '' && entry.en === '';
    return {
      legend: blank ? NEW_ENTRY : `Entry ${row + 1}`,
      position,
      path: entry.path,
      en: entry.en,
      es: entry.es,
      fr: entry.fr,
    };
  });
}
const BLANK = { path: '', en: '', es: '', fr: '' };

/** The texts of the error summary's items. */
async function summaryMessages(page) {
  const summary = page.locator('main .error-summary');
  await summary.waitFor();
  assert.equal(await summary.getAttribute('role'), 'alert');
  return (await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
}

/** Checks `message` is linked from the summary to `field`, shown next to it and describes it. */
async function assertFieldError(page, field, message) {
  const summary = page.locator('main .error-summary');
  assert.equal(await summary.getByRole('link', { name: message, exact: true }).getAttribute('href'), `#${field}`);
  assert.equal((await page.locator(`main #${field}-error`).innerText()).trim(), message);
  const input = page.locator(`main #${field}`);
  assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} marked invalid`);
  const described = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  assert.ok(described.includes(`${field}-error`), `${field} described by its error: ${described}`);
}

/** The main menu's list as wide screens show it (the phone's copy is folded away). */
async function desktopMenu(page) {
  const menu = page.locator('header nav.main-nav .wide-menu');
  assert.ok(await menu.isVisible(), 'the wide menu is displayed');
  assert.equal(await page.locator('header nav.main-nav details.phone-menu').isVisible(), false, 'the phone menu is not displayed');
  return menu;
}

/** The links of a menu, as { label, href, lang } top to bottom (lang: the link's own lang attribute). */
async function menuLinks(menu) {
  return menu.locator('ul > li > a').evaluateAll((links) =>
    links.map((a) => ({ label: a.innerText.trim(), href: a.getAttribute('href'), lang: a.getAttribute('lang') })),
  );
}

/** The menu `entries` show in `lang`, then (on phones) the search, then the call to collaborate. */
function expectedLinks(entries, lang, { phone = false, englishIn = [] } = {}) {
  const links = entries.map((entry) => ({
    label: entry[lang] || entry.en,
    href: hrefOf(entry, lang),
    lang: englishIn.includes(entry) ? 'en' : null,
  }));
  if (phone) links.push({ label: SEARCH[lang], href: localPath(lang, '/search'), lang: null });
  links.push({ label: COLLABORATE[lang], href: localPath(lang, '/collaborate'), lang: null });
  return links;
}

describe('the main menu: an editor arranges its entries and labels, and every page in every language shows it at once', () => {
  step('an admin makes a registered person an editor', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    editor = await pageFor();
    await registerAndConfirm(suite, editor, EDITOR);

    const admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await setRoles(admin, EDITOR.email, ['editor']);
    await admin.getByText('The roles have been saved and the change recorded.').waitFor();
    await logIn(editor, EDITOR.email, EDITOR.password);
  });

  step('a visitor sees the seeded menu on the English home page, Reports and Contact among its entries', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor();
    assert.equal((await visitor.goto(localPath('en'))).status(), 200);
    await acceptCookies(visitor);
    const menu = await desktopMenu(visitor);
    assert.deepEqual(await menuLinks(menu), expectedLinks(SEEDED, 'en'));
  });

  step('the editor opens Menu from the staff navigation: the nine seeded entries in order, then three blank rows', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openMenu(editor);
    const staffNav = editor.getByRole('navigation', { name: 'Staff pages' });
    assert.equal(await staffNav.getByRole('link', { name: 'Menu', exact: true }).getAttribute('aria-current'), 'page');

    assert.deepEqual(
      await formRows(editor),
      expectedRows([...SEEDED.map((entry, row) => [String(row + 1), entry]), ['', BLANK], ['', BLANK], ['', BLANK]]),
    );
    // Each row's fields, found by their labels inside the row's group, named by the row.
    const reports = editor.locator('main').getByRole('group', { name: 'Entry 5', exact: true });
    assert.equal(await reports.getByLabel('Position', { exact: true }).getAttribute('name'), 'position_4');
    assert.equal(await reports.getByLabel('Position', { exact: true }).getAttribute('type'), 'number');
    assert.equal(await reports.getByLabel('Address', { exact: true }).getAttribute('name'), 'path_4');
    for (const lang of ['en', 'es', 'fr']) {
      const label = reports.getByLabel(LABELS[lang], { exact: true });
      assert.equal(await label.getAttribute('name'), `label_${lang}_4`);
      assert.equal(await label.getAttribute('lang'), lang, `the ${lang} label is typed in its language`);
    }
    const blanks = editor.locator('main').getByRole('group', { name: NEW_ENTRY, exact: true });
    assert.equal(await blanks.count(), 3);
    assert.equal(await blanks.first().getByLabel('Address', { exact: true }).getAttribute('name'), 'path_9');
    assert.equal(await editor.locator('main .error-summary').count(), 0);
    assert.equal(await editor.locator('main').getByRole('status').filter({ hasText: SAVED }).count(), 0);
    await auditPage(editor, 'menu-form');
  });

  step('the editor renames and moves Reports, moves Home, removes Contact and adds an entry at https://example.org/: refused, every change still typed', { timeout: TEST_TIMEOUT_MS }, async () => {
    await fillRow(editor, ROW.reports, '1', PUBLICATIONS);
    await fieldOf(editor, ROW.home, 'Position').fill('2');
    await fillRow(editor, ROW.contact, '9', BLANK);
    await fillRow(editor, ROW.added, '50', { ...COUNCILS, path: ELSEWHERE });

    assert.equal(await send(editor, SAVE), 422);
    assert.equal(pathOf(editor), MENU_PATH);
    assert.deepEqual(await summaryMessages(editor), [MESSAGES.path]);
    await assertFieldError(editor, `path_${ROW.added}`, MESSAGES.path);
    // The message is shown inside the added entry's group, next to its address.
    const added = editor.locator('main').getByRole('group', { name: 'Entry 10', exact: true });
    assert.equal((await added.locator('.field-error').innerText()).trim(), MESSAGES.path);
    assert.equal(await added.getByLabel('Address', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.equal(await editor.locator('main [aria-invalid="true"]').count(), 1, 'only the address is marked invalid');
    assert.equal(await editor.locator('main').getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');

    assert.deepEqual(
      await formRows(editor),
      expectedRows([
        ['2', HOME],
        ['2', ABOUT],
        ['3', COOPERATION],
        ['4', NETWORKS],
        ['1', PUBLICATIONS],
        ['6', NEWS],
        ['7', EVENTS],
        ['8', LIBRARY],
        ['9', BLANK],
        ['50', { ...COUNCILS, path: ELSEWHERE }],
        ['', BLANK],
        ['', BLANK],
      ]),
    );
    await auditPage(editor, 'menu-refused');

    // Nothing changed for readers.
    await visitor.reload();
    assert.deepEqual(await menuLinks(await desktopMenu(visitor)), expectedLinks(SEEDED, 'en'));
  });

  step('with /councils the menu is saved: the form shows the entries in their new order, renumbered', { timeout: TEST_TIMEOUT_MS }, async () => {
    await fieldOf(editor, ROW.added, 'Address').fill(COUNCILS.path);
    assert.equal(await send(editor, SAVE), 303, `saved: ${await editor.locator('main .error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${MENU_PATH}?saved=true`);
    await editor.locator('main').getByRole('status').filter({ hasText: SAVED }).waitFor();
    assert.equal(await editor.locator('main .error-summary').count(), 0);
    assert.deepEqual(
      await formRows(editor),
      expectedRows([...SAVED_MENU.map((entry, row) => [String(row + 1), entry]), ['', BLANK], ['', BLANK], ['', BLANK]]),
    );
    await auditPage(editor, 'menu-saved');
  });

  step('the visitor reloads the page: Publications first, no Contact, Councils archive last, leading to the archive; Publications to the reports', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.reload();
    assert.equal(pathOf(visitor), localPath('en'));
    const menu = await desktopMenu(visitor);
    const links = await menuLinks(menu);
    assert.deepEqual(links, expectedLinks(SAVED_MENU, 'en'));
    assert.equal(links[0].label, 'Publications');
    assert.ok(!links.some((link) => link.label === CONTACT.en), 'Contact is gone');
    assert.deepEqual(links.slice(-2).map((link) => link.label), [COUNCILS.en, COLLABORATE.en]);
    await auditPage(visitor, 'menu-home-en');

    await clickAndLoad(visitor, menu.getByRole('link', { name: COUNCILS.en, exact: true }));
    assert.equal(pathOf(visitor), '/en/councils');
    await visitor.getByRole('heading', { level: 1, name: 'Continental Councils archive', exact: true }).waitFor();
    // Every page shows the new menu, the entry of the page being read marked as current.
    const onArchive = await desktopMenu(visitor);
    assert.deepEqual(await menuLinks(onArchive), expectedLinks(SAVED_MENU, 'en'));
    assert.equal(await onArchive.getByRole('link', { name: COUNCILS.en, exact: true }).getAttribute('aria-current'), 'page');

    await clickAndLoad(visitor, onArchive.getByRole('link', { name: PUBLICATIONS.en, exact: true }));
    assert.equal(pathOf(visitor), '/en/reports');
    await visitor.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(
      await (await desktopMenu(visitor)).getByRole('link', { name: PUBLICATIONS.en, exact: true }).getAttribute('aria-current'),
      'page',
    );
  });

  step('in Spanish the menu shows Publicaciones (to /es/informes) and Archivo de los consejos (to /es/consejos)', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal((await visitor.goto(localPath('es'))).status(), 200);
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'es');
    const links = await menuLinks(await desktopMenu(visitor));
    assert.deepEqual(links, expectedLinks(SAVED_MENU, 'es'));
    assert.deepEqual(links[0], { label: 'Publicaciones', href: '/es/informes', lang: null });
    assert.deepEqual(links.at(-2), { label: 'Archivo de los consejos', href: '/es/consejos', lang: null });
    assert.ok(!links.some((link) => link.label === CONTACT.es), 'Contacto is gone');
    await auditPage(visitor, 'menu-home-es');
  });

  step('in French Publications is the English label, marked as English, and goes to /fr/rapports', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal((await visitor.goto(localPath('fr'))).status(), 200);
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'fr');
    const links = await menuLinks(await desktopMenu(visitor));
    assert.deepEqual(links, expectedLinks(SAVED_MENU, 'fr', { englishIn: [PUBLICATIONS] }));
    assert.deepEqual(links[0], { label: 'Publications', href: '/fr/rapports', lang: 'en' });
    assert.deepEqual(links.at(-2), { label: 'Archives des conseils', href: '/fr/conseils', lang: null });
  });

  step('on a phone the folded menu shows the same entries, then the search and the call to collaborate', { timeout: TEST_TIMEOUT_MS }, async () => {
    const phone = await pageFor(PHONE);
    assert.equal((await phone.goto(localPath('en'))).status(), 200);
    await acceptCookies(phone);
    const folded = phone.locator('header nav.main-nav details.phone-menu');
    assert.ok(await folded.isVisible(), 'the phone menu is displayed');
    assert.equal(await phone.locator('header nav.main-nav .wide-menu').isVisible(), false, 'the wide menu is not displayed');
    await folded.getByText(PHONE_MENU.en, { exact: true }).click();
    await folded.locator('ul').waitFor({ state: 'visible' });
    assert.deepEqual(await menuLinks(folded), expectedLinks(SAVED_MENU, 'en', { phone: true }));
    await auditPage(phone, 'menu-home-en-phone');
  });
});
