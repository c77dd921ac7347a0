// Browser test of the monthly bulletin: a visitor subscribes, confirms,
// receives the bulletin and unsubscribes. An admin makes a registered person
// an editor. A visitor finds the bulletin's form in every page's footer, in
// English and in Spanish, and follows its link to the bulletin's page, where
// the language and the topics are chosen (all topics by default). In Spanish,
// the visitor subscribes from /es/boletin and is asked to check their mail:
// a mail in Spanish brings a link to confirm, whose page confirms nothing
// until its button is pressed (the editor still sees the address waiting).
// Pressed, the visitor is subscribed. The editor opens Bulletin from the
// staff navigation (one confirmed subscriber), composes an issue with an
// introduction in each language and the seeded news item, saves it and sees
// the preview in every language, mails themselves a test and sends the
// issue. The subscriber receives it in Spanish, with the Spanish introduction
// and title, a one-click unsubscribe (List-Unsubscribe and
// List-Unsubscribe-Post) and the same link in its text. The subscriber opens
// that link and leaves; the editor's subscribers page says Unsubscribed, and
// the public archive lists the issue in Spanish and shows its introduction.
// axe-core audits the bulletin's public pages (subscribe, check, confirm,
// confirmed, unsubscribe, unsubscribed, archive, archived issue) and the
// staff's (issue list, compose form, issue with its preview, subscribers).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  clickAndLoad,
  createAdmin,
  linkIn,
  logIn,
  openStaffWorkspace,
  pagesFor,
  pathOf,
  registerAndConfirm,
  setRoles,
  story,
  useServerAndBrowser,
  waitForMail,
  waitForMailWith,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const pageFor = pagesFor(suite);
const ADMIN = { email: 'bulletin-admin@example.org', password: 'pebble walnut signal seventy' };
const EDITOR = { name: 'Ingrid Solberg', email: 'ingrid.solberg@example.org', password: 'fjord cobalt whistle eighty' };
const SUBSCRIBER = 'mateo.quispe@example.org';

/** The bulletin's public pages, at their address in each language (src/web/slugs.rs). */
const PUBLIC = { en: '/en/newsletter', es: '/es/boletin', fr: '/fr/bulletin' };
const STAFF_PATH = '/en/staff/newsletter';
const NEW_PATH = '/en/staff/newsletter/new';
const SUBSCRIBERS_PATH = '/en/staff/newsletter/subscribers';
/** The public forms refuse what is sent less than 3 s after the page was shown. */
const MINIMUM_FILL_MS = 3_500;

/** The seeded news item (content/news/collaboration-moves-online.*.md). */
const NEWS_TITLE = 'The observatory opens its collaboration to everyone, online';
const NEWS_TITLE_ES = 'El observatorio abre su colaboración a todos, en línea';
const INTRO = {
  en: 'This first bulletin brings the news of the observatory opening its collaboration to everyone.',
  es: 'Este primer boletín trae la noticia de la apertura de la colaboración del observatorio a todos.',
  fr: "Ce premier bulletin apporte la nouvelle de l'ouverture de la collaboration de l'observatoire à tous.",
};
const LANGUAGES = ['English', 'Español', 'Français'];

let editor;
let visitor;
/** The issue's id, read from its staff page's address. */
let issueId;
/** The bulletin mail the subscriber received. */
let bulletin;

/** Waits, if need be, until a public form shown at `shownAt` may be sent. */
async function waitToSend(page, shownAt) {
  await page.waitForTimeout(Math.max(0, MINIMUM_FILL_MS - (Date.now() - shownAt)));
}

/** The footer's bulletin form, named by its paragraph. */
function footerForm(page, title) {
  return page.getByRole('contentinfo').getByRole('form', { name: title });
}

/** Opens the staff's bulletin page from the staff navigation. */
async function openBulletin(page) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Bulletin', exact: true }));
  assert.equal(pathOf(page), STAFF_PATH);
  await page.getByRole('heading', { level: 1, name: 'Bulletin' }).waitFor();
}

/** The subscribers page's row of `email`, as { 'Your e-mail address', 'Language of the bulletin', State, Asked }. */
async function subscriberRow(page, email) {
  await page.goto(SUBSCRIBERS_PATH);
  await page.getByRole('heading', { level: 1, name: 'Bulletin subscribers' }).waitFor();
  const table = page.getByRole('region', { name: 'Newest subscribers' }).getByRole('table');
  const header = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  const row = table.getByRole('row').filter({ hasText: email });
  assert.equal(await row.count(), 1, `one row for ${email}`);
  const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
  return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
}

