// Browser test of the news: an editor writes a news item in English, adds
// the Spanish and French, schedules it, and it appears on time. An admin
// makes a registered person an editor. The editor opens News from the staff
// navigation and writes a news item; saving it with only a Spanish title is
// refused (summary and message next to the English title, the Spanish title
// still typed). The editor then writes the English title, lead and text, the
// Spanish and French titles and leads, chooses its category and Peru among
// the countries it concerns, and saves it as a draft: the list says Draft,
// and a visitor neither reads its page (404) nor finds it in the news. The
// editor schedules it a minute or two ahead: the form says when the public
// will see it, the list says Scheduled, and the visitor still finds nothing,
// also when the news list is read again (a kept page). At its time, and not
// before, the visitor finds it in the news, reads it in Spanish and in
// French at their own addresses, and sees it under the home page's latest
// news; the editor's form then leads to its public page. axe-core audits the
// list, the refused form, the scheduled form, and the public list and page.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  TEST_TIMEOUT_MS,
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
const ADMIN = { email: 'news-admin@example.org', password: 'harbour lemon quartz ninety' };
const EDITOR = { name: 'Lucía Ferreyra', email: 'lucia.ferreyra@example.org', password: 'compass thistle maple forty' };

const TITLE = 'Peru and the observatory sign a technical cooperation agreement';
const LEAD = 'The agreement brings restorative justice to the juvenile courts of Lima, Cusco and Arequipa over the next three years.';
const TEXT = 'The Ministry of Justice of Peru and the observatory signed the agreement in Lima.\n\nJudges, prosecutors and social workers will train together.';
const TITLE_ES = 'Perú y el observatorio firman un acuerdo de cooperación técnica';
const LEAD_ES = 'El acuerdo lleva la justicia restaurativa a los juzgados de menores de Lima, Cusco y Arequipa durante los próximos tres años.';
const TITLE_FR = "Le Pérou et l'observatoire signent un accord de coopération technique";
const LEAD_FR = "L'accord apporte la justice restaurative aux tribunaux pour mineurs de Lima, Cusco et Arequipa pendant les trois prochaines années.";
/** Made from the English title: lower-case words joined by hyphens. */
const SLUG = 'peru-and-the-observatory-sign-a-technical-cooperation-agreement';
const LIST_PATH = '/en/staff/news';
const NEW_PATH = '/en/staff/news/new';
const FORM_PATH = `/en/staff/news/${SLUG}`;
/** Each language's address is made from its own title. */
const PUBLIC_PATHS = {
  en: `/en/news/${SLUG}`,
  es: '/es/noticias/peru-y-el-observatorio-firman-un-acuerdo-de-cooperacion-tecnica',
  fr: '/fr/actualites/le-perou-et-l-observatoire-signent-un-accord-de-cooperation-technique',
};
const TITLE_MISSING = 'Give it its English title: the other languages fall back to it.';
const SCHEDULED = 'This item is scheduled: the public sees it from';

let editor;
let visitor;
/** When the item is due, in ms since the epoch (a whole minute, UTC). */
let due;

/** The form's fieldset of one language, named by its legend: the language, then its standing if any. */
function languageGroup(page, language) {
  return page.getByRole('group', { name: new RegExp(`^${language}(\\s|$)`) });
}

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await clickAndLoad(page, page.getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** Opens the staff's news list from the staff navigation. */
async function openNews(page) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'News', exact: true }));
  assert.equal(pathOf(page), LIST_PATH);
  await page.getByRole('heading', { level: 1, name: 'News' }).waitFor();
}

/** The editors' list: the row of the item titled `title`, as { Title, State, 'Shown from', 'Last edited' }. */
async function rowOf(page, title) {
  const table = page.getByRole('region', { name: 'News' }).getByRole('table');
  const header = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(header, ['Title', 'State', 'Shown from', 'Last edited']);
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  assert.equal(await row.count(), 1, `one row for "${title}"`);
  const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
  return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
}

/** Opens a public address as the visitor; returns the status it answered. */
async function visit(path) {
  const response = await visitor.goto(path);
  return response.status();
}

/** Whether the visitor's public news list (/en/news) lists the item. */
async function listedInNews() {
  assert.equal(await visit(localPath('en', '/news')), 200);
  await visitor.getByRole('heading', { level: 1, name: 'News' }).waitFor();
  const links = visitor.locator('main').getByRole('heading', { level: 3 }).getByRole('link', { name: TITLE, exact: true });
  const count = await links.count();
  if (count > 0) {
    assert.equal(count, 1, 'listed once');
    assert.equal(await links.getAttribute('href'), PUBLIC_PATHS.en);
  }
  return count > 0;
}

