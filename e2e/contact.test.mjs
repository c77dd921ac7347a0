// Browser test of the contact form: a visitor writes to the head office. On
// /en/contact, under the office's address, "Write to us" has a form: name,
// address, subject, message, an optional document and consent to the
// privacy policy. The visitor first sends it with a one-word message,
// without consent and with a PDF: refused (422), a summary with both
// problems and each next to its field, the name, address and subject still
// typed, and the document kept on the server, named, not to be chosen again.
// The visitor writes the message, agrees and sends it again without
// attaching anything: the message has been sent. The head office's address
// receives it, with the subject after "Contact page:", Reply-To the
// visitor's address and a link to the kept document; the visitor receives
// an acknowledgement. The forms refuse what is sent less than 3 s after the
// page was shown, so each send waits that long. axe-core audits the contact
// page, the refused form and the sent page.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  PDF,
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  clickAndLoad,
  localPath,
  pagesFor,
  pathOf,
  story,
  useServerAndBrowser,
  waitForMail,
  waitForMailWith,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const pageFor = pagesFor(suite);

/** The head office's address, where the messages go (the site's office settings). */
const OFFICE = 'oijj@oijj.org';
const SENDER = { name: 'Aroha Ngata', email: 'aroha.ngata@example.org' };
const SUBJECT = 'Restorative circles in secondary schools';
const MESSAGE =
  'We run restorative circles in three secondary schools and would like to compare our results with the observatory.\n\nCould someone from the head office tell us whom to write to?';
const CONSENT = 'I agree that the observatory keeps my name, address and message to answer me, as the privacy policy says.';
const MESSAGE_SHORT = 'Write your message: at least a sentence.';
const CONSENT_MISSING = 'To send a message you need to accept the privacy policy.';
/** The public forms refuse what is sent less than 3 s after the page was shown. */
const MINIMUM_FILL_MS = 3_500;

let visitor;
/** When the form the visitor fills in was shown. */
let shownAt;

/** Waits, if need be, until the form shown at `shownAt` may be sent. */
async function waitToSend(page) {
  await page.waitForTimeout(Math.max(0, MINIMUM_FILL_MS - (Date.now() - shownAt)));
}

/** The form under "Write to us", named by that heading. */
function contactForm(page) {
  return page.getByRole('form', { name: 'Write to us' });
}

/** Sends the form and returns the status the server answered the POST with. */
async function send(page) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, contactForm(page).getByRole('button', { name: 'Send the message', exact: true }));
  return (await answered).status();
}

/** The raw header block of the mail to `address` whose subject is `subject` (ASCII), read from the .eml files. */
async function rawHeaders(address, subject) {
  const dir = path.join(suite.server.dataDir, 'mail');
  for (const file of (await readdir(dir)).filter((entry) => entry.endsWith('.eml'))) {
    const raw = await readFile(path.join(dir, file), 'utf8');
    const headers = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
    const to = /^To:\s*(.*)$/im.exec(headers)?.[1] ?? '';
    if (to.toLowerCase().includes(address) && headers.includes(subject)) return headers;
  }
  assert.fail(`no mail to ${address} with the subject "${subject}"`);
}

