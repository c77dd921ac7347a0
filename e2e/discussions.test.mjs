// Browser test of a working group's discussions: an admin (every role)
// creates a public group and adds two members, one who registered in
// English and one in Spanish. The English member opens the discussions
// from the group's page, forgets the subject first, then starts a thread
// in Markdown (bold, a list, a link, a javascript: link and a <script>
// line, which must stay text); the Spanish member hears of it by mail in
// Spanish, replies from the group's page, corrects the reply, and stops
// the mails from the mail's link. Someone registered but not a member gets
// 404, even though the group is public. axe-core audits every page.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  createGroup,
  linkIn,
  localPath,
  logIn,
  openStaffGroups,
  openStaffWorkspace,
  pagesFor,
  pathOf,
  registerAndConfirm,
  story,
  useServerAndBrowser,
  waitForMailWith,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const ADMIN = { email: 'discussions-admin@example.org', password: 'lantern harbour saffron eight' };
const AUTHOR = { name: 'Grace Okafor', email: 'grace.okafor@example.org', password: 'orchard copper meadow twenty' };
const REPLIER = { name: 'Lucía Ferrer', email: 'lucia.ferrer@example.org', password: 'violeta rio candil catorce' };
const OUTSIDER = { name: 'Tomas Berg', email: 'tomas.berg@example.org', password: 'kettle amber violin sixty' };
const GROUP = 'Restorative circles in prisons';
const SUBJECT = 'Planning the spring term';
const BODY = [
  'We meet on **Thursday at ten** to plan the term.',
  '',
  '- Read the draft guide',
  '- Bring two cases from your practice',
  '',
  'The [agenda](https://example.org/agenda) is online; ignore [this trick](javascript:alert(2)).',
  '',
  '<script>alert(1)</script>',
].join('\n');
const REPLY = 'Gracias, Grace. Llevaré dos casos de mediación en Valencia.';
const CORRECTED = 'Gracias, Grace. Llevaré **tres** casos de mediación en Valencia.';
const newPage = pagesFor(suite);

/** Dialogs any page opened: a post's text must never run as script. */
const dialogs = [];
/** A page in a fresh context whose dialogs are noted and dismissed. */
async function pageFor(options = {}) {
  const page = await newPage(options);
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
    await dialog.dismiss().catch(() => {});
  });
  return page;
}

function assertNoDialog() {
  assert.deepEqual(dialogs, [], 'no script written in a post may run');
}

/** The entry of a post in the thread, found by words of its text. */
function postWith(page, text) {
  return page.locator('ol.posts > li').filter({ hasText: text });
}

let admin;
let author;
let replier;
let groupId;
let threadPath; // English, as the author was sent there
let stopMail;

