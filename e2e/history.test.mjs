// Browser test of a library resource's history: an editor (given the role by
// an admin) changes the English title of the first seeded report and saves
// it, then follows the form's "History" link. The history lists two versions:
// the report as it was before the history began, and the edit, which changed
// "Title (English)". The editor opens the first version, sees its title beside
// the title now, and restores it: the history gains a version "Restored from
// version 1", and the report's public page shows its first title again.
// axe-core audits the history and the version's page.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  logIn,
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
const ADMIN = { email: 'history-admin@example.org', password: 'harbour lichen amber ninety' };
const EDITOR = { name: 'Tomás Ibarra', email: 'tomas.ibarra@example.org', password: 'granite sparrow tulip forty' };

/** The seeded report whose history is written. */
const RESOURCE_ID = '1';
const STAFF_PATH = `/en/staff/library/${RESOURCE_ID}`;
const HISTORY_PATH = `${STAFF_PATH}/history`;
const PUBLIC_PATH = `/en/library/resources/${RESOURCE_ID}`;
const NEW_TITLE = 'Youth justice in a time of economic crisis: saving money, protecting society';

let editor;
/** The report's English title as seeded, read from its form. */
let originalTitle;

/** The history's rows, newest first, each as the reader sees its cells. */
async function historyRows(page) {
  const table = page.getByRole('region', { name: 'History' }).getByRole('table');
  const rows = table.getByRole('row');
  await rows.first().waitFor();
  const header = (await rows.first().getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(header, ['Version', 'Saved', 'By', 'How', 'Fields changed']);
  const body = [];
  for (const row of (await rows.all()).slice(1)) {
    const [version, saved, by, how, changed] = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
    body.push({ version, saved, by, how, changed });
  }
  return body;
}

describe("a library resource's history: an editor changes a title, compares and restores", () => {
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

  step('the editor changes the English title of seeded resource 1, previews it and saves it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto(STAFF_PATH);
    const title = editor.getByLabel('Title', { exact: true }).and(editor.locator('#title_en'));
    originalTitle = await title.inputValue();
    assert.ok(originalTitle.length > 0, 'the seeded report has an English title');
    await editor.getByRole('heading', { level: 1, name: originalTitle }).waitFor();

    await title.fill(NEW_TITLE);
    // First a preview: the public page's look, nothing saved, the form kept.
    await clickAndLoad(editor, editor.getByRole('button', { name: 'Preview', exact: true }));
    const preview = editor.getByRole('region', { name: 'Preview: not saved yet' });
    await preview.getByRole('heading', { level: 3, name: NEW_TITLE }).waitFor();
    assert.equal(await editor.locator('#title_en').inputValue(), NEW_TITLE);
    await auditPage(editor, 'library-preview');

    const answered = editor.waitForResponse((response) => response.request().method() === 'POST');
    await clickAndLoad(editor, editor.getByRole('button', { name: 'Save', exact: true }));
    assert.equal((await answered).status(), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${STAFF_PATH}?saved=true`);
    await editor.getByText('The resource has been saved.').waitFor();
    await editor.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
  });

  step('the history lists the report as it was, then the edit of its English title', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: 'History', exact: true }));
    assert.equal(pathOf(editor), HISTORY_PATH);
    await editor.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    // Back to the resource, named by its title now.
    await editor.getByRole('link', { name: NEW_TITLE, exact: true }).waitFor();

    const rows = await historyRows(editor);
    assert.equal(rows.length, 2, `two versions: ${JSON.stringify(rows)}`);
    const [edited, before] = rows;
    assert.equal(edited.version, 'Version 2');
    assert.equal(edited.how, 'Edited');
    assert.equal(edited.by, EDITOR.name);
    assert.equal(edited.changed, 'Title (English)');
    assert.notEqual(edited.saved, '', 'when it was saved');
    assert.equal(before.version, 'Version 1');
    assert.equal(before.how, 'As it was before the history began');
    assert.equal(before.by, 'The site (seed, import or a deleted account)', 'seeded: no account saved it');
    assert.equal(before.changed, '—', 'nothing changed: the first state kept');
    assert.notEqual(before.saved, '', 'when it was kept');
    await auditPage(editor, 'library-history');
  });

  step('version 1 shows its English title beside the title now', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.getByRole('link', { name: 'Version 1', exact: true }));
    assert.equal(pathOf(editor), `${HISTORY_PATH}/1`);
    await editor.getByRole('heading', { level: 1, name: `Version 1: ${NEW_TITLE}` }).waitFor();

    const differences = editor.getByRole('region', { name: 'How it differs from what is there now' });
    const header = (await differences.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(header, ['Field', 'In this version', 'Now']);
    const title = differences.getByRole('row').filter({ has: editor.getByRole('rowheader', { name: 'Title (English)' }) });
    assert.equal(await title.count(), 1, 'the English title differs');
    const [then, now] = (await title.getByRole('cell').allInnerTexts()).map((text) => text.trim());
    assert.equal(then, originalTitle, 'the title in this version');
    assert.equal(now, NEW_TITLE, 'the title now');
    // Only the title was changed since.
    assert.equal(await differences.getByRole('rowheader').count(), 1);
    await editor.getByRole('button', { name: 'Restore this version' }).waitFor();
    await auditPage(editor, 'library-version');
  });

  step('the editor restores version 1 and the history records it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(editor, editor.getByRole('button', { name: 'Restore this version' }));
    assert.equal(pathOf(editor), `${HISTORY_PATH}?restored=1`);
    await editor.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await editor.getByRole('status').filter({ hasText: 'Version 1 has been restored' }).waitFor();

    const rows = await historyRows(editor);
    assert.equal(rows.length, 3, `three versions: ${JSON.stringify(rows)}`);
    const [restored, edited, before] = rows;
    assert.equal(restored.version, 'Version 3');
    assert.equal(restored.how, 'Restored from version 1');
    assert.equal(restored.by, EDITOR.name);
    assert.equal(restored.changed, 'Title (English)');
    assert.equal(edited.how, 'Edited');
    assert.equal(before.how, 'As it was before the history began');
    await auditPage(editor, 'library-history-restored');

    // Version 1 is now the resource as it stands: nothing to bring back.
    await clickAndLoad(editor, editor.getByRole('link', { name: 'Version 1', exact: true }));
    await editor.getByText('This version is the same as what is there now: there is nothing to bring back.').waitFor();
    assert.equal(await editor.getByRole('button', { name: 'Restore this version' }).count(), 0);
    await auditPage(editor, 'library-version-same');
  });

  step('the public page shows the original title again', { timeout: TEST_TIMEOUT_MS }, async () => {
    await suite.withPage({}, async (page) => {
      const response = await page.goto(PUBLIC_PATH);
      assert.equal(response?.status(), 200);
      await page.getByRole('heading', { level: 1, name: originalTitle }).waitFor();
      assert.equal(await page.getByText(NEW_TITLE).count(), 0, 'the edited title is gone');
    });
  });
});
