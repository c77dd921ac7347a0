// Browser test of the registry of cooperation agreements: an editor records
// the observatory's agreements on a staff form, and the public reads them.
// An admin makes a registered person an editor. The editor opens Agreements
// from the staff navigation: the registry is empty (and so is the public
// one). An empty form is refused (422, a summary and the messages next to
// the partner, the English subject and the day it was signed); a duration
// that is no whole number and a renewal ending before the signature are
// refused too, everything typed still there. The editor records an
// agreement with Peru's ministry signed on 2 May 2019 for 36 months, its
// subject in English and Spanish (expired since), and one with Thailand's
// department of juvenile observation signed about 100 days ago for 12
// months (in force): the list shows both with their days and standing. A
// visitor reaches the registry from the technical cooperation page, finds
// two agreements, the counts by region and by standing, narrows it to the
// expired ones, reads Peru's agreement (its parties, signatories, days,
// duration and standing), and reads the registry in Spanish at its own
// address, with the Spanish subject and the English one marked as English.
// axe-core audits the staff list, the refused form, the saved form and the
// public registry in English (whole and narrowed) and Spanish.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  factsIn,
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
const ADMIN = { email: 'agreements-admin@example.org', password: 'copper meadow lantern sixty' };
const EDITOR = { name: 'Inés Castañeda-Moreau', email: 'ines.castaneda@example.org', password: 'harbour thistle amber twelve' };

const LIST_PATH = '/en/staff/agreements';
const NEW_PATH = '/en/staff/agreements/new';
const REGISTRY = { en: localPath('en', '/agreements'), es: localPath('es', '/agreements') };
const SAVED = 'The agreement has been saved.';
const SAVE = 'Save the agreement';
const NONE_YET = 'No agreement has been recorded in the registry yet.';
const MESSAGES = {
  partner: 'Choose the partner from the list.',
  subject: 'Say in English what the agreement is about.',
  signed: 'Give the day the agreement was signed.',
  duration: 'Give the duration as a whole number of months, from 1 to 600, or leave it empty.',
  renewal: "A renewal ends after the agreement's first end.",
};
const SITE = { en: 'International Juvenile Justice Observatory', es: 'Observatorio Internacional de Justicia Juvenil' };

// The server's day is UTC on these machines.
const DAY_MS = 86_400_000;
const NOW = new Date();
const TODAY = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate());
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `months` after the day `iso`, the day clamped to the month's last (as chrono's checked_add_months), then a day before: the last day in force. */
function lastDayInForce(iso, months) {
  const [year, month, day] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const end = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, daysInTarget)) - DAY_MS;
  return isoDay(end);
}

/** A day as the site writes it in `lang` (locales/*\/site.ftl: date-long). */
function longDay(lang, iso) {
  const date = new Date(`${iso}T12:00:00Z`);
  const name = (options) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone: 'UTC', ...options }).format(date);
  const [weekday, month, day, year] = [name({ weekday: 'long' }), name({ month: 'long' }), date.getUTCDate(), date.getUTCFullYear()];
  if (lang === 'es') return `${weekday}, ${day} de ${month} de ${year}`;
  if (lang === 'fr') return `${weekday} ${day === 1 ? '1er' : day} ${month} ${year}`;
  return `${weekday} ${day} ${month} ${year}`;
}

/** Peru's agreement: signed in 2019 for three years, long expired. */
const PERU = {
  partner: { en: 'Ministry of Justice and Human Rights of Peru', es: 'Ministerio de Justicia y Derechos Humanos del Perú' },
  country: { en: 'Peru', es: 'Perú' },
  subject: {
    en: 'Technical assistance to the juvenile justice system of Peru: training of judges and prosecutors in restorative justice and alternatives to detention.',
    es: 'Asistencia técnica al sistema de justicia juvenil del Perú: formación de jueces y fiscales en justicia restaurativa y alternativas a la privación de libertad.',
  },
  signatories: 'Marisol Quispe Huamán, Minister of Justice and Human Rights; Élodie Marchand, Director of the Observatory',
  signedOn: '2019-05-02',
  months: '36',
  endsOn: '2022-05-01',
};

