// Browser test of editors changing the site's pages. An admin makes a
// registered person an editor. A visitor first reads "Who we are and what we
// do" in English and, through the language switcher, in Spanish. The editor
// opens Pages from the staff navigation, where the page's Spanish and French
// are up to date, and opens its form: the three languages side by side. The
// editor changes the English lead and adds a Markdown paragraph with bold
// words to the English text, and asks for a preview: the page as it will
// read, nothing saved. The editor then empties the English title and saves
// (refused: summary and message next to the field, the new lead still
// typed), puts the title back and saves; the form says visitors see the
// change now. The visitor reads the new lead and the bold words on the
// English page, while the Spanish page is as it was, and the list now says
// the Spanish and French are older than the English. Last, the editor clears
// the French title, lead and text: the French page shows the English, and
// the list says the French is not translated. axe-core audits the list, the
// form with its preview, and the refused form.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
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
const ADMIN = { email: 'pages-admin@example.org', password: 'meadow copper violin sixty' };
const EDITOR = { name: 'Amara Okafor', email: 'amara.okafor@example.org', password: 'lantern basil orchard twelve' };

/** The page changed: "Who we are and what we do", at /en/about. */
const SLUG = 'about';
const TITLE = 'Who we are and what we do';
const LIST_PATH = '/en/staff/pages';
const FORM_PATH = `/en/staff/pages/${SLUG}`;
const NEW_LEAD = 'The IJJO works with governments, courts and communities so that every child in conflict with the law is treated as a child first.';
const BOLD = 'read in more than forty countries';
const NEW_PARAGRAPH = `Our reports are **${BOLD}**, in three languages.`;
const TITLE_MISSING = 'Give it its English title: the other languages fall back to it.';
const LANGUAGES = ['English', 'Español', 'Français'];

let editor;
let visitor;
/** The Spanish page as the visitor first read it: its title, lead and text. */
let spanishBefore;
/** The English text as seeded, read from the form. */
let englishBody;

/** What the article of a public page shows: its heading, its lead and its whole text. */
async function articleOf(page) {
  const article = page.locator('main article');
  return {
    title: (await article.getByRole('heading', { level: 1 }).innerText()).trim(),
    lead: (await article.locator('.lead').innerText()).trim(),
    text: (await article.innerText()).trim(),
  };
}

/** The list's standings of the page titled `title`, by language: { English: 'Original', … }. */
async function standingsOf(page, title) {
  const table = page.getByRole('region', { name: 'Pages' }).getByRole('table');
  const header = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(header, ['Page', ...LANGUAGES, 'Last edited']);
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  assert.equal(await row.count(), 1, `one row for "${title}"`);
  const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
  return Object.fromEntries(LANGUAGES.map((language, i) => [language, cells[i + 1]]));
}

/** The form's fieldset of one language, named by its legend: the language, then its standing. */
function languageGroup(page, language) {
  return page.getByRole('group', { name: new RegExp(`^${language} `) });
}