describe('the contact form: a visitor writes to the head office', () => {
  step('the contact page has, under the address, a form to write to us', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor();
    await visitor.goto(localPath('en', '/contact'));
    await acceptCookies(visitor);
    shownAt = Date.now();
    const main = visitor.locator('main');
    await main.getByRole('link', { name: OFFICE, exact: true }).waitFor();
    const heading = main.getByRole('heading', { level: 2, name: 'Write to us' });
    await heading.waitFor();
    // Under the office's address.
    const address = await main.locator('address').first().boundingBox();
    const headingBox = await heading.boundingBox();
    assert.ok(address && headingBox && headingBox.y > address.y, 'the form comes after the address');

    const form = contactForm(visitor);
    for (const [label, id] of [
      ['Your name', 'name'],
      ['Your e-mail address', 'email'],
      ['Subject', 'subject'],
      ['Your message', 'message'],
      ['A document (optional)', 'attachment'],
      [CONSENT, 'consent'],
    ]) {
      assert.equal(await form.getByLabel(label, { exact: true }).getAttribute('id'), id, `the field "${label}"`);
    }
    const accepted = await form.locator('#attachment').getAttribute('accept');
    assert.ok(accepted.split(',').includes('.pdf'), `the document field accepts PDF: ${accepted}`);
    assert.equal(await form.getByRole('checkbox', { name: CONSENT }).isChecked(), false);
    await form.getByRole('button', { name: 'Send the message', exact: true }).waitFor();
    await auditPage(visitor, 'contact-page');
  });

  step('sent with a one-word message, without consent and with a PDF, the form is refused, what was typed and the PDF kept', { timeout: TEST_TIMEOUT_MS }, async () => {
    const form = contactForm(visitor);
    await form.getByLabel('Your name', { exact: true }).fill(SENDER.name);
    await form.getByLabel('Your e-mail address', { exact: true }).fill(SENDER.email);
    await form.getByLabel('Subject', { exact: true }).fill(SUBJECT);
    await form.getByLabel('Your message', { exact: true }).fill('Hi');
    await form.getByLabel('A document (optional)', { exact: true }).setInputFiles(PDF);
    await waitToSend(visitor);
    assert.equal(await send(visitor), 422);
    shownAt = Date.now();
    assert.equal(pathOf(visitor), localPath('en', '/contact'));

    const summary = visitor.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    const problems = (await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(problems, [MESSAGE_SHORT, CONSENT_MISSING]);
    assert.equal(await summary.getByRole('link', { name: MESSAGE_SHORT }).getAttribute('href'), '#message');
    assert.equal(await summary.getByRole('link', { name: CONSENT_MISSING }).getAttribute('href'), '#consent');
    // Each problem next to its field, which it describes.
    assert.equal((await visitor.locator('#message-error').innerText()).trim(), MESSAGE_SHORT);
    assert.equal(await visitor.locator('#message').getAttribute('aria-invalid'), 'true');
    assert.equal((await visitor.locator('#consent-error').innerText()).trim(), CONSENT_MISSING);
    assert.equal(await visitor.locator('#consent').getAttribute('aria-describedby'), 'consent-error');

    // What was typed is still there, and the document is kept, not to be chosen again.
    assert.equal(await visitor.locator('#name').inputValue(), SENDER.name);
    assert.equal(await visitor.locator('#email').inputValue(), SENDER.email);
    assert.equal(await visitor.locator('#subject').inputValue(), SUBJECT);
    assert.equal(await visitor.locator('#message').inputValue(), 'Hi');
    const kept = contactForm(visitor).getByText('This document is kept with your message:');
    await kept.waitFor();
    assert.equal((await kept.innerText()).trim(), `This document is kept with your message: ${PDF.name}`);
    assert.equal(await visitor.locator('#attachment').evaluate((input) => input.files.length), 0, 'nothing to choose again');
    await auditPage(visitor, 'contact-refused');
  });

  step('with the message written and consent given, sent without attaching again, the message is sent', { timeout: TEST_TIMEOUT_MS }, async () => {
    const form = contactForm(visitor);
    await form.getByLabel('Your message', { exact: true }).fill(MESSAGE);
    await form.getByRole('checkbox', { name: CONSENT }).check();
    await waitToSend(visitor);
    assert.equal(await send(visitor), 303, `sent: ${await visitor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(visitor), localPath('en', '/contact/sent'));
    await visitor.getByRole('heading', { level: 1, name: 'Your message has been sent' }).waitFor();
    await visitor.getByRole('status').filter({ hasText: 'The head office has received your message' }).waitFor();
    await auditPage(visitor, 'contact-sent');
  });

  step('the head office receives the message, answering it answers the visitor, who is acknowledged', { timeout: TEST_TIMEOUT_MS }, async () => {
    const office = await waitForMailWith(suite.server, OFFICE, SUBJECT);
    assert.equal(office.subject, `Contact page: ${SUBJECT}`);
    assert.ok(office.text.includes(`${SENDER.name} (${SENDER.email}) wrote through the contact page`), `the sender in:\n${office.text}`);
    assert.ok(office.text.includes('Could someone from the head office tell us whom to write to?'), 'the message in the mail');
    // The kept document, as a link for the staff.
    assert.match(office.text, /https?:\/\/\S+\/en\/staff\/messages\/\d+\/file/);
    const headers = await rawHeaders(OFFICE, SUBJECT);
    const replyTo = /^Reply-To:\s*(.*)$/im.exec(headers)?.[1] ?? '';
    assert.ok(replyTo.includes(SENDER.email), `Reply-To the sender: "${replyTo}"`);

    const acknowledgement = await waitForMail(suite.server, SENDER.email, 1);
    assert.equal(acknowledgement.subject, 'We have received your message');
    assert.ok(!acknowledgement.text.includes(SUBJECT), 'the acknowledgement repeats nothing typed but the name');
  });
});
