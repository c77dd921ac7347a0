// Browser test of editors changing the site's facts and reading the contact
// page's messages. An admin makes a registered person an editor. The editor
// opens "Facts and lists" from the staff navigation: the reports, partners,
// forums, programmes, councils, technical-cooperation instruments and the
// head office, each kind under its heading with a link to each item. The
// editor opens the partner COMJIB, whose texts are written in three
// fieldsets side by side, one per language, replaces its Spanish description
// and saves: the form says visitors see the change now. Saving with the
// English name cleared is refused (422, a summary and the message next to
// the field, every other text still typed), and the editor puts the name
// back. A visitor reads the new description on the Spanish
// technical-cooperation page. The editor then opens the head office, whose
// legal name, city and country are translated while its street, postcode,
// phone, fax and e-mail are the same in every language, and changes the
// phone: the French footer shows the new number. Last, a visitor writes
// from the contact page, and the editor finds the message under Messages in
// the staff navigation: its subject as a heading, with the sender's name and
// address. axe-core audits the list of facts, the saved partner, the head
// office's form and the messages.
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
const ADMIN = { email: 'facts-admin@example.org', password: 'harbour thistle cobalt ninety' };
const EDITOR = { name: 'Ines Valdivia', email: 'ines.valdivia@example.org', password: 'quarry saffron lantern forty' };

const LIST_PATH = '/en/staff/content';
const KINDS = [
  'Reports',
  'Partners',
  'International forums',
  'Programmes',
  'Continental Councils',
  'Technical-cooperation instruments',
  'Head office',
];
const LANGUAGES = ['English', 'Español', 'Français'];
const SAVED = 'The texts have been saved. Visitors see the change now.';
const NAME_MISSING = 'Give it its English title: the other languages fall back to it.';

/** The partner changed, as its English name and its form's address. */
const PARTNER = 'Conference of Ministers of Justice of Ibero-American Countries (COMJIB)';
const PARTNER_PATH = `${LIST_PATH}/partners/comjib`;
const NEW_DESCRIPTION_ES =
  'La COMJIB coordina con el observatorio la formación de jueces y fiscales especializados en justicia juvenil en toda Iberoamérica.';

const OFFICE_PATH = `${LIST_PATH}/office/head-office`;
const NEW_PHONE = '+32 2 555 01 23';

const CONTACT = {
  name: 'Tomasz Wiśniewski',
  email: 'tomasz.wisniewski@example.org',
  subject: 'Juvenile courts in Poland and the observatory',
  message:
    'I am preparing a comparative study of juvenile courts in Central Europe and would like to know whether the observatory publishes its country reports in Polish.',
};
const CONSENT = 'I agree that the observatory keeps my name, address and message to answer me, as the privacy policy says.';
/** The public forms refuse what is sent less than 3 s after the page was shown. */
const MINIMUM_FILL_MS = 3_500;

let editor;
let visitor;
/** The partner's texts as seeded, by field id (name_en, description_es…). */
let partnerBefore;

/** Opens one of the staff pages from the staff navigation, by its link's name. */
async function openFromStaffNavigation(page, name) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name, exact: true }));
}

/** The form's fieldset named by its legend. */
function group(page, legend) {
  return page.getByRole('group', { name: legend, exact: true });
}

/** Every field's value in the page's form, by id. */
async function valuesOf(page) {
  return page
    .locator('main form')
    .evaluate((form) =>
      Object.fromEntries([...form.querySelectorAll('textarea, input:not([type="hidden"])')].map((field) => [field.id, field.value])),
    );
}

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.getByRole('button', { name, exact: true }));
  return (await answered).status();
}

