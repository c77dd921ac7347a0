// Browser test of the technical-assistance requests: an institution asks the
// observatory for help, and the staff handle the request in their own queue.
// The technical cooperation page leads, under its instruments, to the form
// (/en/assistance, /es/asistencia-tecnica): the need (institution, country,
// area, timeframe, what is needed) and the contact person (name, position,
// address, an optional telephone), with consent to the privacy policy. A
// visitor reaches it from the Spanish page and sends it without the
// institution, with a one-word need and without consent: refused (422), a
// summary in Spanish and each message next to its field, everything typed
// still there. Corrected and sent again, the request has been sent. The head
// office receives it in English, with its number, Reply-To the requester and
// a link to the staff's page of the request; the requester receives an
// acknowledgement in Spanish with the number. An admin makes two registered
// people staff, an evaluator and an editor. The evaluator opens "Assistance
// requests" from the staff navigation: the request is listed as New, handled
// by nobody. On its page the evaluator gives it to the editor as In
// progress (the editor is told by mail and opens it from there), writes a
// note for the staff (mailed to nobody), then a reply in Spanish: mailed to
// the requester, in Spanish, answering it reaching the head office. The
// request is then Answered and no longer among the open ones. The public
// forms refuse what is sent less than 3 s after the page was shown, so each
// send waits that long. A second requester's need names a child and a case
// number: the form comes back (200) filled in, warned in Spanish, with a box
// above its button; ticked with the keyboard, the request is sent with the
// details hidden behind marks, and the head office's mail carries the marks,
// never the child's name. An editor opening that request finds the hidden
// details listed, each with the way to see it; the evaluator does not.
// axe-core audits the form (English and Spanish), the refused form, the
// warned form, the sent page, the staff's queue and the request's page.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  clickAndLoad,
  createAdmin,
  factsIn,
  linkIn,
  localPath,
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

/** The head office's address, where the requests go (the site's office settings). */
const OFFICE = 'oijj@oijj.org';
const ADMIN = { email: 'assistance-admin@example.org', password: 'copper meadow lantern sixty' };
const EVALUATOR = { name: 'Tomasz Wiśniewski', email: 'tomasz.wisniewski@example.org', password: 'granite orchard violet twelve' };
const EDITOR = { name: 'Amina Diallo', email: 'amina.diallo@example.org', password: 'harbour saffron pebble eighty' };

/** What the requester types, in Spanish. */
const REQUEST = {
  institution: 'Poder Judicial del Perú',
  country: 'Perú',
  countryCode: 'PE',
  countryEnglish: 'Peru',
  area: 'Formación',
  areaKey: 'training',
  areaEnglish: 'Training',
  timeframe: 'A partir de marzo de 2027, durante seis meses',
  need:
    'Formación en prácticas restaurativas para los jueces de familia y el personal de los centros juveniles de Lima y Cusco.\n\nQuisiéramos empezar con un taller de tres días.',
  name: 'Rosa Quispe Mamani',
  role: 'Directora de centros juveniles',
  email: 'rosa.quispe@example.org',
  phone: '+51 1 410 1010',
};
const NEED_SHORT = 'Formación';
const NOTE = 'Amina, ask the Lima office whether a workshop in April suits them.';
const REPLY =
  'Estimada Sra. Quispe: gracias por su solicitud. Podemos organizar el taller de tres días en Lima en abril de 2027; le escribiremos con una propuesta de programa.';

const ES = {
  title: 'Solicitar asistencia técnica',
  send: 'Enviar la solicitud',
  consent: 'Acepto que el observatorio conserve estos datos para estudiar la solicitud y responderla, según la política de privacidad.',
  summary: 'Corrija lo siguiente',
  institutionMissing: 'Indique el nombre de su institución.',
  needShort: 'Describa su necesidad en unas frases, para que la sede pueda estudiarla.',
  consentMissing: 'Para enviar una solicitud debe aceptar la política de privacidad.',
  sent: 'Su solicitud se ha enviado',
};
/** The fields of the form in English, by label, and the id each label names. */
const FIELDS_EN = [
  ['Institution', 'institution'],
  ['Country', 'country'],
  ['Area of assistance', 'area'],
  ['Timeframe', 'timeframe'],
  ['What you need', 'need'],
  ['Name', 'contact_name'],
  ['Position in the institution', 'contact_role'],
  ['E-mail address', 'email'],
  ['Telephone (optional)', 'phone'],
  ['I agree that the observatory keeps these details to study the request and answer it, as the privacy policy says.', 'consent'],
];
const AREAS_EN = [
  'Advice on policies and legislation',
  'Training',
  'Assessments and studies',
  'Institutional exchanges',
  'Thematic expert meetings',
  'Something else',
];
/**
 * A second requester, whose need names a child and a case number: the form
 * warns before anything is sent, and the request is kept with marks instead.
 */
const CHILD = 'Pablo';
const CASE_NUMBER = '1234-2020';
const WARNED = {
  institution: 'Defensoría del Pueblo de Bolivia',
  country: 'Bolivia',
  area: 'Evaluaciones y estudios',
  timeframe: 'Durante el segundo semestre de 2027',
  need: `Queremos revisar el caso de un niño de 12 años llamado ${CHILD}, expediente nº ${CASE_NUMBER}, antes de formar al personal.`,
  name: 'Lucía Mamani Condori',
  role: 'Coordinadora de la unidad de niñez',
  email: 'lucia.mamani@example.org',
  phone: '+591 2 211 3600',
};
/** The need as it is kept and mailed: each detail behind its mark, in the requester's language. */
const WARNED_NEED_STORED = WARNED.need
  .replace(CHILD, '[nombre de un niño o niña]')
  .replace(CASE_NUMBER, '[número de expediente]');