/** Thailand's agreement: signed about 100 days ago for a year, in force. */
const SIGNED_RECENTLY = isoDay(TODAY - 100 * DAY_MS);
const THAILAND = {
  partner: {
    en: 'Department of Juvenile Observation and Protection, Ministry of Justice of Thailand',
    es: 'Departamento de Observación y Protección Juvenil, Ministerio de Justicia de Tailandia',
  },
  subject: {
    en: 'Exchange of practice on the protection of children in conflict with the law, with joint training for the staff of juvenile observation centres.',
  },
  signatories: 'Somchai Wongsakul, Director-General; Élodie Marchand, Director of the Observatory',
  signedOn: SIGNED_RECENTLY,
  months: '12',
  endsOn: lastDayInForce(SIGNED_RECENTLY, 12),
};

let editor;
let visitor;

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.locator('main').getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** Opens the staff's agreements from the staff navigation. */
async function openAgreements(page) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Agreements', exact: true }));
  assert.equal(pathOf(page), LIST_PATH);
  await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
}

/** The form's subject, in one of its languages (labelled by the language's own name). */
function subjectIn(page, language) {
  return page.locator('main').getByRole('group', { name: 'Subject', exact: true }).getByLabel(language, { exact: true });
}

/** The values of the form's fields. */
async function formFields(page) {
  const value = (id) => page.locator(`main #${id}`).inputValue();
  return {
    partner: await page.locator('main #partner option:checked').innerText(),
    subject_en: await value('subject_en'),
    subject_es: await value('subject_es'),
    subject_fr: await value('subject_fr'),
    signatories: await value('signatories'),
    signed_on: await value('signed_on'),
    duration_months: await value('duration_months'),
    renewed_until: await value('renewed_until'),
  };
}

/** Fills in the form with an agreement (English labels), leaving the renewal empty. */
async function fillAgreement(page, agreement) {
  const main = page.locator('main');
  await main.getByLabel('Partner', { exact: true }).selectOption({ label: agreement.partner.en });
  await subjectIn(page, 'English').fill(agreement.subject.en);
  await subjectIn(page, 'Español').fill(agreement.subject.es ?? '');
  await subjectIn(page, 'Français').fill('');
  await main.getByLabel('Signed by', { exact: true }).fill(agreement.signatories);
  await main.getByLabel('Signed on', { exact: true }).fill(agreement.signedOn);
  await main.getByLabel('Duration in months', { exact: true }).fill(agreement.months);
  await main.getByLabel('Renewed until', { exact: true }).fill('');
}

/** Saves the filled-in form; returns the agreement's id, read from the page it lands on. */
async function saveAgreement(page) {
  assert.equal(await send(page, SAVE), 303, `saved: ${await page.locator('.error-summary').allInnerTexts()}`);
  const id = /^\/en\/staff\/agreements\/(\d+)\?saved=true$/.exec(pathOf(page))?.[1];
  assert.ok(id, `the agreement's page: ${pathOf(page)}`);
  await page.locator('main').getByRole('status').filter({ hasText: SAVED }).waitFor();
  await page.getByRole('heading', { level: 1, name: /^Agreement with / }).waitFor();
  return id;
}

/** The editors' list, as rows { Partner, 'Signed on', 'In force until', Standing }, top to bottom. */
async function staffRows(page) {
  const table = page.locator('main').getByRole('region', { name: 'Agreements' }).getByRole('table');
  const header = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(header, ['Partner', 'Signed on', 'In force until', 'Standing']);
  const rows = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
    rows.push(Object.fromEntries(header.map((name, i) => [name, cells[i]])));
  }
  return rows;
}

/** What the public registry's status line says. */
async function found(page) {
  return (await page.locator('main p[role="status"]').innerText()).trim();
}

/** The registry's articles, as the headings (partners' names) they carry, top to bottom. */
async function listedPartners(page) {
  return (await page.locator('main article').getByRole('heading', { level: 2 }).allInnerTexts()).map((text) => text.trim());
}

/** The article of the agreement with `partner`. */
function articleOf(page, partner) {
  return page
    .locator('main article')
    .filter({ has: page.getByRole('heading', { level: 2, name: partner, exact: true }) });
}

/** The side filters (named `narrow` in the page's language): the choices under `heading`. */
function filterChoices(page, heading, narrow = 'Narrow the agreements') {
  return page
    .getByRole('complementary', { name: narrow, exact: true })
    .locator(`h3:text-is("${heading}") + ul > li`);
}

