// Browser test of a working group's documents: an admin (every role)
// creates a public group and adds a member and a coordinator. The member
// opens the documents from the group's page, first sends a web page named
// like a PDF (refused, the title kept), then shares a real PDF, downloads
// it, and uploads a second version. The member may not mark outputs; the
// coordinator marks the document as one of the group's outputs, and a
// visitor who is not signed in downloads its current version from the
// group's public page. Someone registered but not a member gets 404.
// axe-core audits every page of the loop.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  download,
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  createGroup,
  localPath,
  logIn,
  openStaffGroups,
  openStaffWorkspace,
  pagesFor,
  pathOf,
  registerAndConfirm,
  story,
  useServerAndBrowser,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const ADMIN = { email: 'documents-admin@example.org', password: 'copper orchard lantern nine' };
const MEMBER = { name: 'Amara Nwosu', email: 'amara.nwosu@example.org', password: 'river kettle saffron fifty' };
const COORDINATOR = { name: 'Jonas Lindqvist', email: 'jonas.lindqvist@example.org', password: 'meadow violin harbour twelve' };
const OUTSIDER = { name: 'Priya Raman', email: 'priya.raman@example.org', password: 'amber tide orchard seventy' };
const GROUP = 'Restorative practice in schools';
const TITLE = 'Guide for schools';
const FIXTURE = fileURLToPath(new URL('../tests/fixtures/minimal.pdf', import.meta.url));
const pageFor = pagesFor(suite);

