// Browser test of safeguarding children's details: an anonymous visitor
// types a child's name and age in a proposal, is warned before anything is
// sent, reaches the confirmation box with the keyboard and confirms; the
// proposal is stored with the name hidden, confirmed from the mail. A
// Spanish sender is warned in Spanish and confirms too; a French sender is
// warned and takes the name out instead. An editor assigns an evaluator,
// who reads the proposal with the mark and never the name; the editor sees
// the hidden details listed, and shows one only after giving a reason. The
// submitter's reply on the status page is warned and hidden the same way.
// The editors' report counts it all by month and lists the reason. No mail
// ever carries the child's name. axe-core audits every page of the flow.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  MINIMUM_FILL_MS,
  NAVIGATION_TIMEOUT_MS,
  PDF,
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  clickAndLoad,
  createAdmin,
  linkIn,
  localPath,
  logIn,
  pagesFor,
  pathOf,
  registerAndConfirm,
  sendProposal,
  setRoles,
  story,
  useServerAndBrowser,
  waitForMail,
  waitForMailWith,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const pageFor = pagesFor(suite);

const ADMIN = { email: 'safeguarding-admin@example.org', password: 'beacon willow quartz seven' };
const EDITOR = { name: 'Amara Nwosu', email: 'amara.nwosu@example.org', password: 'cobalt lantern river ninety' };
const EVALUATOR = { name: 'Jonas Keller', email: 'jonas.keller@example.org', password: 'thistle anchor morning five' };

const CHILD = 'Tom Baker';
const MARK = '[name of a child]';
const EN = {
  name: 'Helen Marsh',
  email: 'helen.marsh@example.org',
  title: 'Mentoring circles for young people leaving custody',
  specialisation: 'Youth worker in restorative practice since 2010.',
  description: `We met ${CHILD}, 14, at the youth centre. We propose mentoring circles with trained volunteers for young people leaving custody.`,
  reply: `${CHILD}, 14, now comes to the circle every week.`,
};
const CHILD_ES = 'Lucía Pérez';
const MARK_ES = '[nombre de un niño o niña]';
const ES = {
  name: 'Rosa Quispe',
  email: 'rosa.quispe@example.org',
  title: 'Acompañamiento a adolescentes en Arequipa',
  specialisation: 'Trabajadora social en justicia juvenil desde 2008.',
  description: `Acompañamos a ${CHILD_ES}, de 14 años, en Arequipa. Proponemos un programa de mentoría para adolescentes que salen de un centro juvenil.`,
};
const SECOND_CHILD_ES = 'Mateo Rojas';
/** The Spanish text changed after the box was ticked: a second child named. */
const CHANGED_ES = `${ES.description} También a ${SECOND_CHILD_ES}, de 12 años.`;
const CHILD_FR = 'Hugo Martin';
const FR = {
  name: 'Claire Dubois',
  email: 'claire.dubois@example.org',
  title: 'Ateliers de médiation pour adolescents',
  specialisation: 'Médiatrice pénale pour mineurs depuis 2012.',
  description: `Nous avons accompagné ${CHILD_FR}, 15 ans, à Lyon. Nous proposons des ateliers de médiation pour les adolescents suivis par la justice.`,
  edited: 'Nous avons accompagné un adolescent à Lyon. Nous proposons des ateliers de médiation pour les adolescents suivis par la justice.',
};
const REASON = 'To check the child’s age before deciding on the proposal.';

const SUBMIT = 'main form button[type="submit"]';
const WARNING = 'section.safeguarding-warning';
const CONFIRM_BOX = '#safeguarding-confirm';

let admin;
let editor;
let evaluator;
let submitterEn;
let referenceEn;
let referenceEs;
let reviewPathEn; // /en/staff/proposals/{id}, the English proposal's staff page
let revealPath; // /en/staff/safeguarding/details/{n}?back=…