/** The next whole minute (UTC) at least 75 s ahead, and then at least 20 s past that. */
function dueMoment(now = Date.now()) {
  const earliest = now + 75_000;
  let minute = Math.ceil(earliest / 60_000) * 60_000;
  if (minute - earliest < 20_000) minute += 60_000;
  return minute;
}

describe('the news: an editor writes a news item in English, adds the Spanish and French, schedules it, and it appears on time', () => {
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

  step('the editor opens News and writes an item: only a Spanish title is refused, the title typed kept', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openNews(editor);
    await clickAndLoad(editor, editor.getByRole('link', { name: 'Write a news item', exact: true }));
    assert.equal(pathOf(editor), NEW_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Write a news item' }).waitFor();
    // The three languages side by side, in that order.
    const legends = (await editor.locator('main fieldset.language-texts legend').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(legends.map((legend) => legend.split(/\s+/)[0]), ['English', 'Español', 'Français']);
    // A new item is a draft until the editor says otherwise.
    assert.equal(await editor.getByLabel('Draft: only editors see it', { exact: true }).isChecked(), true);

    await languageGroup(editor, 'Español').getByLabel('Title', { exact: true }).fill(TITLE_ES);
    assert.equal(await send(editor, 'Save the news item'), 422);

    const summary = editor.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    assert.equal(await summary.getByRole('link', { name: TITLE_MISSING }).getAttribute('href'), '#title_en');
    // The message next to the field, which it describes.
    assert.equal((await editor.locator('#title_en-error').innerText()).trim(), TITLE_MISSING);
    const title = editor.locator('#title_en');
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
    assert.equal(await title.getAttribute('aria-describedby'), 'title_en-error');
    // What was typed is still there.
    assert.equal(await editor.locator('#title_es').inputValue(), TITLE_ES);
    await auditPage(editor, 'news-refused');
  });

  step('the editor writes the three languages and saves a draft: visitors see nothing of it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const english = languageGroup(editor, 'English');
    await english.getByLabel('Title', { exact: true }).fill(TITLE);
    await english.getByLabel('Lead (optional)', { exact: true }).fill(LEAD);
    await english.getByLabel('Text', { exact: true }).fill(TEXT);
    const spanish = languageGroup(editor, 'Español');
    assert.equal(await spanish.getByLabel('Title', { exact: true }).inputValue(), TITLE_ES);
    await spanish.getByLabel('Lead (optional)', { exact: true }).fill(LEAD_ES);
    const french = languageGroup(editor, 'Français');
    await french.getByLabel('Title', { exact: true }).fill(TITLE_FR);
    await french.getByLabel('Lead (optional)', { exact: true }).fill(LEAD_FR);
    await editor.getByLabel('Category', { exact: true }).selectOption({ label: 'Technical cooperation' });
    assert.equal(await editor.locator('#category').inputValue(), 'cooperation');
    await editor.getByLabel('Countries it concerns', { exact: true }).selectOption({ label: 'Peru' });
    assert.deepEqual(await editor.locator('#countries').evaluate((select) => [...select.selectedOptions].map((o) => o.value)), ['PE']);
    await editor.getByLabel('Draft: only editors see it', { exact: true }).check();

    assert.equal(await send(editor, 'Save the news item'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${FORM_PATH}?saved=true`);
    await editor.getByRole('status').filter({ hasText: 'The news item has been saved.' }).waitFor();
    await editor.getByText('This item is a draft: nobody but editors sees it.', { exact: true }).waitFor();
    await editor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(await editor.getByRole('link', { name: 'See the public page' }).count(), 0, 'no public page yet');
    // What was saved is shown again.
    assert.equal(await editor.locator('#summary_en').inputValue(), LEAD);
    assert.equal(await editor.locator('#title_fr').inputValue(), TITLE_FR);
    assert.equal(await editor.locator('#category').inputValue(), 'cooperation');
    assert.deepEqual(await editor.locator('#countries').evaluate((select) => [...select.selectedOptions].map((o) => o.value)), ['PE']);
    assert.equal(await editor.locator('#publication-draft').isChecked(), true);

    await openNews(editor);
    assert.equal((await rowOf(editor, TITLE)).State, 'Draft');
    await auditPage(editor, 'news-list');

    visitor = await pageFor();
    assert.equal(await visit(PUBLIC_PATHS.en), 404, 'a draft has no public page');
    assert.equal(await listedInNews(), false, 'a draft is not in the news');
  });

  step('the editor schedules it a minute or two ahead: still nothing for visitors', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.getByRole('link', { name: TITLE, exact: true }));
    assert.equal(pathOf(editor), FORM_PATH);
    await editor.getByLabel('Published from the date and time below (now if left empty)', { exact: true }).check();
    due = dueMoment();
    const at = new Date(due).toISOString(); // the account's time zone is UTC
    await editor.getByLabel('Date', { exact: true }).fill(at.slice(0, 10));
    await editor.getByLabel('Time', { exact: true }).fill(at.slice(11, 16));

    assert.equal(await send(editor, 'Save the news item'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${FORM_PATH}?saved=true`);
    assert.ok(Date.now() < due - 10_000, 'saved well before its time');
    await editor.getByRole('status').filter({ hasText: 'The news item has been saved.' }).waitFor();
    const notice = editor.locator('main p.notice').filter({ hasText: SCHEDULED });
    await notice.waitFor();
    assert.ok((await notice.innerText()).trim().startsWith(SCHEDULED));
    assert.equal(await editor.locator('#publication-publish').isChecked(), true);
    assert.equal(await editor.locator('#publish_date').inputValue(), at.slice(0, 10));
    assert.equal(await editor.locator('#publish_time').inputValue(), at.slice(11, 16));
    assert.equal(await editor.getByRole('link', { name: 'See the public page' }).count(), 0, 'no public page yet');
    await auditPage(editor, 'news-scheduled');

    await openNews(editor);
    const row = await rowOf(editor, TITLE);
    assert.equal(row.State, 'Scheduled');
    assert.notEqual(row['Shown from'], '');

    assert.equal(await visit(PUBLIC_PATHS.en), 404, 'not public before its time');
    // Read twice: the second may be the kept page, which must not show it either.
    assert.equal(await listedInNews(), false, 'not in the news before its time');
    assert.equal(await listedInNews(), false, 'not in the kept news page before its time');
    assert.ok(Date.now() < due, 'checked before its time');
  });

  step('at its time, and not before, visitors read it in the news, in Spanish, in French and on the home page', { timeout: 240_000 }, async (t) => {
    let seenAt = null;
    while (seenAt === null && Date.now() <= due + 15_000) {
      if (await listedInNews()) {
        seenAt = Date.now();
      } else {
        await sleep(2_000);
      }
    }
    assert.ok(seenAt !== null, `not in the news by ${new Date(due + 15_000).toISOString()} (due ${new Date(due).toISOString()})`);
    assert.ok(seenAt >= due - 1_000, `shown at ${new Date(seenAt).toISOString()}, before its time ${new Date(due).toISOString()}`);
    t.diagnostic(`due ${new Date(due).toISOString()}, first seen ${seenAt - due} ms after`);
    await auditPage(visitor, 'news-public-list');

    // Its page in English, then in Spanish and French at their own addresses.
    assert.equal(await visit(PUBLIC_PATHS.en), 200);
    const article = visitor.locator('main article');
    assert.equal((await article.getByRole('heading', { level: 1 }).innerText()).trim(), TITLE);
    assert.equal((await article.locator('.lead').innerText()).trim(), LEAD);
    await article.getByText('Judges, prosecutors and social workers will train together.').waitFor();
    await article.getByRole('link', { name: 'Peru', exact: true }).waitFor();
    await auditPage(visitor, 'news-public-item');
    // The language switcher names the other languages' own addresses.
    for (const code of ['es', 'fr']) {
      const switcher = visitor.locator(`a[hreflang="${code}"][lang="${code}"]`).first();
      assert.equal(await switcher.getAttribute('href'), PUBLIC_PATHS[code]);
    }

    assert.equal(await visit(PUBLIC_PATHS.es), 200);
    assert.equal((await article.getByRole('heading', { level: 1 }).innerText()).trim(), TITLE_ES);
    assert.equal((await article.locator('.lead').innerText()).trim(), LEAD_ES);
    assert.equal(await visit(PUBLIC_PATHS.fr), 200);
    assert.equal((await article.getByRole('heading', { level: 1 }).innerText()).trim(), TITLE_FR);
    assert.equal((await article.locator('.lead').innerText()).trim(), LEAD_FR);

    // The home page's latest news.
    assert.equal(await visit('/en'), 200);
    const latest = visitor.getByRole('region', { name: 'Latest news' });
    const link = latest.getByRole('link', { name: TITLE, exact: true });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), PUBLIC_PATHS.en);

    // The feed has it too.
    const feed = await visitor.request.get(localPath('en', '/news/feed'));
    assert.equal(feed.status(), 200);
    assert.ok((await feed.text()).includes(TITLE), 'the item in the Atom feed');

    // The editor's form now leads to the public page, and the list says Published.
    await editor.goto(FORM_PATH);
    assert.equal(await editor.getByText(SCHEDULED).count(), 0, 'no longer scheduled');
    assert.equal(await editor.getByRole('link', { name: 'See the public page' }).getAttribute('href'), PUBLIC_PATHS.en);
    await editor.goto(LIST_PATH);
    assert.equal((await rowOf(editor, TITLE)).State, 'Published');
  });
});