/** Each language's standing as the form's legends say it. */
async function legendsOf(page) {
  const legends = (await page.locator('main fieldset legend').allInnerTexts()).map((text) => text.trim());
  return Object.fromEntries(
    legends.map((legend) => {
      const [language, ...standing] = legend.split(/\s+/);
      return [language, standing.join(' ')];
    }),
  );
}

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await clickAndLoad(page, page.getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** Opens the about page in English, then follows the language switcher to `language`. */
async function readAbout(page, language) {
  await page.goto(localPath('en', '/about'));
  if (language !== 'English') {
    const switcher = page.getByRole('navigation', { name: 'Language' });
    await clickAndLoad(page, switcher.getByRole('link', { name: language, exact: true }));
  }
  return articleOf(page);
}

describe("the site's pages: an editor changes the about page, previews it and leaves a translation out", () => {
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

  step('a visitor reads the about page in English and, through the language switcher, in Spanish', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor();
    const english = await readAbout(visitor, 'English');
    assert.equal(english.title, TITLE);
    assert.notEqual(english.lead, NEW_LEAD);
    spanishBefore = await readAbout(visitor, 'Español');
    assert.equal(pathOf(visitor), localPath('es', '/about'));
    assert.equal(spanishBefore.title, 'Quiénes somos y qué hacemos');
  });

  step('the editor opens Pages from the staff navigation: the Spanish and French are up to date', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await clickAndLoad(editor, editor.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Pages', exact: true }));
    assert.equal(pathOf(editor), LIST_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Pages' }).waitFor();

    assert.deepEqual(await standingsOf(editor, TITLE), {
      English: 'Original',
      Español: 'Up to date',
      Français: 'Up to date',
    });
    // Each row also leads to the public page, named by the page for those who hear it.
    const row = editor.getByRole('row').filter({ has: editor.getByRole('link', { name: TITLE, exact: true }) });
    const publicLink = row.getByRole('link', { name: /^See the public page\b.*Who we are and what we do$/ });
    assert.equal(await publicLink.getAttribute('href'), localPath('en', '/about'));
    await auditPage(editor, 'pages-list');
  });

  step('the editor changes the English lead and text, and previews the page before saving', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.getByRole('link', { name: TITLE, exact: true }));
    assert.equal(pathOf(editor), FORM_PATH);
    await editor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.deepEqual(await legendsOf(editor), { English: 'Original', Español: 'Up to date', Français: 'Up to date' });

    const english = languageGroup(editor, 'English');
    assert.equal(await english.getByLabel('Title', { exact: true }).inputValue(), TITLE);
    englishBody = await english.getByLabel('Text', { exact: true }).inputValue();
    assert.ok(englishBody.length > 0, 'the seeded English text');
    assert.equal(
      await languageGroup(editor, 'Español').getByLabel('Title', { exact: true }).inputValue(),
      spanishBefore.title,
      'the languages side by side',
    );

    await english.getByLabel('Lead (optional)', { exact: true }).fill(NEW_LEAD);
    await english.getByLabel('Text', { exact: true }).fill(`${englishBody}\n\n${NEW_PARAGRAPH}`);
    assert.equal(await send(editor, 'Preview'), 200, 'a preview is shown, not saved');
    assert.equal(pathOf(editor), FORM_PATH);

    const preview = editor.getByRole('region', { name: 'Preview' });
    await preview.getByText('Nothing has been saved yet.', { exact: false }).waitFor();
    const shownEnglish = preview.locator('[lang="en"]');
    await shownEnglish.getByRole('heading', { level: 3, name: TITLE }).waitFor();
    assert.equal((await shownEnglish.locator('.lead').innerText()).trim(), NEW_LEAD);
    assert.equal((await shownEnglish.locator('strong').innerText()).trim(), BOLD, 'the Markdown rendered');
    assert.equal(await shownEnglish.getByText('**').count(), 0, 'no Markdown left as typed');
    // Every written language is shown as it will read.
    await preview.locator('[lang="es"]').getByRole('heading', { level: 3, name: spanishBefore.title }).waitFor();
    await preview.locator('[lang="fr"]').getByRole('heading', { level: 3 }).waitFor();
    // The form keeps what was typed.
    assert.equal(await editor.locator('#summary_en').inputValue(), NEW_LEAD);
    assert.ok((await editor.locator('#body_en').inputValue()).endsWith(NEW_PARAGRAPH));
    await auditPage(editor, 'pages-preview');

    // Nothing was saved: visitors still read the lead as it was.
    const stillEnglish = await readAbout(visitor, 'English');
    assert.notEqual(stillEnglish.lead, NEW_LEAD);
  });

  step('saving without the English title is refused, the texts typed kept', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.locator('#title_en').fill('');
    assert.equal(await send(editor, 'Save the page'), 422);

    const summary = editor.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    const summaryLink = summary.getByRole('link', { name: TITLE_MISSING });
    assert.equal(await summaryLink.getAttribute('href'), '#title_en');
    // The message next to the field, which it describes.
    assert.equal((await editor.locator('#title_en-error').innerText()).trim(), TITLE_MISSING);
    const title = editor.locator('#title_en');
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
    assert.equal(await title.getAttribute('aria-describedby'), 'title_en-error');
    assert.equal(await title.inputValue(), '');
    // What was typed is still there.
    assert.equal(await editor.locator('#summary_en').inputValue(), NEW_LEAD);
    assert.ok((await editor.locator('#body_en').inputValue()).endsWith(NEW_PARAGRAPH));
    assert.equal(await editor.getByRole('region', { name: 'Preview' }).count(), 0, 'no preview');
    await auditPage(editor, 'pages-refused');
  });

  step('the editor puts the title back and saves: visitors see the change now', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.locator('#title_en').fill(TITLE);
    assert.equal(await send(editor, 'Save the page'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${FORM_PATH}?saved=true`);
    await editor.getByRole('status').filter({ hasText: 'The page has been saved. Visitors see the change now.' }).waitFor();
    assert.equal(await editor.locator('#summary_en').inputValue(), NEW_LEAD);
    assert.deepEqual(await legendsOf(editor), {
      English: 'Original',
      Español: 'Older than the English',
      Français: 'Older than the English',
    });
  });

  step('the visitor reads the new lead and the bold words in English; the Spanish page is unchanged', { timeout: TEST_TIMEOUT_MS }, async () => {
    const english = await readAbout(visitor, 'English');
    assert.equal(english.title, TITLE);
    assert.equal(english.lead, NEW_LEAD);
    const article = visitor.locator('main article');
    assert.equal((await article.locator('p strong').innerText()).trim(), BOLD, 'the bold words, as bold');
    assert.equal(await article.getByText('**').count(), 0, 'no Markdown shown');
    await article.getByText(`Our reports are ${BOLD}, in three languages.`).waitFor();

    const spanish = await readAbout(visitor, 'Español');
    assert.equal(pathOf(visitor), localPath('es', '/about'));
    assert.deepEqual(spanish, spanishBefore);
  });

  step('back on the list, the Spanish and French are older than the English', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.locator('.staff-main').getByRole('link', { name: 'Pages', exact: true }));
    assert.equal(pathOf(editor), LIST_PATH);
    assert.deepEqual(await standingsOf(editor, TITLE), {
      English: 'Original',
      Español: 'Older than the English',
      Français: 'Older than the English',
    });
  });

  step('the editor clears the French: its page shows the English and the list says it is not translated', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.getByRole('link', { name: TITLE, exact: true }));
    const french = languageGroup(editor, 'Français');
    for (const label of ['Title', 'Lead (optional)', 'Text']) {
      await french.getByLabel(label, { exact: true }).fill('');
    }
    assert.equal(await send(editor, 'Save the page'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    await editor.getByRole('status').filter({ hasText: 'The page has been saved.' }).waitFor();
    assert.equal(await editor.locator('#title_fr').inputValue(), '');
    assert.equal((await legendsOf(editor)).Français, 'Not translated');

    const shown = await readAbout(visitor, 'Français');
    assert.equal(pathOf(visitor), localPath('fr', '/about'));
    assert.equal(shown.title, TITLE);
    assert.equal(shown.lead, NEW_LEAD);
    assert.ok(shown.text.includes(englishBody.split('\n\n')[0].replace(/\s+/g, ' ')), 'the English text');
    assert.equal((await visitor.locator('main article p strong').innerText()).trim(), BOLD);

    await editor.goto(LIST_PATH);
    assert.deepEqual(await standingsOf(editor, TITLE), {
      English: 'Original',
      Español: 'Older than the English',
      Français: 'Not translated',
    });
  });
});