/**
 * Clicks something that posts a form and waits for the new document; returns
 * the POST's own answer (200 for a page shown again, 303 for a redirection,
 * 422 for a refusal).
 */
async function postAndLoad(page, locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST', {
    timeout: NAVIGATION_TIMEOUT_MS,
  });
  await clickAndLoad(page, locator);
  return answered;
}

/** The same, pressing `key` on what has the focus; returns the POST's status. */
async function pressAndLoad(page, key) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST', {
    timeout: NAVIGATION_TIMEOUT_MS,
  });
  const loaded = page.waitForEvent('load', { timeout: NAVIGATION_TIMEOUT_MS });
  await page.keyboard.press(key);
  await loaded;
  return (await answered).status();
}

/** Posts the form of `locator` and returns the answer's status. */
async function statusOfPost(page, locator) {
  return (await postAndLoad(page, locator)).status();
}

/** What the focused element is, as a short selector ("section.safeguarding-warning", "input#safeguarding-confirm"). */
async function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    return `${element.tagName.toLowerCase()}${id}${classes}`;
  });
}

/** Decodes a quoted-printable text (soft line breaks, =XX bytes as UTF-8). */
function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/** Every mail the server wrote so far, decoded: { name, to, text }. */
async function allMails() {
  const dir = path.join(suite.server.dataDir, 'mail');
  let names;
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.eml'));
  } catch {
    return [];
  }
  const mails = [];
  for (const name of names) {
    const raw = await readFile(path.join(dir, name), 'utf8');
    const to = /^To:\s*(.*)$/im.exec(raw)?.[1] ?? '';
    mails.push({ name, to, text: `${raw}\n${decodeQuotedPrintable(raw)}` });
  }
  return mails;
}

/** Fills in the collaboration form of `lang` for an individual sending `sender`'s texts. */
async function fillProposal(page, sender, lang, country) {
  await page.goto(localPath(lang, '/collaborate'));
  await acceptCookies(page);
  await page.locator('#account_type-individual').check();
  await page.locator('#full_name').fill(sender.name);
  await page.locator('#country').selectOption(country);
  await page.locator(`#languages-${lang}`).check();
  await page.locator('#lines-restorative-justice').check();
  await page.locator('#email').fill(sender.email);
  await page.locator('#specialisation').fill(sender.specialisation);
  await page.locator('#title').fill(sender.title);
  await page.locator('#description').fill(sender.description);
  await page.locator('#collaboration_kind-working-group').check();
  await page.locator('#consent').check();
  await page.waitForTimeout(MINIMUM_FILL_MS);
}

/**
 * Checks the form came back warned, as it was typed, and nothing else:
 * returns the warning's findings as the sender reads them.
 */
async function assertWarned(page, lang, sender, { title, confirm }) {
  assert.equal(pathOf(page), localPath(lang, '/collaborate'), 'the form is shown again, at its own address');
  const warning = page.locator(WARNING);
  await warning.getByRole('heading', { level: 2, name: title }).waitFor();
  assert.equal(await page.locator('.error-summary').count(), 0, 'a warning is a question, not an error');
  // Everything typed is kept, the consent included.
  assert.equal(await page.locator('#full_name').inputValue(), sender.name);
  assert.equal(await page.locator('#email').inputValue(), sender.email);
  assert.equal(await page.locator('#title').inputValue(), sender.title);
  assert.equal(await page.locator('#specialisation').inputValue(), sender.specialisation);
  assert.equal(await page.locator('#description').inputValue(), sender.description);
  assert.ok(await page.locator('#collaboration_kind-working-group').isChecked(), 'the kind of collaboration is kept');
  assert.ok(await page.locator('#consent').isChecked(), 'the consent is kept');
  // The confirmation box: unticked, labelled, just above the form's buttons.
  const box = page.getByLabel(confirm);
  assert.equal(await box.getAttribute('id'), 'safeguarding-confirm');
  assert.equal(await box.getAttribute('name'), 'safeguarding_confirmation');
  assert.equal(await box.isChecked(), false, 'the box is never ticked for the sender');
  assert.ok(
    await page.locator(CONFIRM_BOX).evaluate((input) => {
      const field = input.closest('.field');
      return field?.closest('form')?.id === 'proposal-form' && field.nextElementSibling?.classList.contains('form-actions');
    }),
    'the box is in the form, just above its buttons',
  );
  return (await warning.locator('li').allInnerTexts()).map((text) => text.trim());
}