const WARNING_ES = {
  title: 'Antes de enviar: datos que pueden identificar a un niño o niña',
  toBox: 'Ir a la casilla de confirmación',
  confirm: 'Enviar con estos datos ocultos: los he revisado y son necesarios.',
};
const QUEUE_PATH = '/en/staff/assistance';
const REPLY_CHOICE = 'A reply, mailed to the requester (the request becomes answered)';
const NOTE_CHOICE = 'A note for the staff only';

/** The public forms refuse what is sent less than 3 s after the page was shown. */
const MINIMUM_FILL_MS = 3_500;

let visitor;
let evaluator;
let editor;
/** When the form the visitor fills in was shown. */
let shownAt;
/** The request's number, as the head office's mail gives it. */
let number;
/** The second requester, warned of the child's details in the need. */
let warnedVisitor;
/** That request's number, from the head office's mail. */
let warnedNumber;

/** Waits, if need be, until the form shown at `shownAt` may be sent. */
async function waitToSend(page) {
  await page.waitForTimeout(Math.max(0, MINIMUM_FILL_MS - (Date.now() - shownAt)));
}

/** The request form, named by the page's heading (not the footer's bulletin form). */
function requestForm(page, title = ES.title) {
  return page.getByRole('form', { name: title, exact: true });
}

/** Presses `key` on what has the focus (a form's button) and returns the status the server answered the POST with. */
async function pressAndSend(page, key) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the key press failed
  const loaded = page.waitForEvent('load');
  await page.keyboard.press(key);
  await loaded;
  return (await answered).status();
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

/** Clicks a button of `form` and returns the status the server answered the POST with. */
async function send(page, form, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, form.getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** The header blocks (folded lines joined) of the mails to `address`, oldest first, read from the .eml files. */
async function headersTo(address) {
  const dir = path.join(suite.server.dataDir, 'mail');
  const found = [];
  for (const name of (await readdir(dir)).filter((entry) => entry.endsWith('.eml'))) {
    const file = path.join(dir, name);
    const raw = await readFile(file, 'utf8');
    const headers = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
    const to = /^To:\s*(.*)$/im.exec(headers)?.[1] ?? '';
    if (to.toLowerCase().includes(address)) found.push({ headers, written: (await stat(file)).mtimeMs });
  }
  return found.sort((a, b) => a.written - b.written).map((mail) => mail.headers);
}

function replyToIn(headers) {
  return /^Reply-To:\s*(.*)$/im.exec(headers)?.[1] ?? '';
}

/** Whether any mail the site wrote holds `text` (ASCII, in one line of the mail's text). */
async function anyMailHolds(text) {
  const dir = path.join(suite.server.dataDir, 'mail');
  for (const name of (await readdir(dir)).filter((entry) => entry.endsWith('.eml'))) {
    const raw = (await readFile(path.join(dir, name), 'utf8')).replace(/=\r?\n/g, ''); // quoted-printable soft breaks
    if (raw.includes(text)) return true;
  }
  return false;
}

/** The staff navigation's link to the queue. */
function queueLink(page) {
  return page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Assistance requests', exact: true });
}

/** The queue's filters, as their texts, and the one shown. */
async function filters(page) {
  const nav = page.getByRole('navigation', { name: 'Which requests', exact: true });
  return {
    all: (await nav.getByRole('listitem').allInnerTexts()).map((text) => text.trim()),
    current: (await nav.locator('[aria-current="page"]').innerText()).trim(),
  };
}

/** The queue's rows, each as { Number, Institution, Country, 'Area of assistance', Received, State, 'Handled by' }. */
async function queueRows(page) {
  const table = page.getByRole('region', { name: 'Assistance requests' }).getByRole('table');
  const header = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(header, ['Number', 'Institution', 'Country', 'Area of assistance', 'Received', 'State', 'Handled by']);
  const rows = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
    rows.push(Object.fromEntries(header.map((name, i) => [name, cells[i]])));
  }
  return rows;
}

/** The request page's two forms: who handles it and its state; a reply or a note. */
function handlingForm(page) {
  return page.getByRole('form', { name: 'Handling', exact: true });
}
function writeForm(page) {
  return page.getByRole('form', { name: 'Write', exact: true });
}

/** What the staff wrote on the request, as each entry's meta line and text. */
async function thread(page) {
  const entries = page.locator('main article.message');
  const shown = [];
  for (const entry of await entries.all()) {
    shown.push({
      meta: (await entry.locator('.message-meta').innerText()).trim(),
      text: (await entry.locator('.message-text').innerText()).trim(),
    });
  }
  return shown;
}

/** The selected option's text of a select. */
async function chosen(select) {
  return (await select.locator('option:checked').innerText()).trim();
}