/**
 * Clicks one of the buttons in the page's main part (the footer has its own
 * Subscribe) and returns the status the server answered the POST with.
 */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.locator('main').getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/**
 * The raw header block of the mail to `address` that has the header `name`,
 * read from the .eml files as written (not decoded: a token's `=` stays).
 */
async function rawHeadersWith(address, name) {
  const dir = path.join(suite.server.dataDir, 'mail');
  for (const file of (await readdir(dir)).filter((entry) => entry.endsWith('.eml'))) {
    const raw = await readFile(path.join(dir, file), 'utf8');
    const headers = raw.slice(0, raw.search(/\r?\n\r?\n/));
    const to = /^To:\s*(.*)$/im.exec(headers)?.[1] ?? '';
    if (to.toLowerCase().includes(address) && new RegExp(`^${name}:`, 'im').test(headers)) return headers;
  }
  assert.fail(`no mail to ${address} has a ${name} header`);
}

/** A header's value in a raw header block, its folded lines joined. */
function headerIn(headers, name) {
  const folded = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(headers)?.[1];
  return folded?.replace(/\r?\n[ \t]+/g, ' ').trim();
}

describe('the monthly bulletin: a visitor subscribes, confirms, receives the bulletin, unsubscribes', () => {
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

  step("every page's footer has the bulletin's form, whose link leads to the language and topics", { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor({ locale: 'es-ES' });
    for (const [address, words] of [
      ['/en', { title: 'The monthly bulletin', email: 'Your e-mail, for the bulletin', button: 'Subscribe', link: 'Choose language and topics', to: PUBLIC.en }],
      ['/en/about', { title: 'The monthly bulletin', email: 'Your e-mail, for the bulletin', button: 'Subscribe', link: 'Choose language and topics', to: PUBLIC.en }],
      ['/es', { title: 'El boletín mensual', email: 'Su correo, para el boletín', button: 'Suscribirse', link: 'Elegir idioma y temas', to: PUBLIC.es }],
    ]) {
      await visitor.goto(address);
      await acceptCookies(visitor);
      const form = footerForm(visitor, words.title);
      await form.waitFor();
      await form.getByText(words.title, { exact: true }).waitFor();
      assert.equal(await form.getByLabel(words.email, { exact: true }).getAttribute('id'), 'footer-email', `the footer's field on ${address}`);
      await form.getByRole('button', { name: words.button, exact: true }).waitFor();
      assert.equal(await form.getByRole('link', { name: words.link, exact: true }).getAttribute('href'), words.to);
    }

    await visitor.goto('/en');
    await clickAndLoad(visitor, footerForm(visitor, 'The monthly bulletin').getByRole('link', { name: 'Choose language and topics', exact: true }));
    assert.equal(pathOf(visitor), PUBLIC.en);
    await visitor.getByRole('heading', { level: 1, name: 'The monthly bulletin' }).waitFor();
    const main = visitor.locator('main');
    assert.equal(await main.getByLabel('Your e-mail address', { exact: true }).getAttribute('id'), 'email');
    const language = main.getByLabel('Language of the bulletin', { exact: true });
    assert.equal(await language.getAttribute('id'), 'language');
    assert.deepEqual(
      await language.evaluate((select) => [...select.options].map((option) => [option.value, option.text.trim()])),
      [['en', 'English'], ['es', 'Español'], ['fr', 'Français']],
    );
    assert.equal(await language.inputValue(), 'en', "the page's language by default");
    const topics = main.getByRole('group', { name: 'What you would like to receive' });
    for (const [label, value] of [['News of the observatory', 'news'], ['Events and forums', 'events'], ['New in the library', 'library']]) {
      const box = topics.getByLabel(label, { exact: true });
      assert.equal(await box.getAttribute('value'), value);
      assert.equal(await box.isChecked(), true, `"${label}" checked by default`);
    }
    await main.getByRole('button', { name: 'Subscribe', exact: true }).waitFor();
    await auditPage(visitor, 'newsletter-subscribe');
  });

  step('in Spanish, the visitor subscribes from the bulletin page and is asked to check their mail', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.goto(PUBLIC.es);
    const shownAt = Date.now();
    await visitor.getByRole('heading', { level: 1, name: 'El boletín mensual' }).waitFor();
    const main = visitor.locator('main');
    await main.getByLabel('Su correo electrónico', { exact: true }).fill(SUBSCRIBER);
    const language = main.getByLabel('Idioma del boletín', { exact: true });
    assert.equal(await language.inputValue(), 'es', "the page's language by default");
    await language.selectOption('es');
    await waitToSend(visitor, shownAt);
    assert.equal(await send(visitor, 'Suscribirse'), 303, `subscribed: ${await visitor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(visitor), `${PUBLIC.es}/check`);
    await visitor.getByRole('heading', { level: 1, name: 'Revise su correo' }).waitFor();
    await visitor.getByRole('status').filter({ hasText: 'No se le enviará nada más hasta que confirme.' }).waitFor();
    await auditPage(visitor, 'newsletter-check');
  });

  step('the mail in Spanish brings a link whose page confirms nothing until its button is pressed', { timeout: TEST_TIMEOUT_MS }, async () => {
    const mail = await waitForMail(suite.server, SUBSCRIBER, 1);
    assert.equal(mail.subject, 'Confirme su suscripción al boletín');
    assert.ok(mail.text.includes('Confirmar la suscripción (el enlace funciona durante una semana)'), `the action in the mail:\n${mail.text}`);
    const link = linkIn(mail, '/confirm?t=');
    assert.ok(link.startsWith('/es/'), `the link is in Spanish: ${link}`);

    await visitor.goto(link);
    await visitor.getByRole('heading', { level: 1, name: 'Confirme su suscripción' }).waitFor();
    const button = visitor.getByRole('button', { name: 'Confirmar mi suscripción', exact: true });
    await button.waitFor();
    await auditPage(visitor, 'newsletter-confirm');
    // Opening the link (as a mail scanner would) confirmed nothing.
    assert.equal((await subscriberRow(editor, SUBSCRIBER)).State, 'Waiting for confirmation');

    assert.equal(await send(visitor, 'Confirmar mi suscripción'), 200, 'the answer is the page itself');
    await visitor.getByRole('heading', { level: 1, name: 'Ya está suscrito' }).waitFor();
    await auditPage(visitor, 'newsletter-confirmed');
    const row = await subscriberRow(editor, SUBSCRIBER);
    assert.equal(row.State, 'Confirmed');
    assert.equal(row['Language of the bulletin'], 'es');
  });

  step('the editor opens Bulletin from the staff navigation: one confirmed subscriber', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openBulletin(editor);
    const main = editor.locator('main');
    await main.getByText('One confirmed subscriber.', { exact: false }).waitFor();
    assert.equal(await main.getByRole('link', { name: 'Bulletin subscribers', exact: true }).getAttribute('href'), SUBSCRIBERS_PATH);
    await main.getByText('No issue has been composed yet.').waitFor();
    await auditPage(editor, 'newsletter-staff-issues');

    await clickAndLoad(editor, main.getByRole('link', { name: 'Bulletin subscribers', exact: true }));
    assert.equal(pathOf(editor), SUBSCRIBERS_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Bulletin subscribers' }).waitFor();
    await auditPage(editor, 'newsletter-staff-subscribers');
  });

  step('the editor composes an issue with an introduction in each language and the seeded news, and previews it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto(STAFF_PATH);
    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: 'Compose an issue', exact: true }));
    assert.equal(pathOf(editor), NEW_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Compose an issue' }).waitFor();
    const legends = (await editor.locator('main fieldset.language-texts legend').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(legends, LANGUAGES);
    for (const [language, lang] of [['English', 'en'], ['Español', 'es'], ['Français', 'fr']]) {
      const intro = editor.getByRole('group', { name: language, exact: true }).getByLabel('Introduction', { exact: true });
      assert.equal(await intro.getAttribute('id'), `intro_${lang}`);
      await intro.fill(INTRO[lang]);
    }
    const news = editor.getByRole('group', { name: 'News to present', exact: true });
    await news.getByLabel(NEWS_TITLE, { exact: false }).check();
    await editor.getByRole('group', { name: 'New library resources to present', exact: true }).waitFor();
    await auditPage(editor, 'newsletter-staff-compose');

    assert.equal(await send(editor, 'Save the issue'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    const saved = /^\/en\/staff\/newsletter\/(\d+)\?done=saved$/.exec(pathOf(editor));
    assert.ok(saved, `the issue's page: ${pathOf(editor)}`);
    issueId = saved[1];
    const status = editor.getByRole('status');
    assert.ok((await status.innerText()).trim().startsWith('The issue has been saved.'));

    const preview = editor.getByRole('region', { name: 'Preview' });
    for (const lang of ['en', 'es', 'fr']) {
      const shown = preview.locator(`[lang="${lang}"]`).first();
      await shown.getByRole('heading', { level: 3 }).waitFor();
      await shown.getByText(INTRO[lang], { exact: true }).waitFor();
    }
    await preview.locator('[lang="en"]').getByText(NEWS_TITLE, { exact: true }).waitFor();
    await preview.locator('[lang="es"]').getByText(NEWS_TITLE_ES, { exact: true }).waitFor();
    // What was saved is shown again.
    assert.equal(await editor.locator('#intro_es').inputValue(), INTRO.es);
    await editor.getByRole('button', { name: 'Send me a test', exact: true }).waitFor();
    await editor.getByRole('button', { name: 'Send the issue', exact: true }).waitFor();
    await auditPage(editor, 'newsletter-staff-issue');
  });

  step('the editor mails themselves a test, then sends the issue', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal(await send(editor, 'Send me a test'), 303);
    assert.equal(pathOf(editor), `/en/staff/newsletter/${issueId}?done=tested`);
    const test = await waitForMailWith(suite.server, EDITOR.email, INTRO.en);
    assert.ok(test.subject.startsWith("[Test] The observatory's bulletin, no."), `the test's subject: ${test.subject}`);
    assert.ok(test.text.includes(NEWS_TITLE), 'the news item in the test');

    assert.equal(await send(editor, 'Send the issue'), 303);
    assert.equal(pathOf(editor), `/en/staff/newsletter/${issueId}?done=sent`);
    await editor
      .getByRole('status')
      .filter({ hasText: 'The issue is on its way: one mail per confirmed subscriber, at a steady pace.' })
      .waitFor();
    // A sent issue is not sent again.
    assert.equal(await editor.getByRole('button', { name: 'Send the issue', exact: true }).count(), 0);
  });

  step('the subscriber receives the bulletin in Spanish, with a one-click unsubscribe', { timeout: TEST_TIMEOUT_MS }, async () => {
    bulletin = await waitForMailWith(suite.server, SUBSCRIBER, INTRO.es);
    assert.ok(bulletin.subject.startsWith('Boletín del observatorio, n.º'), `the bulletin's subject: ${bulletin.subject}`);
    assert.ok(bulletin.text.includes(NEWS_TITLE_ES), `the Spanish title of the news in:\n${bulletin.text}`);

    const headers = await rawHeadersWith(SUBSCRIBER, 'List-Unsubscribe');
    const unsubscribe = headerIn(headers, 'List-Unsubscribe');
    assert.match(unsubscribe, /^<https?:\/\/[^>\s]+\/es\/boletin\/unsubscribe\?t=[^>\s]+>$/);
    assert.equal(headerIn(headers, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
    const url = unsubscribe.slice(1, -1);
    const line = bulletin.text.split(/\r?\n/).find((text) => text.startsWith('Darse de baja con un clic: '));
    assert.ok(line, `the unsubscribe line in:\n${bulletin.text}`);
    assert.equal(line.slice('Darse de baja con un clic: '.length).trim(), url, 'the same link in the text as in the header');
  });

  step('the subscriber unsubscribes from the link; the editor sees the address unsubscribed', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.goto(linkIn(bulletin, '/unsubscribe?t='));
    await visitor.getByRole('heading', { level: 1, name: 'Darse de baja del boletín' }).waitFor();
    await auditPage(visitor, 'newsletter-unsubscribe');
    assert.equal(await send(visitor, 'Darme de baja'), 200, 'the answer is the page itself');
    await visitor.getByRole('heading', { level: 1, name: 'Se ha dado de baja' }).waitFor();
    await auditPage(visitor, 'newsletter-unsubscribed');

    assert.equal((await subscriberRow(editor, SUBSCRIBER)).State, 'Unsubscribed');
  });

  step('the public archive lists the issue in Spanish and shows its introduction', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.goto(`${PUBLIC.es}/archive`);
    await visitor.getByRole('heading', { level: 1, name: 'Números anteriores del boletín' }).waitFor();
    const subject = `Boletín del observatorio, n.º ${issueId}`;
    const link = visitor.locator('main').getByRole('link', { name: subject, exact: true });
    await link.waitFor();
    await auditPage(visitor, 'newsletter-archive');

    await clickAndLoad(visitor, link);
    assert.equal(pathOf(visitor), `${PUBLIC.es}/archive/${issueId}`);
    await visitor.getByRole('heading', { level: 1, name: subject }).waitFor();
    await visitor.locator('main article').getByText(INTRO.es, { exact: true }).waitFor();
    await visitor.locator('main article').getByRole('link', { name: NEWS_TITLE_ES, exact: true }).waitFor();
    await auditPage(visitor, 'newsletter-archived');
  });
});