describe('the registry of cooperation agreements: an editor records agreements, and visitors read them by region and standing', () => {
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

  step('the editor opens Agreements (none yet) and sends the empty form: refused with the messages', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openAgreements(editor);
    const main = editor.locator('main');
    await main.getByText(NONE_YET, { exact: true }).waitFor();
    assert.equal(await main.getByRole('table').count(), 0, 'no table while the registry is empty');
    assert.equal(await main.getByRole('link', { name: 'See the public registry', exact: true }).getAttribute('href'), REGISTRY.en);

    // The public registry is empty too.
    visitor = await pageFor();
    assert.equal((await visitor.goto(REGISTRY.en)).status(), 200);
    await visitor.getByRole('heading', { level: 1, name: 'Cooperation agreements' }).waitFor();
    assert.equal(await found(visitor), '0 agreements');
    await visitor.locator('main').getByText(NONE_YET).waitFor();
    assert.equal(await visitor.locator('main article').count(), 0);
    assert.equal(await visitor.getByRole('complementary', { name: 'Narrow the agreements' }).count(), 0, 'nothing to narrow');

    await clickAndLoad(editor, main.getByRole('link', { name: 'Record an agreement', exact: true }));
    assert.equal(pathOf(editor), NEW_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Record an agreement' }).waitFor();
    // The partners to choose from are the observatory's, by name.
    const partners = (await editor.locator('main #partner option').allInnerTexts()).map((text) => text.trim());
    assert.equal(partners[0], 'Choose a partner');
    for (const name of [PERU.partner.en, THAILAND.partner.en]) assert.ok(partners.includes(name), `"${name}" in ${JSON.stringify(partners)}`);
    assert.deepEqual(partners.slice(1), [...partners.slice(1)].sort(), 'the partners in the order of their names');
    // The subject in the three languages, each field in its own language.
    for (const [language, lang] of [['English', 'en'], ['Español', 'es'], ['Français', 'fr']]) {
      assert.equal(await subjectIn(editor, language).getAttribute('lang'), lang);
    }
    assert.equal(await main.getByLabel('Signed on', { exact: true }).getAttribute('type'), 'date');
    assert.equal(await main.getByLabel('Duration in months', { exact: true }).getAttribute('type'), 'number');
    assert.equal(await main.getByLabel('Renewed until', { exact: true }).getAttribute('type'), 'date');

    assert.equal(await send(editor, SAVE), 422);
    assert.equal(pathOf(editor), NEW_PATH);
    const summary = editor.locator('main .error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    const listed = (await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(listed, [MESSAGES.partner, MESSAGES.subject, MESSAGES.signed]);
    for (const [message, field] of [
      [MESSAGES.partner, 'partner'],
      [MESSAGES.subject, 'subject_en'],
      [MESSAGES.signed, 'signed_on'],
    ]) {
      assert.equal(await summary.getByRole('link', { name: message }).getAttribute('href'), `#${field}`);
      // Each message next to its field, which it describes.
      assert.equal((await editor.locator(`main #${field}-error`).innerText()).trim(), message);
      const input = editor.locator(`main #${field}`);
      assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} marked invalid`);
      // The subject's hint (English required) is read with it too.
      const described = (await input.getAttribute('aria-describedby')).split(' ');
      assert.ok(described.includes(`${field}-error`), `${field} described by its error: ${described}`);
    }
    for (const field of ['subject_es', 'subject_fr', 'signatories', 'duration_months', 'renewed_until']) {
      assert.equal(await editor.locator(`main #${field}`).getAttribute('aria-invalid'), null, `${field} is right`);
    }
    assert.equal(await main.getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');
    await auditPage(editor, 'agreements-refused');
  });

  step('a duration that is no whole number and a renewal ending before the signature are refused, all still typed', { timeout: TEST_TIMEOUT_MS }, async () => {
    await fillAgreement(editor, { ...PERU, months: '2.5' });
    await editor.locator('main').getByLabel('Renewed until', { exact: true }).fill('2019-05-01');
    assert.equal(await send(editor, SAVE), 422);
    const summary = editor.locator('main .error-summary');
    const listed = (await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(listed, [MESSAGES.duration, MESSAGES.renewal]);
    assert.equal(await summary.getByRole('link', { name: MESSAGES.duration }).getAttribute('href'), '#duration_months');
    assert.equal(await summary.getByRole('link', { name: MESSAGES.renewal }).getAttribute('href'), '#renewed_until');
    const duration = editor.locator('main #duration_months');
    assert.equal(await duration.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await duration.getAttribute('aria-describedby')).split(' '), ['duration_months-hint', 'duration_months-error']);
    const renewal = editor.locator('main #renewed_until');
    assert.equal(await renewal.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await renewal.getAttribute('aria-describedby')).split(' '), ['renewed_until-hint', 'renewed_until-error']);
    assert.equal(await editor.locator('main #partner').getAttribute('aria-invalid'), null, 'the partner is right now');
    assert.deepEqual(await formFields(editor), {
      partner: PERU.partner.en,
      subject_en: PERU.subject.en,
      subject_es: PERU.subject.es,
      subject_fr: '',
      signatories: PERU.signatories,
      signed_on: PERU.signedOn,
      duration_months: '2.5',
      renewed_until: '2019-05-01',
    });
    assert.equal(pathOf(editor), NEW_PATH);
  });

  step("the editor records Peru's agreement of 2019 for 36 months, in English and Spanish", { timeout: TEST_TIMEOUT_MS }, async () => {
    await fillAgreement(editor, PERU);
    await saveAgreement(editor);
    // What was saved is shown again.
    assert.deepEqual(await formFields(editor), {
      partner: PERU.partner.en,
      subject_en: PERU.subject.en,
      subject_es: PERU.subject.es,
      subject_fr: '',
      signatories: PERU.signatories,
      signed_on: PERU.signedOn,
      duration_months: PERU.months,
      renewed_until: '',
    });
    assert.equal(await editor.locator('main .error-summary').count(), 0);
    await auditPage(editor, 'agreements-saved');
  });

  step("the editor records Thailand's agreement of 100 days ago for 12 months: the list shows both with their standing", { timeout: TEST_TIMEOUT_MS }, async () => {
    await openAgreements(editor);
    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: 'Record an agreement', exact: true }));
    assert.equal(pathOf(editor), NEW_PATH);
    await fillAgreement(editor, THAILAND);
    await saveAgreement(editor);
    assert.equal(await editor.locator('main #subject_en').inputValue(), THAILAND.subject.en);
    assert.equal(await editor.locator('main #duration_months').inputValue(), THAILAND.months);

    await openAgreements(editor);
    // The newest signature first.
    assert.deepEqual(await staffRows(editor), [
      {
        Partner: THAILAND.partner.en,
        'Signed on': longDay('en', THAILAND.signedOn),
        'In force until': longDay('en', THAILAND.endsOn),
        Standing: 'In force',
      },
      {
        Partner: PERU.partner.en,
        'Signed on': 'Thursday 2 May 2019',
        'In force until': 'Sunday 1 May 2022',
        Standing: 'Expired',
      },
    ]);
    assert.equal(await editor.locator('main').getByText(NONE_YET).count(), 0);
    await auditPage(editor, 'agreements-staff-list');
  });

  step('a visitor reaches the registry from the technical cooperation page: two agreements, counted by region and standing', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal((await visitor.goto(localPath('en', '/technical-cooperation'))).status(), 200);
    const section = visitor.locator('main').getByRole('region', { name: 'Collaboration agreements' });
    const link = section.getByRole('link', { name: 'Cooperation agreements', exact: true });
    assert.equal(await link.getAttribute('href'), REGISTRY.en);
    await clickAndLoad(visitor, link);
    assert.equal(pathOf(visitor), REGISTRY.en);
    await visitor.getByRole('heading', { level: 1, name: 'Cooperation agreements' }).waitFor();

    assert.equal(await found(visitor), '2 agreements');
    assert.equal(await visitor.locator('main').getByText(NONE_YET).count(), 0);
    assert.deepEqual(await listedPartners(visitor), [THAILAND.partner.en, PERU.partner.en], 'the newest signature first');
    const thailand = articleOf(visitor, THAILAND.partner.en);
    assert.equal((await thailand.locator('> p').innerText()).trim(), THAILAND.subject.en);
    assert.deepEqual(await factsIn(thailand.locator('dl')), {
      Standing: 'In force',
      Parties: `${SITE.en}; ${THAILAND.partner.en} (Thailand)`,
      'Signed by': THAILAND.signatories,
      'Signed on': longDay('en', THAILAND.signedOn),
      Duration: '12 months',
      'In force until': longDay('en', THAILAND.endsOn),
    });

    assert.deepEqual((await filterChoices(visitor, 'Region').allInnerTexts()).map((text) => text.trim()), [
      'Asia-Pacific (1)',
      'Latin America (1)',
    ]);
    assert.deepEqual((await filterChoices(visitor, 'Standing').allInnerTexts()).map((text) => text.trim()), [
      'In force (1)',
      'Expired (1)',
    ]);
    await auditPage(visitor, 'agreements-registry');
  });

  step("the visitor narrows it to the expired agreements and reads Peru's", { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(visitor, filterChoices(visitor, 'Standing').getByRole('link', { name: 'Expired', exact: true }));
    assert.equal(pathOf(visitor), `${REGISTRY.en}?standing=expired`);
    assert.equal(await found(visitor), 'One agreement · Show every agreement');
    const all = visitor.locator('main p[role="status"]').getByRole('link', { name: 'Show every agreement', exact: true });
    assert.equal(await all.getAttribute('href'), REGISTRY.en);
    assert.equal((await filterChoices(visitor, 'Standing').locator('[aria-current="true"]').innerText()).trim(), 'Expired');
    // The counts are the whole registry's.
    assert.deepEqual((await filterChoices(visitor, 'Standing').allInnerTexts()).map((text) => text.trim()), [
      'In force (1)',
      'Expired (1)',
    ]);
    assert.deepEqual(await listedPartners(visitor), [PERU.partner.en]);

    const peru = articleOf(visitor, PERU.partner.en);
    const subject = peru.locator('> p');
    assert.equal((await subject.innerText()).trim(), PERU.subject.en);
    assert.equal(await subject.getAttribute('lang'), null, 'in the page’s language');
    const facts = peru.locator('dl');
    assert.deepEqual(await factsIn(facts), {
      Standing: 'Expired',
      Parties: `${SITE.en}; ${PERU.partner.en} (${PERU.country.en})`,
      'Signed by': PERU.signatories,
      'Signed on': 'Thursday 2 May 2019',
      Duration: '36 months',
      'In force until': 'Sunday 1 May 2022',
    });
    assert.equal(await facts.locator('time').getAttribute('datetime'), PERU.signedOn);
    await auditPage(visitor, 'agreements-registry-expired');

    // Back to the whole registry.
    await clickAndLoad(visitor, all);
    assert.equal(pathOf(visitor), REGISTRY.en);
    assert.equal(await found(visitor), '2 agreements');
  });

  step('the visitor reads the registry in Spanish at its own address, with the Spanish subject', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal((await visitor.goto(REGISTRY.es)).status(), 200);
    assert.equal(REGISTRY.es, '/es/acuerdos');
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'es');
    await visitor.getByRole('heading', { level: 1, name: 'Acuerdos de cooperación' }).waitFor();
    assert.equal(await found(visitor), '2 acuerdos');
    assert.deepEqual(await listedPartners(visitor), [THAILAND.partner.es, PERU.partner.es]);

    const peru = articleOf(visitor, PERU.partner.es);
    const subject = peru.locator('> p');
    assert.equal((await subject.innerText()).trim(), PERU.subject.es);
    assert.equal(await subject.getAttribute('lang'), null, 'written in Spanish');
    assert.deepEqual(await factsIn(peru.locator('dl')), {
      'Situación': 'Vencido',
      Partes: `${SITE.es}; ${PERU.partner.es} (${PERU.country.es})`,
      'Firmado por': PERU.signatories,
      'Firmado el': 'jueves, 2 de mayo de 2019',
      'Duración': '36 meses',
      'En vigor hasta': 'domingo, 1 de mayo de 2022',
    });
    // Thailand's, written in English only, is shown in English and says so.
    const thailand = articleOf(visitor, THAILAND.partner.es).locator('> p');
    assert.equal((await thailand.innerText()).trim(), THAILAND.subject.en);
    assert.equal(await thailand.getAttribute('lang'), 'en');

    assert.deepEqual((await filterChoices(visitor, 'Región', 'Acotar los acuerdos').allInnerTexts()).map((text) => text.trim()), [
      'Asia-Pacífico (1)',
      'América Latina (1)',
    ]);
    assert.deepEqual((await filterChoices(visitor, 'Situación', 'Acotar los acuerdos').allInnerTexts()).map((text) => text.trim()), [
      'En vigor (1)',
      'Vencido (1)',
    ]);
    await auditPage(visitor, 'agreements-registry-es');
  });
});