describe('safeguarding a child’s details, from the sender to the editors', () => {
  step('a visitor types a child’s name and age in a proposal and is warned before anything is sent', { timeout: TEST_TIMEOUT_MS }, async () => {
    submitterEn = await pageFor();
    await fillProposal(submitterEn, EN, 'en', 'GB');
    await submitterEn.locator('#attachment').setInputFiles(PDF);
    const status = await statusOfPost(submitterEn, submitterEn.locator(SUBMIT));
    assert.equal(status, 200, 'a warning is a page shown again, not a refusal');
    const findings = await assertWarned(submitterEn, 'en', EN, {
      title: 'Before you send: details that may identify a child',
      confirm: 'Send it with these details hidden: I have checked them, and they are needed.',
    });
    assert.equal(findings.length, 1, `one finding: ${JSON.stringify(findings)}`);
    assert.ok(
      findings[0].startsWith(`Description of the proposal: “${CHILD}” — looks like the name of a child`),
      `the finding names the field, the words and why: ${findings[0]}`,
    );
    await submitterEn.getByText('We kept the file you sent:').waitFor();
    await submitterEn.locator('#attachment-kept').getByText(PDF.name).waitFor();
    const toBox = submitterEn.locator(WARNING).getByRole('link', { name: 'Go to the confirmation box' });
    assert.equal(await toBox.getAttribute('href'), '#safeguarding-confirm');
    // The warning has the focus as the page loads, so it is read first.
    assert.equal(await focused(submitterEn), 'section.safeguarding-warning');
    assert.deepEqual(await allMails(), [], 'nothing was sent, so no mail either');
    await auditPage(submitterEn, 'safeguarding-form-warned');
  });

  step('with the keyboard only, the sender goes to the box, ticks it and sends the proposal', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = submitterEn;
    // From the focused warning, the first Tab reaches its link to the box.
    await page.keyboard.press('Tab');
    const reached = await page
      .locator(WARNING)
      .getByRole('link', { name: 'Go to the confirmation box' })
      .evaluate((link) => link === document.activeElement);
    assert.ok(reached, `Tab from the warning reaches "Go to the confirmation box" (focus on ${await focused(page)})`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#safeguarding-confirm', null, { timeout: 5_000 });
    const box = page.locator(CONFIRM_BOX);
    await box.waitFor({ state: 'visible' });
    assert.ok(
      await box.evaluate((input) => {
        const { top, bottom } = input.getBoundingClientRect();
        return top >= 0 && bottom <= window.innerHeight;
      }),
      'the box is scrolled into view',
    );
    // Following the link moves the focus to the box itself.
    assert.equal(await focused(page), 'input#safeguarding-confirm', 'the keyboard is on the confirmation box');
    await page.keyboard.press('Space');
    assert.ok(await box.isChecked(), 'Space ticks the box');
    await page.keyboard.press('Tab');
    assert.equal(
      (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim(),
      'Send my proposal',
      'the next stop after the box is the form’s usual button',
    );
    const status = await pressAndLoad(page, 'Enter');
    assert.equal(status, 303, 'the confirmed proposal is taken');
    assert.equal(
      new URL(page.url()).pathname,
      '/en/collaborate/sent',
      `the form was refused: ${await page.locator('.error-summary, .safeguarding-warning').allInnerTexts()}`,
    );
    referenceEn = (await page.locator('.reference strong').innerText()).trim();
    assert.match(referenceEn, /^COL-\d{4}-\d{5}$/);
    await auditPage(page, 'safeguarding-sent');
  });

  step('the sender confirms from the mail and reads the proposal with the name hidden', { timeout: TEST_TIMEOUT_MS }, async () => {
    const confirmation = await waitForMail(suite.server, EN.email, 1);
    await submitterEn.goto(linkIn(confirmation, '/en/collaborate/confirm'));
    await clickAndLoad(submitterEn, submitterEn.locator(SUBMIT));
    assert.equal(new URL(submitterEn.url()).pathname, '/en/collaborate/status');
    await submitterEn.getByText('Received', { exact: true }).waitFor();
    const description = submitterEn.locator('section[aria-labelledby="what-you-sent"] .message-body');
    assert.equal(
      (await description.innerText()).trim(),
      EN.description.replace(CHILD, MARK),
      'the proposal is stored with the name replaced by the mark',
    );
    assert.equal(await submitterEn.getByText(CHILD).count(), 0, 'the name is nowhere on the page');
    await auditPage(submitterEn, 'safeguarding-status');
  });

  step('a Spanish sender is warned in Spanish and confirms', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await pageFor({ locale: 'es-ES' });
    await fillProposal(page, ES, 'es', 'PE');
    const status = await statusOfPost(page, page.locator(SUBMIT));
    assert.equal(status, 200);
    const findings = await assertWarned(page, 'es', ES, {
      title: 'Antes de enviar: datos que pueden identificar a un niño o niña',
      confirm: 'Enviar con estos datos ocultos: los he revisado y son necesarios.',
    });
    assert.equal(findings.length, 1, `one finding: ${JSON.stringify(findings)}`);
    assert.ok(
      findings[0].startsWith(`Descripción de la propuesta: «${CHILD_ES}» — parece el nombre de un niño o niña`),
      `a Spanish finding: ${findings[0]}`,
    );
    const toBox = page.locator(WARNING).getByRole('link', { name: 'Ir a la casilla de confirmación' });
    assert.equal(await toBox.getAttribute('href'), '#safeguarding-confirm');
    await auditPage(page, 'safeguarding-form-warned-es');

    await toBox.click(); // a link within the page: no new document
    await page.waitForFunction(() => window.location.hash === '#safeguarding-confirm', null, { timeout: 5_000 });
    const box = page.getByLabel('Enviar con estos datos ocultos: los he revisado y son necesarios.');
    await box.check();

    // The box confirms the texts as they were read: changed since, they are read again.
    await page.locator('#description').fill(CHANGED_ES);
    assert.equal(await statusOfPost(page, page.locator(SUBMIT)), 200, 'warned again, not sent');
    const again = await assertWarned(page, 'es', { ...ES, description: CHANGED_ES }, {
      title: 'Antes de enviar: datos que pueden identificar a un niño o niña',
      confirm: 'Enviar con estos datos ocultos: los he revisado y son necesarios.',
    });
    assert.equal(again.length, 2, `both children: ${JSON.stringify(again)}`);
    assert.ok(again[0].includes(`«${CHILD_ES}»`) && again[1].includes(`«${SECOND_CHILD_ES}»`), JSON.stringify(again));
    await box.check();
    referenceEs = await sendProposal(page, 'es');
    const confirmation = await waitForMail(suite.server, ES.email, 1);
    await page.goto(linkIn(confirmation, localPath('es', '/collaborate/confirm')));
    await clickAndLoad(page, page.locator(SUBMIT));
    assert.equal(new URL(page.url()).pathname, localPath('es', '/collaborate/status'));
    const description = page.locator('section[aria-labelledby="what-you-sent"] .message-body');
    assert.equal((await description.innerText()).trim(), CHANGED_ES.replace(CHILD_ES, MARK_ES).replace(SECOND_CHILD_ES, MARK_ES));
  });

  step('a French sender is warned, takes the name out and sends without ticking the box', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await pageFor({ locale: 'fr-FR' });
    await fillProposal(page, FR, 'fr', 'FR');
    assert.equal(await statusOfPost(page, page.locator(SUBMIT)), 200);
    const findings = await assertWarned(page, 'fr', FR, {
      title: 'Avant d’envoyer : des détails qui peuvent identifier un enfant',
      confirm: 'Envoyer en masquant ces détails : je les ai vérifiés et ils sont nécessaires.',
    });
    assert.equal(findings.length, 1, `one finding: ${JSON.stringify(findings)}`);
    assert.ok(
      findings[0].includes(`«\u00a0${CHILD_FR}\u00a0» — ressemble au nom d’un enfant`),
      `the French finding names the child: ${findings[0]}`,
    );
    await auditPage(page, 'safeguarding-form-warned-fr');
    await page.locator('#description').fill(FR.edited);
    assert.equal(await page.locator(CONFIRM_BOX).isChecked(), false);
    await sendProposal(page, 'fr');
    const confirmation = await waitForMail(suite.server, FR.email, 1);
    await page.goto(linkIn(confirmation, localPath('fr', '/collaborate/confirm')));
    await clickAndLoad(page, page.locator(SUBMIT));
    const description = page.locator('section[aria-labelledby="what-you-sent"] .message-body');
    assert.equal((await description.innerText()).trim(), FR.edited, 'the edited text is stored as it was typed');
  });

  step('an editor assigns an evaluator, who reads the proposal with the mark and never the name', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    editor = await pageFor();
    await registerAndConfirm(suite, editor, EDITOR);
    evaluator = await pageFor();
    await registerAndConfirm(suite, evaluator, EVALUATOR);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await setRoles(admin, EDITOR.email, ['editor']);
    await setRoles(admin, EVALUATOR.email, ['evaluator']);

    await logIn(editor, EDITOR.email, EDITOR.password);
    await editor.goto('/en/staff/proposals');
    await clickAndLoad(editor, editor.getByRole('link', { name: referenceEn }));
    reviewPathEn = pathOf(editor);
    assert.match(reviewPathEn, /^\/en\/staff\/proposals\/\d+$/);
    await editor.getByRole('heading', { level: 1, name: EN.title }).waitFor();
    await editor.getByRole('link', { name: PDF.name }).waitFor(); // the file kept through the warning
    await editor.locator('#evaluator_id').selectOption({ label: `${EVALUATOR.name} (Evaluator)` });
    await clickAndLoad(editor, editor.getByRole('button', { name: 'Assign', exact: true }));
    await editor.getByText('Under evaluation').first().waitFor();

    await logIn(evaluator, EVALUATOR.email, EVALUATOR.password);
    await evaluator.goto('/en/staff/proposals');
    await clickAndLoad(evaluator, evaluator.getByRole('link', { name: referenceEn }));
    assert.equal(pathOf(evaluator), reviewPathEn);
    const description = evaluator.locator('section.description .message-body');
    assert.equal((await description.innerText()).trim(), EN.description.replace(CHILD, MARK));
    assert.equal(await evaluator.getByText(CHILD).count(), 0, 'the evaluator never reads the name');
    assert.ok(!(await evaluator.content()).includes(CHILD), 'nor is it anywhere in the page’s HTML');
    assert.equal(await evaluator.locator('a[href*="/staff/safeguarding/details/"]').count(), 0, 'no link to see a detail');
    assert.equal(await evaluator.getByRole('heading', { name: 'Hidden details' }).count(), 0);
    assert.equal(await evaluator.locator('nav a[href$="/staff/safeguarding"]').count(), 0, 'no report in an evaluator’s navigation');
    await auditPage(evaluator, 'safeguarding-review-evaluator');
  });

  step('the editor sees the hidden details listed, and a detail’s page asks why before showing it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto(reviewPathEn);
    const description = editor.locator('section.description .message-body');
    assert.equal((await description.innerText()).trim(), EN.description.replace(CHILD, MARK), 'the editor reads the mark too');
    const hidden = editor.locator('section.hidden-details');
    await hidden.getByRole('heading', { level: 2, name: 'Hidden details' }).waitFor();
    const items = hidden.locator('li');
    assert.equal(await items.count(), 1, 'one detail hidden in the proposal');
    assert.match((await items.first().innerText()).trim(), /^\[name of a child\] · A collaboration proposal · See this detail$/);
    assert.ok(!(await editor.content()).includes(CHILD), 'the name is not on the review page');
    await auditPage(editor, 'safeguarding-review-editor');

    await clickAndLoad(editor, hidden.getByRole('link', { name: 'See this detail' }));
    revealPath = pathOf(editor);
    assert.equal(
      revealPath.replace(/details\/\d+/, 'details/N'),
      `/en/staff/safeguarding/details/N?back=${encodeURIComponent(reviewPathEn)}`,
    );
    await editor.getByRole('heading', { level: 1, name: 'See a hidden detail' }).waitFor();
    const context = editor.locator('blockquote');
    assert.equal((await context.locator('mark').innerText()).trim(), MARK);
    assert.ok((await context.innerText()).includes(`We met ${MARK}, 14, at the youth centre.`), 'the text around the detail');
    assert.ok(!(await editor.content()).includes(CHILD), 'the name is not shown before a reason is given');
    await editor.getByLabel('Reason').waitFor();
    assert.equal(await editor.locator('textarea[name="reason"]').count(), 1);
    await auditPage(editor, 'safeguarding-reveal');

    // No reason: refused, and said where.
    const refused = await statusOfPost(editor, editor.getByRole('button', { name: 'Show the detail' }));
    assert.equal(refused, 422);
    const message = 'Say why you need to see this detail (at least 5 characters).';
    await editor.locator('.error-summary').getByRole('link', { name: message }).waitFor();
    await editor.locator('.field').filter({ has: editor.getByLabel('Reason') }).getByText(message).waitFor();
    assert.equal(await editor.getByLabel('Reason').getAttribute('aria-invalid'), 'true');
    assert.ok(!(await editor.content()).includes(CHILD), 'still not shown');
    await auditPage(editor, 'safeguarding-reveal-errors');
  });

  step('with a reason, the editor sees the detail, and goes back to the proposal', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.getByLabel('Reason').fill(REASON);
    const answer = await postAndLoad(editor, editor.getByRole('button', { name: 'Show the detail' }));
    assert.equal(answer.status(), 200);
    assert.equal(answer.headers()['cache-control'], 'no-store', 'the page with the detail is never stored');
    await editor.getByRole('status').getByText('You saw this detail; your reason is recorded.').waitFor();
    assert.equal((await editor.locator('.revealed-detail').innerText()).trim(), CHILD);
    assert.equal((await editor.locator('blockquote mark').innerText()).trim(), CHILD);
    assert.ok((await editor.locator('blockquote').innerText()).includes(`We met ${CHILD}, 14, at the youth centre.`));
    await auditPage(editor, 'safeguarding-revealed');
    await clickAndLoad(editor, editor.getByRole('link', { name: 'Back to where you were' }));
    assert.equal(pathOf(editor), reviewPathEn);

    // The way back leads only to a page of the site; a detail that is not there is not found.
    const detailPath = revealPath.replace(/\?.*$/, '');
    for (const elsewhere of ['https://example.com/', '//example.com/']) {
      await editor.goto(`${detailPath}?back=${encodeURIComponent(elsewhere)}`);
      await editor.getByRole('heading', { level: 1, name: 'See a hidden detail' }).waitFor();
      assert.equal(await editor.getByRole('link', { name: 'Back to where you were' }).count(), 0, `no way back to ${elsewhere}`);
      assert.equal(await editor.locator('main a[href*="example.com"]').count(), 0);
    }
    const missing = await editor.goto('/en/staff/safeguarding/details/999999');
    assert.equal(missing?.status(), 404);
  });

  step('the Spanish proposal is stored with the mark in Spanish, and listed for the editor', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto('/en/staff/proposals');
    await clickAndLoad(editor, editor.getByRole('link', { name: referenceEs }));
    const description = editor.locator('section.description .message-body');
    assert.equal(
      (await description.innerText()).trim(),
      CHANGED_ES.replace(CHILD_ES, MARK_ES).replace(SECOND_CHILD_ES, MARK_ES),
      'the mark is in the sender’s language',
    );
    assert.equal(await editor.locator('section.hidden-details li').count(), 2, 'two details hidden');
    const html = await editor.content();
    assert.ok(!html.includes(CHILD_ES) && !html.includes(SECOND_CHILD_ES), 'neither name is on the page');

    // The second detail's page shows its own place in the Spanish text,
    // after letters written in more than one byte (ñ, í, the first mark's),
    // with the marks as stored: in Spanish.
    await clickAndLoad(editor, editor.locator('section.hidden-details li').nth(1).getByRole('link', { name: 'See this detail' }));
    await editor.getByRole('heading', { level: 1, name: 'See a hidden detail' }).waitFor();
    const context = (await editor.locator('blockquote').innerText()).trim();
    assert.ok(context.includes(`adolescentes que salen de un centro juvenil. También a ${MARK_ES}, de 12 años.`), context);
    assert.ok(context.includes(`a ${MARK_ES}, de 14 años, en Arequipa.`), context);
    assert.ok(!(await editor.content()).includes(SECOND_CHILD_ES));
  });

  step('the submitter’s reply on the status page is warned and sent with the name hidden', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = submitterEn;
    await page.reload();
    await page.getByLabel('Add information or write to us').fill(EN.reply);
    const status = await statusOfPost(page, page.getByRole('button', { name: 'Send', exact: true }));
    assert.equal(status, 200, 'a warning, not a refusal');
    const warning = page.locator(WARNING);
    await warning.getByRole('heading', { level: 2, name: 'Before you send: details that may identify a child' }).waitFor();
    const findings = (await warning.locator('li').allInnerTexts()).map((text) => text.trim());
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.ok(findings[0].includes(`“${CHILD}” — looks like the name of a child`), findings[0]);
    assert.equal(await page.getByLabel('Add information or write to us').inputValue(), EN.reply, 'the reply is kept');
    const box = page.getByLabel('Send it with these details hidden: I have checked them, and they are needed.');
    assert.equal(await box.isChecked(), false);
    assert.equal(
      await warning.getByRole('link', { name: 'Go to the confirmation box' }).getAttribute('href'),
      '#safeguarding-confirm',
    );
    await auditPage(page, 'safeguarding-status-warned');
    await box.check();
    assert.equal(await statusOfPost(page, page.getByRole('button', { name: 'Send', exact: true })), 303);
    await page.getByRole('status').getByText('Your message has been sent').waitFor();
    await page.getByText(EN.reply.replace(CHILD, MARK)).waitFor();
    assert.equal(await page.getByText(CHILD).count(), 0);

    // The evaluator reads the message with the mark; the editor has a second hidden detail.
    await evaluator.goto(reviewPathEn);
    await evaluator.getByText(EN.reply.replace(CHILD, MARK)).waitFor();
    assert.ok(!(await evaluator.content()).includes(CHILD));
    await editor.goto(reviewPathEn);
    const items = editor.locator('section.hidden-details li');
    assert.equal(await items.count(), 2);
    assert.match((await items.nth(1).innerText()).trim(), /^\[name of a child\] · A message on a proposal · See this detail$/);

    // The assigned evaluator hears of the reply by mail: with the mark.
    await waitForMailWith(suite.server, EVALUATOR.email, EN.reply.replace(CHILD, MARK));
  });

  step('no mail carries a child’s name', { timeout: TEST_TIMEOUT_MS }, async () => {
    const mails = await allMails();
    assert.ok(mails.length >= 6, `mails were sent (${mails.length})`);
    for (const name of [CHILD, CHILD_ES, SECOND_CHILD_ES, CHILD_FR]) {
      const carrying = mails.filter((mail) => mail.text.includes(name)).map((mail) => `${mail.name} to ${mail.to}`);
      assert.deepEqual(carrying, [], `no mail names ${name}`);
    }
  });

  step('the editors’ report counts the details by month and lists the reveal with its reason', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto('/en/staff/proposals');
    await clickAndLoad(editor, editor.locator('nav a[href="/en/staff/safeguarding"]', { hasText: 'Safeguarding' }));
    assert.equal(pathOf(editor), '/en/staff/safeguarding');
    await editor.getByRole('heading', { level: 1, name: 'Safeguarding' }).waitFor();

    const byMonth = editor.getByRole('table', { name: 'By month' });
    assert.deepEqual(
      (await byMonth.locator('thead th').allInnerTexts()).map((text) => text.trim()),
      ['Month', 'Flagged to the sender', 'Hidden when sent', 'Shown to an editor', 'Erased'],
    );
    const rows = await byMonth.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.trim()))),
    );
    assert.ok(rows.length >= 1, 'a row for this month');
    const totals = rows.reduce((sum, row) => sum.map((value, i) => value + row[i]), [0, 0, 0, 0]);
    // Flagged: one detail each time the English proposal, the French one and
    // the reply were warned; the Spanish one was warned of one detail, then
    // of two. Hidden: one in the English proposal, two in the Spanish one,
    // one in the reply. Shown: once.
    assert.deepEqual(totals, [6, 4, 1, 0], `flagged, hidden, shown, erased: ${JSON.stringify(rows)}`);

    const reveals = editor.getByRole('table', { name: 'Latest details shown to editors' });
    assert.deepEqual(
      (await reveals.locator('thead th').allInnerTexts()).map((text) => text.trim()),
      ['When', 'Editor', 'What', 'Where', 'Reason'],
    );
    const revealRows = reveals.locator('tbody tr');
    assert.equal(await revealRows.count(), 1);
    const cells = (await revealRows.first().locator('td').allInnerTexts()).map((text) => text.trim());
    assert.equal(cells[1], EDITOR.name);
    assert.ok(cells[2].startsWith('looks like the name of a child'), cells[2]);
    assert.equal(cells[3], 'A collaboration proposal');
    assert.equal(cells[4], REASON);
    assert.ok(!(await editor.content()).includes(CHILD), 'the report never shows a detail');
    await auditPage(editor, 'safeguarding-report');

    for (const lang of ['es', 'fr']) {
      const response = await editor.goto(`/${lang}/staff/safeguarding`);
      assert.equal(response?.status(), 200);
      assert.equal(await editor.locator('html').getAttribute('lang'), lang);
      await auditPage(editor, `safeguarding-report-${lang}`);
    }
  });

  step('an evaluator can neither open the report nor a detail’s page', { timeout: TEST_TIMEOUT_MS }, async () => {
    for (const target of ['/en/staff/safeguarding', revealPath]) {
      const response = await evaluator.goto(target);
      assert.notEqual(response?.status(), 200, `${target} is not for evaluators`);
      assert.ok(!(await evaluator.content()).includes(CHILD), `${target} shows nothing of the detail`);
    }
    // A post with the evaluator's own valid token, so that only the role can refuse it.
    await evaluator.goto(reviewPathEn);
    const csrf = await evaluator.locator('main form input[name="csrf"]').first().inputValue();
    const posted = await evaluator.request.post(revealPath.replace(/\?.*$/, ''), {
      form: { csrf, reason: 'Just curious about it', back: '' },
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    assert.notEqual(posted.status(), 200, 'nor reveal one by posting');
    assert.ok(!(await posted.text()).includes(CHILD));
  });
});