describe("the site's facts: an editor changes a partner and the head office, and reads the contact page's messages", () => {
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

  step('the editor opens "Facts and lists" from the staff navigation: each kind with its items', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openFromStaffNavigation(editor, 'Facts and lists');
    assert.equal(pathOf(editor), LIST_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Facts and lists' }).waitFor();
    const main = editor.locator('main');
    const headings = (await main.getByRole('heading', { level: 2 }).allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(headings, KINDS);

    // Under each heading, the list of its items, each a link to its form.
    const itemsByKind = await main.evaluate((element) =>
      Object.fromEntries(
        [...element.querySelectorAll('h2')].map((h2) => {
          const list = h2.nextElementSibling;
          const links = list?.tagName === 'UL' ? [...list.querySelectorAll('a')] : [];
          return [h2.innerText.trim(), links.map((a) => ({ name: a.innerText.trim(), href: a.getAttribute('href') }))];
        }),
      ),
    );
    for (const kind of KINDS) {
      assert.ok(itemsByKind[kind].length > 0, `items under "${kind}"`);
      for (const item of itemsByKind[kind]) {
        assert.notEqual(item.name, '', `a named item under "${kind}"`);
        assert.match(item.href, /^\/en\/staff\/content\/[a-z]+\/[a-z0-9-]+$/, `the link of "${item.name}"`);
      }
    }
    assert.deepEqual(
      itemsByKind.Partners.find((item) => item.name === PARTNER),
      { name: PARTNER, href: PARTNER_PATH },
    );
    assert.deepEqual(itemsByKind['Head office'], [{ name: itemsByKind['Head office'][0].name, href: OFFICE_PATH }]);
    await auditPage(editor, 'facts-list');
  });

  step("the editor replaces the partner's Spanish description and saves: visitors see it now", { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: PARTNER, exact: true }));
    assert.equal(pathOf(editor), PARTNER_PATH);
    await editor.getByRole('heading', { level: 1, name: PARTNER }).waitFor();

    // The three languages side by side, each with its name and description.
    const legends = (await editor.locator('main fieldset legend').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(legends, LANGUAGES);
    for (const [language, code] of [['English', 'en'], ['Español', 'es'], ['Français', 'fr']]) {
      const fieldset = group(editor, language);
      for (const [label, field] of [['Name', 'name'], ['Description', 'description']]) {
        const textarea = fieldset.getByLabel(label, { exact: true });
        assert.equal(await textarea.evaluate((element) => element.tagName), 'TEXTAREA', `${language}: ${label}`);
        assert.equal(await textarea.getAttribute('id'), `${field}_${code}`);
      }
    }
    partnerBefore = await valuesOf(editor);
    assert.equal(partnerBefore.name_en, PARTNER);
    assert.ok(partnerBefore.description_es.startsWith('La COMJIB'), `the seeded Spanish description: ${partnerBefore.description_es}`);
    assert.notEqual(partnerBefore.description_es, NEW_DESCRIPTION_ES);

    await group(editor, 'Español').getByLabel('Description', { exact: true }).fill(NEW_DESCRIPTION_ES);
    assert.equal(await send(editor, 'Save the texts'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${PARTNER_PATH}?saved=true`);
    await editor.getByRole('status').filter({ hasText: SAVED }).waitFor();
    assert.deepEqual(await valuesOf(editor), { ...partnerBefore, description_es: NEW_DESCRIPTION_ES });
    await auditPage(editor, 'facts-partner-saved');
  });

  step('saving without the English name is refused, the other texts kept; the editor puts the name back', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.locator('#name_en').fill('');
    assert.equal(await send(editor, 'Save the texts'), 422);

    const summary = editor.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    assert.equal(await summary.getByRole('link', { name: NAME_MISSING }).getAttribute('href'), '#name_en');
    assert.equal((await editor.locator('#name_en-error').innerText()).trim(), NAME_MISSING);
    const name = editor.locator('#name_en');
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.equal(await name.getAttribute('aria-describedby'), 'name_en-error');
    // Every other text is still there, the new Spanish description with them.
    assert.deepEqual(await valuesOf(editor), { ...partnerBefore, name_en: '', description_es: NEW_DESCRIPTION_ES });
    assert.equal(await editor.getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');

    await name.fill(PARTNER);
    assert.equal(await send(editor, 'Save the texts'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${PARTNER_PATH}?saved=true`);
    await editor.getByRole('heading', { level: 1, name: PARTNER }).waitFor();
    assert.deepEqual(await valuesOf(editor), { ...partnerBefore, description_es: NEW_DESCRIPTION_ES });
  });

  step('a visitor reads the new Spanish description on the technical-cooperation page', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor();
    await visitor.goto(localPath('es', '/technical-cooperation'));
    assert.equal(pathOf(visitor), '/es/cooperacion-tecnica');
    await acceptCookies(visitor);
    const partner = visitor.locator('main ul.partners li').filter({ has: visitor.locator('strong', { hasText: partnerBefore.name_es }) });
    assert.equal(await partner.count(), 1, `one partner named "${partnerBefore.name_es}"`);
    const text = (await partner.innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(NEW_DESCRIPTION_ES), `the new description in: ${text}`);
    assert.ok(!text.includes(partnerBefore.description_es), 'the old description gone');
  });

  step("the editor changes the head office's phone: the French footer shows it", { timeout: TEST_TIMEOUT_MS }, async () => {
    await openFromStaffNavigation(editor, 'Facts and lists');
    assert.equal(pathOf(editor), LIST_PATH);
    const office = editor.locator('main h2:text-is("Head office") + ul').getByRole('link');
    assert.equal(await office.count(), 1, 'one head office');
    await clickAndLoad(editor, office);
    assert.equal(pathOf(editor), OFFICE_PATH);

    // The translated texts in each language, side by side.
    for (const [language, code] of [['English', 'en'], ['Español', 'es'], ['Français', 'fr']]) {
      const fieldset = group(editor, language);
      for (const [label, field] of [['Legal name', 'legal_name'], ['City', 'city'], ['Country', 'country']]) {
        const textarea = fieldset.getByLabel(label, { exact: true });
        assert.equal(await textarea.evaluate((element) => element.tagName), 'TEXTAREA', `${language}: ${label}`);
        assert.equal(await textarea.getAttribute('id'), `${field}_${code}`);
      }
    }
    assert.equal(await group(editor, 'English').getByLabel('City', { exact: true }).inputValue(), 'Brussels');
    assert.equal(await group(editor, 'Français').getByLabel('City', { exact: true }).inputValue(), 'Bruxelles');
    // The rest once, the same in every language.
    const shared = group(editor, 'The same in every language');
    for (const label of ['Street', 'Postcode', 'Phone', 'Fax', 'E-mail']) {
      const input = shared.getByLabel(label, { exact: true });
      assert.equal(await input.getAttribute('type'), 'text', `${label}: a text input`);
    }
    const phone = shared.getByLabel('Phone', { exact: true });
    const phoneBefore = await phone.inputValue();
    assert.notEqual(phoneBefore, NEW_PHONE);
    await auditPage(editor, 'facts-office');

    await phone.fill(NEW_PHONE);
    assert.equal(await send(editor, 'Save the texts'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${OFFICE_PATH}?saved=true`);
    await editor.getByRole('status').filter({ hasText: SAVED }).waitFor();
    assert.equal(await group(editor, 'The same in every language').getByLabel('Phone', { exact: true }).inputValue(), NEW_PHONE);

    await visitor.goto('/fr');
    const footer = visitor.locator('footer address');
    const shown = footer.locator('a.phone');
    assert.equal((await shown.innerText()).trim(), NEW_PHONE);
    assert.equal(await shown.getAttribute('href'), `tel:${NEW_PHONE.replace(/ /g, '')}`);
    assert.ok(!(await footer.innerText()).includes(phoneBefore), 'the old number gone');
    await footer.getByText('Bruxelles, Belgique', { exact: false }).waitFor();
  });

  step('a visitor writes from the contact page; the editor reads the message under Messages', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.goto(localPath('en', '/contact'));
    await acceptCookies(visitor);
    const shownAt = Date.now();
    const form = visitor.getByRole('form', { name: 'Write to us' });
    await form.getByLabel('Your name', { exact: true }).fill(CONTACT.name);
    await form.getByLabel('Your e-mail address', { exact: true }).fill(CONTACT.email);
    await form.getByLabel('Subject', { exact: true }).fill(CONTACT.subject);
    await form.getByLabel('Your message', { exact: true }).fill(CONTACT.message);
    await form.getByRole('checkbox', { name: CONSENT }).check();
    await visitor.waitForTimeout(Math.max(0, MINIMUM_FILL_MS - (Date.now() - shownAt)));
    const answered = visitor.waitForResponse((response) => response.request().method() === 'POST');
    answered.catch(() => {});
    await clickAndLoad(visitor, visitor.locator('main').getByRole('button', { name: 'Send the message', exact: true }));
    assert.equal((await answered).status(), 303, `sent: ${await visitor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(visitor), localPath('en', '/contact/sent'));

    await openFromStaffNavigation(editor, 'Messages');
    assert.equal(pathOf(editor), '/en/staff/messages');
    await editor.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    const message = editor.locator('main article').filter({
      has: editor.getByRole('heading', { level: 2, name: CONTACT.subject, exact: true }),
    });
    assert.equal(await message.count(), 1, 'the message, under its subject');
    const meta = (await message.locator('.message-meta').innerText()).trim();
    assert.ok(meta.startsWith(`${CONTACT.name} · ${CONTACT.email}`), `the sender in: ${meta}`);
    assert.equal(await message.getByRole('link', { name: CONTACT.email, exact: true }).getAttribute('href'), `mailto:${CONTACT.email}`);
    await message.getByText(CONTACT.message, { exact: true }).waitFor();
    await auditPage(editor, 'facts-messages');
  });
});