describe("a group's discussions, for its members and staff", () => {
  step('two people register, one in English and one in Spanish', { timeout: TEST_TIMEOUT_MS }, async () => {
    author = await pageFor();
    await registerAndConfirm(suite, author, AUTHOR);
    replier = await pageFor({ locale: 'es-ES' });
    await registerAndConfirm(suite, replier, REPLIER, 'es');
  });

  step('an admin creates a public group and adds both as members', { timeout: TEST_TIMEOUT_MS }, async () => {
    admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await openStaffWorkspace(admin);
    await openStaffGroups(admin);
    groupId = await createGroup(admin, GROUP, 'Circles and victim-offender dialogue inside prisons.', 'Listed publicly on the site');

    for (const person of [AUTHOR, REPLIER]) {
      await admin.getByLabel('E-mail address of their account').fill(person.email);
      await admin.getByLabel('Role in the group').selectOption({ label: 'Member' });
      await clickAndLoad(admin, admin.getByRole('button', { name: 'Add to the group' }));
      await admin.getByText(`${person.name} <${person.email}> — Member`).waitFor();
    }
  });

  step('a member opens the discussions from the group page and forgets the subject', { timeout: TEST_TIMEOUT_MS }, async () => {
    await author.goto(localPath('en', `/groups/${groupId}`));
    await author.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await clickAndLoad(author, author.getByRole('link', { name: 'Discussions of the group' }));
    assert.equal(pathOf(author), `/en/groups/${groupId}/discussions`);
    await author.getByRole('heading', { level: 1, name: 'Discussions' }).waitFor();
    await author.getByText('No discussion has been started yet.').waitFor();
    await author.getByRole('heading', { level: 2, name: 'Start a discussion' }).waitFor();
    await author.getByText('Simple formatting works: **bold**, *italics*').waitFor();

    // A member chooses their mails; each post is the default.
    await author.getByRole('heading', { level: 2, name: 'Mails' }).waitFor();
    assert.ok(await author.getByLabel('Send me each new post by mail').isChecked(), 'each post, unless chosen otherwise');
    assert.equal(await author.getByLabel('Send me nothing').isChecked(), false);
    await auditPage(author, 'discussions-list-empty');
    await clickAndLoad(author, author.getByRole('button', { name: 'Save my choice' }));
    assert.equal(pathOf(author), `/en/groups/${groupId}/discussions?saved=true`);
    await author.getByRole('status').getByText('Your choice of mails has been saved.').waitFor();
    assert.ok(await author.getByLabel('Send me each new post by mail').isChecked(), 'the choice is kept');

    // No subject: the page comes back with the message, the text kept.
    await author.getByLabel('Your text').fill(BODY);
    await clickAndLoad(author, author.getByRole('button', { name: 'Start the discussion' }));
    assert.equal(pathOf(author), `/en/groups/${groupId}/discussions`);
    const subject = author.getByLabel('Subject');
    await author.locator('.field').filter({ has: subject }).getByText('Give the discussion a subject.').waitFor();
    await author.locator('.error-summary').getByRole('link', { name: 'Give the discussion a subject.' }).waitFor();
    assert.equal(await subject.getAttribute('aria-invalid'), 'true');
    assert.equal(await author.getByLabel('Your text').inputValue(), BODY, 'the text is kept');
    await auditPage(author, 'discussions-list-errors');
    assertNoDialog();
  });

  step('the member starts the discussion: Markdown shown safely', { timeout: TEST_TIMEOUT_MS }, async () => {
    await author.getByLabel('Subject').fill(SUBJECT);
    await clickAndLoad(author, author.getByRole('button', { name: 'Start the discussion' }));
    threadPath = new URL(author.url()).pathname;
    assert.match(
      threadPath,
      new RegExp(`^/en/groups/${groupId}/discussions/\\d+$`),
      `the discussion was refused: ${await author.locator('.error-summary').allInnerTexts()}`,
    );
    await author.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    const post = postWith(author, 'to plan the term');
    assert.equal(await author.locator('ol.posts > li').count(), 1);
    await post.getByText(AUTHOR.name).waitFor();

    // **bold** is strong; the list is a list; the link is a real link.
    assert.equal((await post.locator('.message-body strong').innerText()).trim(), 'Thursday at ten');
    assert.deepEqual(await post.locator('.message-body li').allInnerTexts(), [
      'Read the draft guide',
      'Bring two cases from your practice',
    ]);
    const agenda = post.getByRole('link', { name: 'agenda', exact: true });
    assert.equal(await agenda.getAttribute('href'), 'https://example.org/agenda');
    // The javascript: link keeps its words only.
    await post.getByText('this trick').waitFor();
    assert.equal(await post.getByRole('link', { name: 'this trick' }).count(), 0, 'a javascript: link is dropped');
    assert.equal(await post.locator('a[href^="javascript:" i]').count(), 0);
    // The <script> line is shown as the text it is, not run.
    await post.getByText('<script>alert(1)</script>').waitFor({ state: 'visible' });
    assert.equal(await post.locator('.message-body script').count(), 0, 'no script element in the post');

    await post.getByRole('link', { name: 'Correct my post' }).waitFor();
    await author.getByLabel('Your reply').waitFor();
    await author.getByRole('button', { name: 'Send the reply' }).waitFor();
    await auditPage(author, 'discussions-thread');

    // The list shows the thread, with its author and one post.
    await clickAndLoad(author, author.getByRole('link', { name: `← Discussions · ${GROUP}` }));
    const row = author.locator('ul.threads > li').filter({ hasText: SUBJECT });
    await row.getByRole('link', { name: SUBJECT }).waitFor();
    await row.getByText(AUTHOR.name).waitFor();
    await row.getByText('one post').waitFor();
    await auditPage(author, 'discussions-list-thread');
    assertNoDialog();
  });

  step('staff read the discussions; staff who are not members choose no mails', { timeout: TEST_TIMEOUT_MS }, async () => {
    await admin.goto(localPath('en', `/groups/${groupId}`));
    await clickAndLoad(admin, admin.getByRole('link', { name: 'Discussions of the group' }));
    await admin.getByRole('link', { name: SUBJECT }).waitFor();
    assert.equal(await admin.getByRole('heading', { name: 'Mails' }).count(), 0, 'the mails are a member’s choice');
    await clickAndLoad(admin, admin.getByRole('link', { name: SUBJECT }));
    assert.equal(await admin.getByRole('link', { name: 'Correct my post' }).count(), 0, 'only the author corrects a post');
    assertNoDialog();
  });

  step('the other member hears of it by mail, in Spanish', { timeout: TEST_TIMEOUT_MS }, async () => {
    stopMail = await waitForMailWith(suite.server, REPLIER.email, 'to plan the term');
    assert.equal(stopMail.subject, `${GROUP}: ${SUBJECT}`);
    assert.ok(
      stopMail.text.includes(`${AUTHOR.name} ha escrito en la discusión «${SUBJECT}»`),
      `a Spanish mail naming the author and the discussion:\n${stopMail.text}`,
    );
    assert.ok(stopMail.text.includes('Para dejar de recibir un correo por cada mensaje de este grupo'), 'the mail says how to stop');
    const stop = linkIn(stopMail, '/notifications/stop');
    assert.match(stop, new RegExp(`^/es/grupos/${groupId}/notifications/stop\\?user=\\d+&signature=[^&]+$`));
  });

  step('the Spanish member replies from the group page and corrects the reply', { timeout: TEST_TIMEOUT_MS }, async () => {
    await replier.goto(localPath('es', `/groups/${groupId}`));
    await replier.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await clickAndLoad(replier, replier.getByRole('link', { name: 'Discusiones del grupo' }));
    assert.equal(pathOf(replier), `${localPath('es', `/groups/${groupId}`)}/discussions`);
    await replier.getByRole('heading', { level: 1, name: 'Discusiones' }).waitFor();
    const row = replier.locator('ul.threads > li').filter({ hasText: SUBJECT });
    await row.getByText('un mensaje').waitFor();
    await clickAndLoad(replier, row.getByRole('link', { name: SUBJECT }));
    const threadPathEs = new URL(replier.url()).pathname;
    assert.equal(threadPathEs, threadPath.replace(/^\/en\/groups\//, `${localPath('es', '/groups')}/`));
    await replier.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    assert.equal(await replier.getByRole('link', { name: 'Corregir mi mensaje' }).count(), 0, 'another’s post is not mine to correct');

    await replier.getByLabel('Su respuesta').fill(REPLY);
    await clickAndLoad(replier, replier.getByRole('button', { name: 'Enviar la respuesta' }));
    assert.equal(new URL(replier.url()).pathname, threadPathEs);
    assert.match(new URL(replier.url()).hash, /^#post-\d+$/, 'the reply is shown where it is');
    assert.equal(await replier.locator('ol.posts > li').count(), 2);
    const mine = postWith(replier, 'Llevaré dos casos');
    await mine.getByText(REPLIER.name).waitFor();
    assert.equal(await replier.getByRole('link', { name: 'Corregir mi mensaje' }).count(), 1, 'one post of mine to correct');

    await clickAndLoad(replier, mine.getByRole('link', { name: 'Corregir mi mensaje' }));
    assert.match(pathOf(replier), new RegExp(`^${threadPathEs}/posts/\\d+/edit$`));
    await replier.getByRole('heading', { level: 1, name: 'Corregir mi mensaje' }).waitFor();
    await replier.getByText('Un mensaje puede corregirse durante los 30 minutos siguientes a su envío.').waitFor();
    const text = replier.getByLabel('Su texto');
    assert.equal(await text.inputValue(), REPLY, 'the post to correct is in the field');
    await auditPage(replier, 'discussions-edit');
    await text.fill(CORRECTED);
    await clickAndLoad(replier, replier.getByRole('button', { name: 'Guardar la corrección' }));
    assert.equal(new URL(replier.url()).pathname, threadPathEs);
    const corrected = postWith(replier, 'casos de mediación');
    assert.equal((await corrected.locator('.message-body strong').innerText()).trim(), 'tres');
    await corrected.locator('.message-meta').getByText('corregido').waitFor();
    assert.equal(await replier.getByText('Llevaré dos casos').count(), 0, 'the correction replaces the text');
    await auditPage(replier, 'discussions-thread-es');

    // Back on the list: two posts.
    await replier.goto(`${localPath('es', `/groups/${groupId}`)}/discussions`);
    await replier.locator('ul.threads > li').filter({ hasText: SUBJECT }).getByText('2 mensajes').waitFor();
    assertNoDialog();
  });

  step('the first member hears of the reply in English, not of their own post', { timeout: TEST_TIMEOUT_MS }, async () => {
    const mail = await waitForMailWith(suite.server, AUTHOR.email, 'wrote in the discussion');
    assert.equal(mail.subject, `${GROUP}: ${SUBJECT}`);
    assert.ok(mail.text.includes(`${REPLIER.name} wrote in the discussion "${SUBJECT}"`), `an English mail:\n${mail.text}`);
    assert.ok(mail.text.includes('Llevaré dos casos'), 'the mail carries the reply as it was sent');
    assert.ok(!mail.text.includes('to plan the term'), 'no mail of one’s own post');
  });

  step('the Spanish member stops the mails from the link in the mail', { timeout: TEST_TIMEOUT_MS }, async () => {
    await replier.goto(linkIn(stopMail, '/notifications/stop'));
    await replier.getByRole('heading', { level: 1, name: 'Dejar de recibir los correos de las discusiones de un grupo' }).waitFor();
    await replier.getByText(GROUP, { exact: true }).waitFor();
    await auditPage(replier, 'discussions-stop');
    await clickAndLoad(replier, replier.getByRole('button', { name: 'Dejar de recibir estos correos' }));
    await replier.getByRole('status').getByText('Hecho: ya no recibirá estos correos.').waitFor();
    assert.equal(await replier.getByRole('button', { name: 'Dejar de recibir estos correos' }).count(), 0);
    await auditPage(replier, 'discussions-stopped');

    // The discussions page shows the choice changed.
    await replier.goto(`${localPath('es', `/groups/${groupId}`)}/discussions`);
    assert.ok(await replier.getByLabel('No enviarme nada').isChecked(), 'the mails are stopped');
    assert.equal(await replier.getByLabel('Enviarme cada nuevo mensaje por correo').isChecked(), false);
    assertNoDialog();
  });

  step('someone registered who is not a member gets 404, though the group is public', { timeout: TEST_TIMEOUT_MS }, async () => {
    const outsider = await pageFor();
    await registerAndConfirm(suite, outsider, OUTSIDER);
    await outsider.goto(localPath('en', `/groups/${groupId}`));
    await outsider.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    assert.equal(await outsider.getByRole('link', { name: 'Discussions of the group' }).count(), 0, 'no link for non-members');
    for (const path of [`/en/groups/${groupId}/discussions`, threadPath]) {
      const response = await outsider.goto(path);
      assert.equal(response.status(), 404, `${path} is not found for a non-member`);
      assert.equal(await outsider.getByText(SUBJECT).count(), 0, `${path} shows nothing of the discussion`);
    }
    assertNoDialog();
  });
});