describe('technical assistance: an institution asks for help, the staff handle the request', () => {
  step('the technical cooperation page leads to the request form, whose fields are labelled', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await pageFor();
    await page.goto(localPath('en', '/technical-cooperation'));
    await acceptCookies(page);
    const link = page.locator('main').getByRole('link', { name: 'Request technical assistance', exact: true });
    assert.equal(await link.getAttribute('href'), '/en/assistance');
    await clickAndLoad(page, link);
    assert.equal(pathOf(page), localPath('en', '/assistance'));
    await page.getByRole('heading', { level: 1, name: 'Request technical assistance' }).waitFor();

    const form = requestForm(page, 'Request technical assistance');
    for (const [label, id] of FIELDS_EN) {
      assert.equal(await form.getByLabel(label, { exact: true }).getAttribute('id'), id, `the field "${label}"`);
    }
    // The need first, then the contact person, each under its legend.
    const legends = (await form.locator('fieldset > legend').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(legends, ['Your need', 'Contact person']);
    const areas = (await form.locator('#area option').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(areas, ['Choose an area', ...AREAS_EN]);
    assert.equal((await form.locator('#country option').first().innerText()).trim(), 'Choose a country');
    assert.equal(await form.locator('#email').getAttribute('type'), 'email');
    assert.equal(await form.locator('#phone').getAttribute('type'), 'tel');
    assert.equal(await form.getByRole('checkbox').isChecked(), false);
    await form.getByRole('button', { name: 'Send the request', exact: true }).waitFor();
    await auditPage(page, 'assistance-form');
  });

  step('a visitor reaches the form from the Spanish technical cooperation page', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor({ locale: 'es-ES' });
    await visitor.goto(localPath('es', '/technical-cooperation'));
    await acceptCookies(visitor);
    assert.equal(pathOf(visitor), '/es/cooperacion-tecnica');
    await clickAndLoad(visitor, visitor.locator('main').getByRole('link', { name: ES.title, exact: true }));
    shownAt = Date.now();
    assert.equal(pathOf(visitor), '/es/asistencia-tecnica');
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'es');
    await visitor.getByRole('heading', { level: 1, name: ES.title }).waitFor();
    const form = requestForm(visitor);
    assert.equal(await form.getByLabel('Ámbito de la asistencia', { exact: true }).getAttribute('id'), 'area');
    assert.equal(await form.getByLabel('Teléfono (opcional)', { exact: true }).getAttribute('id'), 'phone');
    await auditPage(visitor, 'assistance-form-es');
  });

  step('sent without the institution, with a one-word need and without consent, it is refused in Spanish, all still typed', { timeout: TEST_TIMEOUT_MS }, async () => {
    const form = requestForm(visitor);
    await form.getByLabel('País', { exact: true }).selectOption({ label: REQUEST.country });
    await form.getByLabel('Ámbito de la asistencia', { exact: true }).selectOption({ label: REQUEST.area });
    await form.getByLabel('Plazo', { exact: true }).fill(REQUEST.timeframe);
    await form.getByLabel('Qué necesita', { exact: true }).fill(NEED_SHORT);
    await form.getByLabel('Nombre', { exact: true }).fill(REQUEST.name);
    await form.getByLabel('Cargo en la institución', { exact: true }).fill(REQUEST.role);
    await form.getByLabel('Correo electrónico', { exact: true }).fill(REQUEST.email);
    await form.getByLabel('Teléfono (opcional)', { exact: true }).fill(REQUEST.phone);
    await waitToSend(visitor);
    assert.equal(await send(visitor, form, ES.send), 422);
    shownAt = Date.now();
    assert.equal(pathOf(visitor), '/es/asistencia-tecnica');
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'es');

    const summary = visitor.locator('main .error-summary');
    assert.equal(await summary.count(), 1, 'one summary, no refusal of the whole form');
    assert.equal(await summary.getAttribute('role'), 'alert');
    assert.equal((await summary.getByRole('heading').innerText()).trim(), ES.summary);
    const problems = (await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(problems, [ES.institutionMissing, ES.needShort, ES.consentMissing]);
    for (const [message, id] of [
      [ES.institutionMissing, 'institution'],
      [ES.needShort, 'need'],
      [ES.consentMissing, 'consent'],
    ]) {
      assert.equal(await summary.getByRole('link', { name: message }).getAttribute('href'), `#${id}`);
      // Next to its field, which it describes.
      assert.equal((await visitor.locator(`#${id}-error`).innerText()).trim(), message);
      const field = visitor.locator(`#${id}`);
      assert.equal(await field.getAttribute('aria-invalid'), 'true', `#${id} is marked invalid`);
      assert.ok((await field.getAttribute('aria-describedby')).split(' ').includes(`${id}-error`), `#${id} is described by its message`);
    }
    for (const id of ['country', 'area', 'timeframe', 'contact_name', 'contact_role', 'email', 'phone']) {
      assert.equal(await visitor.locator(`#${id}`).getAttribute('aria-invalid'), null, `#${id} is right`);
    }

    // What was typed is still there.
    assert.equal(await visitor.locator('#institution').inputValue(), '');
    assert.equal(await visitor.locator('#country').inputValue(), REQUEST.countryCode);
    assert.equal(await visitor.locator('#area').inputValue(), REQUEST.areaKey);
    assert.equal(await visitor.locator('#timeframe').inputValue(), REQUEST.timeframe);
    assert.equal(await visitor.locator('#need').inputValue(), NEED_SHORT);
    assert.equal(await visitor.locator('#contact_name').inputValue(), REQUEST.name);
    assert.equal(await visitor.locator('#contact_role').inputValue(), REQUEST.role);
    assert.equal(await visitor.locator('#email').inputValue(), REQUEST.email);
    assert.equal(await visitor.locator('#phone').inputValue(), REQUEST.phone);
    assert.equal(await visitor.locator('#consent').isChecked(), false);
    await auditPage(visitor, 'assistance-refused-es');
  });

  step('corrected and sent again, the request has been sent', { timeout: TEST_TIMEOUT_MS }, async () => {
    const form = requestForm(visitor);
    await form.getByLabel('Institución', { exact: true }).fill(REQUEST.institution);
    await form.getByLabel('Qué necesita', { exact: true }).fill(REQUEST.need);
    await form.getByRole('checkbox', { name: ES.consent }).check();
    await waitToSend(visitor);
    assert.equal(await send(visitor, form, ES.send), 303, `sent: ${await visitor.locator('main .error-summary').allInnerTexts()}`);
    assert.equal(pathOf(visitor), localPath('es', '/assistance/sent'));
    await visitor.getByRole('heading', { level: 1, name: ES.sent }).waitFor();
    await visitor.getByRole('status').filter({ hasText: 'La sede ha recibido su solicitud de asistencia técnica' }).waitFor();
    assert.equal(
      await visitor.locator('main').getByRole('link', { name: 'Cómo funciona la cooperación técnica del observatorio' }).getAttribute('href'),
      '/es/cooperacion-tecnica',
    );
    await auditPage(visitor, 'assistance-sent-es');
  });

  step('the head office receives the request, answering it answers the requester, who is acknowledged in Spanish', { timeout: TEST_TIMEOUT_MS }, async () => {
    const office = await waitForMailWith(suite.server, OFFICE, REQUEST.role);
    const subject = /^Technical assistance request (\d+): (.*)$/.exec(office.subject);
    assert.ok(subject, `the office's subject: "${office.subject}"`);
    number = subject[1];
    assert.equal(subject[2], REQUEST.institution);
    // In English, the office's language, with what the requester gave.
    assert.ok(
      office.text.includes(
        `${REQUEST.name} (${REQUEST.role}, ${REQUEST.institution}, ${REQUEST.countryEnglish}) asks for technical assistance, in Spanish.`,
      ),
      `the requester in:\n${office.text}`,
    );
    assert.ok(office.text.includes(`Area: ${REQUEST.areaEnglish}`), 'the area, in English');
    assert.ok(office.text.includes(`Timeframe: ${REQUEST.timeframe}`), 'the timeframe');
    assert.ok(office.text.includes(`Telephone: ${REQUEST.phone}`), 'the telephone');
    assert.ok(office.text.includes('Quisiéramos empezar con un taller de tres días.'), 'the need');
    assert.equal(linkIn(office, '/staff/assistance/'), `/en/staff/assistance/${number}`);
    const officeHeaders = await headersTo(OFFICE);
    assert.equal(officeHeaders.length, 1, 'one mail to the office');
    assert.ok(replyToIn(officeHeaders[0]).includes(REQUEST.email), `Reply-To the requester: "${replyToIn(officeHeaders[0])}"`);

    const acknowledgement = await waitForMail(suite.server, REQUEST.email, 1);
    assert.equal(acknowledgement.subject, 'Hemos recibido su solicitud de asistencia técnica');
    assert.ok(acknowledgement.text.includes(`con el número ${number};`), `the number in:\n${acknowledgement.text}`);
    assert.ok(acknowledgement.text.includes(`Hola, ${REQUEST.email}:`), 'it greets the address');
    assert.ok(!acknowledgement.text.includes(REQUEST.institution), 'it repeats nothing typed');
  });

  step('an admin makes one registered person an evaluator and another an editor', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    evaluator = await pageFor();
    await registerAndConfirm(suite, evaluator, EVALUATOR);
    editor = await pageFor();
    await registerAndConfirm(suite, editor, EDITOR);

    const admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await setRoles(admin, EVALUATOR.email, ['evaluator']);
    await admin.getByText('The roles have been saved and the change recorded.').waitFor();
    await setRoles(admin, EDITOR.email, ['editor']);
    await admin.getByText('The roles have been saved and the change recorded.').waitFor();
    await logIn(evaluator, EVALUATOR.email, EVALUATOR.password);
    await logIn(editor, EDITOR.email, EDITOR.password);
  });

  step('the evaluator opens Assistance requests from the staff navigation: the request is new, handled by nobody', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(evaluator);
    await clickAndLoad(evaluator, queueLink(evaluator));
    assert.equal(pathOf(evaluator), QUEUE_PATH);
    await evaluator.getByRole('heading', { level: 1, name: 'Assistance requests' }).waitFor();
    assert.equal(await queueLink(evaluator).getAttribute('aria-current'), 'page');
    assert.deepEqual(await filters(evaluator), {
      all: ['Open', 'New (1)', 'In progress (0)', 'Answered (0)', 'Closed (0)', 'All', 'Only mine'],
      current: 'Open',
    });
    const rows = await queueRows(evaluator);
    assert.equal(rows.length, 1, 'one request');
    const { Received: received, ...row } = rows[0];
    assert.deepEqual(row, {
      Number: number,
      Institution: REQUEST.institution,
      Country: REQUEST.countryEnglish,
      'Area of assistance': REQUEST.areaEnglish,
      State: 'New',
      'Handled by': 'Nobody yet',
    });
    // When it came, to the minute, in the reader's time zone.
    assert.match(received, /^\w+ \d{1,2} \w+ \d{4}, \d{2}:\d{2} \(.+\)$/, `received: "${received}"`);
    await auditPage(evaluator, 'assistance-queue');

    // The editor's staff navigation has it too.
    await openStaffWorkspace(editor);
    await clickAndLoad(editor, queueLink(editor));
    assert.equal(pathOf(editor), QUEUE_PATH);
  });

  step('the evaluator opens the request: what the requester gave, its handling, nothing written yet', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(evaluator, evaluator.locator('main').getByRole('link', { name: number, exact: true }));
    assert.equal(pathOf(evaluator), `/en/staff/assistance/${number}`);
    await evaluator.getByRole('heading', { level: 1, name: `Request ${number} · ${REQUEST.institution}` }).waitFor();
    const facts = await factsIn(evaluator.locator('main dl.facts'));
    const { Received: received, ...given } = facts;
    assert.deepEqual(given, {
      Institution: REQUEST.institution,
      Country: REQUEST.countryEnglish,
      'Area of assistance': REQUEST.areaEnglish,
      Timeframe: REQUEST.timeframe,
      'Contact person': `${REQUEST.name}, ${REQUEST.role} · ${REQUEST.email} · ${REQUEST.phone}`,
      Language: 'Spanish',
    });
    assert.notEqual(received, '');
    assert.equal(
      await evaluator.locator('main dl.facts').getByRole('link', { name: REQUEST.email }).getAttribute('href'),
      `mailto:${REQUEST.email}`,
    );
    const need = evaluator.locator('main h2:text-is("What you need") + .message-text');
    assert.equal((await need.innerText()).trim(), REQUEST.need);

    const handling = handlingForm(evaluator);
    assert.equal(await chosen(handling.getByLabel('State', { exact: true })), 'New');
    assert.equal(await chosen(handling.getByLabel('Handled by', { exact: true })), 'Nobody yet');
    const states = (await handling.locator('#state option').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(states, ['New', 'In progress', 'Answered', 'Closed']);
    const people = (await handling.locator('#assignee option').allInnerTexts()).map((text) => text.trim());
    // Those who hold the evaluator or the editor role, by name: the admin
    // made on the command line ("Administrator") holds every role.
    assert.deepEqual(people, ['Nobody yet', 'Administrator', EDITOR.name, EVALUATOR.name], 'the staff who may take it up');

    await evaluator.getByRole('heading', { level: 2, name: 'Replies and notes' }).waitFor();
    await evaluator.locator('main').getByText('Nothing has been written on this request yet.', { exact: true }).waitFor();
    const write = writeForm(evaluator);
    assert.equal(await write.getByLabel('Text', { exact: true }).getAttribute('id'), 'body');
    await write.getByText('write it in Spanish, their language').waitFor();
    assert.equal(await write.getByRole('radio', { name: REPLY_CHOICE, exact: true }).isChecked(), false, 'nothing mailed unless told');
    assert.equal(await write.getByRole('radio', { name: NOTE_CHOICE, exact: true }).isChecked(), false);
    await auditPage(evaluator, 'assistance-request');
  });

  step('the evaluator gives it to the editor as in progress; the editor is told by mail and opens it from there', { timeout: TEST_TIMEOUT_MS }, async () => {
    const handling = handlingForm(evaluator);
    await handling.getByLabel('State', { exact: true }).selectOption({ label: 'In progress' });
    await handling.getByLabel('Handled by', { exact: true }).selectOption({ label: EDITOR.name });
    assert.equal(await send(evaluator, handling, 'Save the handling'), 303);
    assert.equal(pathOf(evaluator), `/en/staff/assistance/${number}?done=handling`);
    await evaluator.getByRole('status').filter({ hasText: "The request's handling has been saved." }).waitFor();
    assert.equal(await chosen(handlingForm(evaluator).getByLabel('State', { exact: true })), 'In progress');
    assert.equal(await chosen(handlingForm(evaluator).getByLabel('Handled by', { exact: true })), EDITOR.name);

    // The editor's second mail, after the confirmation of the address.
    const told = await waitForMail(suite.server, EDITOR.email, 2);
    assert.equal(told.subject, `Technical assistance request ${number} is yours`);
    assert.ok(
      told.text.includes(`The request ${number} from ${REQUEST.institution} (${REQUEST.countryEnglish}) has been given to you`),
      `what is given in:\n${told.text}`,
    );
    await editor.goto(linkIn(told, '/staff/assistance/'));
    assert.equal(pathOf(editor), `/en/staff/assistance/${number}`);
    assert.equal(await chosen(handlingForm(editor).getByLabel('Handled by', { exact: true })), EDITOR.name);
    // The evaluator, who gave it, is told nothing.
    assert.equal((await headersTo(EVALUATOR.email)).length, 1, 'only the confirmation of the address');
  });

  step('the evaluator writes a note for the staff: kept with the request, mailed to nobody', { timeout: TEST_TIMEOUT_MS }, async () => {
    const write = writeForm(evaluator);
    await write.getByLabel('Text', { exact: true }).fill(NOTE);
    await write.getByRole('radio', { name: NOTE_CHOICE, exact: true }).check();
    assert.equal(await send(evaluator, write, 'Send the reply or save the note'), 303);
    assert.equal(pathOf(evaluator), `/en/staff/assistance/${number}?done=note`);
    await evaluator.getByRole('status').filter({ hasText: 'The note has been saved.' }).waitFor();
    const [entry, ...more] = await thread(evaluator);
    assert.equal(more.length, 0, 'one entry');
    assert.equal(entry.text, NOTE);
    assert.ok(entry.meta.startsWith(`${EVALUATOR.name} · `), entry.meta);
    assert.ok(entry.meta.endsWith(' · note among the staff'), entry.meta);
    assert.equal(await chosen(handlingForm(evaluator).getByLabel('State', { exact: true })), 'In progress', 'a note answers nothing');
    assert.equal(await writeForm(evaluator).getByLabel('Text', { exact: true }).inputValue(), '', 'the form is empty again');
  });

  step('the evaluator replies in Spanish: mailed to the requester, answering it reaches the head office; the request is answered', { timeout: TEST_TIMEOUT_MS }, async () => {
    const write = writeForm(evaluator);
    await write.getByLabel('Text', { exact: true }).fill(REPLY);
    await write.getByRole('radio', { name: REPLY_CHOICE, exact: true }).check();
    assert.equal(await send(evaluator, write, 'Send the reply or save the note'), 303);
    assert.equal(pathOf(evaluator), `/en/staff/assistance/${number}?done=reply`);
    await evaluator.getByRole('status').filter({ hasText: 'The reply has been mailed to the requester.' }).waitFor();
    const entries = await thread(evaluator);
    assert.deepEqual(entries.map((entry) => entry.text), [NOTE, REPLY], 'the note, then the reply');
    assert.ok(entries[1].meta.endsWith(' · mailed to the requester'), entries[1].meta);
    assert.equal(await chosen(handlingForm(evaluator).getByLabel('State', { exact: true })), 'Answered');
    assert.equal(await chosen(handlingForm(evaluator).getByLabel('Handled by', { exact: true })), EDITOR.name, 'still the editor’s');
    await auditPage(evaluator, 'assistance-request-answered');

    const reply = await waitForMail(suite.server, REQUEST.email, 2);
    assert.equal(reply.subject, `Su solicitud de asistencia técnica (${number})`);
    assert.ok(reply.text.includes(`Hola, ${REQUEST.name}:`), `greeted by name in:\n${reply.text}`);
    assert.ok(reply.text.includes(REPLY), `the reply in:\n${reply.text}`);
    assert.ok(reply.text.includes('Puede responder a este correo: su respuesta llega a nuestra sede.'), 'in Spanish');
    const requesterHeaders = await headersTo(REQUEST.email);
    assert.equal(requesterHeaders.length, 2, 'the acknowledgement and the reply');
    assert.ok(replyToIn(requesterHeaders[1]).includes(OFFICE), `Reply-To the office: "${replyToIn(requesterHeaders[1])}"`);
    // Mailed after the note was saved, the reply came through: the note never went.
    assert.equal(await anyMailHolds('ask the Lima office whether a workshop'), false, 'the note is in no mail');
    assert.equal((await headersTo(OFFICE)).length, 1, 'nothing more to the office');
    assert.equal((await headersTo(EDITOR.email)).length, 2, 'nothing more to the editor');
  });

  step('the queue no longer lists it among the open ones; it is under Answered', { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(evaluator, queueLink(evaluator));
    assert.equal(pathOf(evaluator), QUEUE_PATH);
    assert.deepEqual(await filters(evaluator), {
      all: ['Open', 'New (0)', 'In progress (0)', 'Answered (1)', 'Closed (0)', 'All', 'Only mine'],
      current: 'Open',
    });
    await evaluator.locator('main').getByText('No request here.', { exact: true }).waitFor();
    assert.equal(await evaluator.locator('main table').count(), 0, 'no request open');
    await auditPage(evaluator, 'assistance-queue-empty');

    const filterNav = evaluator.getByRole('navigation', { name: 'Which requests', exact: true });
    await clickAndLoad(evaluator, filterNav.getByRole('link', { name: 'Answered (1)', exact: true }));
    assert.equal(pathOf(evaluator), `${QUEUE_PATH}?state=answered`);
    assert.equal((await filters(evaluator)).current, 'Answered (1)');
    const rows = await queueRows(evaluator);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].Number, number);
    assert.equal(rows[0].State, 'Answered');
    assert.equal(rows[0]['Handled by'], EDITOR.name);

    // The editor's own requests, whatever their state.
    await editor.goto(`${QUEUE_PATH}?state=all`);
    await clickAndLoad(editor, editor.getByRole('navigation', { name: 'Which requests', exact: true }).getByRole('link', { name: 'Only mine', exact: true }));
    assert.equal(pathOf(editor), `${QUEUE_PATH}?state=all&mine=yes`);
    assert.deepEqual((await queueRows(editor)).map((row) => row.Number), [number]);
  });

  step('a need that names a child and a case number brings the form back warned in Spanish, all still filled in', { timeout: TEST_TIMEOUT_MS }, async () => {
    warnedVisitor = await pageFor({ locale: 'es-ES' });
    await warnedVisitor.goto(localPath('es', '/assistance'));
    shownAt = Date.now();
    await acceptCookies(warnedVisitor);
    const form = requestForm(warnedVisitor);
    await form.getByLabel('Institución', { exact: true }).fill(WARNED.institution);
    await form.getByLabel('País', { exact: true }).selectOption({ label: WARNED.country });
    await form.getByLabel('Ámbito de la asistencia', { exact: true }).selectOption({ label: WARNED.area });
    await form.getByLabel('Plazo', { exact: true }).fill(WARNED.timeframe);
    await form.getByLabel('Qué necesita', { exact: true }).fill(WARNED.need);
    await form.getByLabel('Nombre', { exact: true }).fill(WARNED.name);
    await form.getByLabel('Cargo en la institución', { exact: true }).fill(WARNED.role);
    await form.getByLabel('Correo electrónico', { exact: true }).fill(WARNED.email);
    await form.getByLabel('Teléfono (opcional)', { exact: true }).fill(WARNED.phone);
    await form.getByRole('checkbox', { name: ES.consent }).check();
    await waitToSend(warnedVisitor);
    // A warning is the form shown again, not a refusal (422) nor a sending (303).
    assert.equal(await send(warnedVisitor, form, ES.send), 200);
    assert.equal(pathOf(warnedVisitor), '/es/asistencia-tecnica', 'the form again, at its own address');
    assert.equal(await warnedVisitor.locator('html').getAttribute('lang'), 'es');

    const warning = warnedVisitor.locator('section.safeguarding-warning');
    await warning.getByRole('heading', { level: 2, name: WARNING_ES.title }).waitFor();
    assert.equal(await warnedVisitor.locator('main .error-summary').count(), 0, 'a warning is a question, not an error');
    // Each detail found, quoted, with the field it is in and why it matters.
    const findings = (await warning.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.equal(findings.length, 2, `the name and the case number: ${JSON.stringify(findings)}`);
    assert.ok(
      findings.some((finding) => finding.startsWith(`Qué necesita: «${CHILD}» — parece el nombre de un niño o niña`)),
      `the child's name is found in the need: ${JSON.stringify(findings)}`,
    );
    assert.ok(
      findings.some((finding) => finding.startsWith(`Qué necesita: «${CASE_NUMBER}» — parece el número de una causa judicial o de un expediente`)),
      `the case number is found in the need: ${JSON.stringify(findings)}`,
    );
    assert.equal(
      await warning.getByRole('link', { name: WARNING_ES.toBox }).getAttribute('href'),
      '#safeguarding-confirm',
    );
    // The warning has the focus as the page loads, so it is read first.
    assert.equal(await focused(warnedVisitor), 'section.safeguarding-warning');

    // Everything typed is kept, the consent too: only the box is left to tick.
    const warned = requestForm(warnedVisitor);
    assert.equal(await warned.getByLabel('Institución', { exact: true }).inputValue(), WARNED.institution);
    assert.equal(await warned.getByLabel('País', { exact: true }).inputValue(), 'BO');
    assert.equal(await chosen(warned.getByLabel('Ámbito de la asistencia', { exact: true })), WARNED.area);
    assert.equal(await warned.getByLabel('Plazo', { exact: true }).inputValue(), WARNED.timeframe);
    assert.equal(await warned.getByLabel('Qué necesita', { exact: true }).inputValue(), WARNED.need);
    assert.equal(await warned.getByLabel('Nombre', { exact: true }).inputValue(), WARNED.name);
    assert.equal(await warned.getByLabel('Cargo en la institución', { exact: true }).inputValue(), WARNED.role);
    assert.equal(await warned.getByLabel('Correo electrónico', { exact: true }).inputValue(), WARNED.email);
    assert.equal(await warned.getByLabel('Teléfono (opcional)', { exact: true }).inputValue(), WARNED.phone);
    assert.ok(await warned.getByRole('checkbox', { name: ES.consent }).isChecked(), 'the consent is kept');

    // The confirmation box: labelled, never ticked for the requester, in the form just above its button.
    const box = warned.getByLabel(WARNING_ES.confirm, { exact: true });
    assert.equal(await box.getAttribute('id'), 'safeguarding-confirm');
    assert.equal(await box.getAttribute('name'), 'safeguarding_confirmation');
    assert.equal(await box.isChecked(), false, 'the box is never ticked for the requester');
    assert.ok(
      await box.evaluate((input) => input.closest('.field')?.nextElementSibling?.classList.contains('form-actions')),
      'the box is just above the form’s button',
    );
    assert.equal(await warnedVisitor.locator('#safeguarding-confirm').count(), 1, 'one box');

    // Nothing was kept, so nothing was mailed either.
    assert.equal((await headersTo(OFFICE)).length, 1, 'no new mail to the office');
    assert.equal((await headersTo(WARNED.email)).length, 0, 'no acknowledgement');
    await auditPage(warnedVisitor, 'assistance-warned-es');
  });

  step('with the keyboard only, the requester reaches the box, ticks it and sends: the request has been sent', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = warnedVisitor;
    // From the focused warning, the first Tab reaches its link to the box.
    await page.keyboard.press('Tab');
    const toBox = page.locator('section.safeguarding-warning').getByRole('link', { name: WARNING_ES.toBox });
    assert.ok(
      await toBox.evaluate((link) => link === document.activeElement),
      `Tab from the warning reaches "${WARNING_ES.toBox}" (focus on ${await focused(page)})`,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#safeguarding-confirm', null, { timeout: 5_000 });
    assert.equal(await focused(page), 'input#safeguarding-confirm', 'the keyboard is on the confirmation box');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#safeguarding-confirm').isChecked(), 'Space ticks the box');
    await page.keyboard.press('Tab');
    assert.equal(
      (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim(),
      ES.send,
      'the next stop after the box is the form’s usual button',
    );
    await waitToSend(page);
    assert.equal(
      await pressAndSend(page, 'Enter'),
      303,
      `sent: ${await page.locator('main .error-summary, main .safeguarding-warning').allInnerTexts()}`,
    );
    assert.equal(pathOf(page), localPath('es', '/assistance/sent'));
    await page.getByRole('heading', { level: 1, name: ES.sent }).waitFor();
    await auditPage(page, 'assistance-sent-warned-es');
  });

  step('the head office receives the request with the marks, never the child’s name nor the case number', { timeout: TEST_TIMEOUT_MS }, async () => {
    const office = await waitForMailWith(suite.server, OFFICE, WARNED.role);
    const subject = /^Technical assistance request (\d+): (.*)$/.exec(office.subject);
    assert.ok(subject, `the office's subject: "${office.subject}"`);
    warnedNumber = subject[1];
    assert.notEqual(warnedNumber, number, 'a second request');
    assert.equal(subject[2], WARNED.institution);
    assert.ok(office.text.includes(WARNED_NEED_STORED), `the need with its marks in:\n${office.text}`);
    assert.ok(!office.text.includes(CHILD), `the child's name is not in the office's mail:\n${office.text}`);
    assert.ok(!office.text.includes(CASE_NUMBER), 'nor the case number');
    assert.equal((await headersTo(OFFICE)).length, 2, 'one mail to the office for each request');

    const acknowledgement = await waitForMail(suite.server, WARNED.email, 1);
    assert.ok(acknowledgement.text.includes(`con el número ${warnedNumber};`), `the number in:\n${acknowledgement.text}`);
    // No mail the site wrote, read as it is stored, holds the name or the case number.
    assert.equal(await anyMailHolds(CHILD), false, `no mail holds "${CHILD}"`);
    assert.equal(await anyMailHolds(CASE_NUMBER), false, `no mail holds "${CASE_NUMBER}"`);
  });

  step('an editor opening the request reads the marks and finds the hidden details listed, each with the way to see it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const requestPath = `${QUEUE_PATH}/${warnedNumber}`;
    await editor.goto(requestPath);
    await editor.getByRole('heading', { level: 1, name: `Request ${warnedNumber} · ${WARNED.institution}` }).waitFor();
    const need = editor.locator('main h2:text-is("What you need") + .message-text');
    assert.equal((await need.innerText()).trim(), WARNED_NEED_STORED, 'the editor reads the marks too');
    const hidden = editor.locator('section.hidden-details');
    await hidden.getByRole('heading', { level: 2, name: 'Hidden details' }).waitFor();
    const items = (await hidden.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(
      [...items].sort(),
      [
        '[case number] · A request for technical assistance · See this detail',
        '[name of a child] · A request for technical assistance · See this detail',
      ],
      'the two details hidden in the need',
    );
    const html = await editor.content();
    assert.ok(!html.includes(CHILD) && !html.includes(CASE_NUMBER), 'neither detail is on the page, nor in its HTML');
    for (const link of await hidden.getByRole('link', { name: 'See this detail' }).all()) {
      assert.equal(
        (await link.getAttribute('href')).replace(/details\/\d+/, 'details/N'),
        `/en/staff/safeguarding/details/N?back=${encodeURIComponent(requestPath)}`,
        'each link leads to the detail’s page, and back to the request',
      );
    }
    await auditPage(editor, 'assistance-request-hidden-details');

    // The detail's page asks why before showing anything.
    await clickAndLoad(editor, hidden.getByRole('listitem').filter({ hasText: '[name of a child]' }).getByRole('link', { name: 'See this detail' }));
    await editor.getByRole('heading', { level: 1, name: 'See a hidden detail' }).waitFor();
    assert.equal((await editor.locator('blockquote mark').innerText()).trim(), '[nombre de un niño o niña]');
    assert.ok(!(await editor.content()).includes(CHILD), 'the name is not shown before a reason is given');
    await editor.getByLabel('Reason').waitFor();

    // The evaluator reads the request with the marks, and has no way to see a detail.
    await evaluator.goto(requestPath);
    assert.equal(
      (await evaluator.locator('main h2:text-is("What you need") + .message-text').innerText()).trim(),
      WARNED_NEED_STORED,
    );
    assert.equal(await evaluator.locator('section.hidden-details').count(), 0, 'no hidden details listed for an evaluator');
    assert.equal(await evaluator.locator('a[href*="/staff/safeguarding/details/"]').count(), 0, 'no link to see a detail');
    assert.ok(!(await evaluator.content()).includes(CHILD));
  });
});