/** Files made for the uploads: a web page named guide.pdf, and a copy of the fixture named guide-v2.pdf. */
let filesDir;
let fakePdf;
let secondVersion;
before(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), 'observatory-documents-'));
  fakePdf = path.join(filesDir, 'guide.pdf');
  await writeFile(fakePdf, '<!DOCTYPE html>\n<html><head><title>Guide</title></head><body><p>Not a PDF.</p></body></html>\n');
  secondVersion = path.join(filesDir, 'guide-v2.pdf');
  await copyFile(FIXTURE, secondVersion);
});
after(async () => {
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

/** The entries of the document page's list of versions, newest first. */
function versions(page) {
  return page.locator('ol.timeline > li');
}

let admin;
let member;
let coordinator;
let groupId;
let documentsPath;
let documentPath;
let documentId;

describe("a group's documents, for its members and staff", () => {
  step('a member and a coordinator register', { timeout: TEST_TIMEOUT_MS }, async () => {
    member = await pageFor();
    await registerAndConfirm(suite, member, MEMBER);
    coordinator = await pageFor();
    await registerAndConfirm(suite, coordinator, COORDINATOR);
  });

  step('an admin creates a public group and adds a member and a coordinator', { timeout: TEST_TIMEOUT_MS }, async () => {
    admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await openStaffWorkspace(admin);
    await openStaffGroups(admin);
    groupId = await createGroup(admin, GROUP, 'Circles and peer mediation in secondary schools.', 'Listed publicly on the site');
    documentsPath = `/en/groups/${groupId}/documents`;

    for (const [person, role] of [
      [MEMBER, 'Member'],
      [COORDINATOR, 'Coordinator'],
    ]) {
      await admin.getByLabel('E-mail address of their account').fill(person.email);
      await admin.getByLabel('Role in the group').selectOption({ label: role });
      await clickAndLoad(admin, admin.getByRole('button', { name: 'Add to the group' }));
      await admin.getByText(`${person.name} <${person.email}> — ${role}`).waitFor();
    }
  });

  step('the member opens the documents and sends a web page named like a PDF', { timeout: TEST_TIMEOUT_MS }, async () => {
    await member.goto(localPath('en', `/groups/${groupId}`));
    await member.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await clickAndLoad(member, member.getByRole('link', { name: 'Documents of the group' }));
    assert.equal(pathOf(member), documentsPath);
    await member.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await member.getByText('No document has been shared yet.').waitFor();
    await member.getByRole('heading', { level: 2, name: 'Share a document' }).waitFor();
    await member.getByText('PDF, Word, OpenDocument or Office Open XML, up to 5 MB').waitFor();
    await auditPage(member, 'documents-list-empty');

    // No title and no file: both are asked for.
    await clickAndLoad(member, member.getByRole('button', { name: 'Share the document' }));
    assert.equal(pathOf(member), documentsPath);
    const summary = member.locator('.error-summary');
    await summary.getByRole('link', { name: 'Give the document a title.' }).waitFor();
    await summary.getByRole('link', { name: 'Choose the file to share.' }).waitFor();

    // A title, but a web page renamed guide.pdf: refused by what it is, the title kept.
    await member.getByLabel('Title').fill(TITLE);
    await member.getByLabel('File').setInputFiles(fakePdf);
    await clickAndLoad(member, member.getByRole('button', { name: 'Share the document' }));
    assert.equal(pathOf(member), documentsPath);
    const refusal = 'This file is not a PDF or office document. Choose one of those formats.';
    const file = member.getByLabel('File');
    await member.locator('.field').filter({ has: file }).getByText(refusal).waitFor();
    await member.locator('.error-summary').getByRole('link', { name: refusal }).waitFor();
    assert.equal(await file.getAttribute('aria-invalid'), 'true');
    assert.equal(await member.getByText('Give the document a title.').count(), 0, 'the title was given');
    assert.equal(await member.getByLabel('Title').inputValue(), TITLE, 'the title is kept');
    await member.getByText('No document has been shared yet.').waitFor();
    await auditPage(member, 'documents-list-error');
  });

  step('the member shares a PDF, lands on its page and downloads it', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal(await member.getByLabel('Title').inputValue(), TITLE);
    await member.getByLabel('File').setInputFiles(FIXTURE);
    await clickAndLoad(member, member.getByRole('button', { name: 'Share the document' }));
    documentPath = new URL(member.url()).pathname;
    documentId = new RegExp(`^/en/groups/${groupId}/documents/(\\d+)$`).exec(documentPath)?.[1];
    assert.ok(documentId, `the document was refused (${documentPath}): ${await member.locator('.error-summary').allInnerTexts()}`);
    await member.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await member.getByRole('heading', { level: 2, name: 'Versions' }).waitFor();
    assert.equal(await versions(member).count(), 1);
    const first = versions(member).first();
    await first.getByRole('link', { name: 'minimal.pdf' }).waitFor();
    await first.getByText('current version').waitFor();
    await first.getByText(`version 1 · ${MEMBER.name}`).waitFor();
    await member.getByRole('heading', { level: 2, name: 'Upload a new version' }).waitFor();

    const got = await download(member, first.getByRole('link', { name: 'minimal.pdf' }));
    assert.equal(got.name, 'minimal.pdf');
    assert.equal(got.start, '%PDF-', 'the file downloaded is the PDF sent');
    assert.equal(pathOf(member), documentPath, 'the download leaves the page where it is');

    // The list shows it, with its version, file and who shared it.
    await member.goto(documentsPath);
    const row = member.locator('ul.documents > li').filter({ hasText: TITLE });
    await row.getByRole('link', { name: TITLE }).waitFor();
    await row.getByText(`version 1 · minimal.pdf`).waitFor();
    await row.getByText(MEMBER.name).waitFor();
    assert.equal(await row.getByText('Output', { exact: true }).count(), 0, 'not an output yet');
  });

  step('the member uploads a second version, and may not mark outputs', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(member, member.getByRole('link', { name: TITLE }));
    assert.equal(pathOf(member), documentPath);
    await member.getByLabel('File').setInputFiles(secondVersion);
    await clickAndLoad(member, member.getByRole('button', { name: 'Upload the new version' }));
    assert.equal(
      pathOf(member),
      documentPath,
      `the version was refused: ${await member.locator('.error-summary').allInnerTexts()}`,
    );
    assert.equal(await versions(member).count(), 2);
    const [newest, older] = [versions(member).nth(0), versions(member).nth(1)];
    await newest.getByRole('link', { name: 'guide-v2.pdf' }).waitFor();
    await newest.getByText('current version').waitFor();
    await newest.getByText(`version 2 · ${MEMBER.name}`).waitFor();
    await older.getByRole('link', { name: 'minimal.pdf' }).waitFor();
    await older.getByText(`version 1 · ${MEMBER.name}`).waitFor();
    assert.equal(await older.getByText('current version').count(), 0, 'only the newest is current');
    assert.equal(await member.getByText('current version').count(), 1);

    assert.equal(await member.getByRole('heading', { name: 'Output of the group' }).count(), 0);
    assert.equal(await member.getByRole('button', { name: 'Mark as an output of the group' }).count(), 0, 'a member does not mark outputs');
    await auditPage(member, 'documents-document-two-versions');
  });

  step('the coordinator marks the document as an output of the group', { timeout: TEST_TIMEOUT_MS }, async () => {
    await coordinator.goto(localPath('en', `/groups/${groupId}`));
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'Documents of the group' }));
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: TITLE }));
    assert.equal(pathOf(coordinator), documentPath);
    await coordinator.getByRole('heading', { level: 2, name: 'Output of the group' }).waitFor();
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: 'Mark as an output of the group' }));
    assert.equal(pathOf(coordinator), documentPath);
    await coordinator.getByText("This document is one of the group's outputs").waitFor();
    await coordinator.getByRole('button', { name: 'No longer an output' }).waitFor();
    assert.equal(await coordinator.getByRole('button', { name: 'Mark as an output of the group' }).count(), 0);
    await auditPage(coordinator, 'documents-document-output');

    // The list shows the badge.
    await coordinator.goto(documentsPath);
    const row = coordinator.locator('ul.documents > li').filter({ hasText: TITLE });
    await row.getByText('Output', { exact: true }).waitFor();
    await row.getByText('version 2 · guide-v2.pdf').waitFor();
  });

  step('a visitor downloads the output from the public group page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const visitor = await pageFor();
    await visitor.goto(localPath('en', `/groups/${groupId}`));
    await visitor.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    assert.equal(await visitor.getByRole('link', { name: 'Documents of the group' }).count(), 0, 'the documents are for members');
    await visitor.getByRole('heading', { level: 2, name: 'Outputs of the group' }).waitFor();
    const output = visitor.getByRole('link', { name: TITLE });
    assert.equal(await output.getAttribute('href'), `/en/groups/${groupId}/outputs/${documentId}`);
    await auditPage(visitor, 'documents-public-outputs');

    const got = await download(visitor, output);
    assert.equal(got.name, 'guide-v2.pdf', 'the current version is downloaded');
    assert.equal(got.start, '%PDF-');
  });

  step('someone registered who is not a member gets 404, though the group is public', { timeout: TEST_TIMEOUT_MS }, async () => {
    const outsider = await pageFor();
    await registerAndConfirm(suite, outsider, OUTSIDER);
    await outsider.goto(localPath('en', `/groups/${groupId}`));
    await outsider.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    assert.equal(await outsider.getByRole('link', { name: 'Documents of the group' }).count(), 0, 'no link for non-members');
    for (const path of [documentsPath, documentPath, `${documentPath}/versions/1/file`]) {
      const response = await outsider.goto(path);
      assert.equal(response.status(), 404, `${path} is not found for a non-member`);
      assert.equal(await outsider.getByText('minimal.pdf').count(), 0, `${path} shows nothing of the documents`);
    }
  });
});
