// Browser test of the Continental Councils' archive: editors record the
// councils' meetings on a staff form, their documents named by their numbers
// in the library, and the public reads the archive by council and year.
// An admin makes a registered person an editor. The editor opens Councils
// from the staff navigation: no meeting yet. An empty form is refused (422,
// a summary and the messages next to the council, the edition, the first
// day, the place and the English summary). The editor records the second
// meeting of the Asia-Pacific Council (Bangkok, Thailand, 14 to 16 November
// 2016, two participants on two lines, what it did in English and Spanish),
// its documents given as "99999": refused, naming the number the library
// does not have, everything typed still there. With the number of the
// seeded Asia-Pacific report (read from the reports page's link to its
// record in the library) the meeting is saved, and the form lists the
// document by number, title and state. The editor records the first meeting
// of the European Council (Rome, a single day of 2009): the list shows both,
// the newest first. A visitor reaches the archive from the collaboration
// networks page: two meetings, the newest (Bangkok) first, with its days,
// place and country, who took part, its summary and its document, whose
// link leads to the library's record; the archive is narrowed to 2009 (Rome
// only) and back to every meeting; read in Spanish at its own address it
// shows the Spanish summary, in French the English one, marked as English.
// axe-core audits the staff list, the form refused empty, the form refused
// for its documents, the saved form, the public archive (whole and narrowed)
// and the Spanish archive.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  acceptCookies,
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
const ADMIN = { email: 'councils-admin@example.org', password: 'granite orchard beacon forty' };
const EDITOR = { name: 'Kanya Srisuk-Delacroix', email: 'kanya.srisuk@example.org', password: 'willow ember compass nine' };

const LIST_PATH = '/en/staff/councils';
const NEW_PATH = '/en/staff/councils/new';
const ARCHIVE = { en: localPath('en', '/councils'), es: localPath('es', '/councils'), fr: localPath('fr', '/councils') };
const SAVED = 'The meeting has been saved.';
const SAVE = 'Save the meeting';
const NONE_YET = 'No meeting has been recorded yet.';
const MESSAGES = {
  council: 'Choose the council that met.',
  edition: 'Give the edition as a whole number from 1 to 99.',
  starts_on: "Give the meeting's first day.",
  place: 'Give the city where the council met.',
  summary_en: 'Say in English what the meeting did.',
};
const unknownDocument = (number) => `The library has no resource numbered ${number}.`;

/** The councils as the site names them (content/councils), in their editorial order. */
const COUNCIL = {
  european: { en: 'European Council for Juvenile Justice', es: 'Consejo Europeo de Justicia Juvenil', fr: 'Conseil européen pour la justice juvénile' },
  latinAmerican: { en: 'Latin American Council for Juvenile Justice' },
  asiaPacific: {
    en: 'Asia-Pacific Council for Juvenile Justice',
    es: 'Consejo Asia-Pacífico de Justicia Juvenil',
    fr: 'Conseil Asie-Pacifique pour la justice juvénile',
  },
  african: { en: 'African Council for Juvenile Justice' },
};

/** The seeded report that introduces the Asia-Pacific Council, a published library resource. */
const REPORT_TITLE = {
  en: 'A voice for the future of juvenile justice in Asia-Pacific: Introduction to the Asia Pacific Council for juvenile justice and leading juvenile justice reforms in the region',
  es: 'Una voz para el futuro de la justicia juvenil en Asia-Pacífico: presentación del Consejo Asia-Pacífico de Justicia Juvenil y de las principales reformas de la justicia juvenil en la región',
};

/** The second meeting of the Asia-Pacific Council: three days in Bangkok, its documents filled in once known. */
const BANGKOK = {
  council: COUNCIL.asiaPacific,
  edition: '2',
  startsOn: '2016-11-14',
  endsOn: '2016-11-16',
  place: 'Bangkok',
  country: { en: 'Thailand', es: 'Tailandia', fr: 'Thaïlande' },
  participants:
    'Department of Juvenile Observation and Protection, Ministry of Justice of Thailand\nJuvenile and family court judges from Indonesia, the Philippines and Viet Nam',
  summary: {
    en: 'The council reviewed the reforms of juvenile justice in the region and agreed to promote alternatives to detention and specialised courts for children.',
    es: 'El consejo examinó las reformas de la justicia juvenil en la región y acordó promover las alternativas a la privación de libertad y los tribunales especializados para niños.',
  },
  days: {
    en: 'Monday 14 November 2016 to Wednesday 16 November 2016',
    es: 'del lunes, 14 de noviembre de 2016 al miércoles, 16 de noviembre de 2016',
    fr: 'du lundi 14 novembre 2016 au mercredi 16 novembre 2016',
  },
};

/** The first meeting of the European Council: one day in Rome, its summary in English only. */
const ROME = {
  council: COUNCIL.european,
  edition: '1',
  startsOn: '2009-10-22',
  endsOn: '',
  place: 'Rome',
  country: { en: 'Italy' },
  participants: 'Experts, judges and representatives of the ministries of justice of twenty European countries',
  summary: {
    en: 'The council held its founding meeting and adopted its working plan on the rights of young people in conflict with the law.',
  },
  days: { en: 'Thursday 22 October 2009' },
};

let editor;
let visitor;
/** The library's number of the Asia-Pacific report, read from the reports page. */
let reportNumber;
/** Where the Bangkok meeting is kept on the staff's pages. */
let bangkokPath;

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.locator('main').getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** Opens the staff's councils from the staff navigation. */
async function openCouncils(page) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Councils', exact: true }));
  assert.equal(pathOf(page), LIST_PATH);
  await page.getByRole('heading', { level: 1, name: 'Councils' }).waitFor();
}

/** From the staff list, opens the form for a new meeting. */
async function openNewMeeting(page) {
  await clickAndLoad(page, page.locator('main').getByRole('link', { name: 'Record a meeting', exact: true }));
  assert.equal(pathOf(page), NEW_PATH);
  await page.getByRole('heading', { level: 1, name: 'Record a meeting' }).waitFor();
}

/** The form's summary, in one of its languages (labelled by the language's own name). */
function summaryIn(page, language) {
  return page.locator('main').getByRole('group', { name: 'What the meeting did', exact: true }).getByLabel(language, { exact: true });
}

/** Fills in the whole form with a meeting (English labels). */
async function fillMeeting(page, meeting, documents) {
  const main = page.locator('main');
  await main.getByLabel('Council', { exact: true }).selectOption({ label: meeting.council.en });
  await main.getByLabel('Edition', { exact: true }).fill(meeting.edition);
  await main.getByLabel('First day', { exact: true }).fill(meeting.startsOn);
  await main.getByLabel('Last day (optional)', { exact: true }).fill(meeting.endsOn);
  await main.getByLabel('Place', { exact: true }).fill(meeting.place);
  await main.getByLabel('Country (optional)', { exact: true }).selectOption({ label: meeting.country.en });
  await main.getByLabel('Who took part (optional)', { exact: true }).fill(meeting.participants);
  await summaryIn(page, 'English').fill(meeting.summary.en);
  await summaryIn(page, 'Español').fill(meeting.summary.es ?? '');
  await summaryIn(page, 'Français').fill(meeting.summary.fr ?? '');
  await main.getByLabel('Documents in the library (optional)', { exact: true }).fill(documents);
}

/** The values of the form's fields, the selects by the option shown. */
async function formFields(page) {
  const value = (id) => page.locator(`main #${id}`).inputValue();
  const chosen = async (id) => (await page.locator(`main #${id} option:checked`).innerText()).trim();
  return {
    council: await chosen('council'),
    edition: await value('edition'),
    starts_on: await value('starts_on'),
    ends_on: await value('ends_on'),
    place: await value('place'),
    country: await chosen('country'),
    participants: await value('participants'),
    summary_en: await value('summary_en'),
    summary_es: await value('summary_es'),
    summary_fr: await value('summary_fr'),
    documents: await value('documents'),
  };
}

/** What the form should show for `meeting`, with `documents` typed. */
function typedFields(meeting, documents) {
  return {
    council: meeting.council.en,
    edition: meeting.edition,
    starts_on: meeting.startsOn,
    ends_on: meeting.endsOn,
    place: meeting.place,
    country: meeting.country.en,
    participants: meeting.participants,
    summary_en: meeting.summary.en,
    summary_es: meeting.summary.es ?? '',
    summary_fr: meeting.summary.fr ?? '',
    documents,
  };
}

/** The texts of the error summary's items. */
async function summaryMessages(page) {
  const summary = page.locator('main .error-summary');
  await summary.waitFor();
  assert.equal(await summary.getAttribute('role'), 'alert');
  return (await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
}

/** Checks `message` is linked from the summary to `field`, shown next to it and describes it. */
async function assertFieldError(page, field, message) {
  const summary = page.locator('main .error-summary');
  assert.equal(await summary.getByRole('link', { name: message, exact: true }).getAttribute('href'), `#${field}`);
  assert.equal((await page.locator(`main #${field}-error`).innerText()).trim(), message);
  const input = page.locator(`main #${field}`);
  assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} marked invalid`);
  const described = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  assert.ok(described.includes(`${field}-error`), `${field} described by its error: ${described}`);
}

/** Saves the filled-in form; returns the meeting's staff path, read from the page it lands on. */
async function saveMeeting(page) {
  assert.equal(await send(page, SAVE), 303, `saved: ${await page.locator('main .error-summary').allInnerTexts()}`);
  const saved = /^(\/en\/staff\/councils\/\d+)\?saved=true$/.exec(pathOf(page))?.[1];
  assert.ok(saved, `the meeting's page: ${pathOf(page)}`);
  await page.locator('main').getByRole('status').filter({ hasText: SAVED }).waitFor();
  assert.equal(await page.locator('main .error-summary').count(), 0);
  return saved;
}

/** The editors' list, as rows { Council, Edition, Days, Place }, top to bottom. */
async function staffRows(page) {
  const table = page.locator('main').getByRole('region', { name: 'Councils' }).getByRole('table');
  const header = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(header, ['Council', 'Edition', 'Days', 'Place']);
  const rows = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
    rows.push(Object.fromEntries(header.map((name, i) => [name, cells[i]])));
  }
  return rows;
}

/** What the archive's status line says. */
async function found(page) {
  return (await page.locator('main p[role="status"]').innerText()).trim();
}

/** The archive's meetings, as their headings, top to bottom. */
async function listedMeetings(page) {
  return (await page.locator('main article').getByRole('heading', { level: 2 }).allInnerTexts()).map((text) => text.trim());
}

/** The heading of a meeting in `lang`'s archive. */
function headingOf(meeting, lang) {
  const edition = { en: 'Edition', es: 'Edición', fr: 'Édition' }[lang];
  return `${meeting.council[lang]} · ${edition} ${meeting.edition}`;
}

/** The archive's article of `meeting`, in `lang`. */
function articleOf(page, meeting, lang = 'en') {
  return page
    .locator('main article')
    .filter({ has: page.getByRole('heading', { level: 2, name: headingOf(meeting, lang), exact: true }) });
}

/** The side filters (named `narrow` in the page's language): the choices under `heading`. */
function filterChoices(page, heading, narrow = 'Narrow the archive') {
  return page.getByRole('complementary', { name: narrow, exact: true }).locator(`h3:text-is("${heading}") + ul > li`);
}

async function choicesText(choices) {
  return (await choices.allInnerTexts()).map((text) => text.trim());
}

describe("the Continental Councils' archive: an editor records the councils' meetings with their library documents, and visitors read them by council and year", () => {
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

  step('the editor opens Councils (none yet) and sends the empty form: refused with the messages', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openCouncils(editor);
    const main = editor.locator('main');
    await main.getByText(NONE_YET, { exact: true }).waitFor();
    assert.equal(await main.getByRole('table').count(), 0, 'no table while the archive is empty');
    assert.equal(await main.getByRole('link', { name: 'See the public archive', exact: true }).getAttribute('href'), ARCHIVE.en);

    await openNewMeeting(editor);
    // The councils to choose from are the four, by name, in their editorial order.
    const councils = (await editor.locator('main #council option').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(councils, [
      'Choose a council',
      COUNCIL.european.en,
      COUNCIL.latinAmerican.en,
      COUNCIL.asiaPacific.en,
      COUNCIL.african.en,
    ]);
    // The summary in the three languages, each field in its own language.
    for (const [language, lang] of [['English', 'en'], ['Español', 'es'], ['Français', 'fr']]) {
      assert.equal(await summaryIn(editor, language).getAttribute('lang'), lang);
      assert.equal(await summaryIn(editor, language).getAttribute('name'), `summary_${lang}`);
    }
    assert.equal(await main.getByLabel('Edition', { exact: true }).getAttribute('type'), 'number');
    assert.equal(await main.getByLabel('First day', { exact: true }).getAttribute('type'), 'date');
    assert.equal(await main.getByLabel('Last day (optional)', { exact: true }).getAttribute('type'), 'date');

    assert.equal(await send(editor, SAVE), 422);
    assert.equal(pathOf(editor), NEW_PATH);
    assert.deepEqual(await summaryMessages(editor), Object.values(MESSAGES));
    for (const [field, message] of Object.entries(MESSAGES)) await assertFieldError(editor, field, message);
    for (const field of ['ends_on', 'country', 'participants', 'summary_es', 'summary_fr', 'documents']) {
      assert.equal(await editor.locator(`main #${field}`).getAttribute('aria-invalid'), null, `${field} is right`);
    }
    assert.equal(await main.getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');
    await auditPage(editor, 'councils-refused');
  });

  step("the Asia-Pacific meeting in Bangkok, its documents given as 99999: refused naming the number, everything typed still there", { timeout: TEST_TIMEOUT_MS }, async () => {
    await fillMeeting(editor, BANGKOK, '99999');
    assert.equal(await send(editor, SAVE), 422);
    assert.equal(pathOf(editor), NEW_PATH);
    assert.deepEqual(await summaryMessages(editor), [unknownDocument(99999)]);
    await assertFieldError(editor, 'documents', unknownDocument(99999));
    for (const field of Object.keys(MESSAGES)) {
      assert.equal(await editor.locator(`main #${field}`).getAttribute('aria-invalid'), null, `${field} is right now`);
    }
    assert.deepEqual(await formFields(editor), typedFields(BANGKOK, '99999'));
    assert.equal(await editor.locator('main .resource-files').count(), 0, 'no document listed');
    await auditPage(editor, 'councils-refused-documents');
  });

  step("with the number of the Asia-Pacific report the meeting is saved, its document listed by number and title", { timeout: TEST_TIMEOUT_MS }, async () => {
    // The report's number in the library, from the reports page's link to its record.
    visitor = await pageFor();
    assert.equal((await visitor.goto(localPath('en', '/reports'))).status(), 200);
    await acceptCookies(visitor);
    const record = visitor
      .locator('main')
      .getByRole('link', { name: /^Its record in the library, with how to cite it/ })
      .filter({ hasText: REPORT_TITLE.en });
    reportNumber = /^\/en\/library\/resources\/(\d+)$/.exec(await record.getAttribute('href'))?.[1];
    assert.ok(reportNumber, 'the report has a record in the library');

    await editor.locator('main').getByLabel('Documents in the library (optional)', { exact: true }).fill(reportNumber);
    bangkokPath = await saveMeeting(editor);
    await editor.getByRole('heading', { level: 1, name: headingOf(BANGKOK, 'en'), exact: true }).waitFor();
    // What was saved is shown again.
    assert.deepEqual(await formFields(editor), typedFields(BANGKOK, reportNumber));
    const documents = editor.locator('main #documents ~ ul.resource-files > li');
    assert.deepEqual(await choicesText(documents), [`${reportNumber}: ${REPORT_TITLE.en} (Published)`]);
    assert.equal(
      await documents.getByRole('link', { name: REPORT_TITLE.en, exact: true }).getAttribute('href'),
      `/en/staff/library/${reportNumber}`,
    );
    await auditPage(editor, 'councils-saved');
  });

  step('the editor records the European Council’s first meeting, one day in Rome in 2009: the list shows both, the newest first', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openCouncils(editor);
    await openNewMeeting(editor);
    await fillMeeting(editor, ROME, '');
    await saveMeeting(editor);
    assert.deepEqual(await formFields(editor), typedFields(ROME, ''));
    assert.equal(await editor.locator('main .resource-files').count(), 0, 'no document');

    await openCouncils(editor);
    assert.equal(await editor.locator('main').getByText(NONE_YET).count(), 0);
    assert.deepEqual(await staffRows(editor), [
      { Council: BANGKOK.council.en, Edition: BANGKOK.edition, Days: BANGKOK.days.en, Place: BANGKOK.place },
      { Council: ROME.council.en, Edition: ROME.edition, Days: ROME.days.en, Place: ROME.place },
    ]);
    const table = editor.locator('main').getByRole('table');
    assert.equal(await table.getByRole('link', { name: BANGKOK.council.en, exact: true }).getAttribute('href'), bangkokPath);
    await auditPage(editor, 'councils-staff-list');
  });

  step('a visitor reaches the archive from the collaboration networks page: two meetings, Bangkok first, with its days, place, participants and document', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal((await visitor.goto(localPath('en', '/collaboration-networks'))).status(), 200);
    const link = visitor.locator('main').getByRole('link', { name: "The archive of the councils' meetings", exact: true });
    assert.equal(await link.getAttribute('href'), ARCHIVE.en);
    await clickAndLoad(visitor, link);
    assert.equal(pathOf(visitor), ARCHIVE.en);
    await visitor.getByRole('heading', { level: 1, name: 'Continental Councils archive' }).waitFor();

    assert.equal(await found(visitor), '2 meetings shown');
    assert.deepEqual(await listedMeetings(visitor), [headingOf(BANGKOK, 'en'), headingOf(ROME, 'en')], 'the newest first');

    const bangkok = articleOf(visitor, BANGKOK);
    const summary = bangkok.locator('> p');
    assert.equal((await summary.innerText()).trim(), BANGKOK.summary.en);
    assert.equal(await summary.getAttribute('lang'), null, 'in the page’s language');
    assert.deepEqual(await factsIn(bangkok.locator('dl')), {
      Days: BANGKOK.days.en,
      Place: `${BANGKOK.place} (${BANGKOK.country.en})`,
      'Who took part': BANGKOK.participants,
    });
    assert.equal(await bangkok.locator('dl time').getAttribute('datetime'), BANGKOK.startsOn);
    await bangkok.getByRole('heading', { level: 3, name: 'Documents', exact: true }).waitFor();
    const documents = bangkok.locator('ul.resource-files').getByRole('link');
    assert.deepEqual(await choicesText(documents), [REPORT_TITLE.en]);
    assert.equal(await documents.first().getAttribute('href'), `/en/library/resources/${reportNumber}`);

    const rome = articleOf(visitor, ROME);
    assert.deepEqual(await factsIn(rome.locator('dl')), {
      Days: ROME.days.en,
      Place: `${ROME.place} (${ROME.country.en})`,
      'Who took part': ROME.participants,
    });
    assert.equal(await rome.getByRole('heading', { name: 'Documents' }).count(), 0, 'Rome has no document');

    // The counts of the whole archive, by council (in their order) and by year (the newest first).
    assert.deepEqual(await choicesText(filterChoices(visitor, 'Council')), [
      `${COUNCIL.european.en} (1)`,
      `${COUNCIL.asiaPacific.en} (1)`,
    ]);
    assert.deepEqual(await choicesText(filterChoices(visitor, 'Year')), ['2016 (1)', '2009 (1)']);
    assert.equal(await visitor.locator('main p[role="status"]').getByRole('link').count(), 0, 'nothing to show again');
    await auditPage(visitor, 'councils-archive');

    // The document's link leads to its record in the library.
    await clickAndLoad(visitor, documents.first());
    assert.equal(pathOf(visitor), `/en/library/resources/${reportNumber}`);
    await visitor.getByRole('heading', { level: 1, name: REPORT_TITLE.en, exact: true }).waitFor();
  });

  step('the visitor narrows the archive to 2009 (Rome only), then shows every meeting again', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.goto(ARCHIVE.en);
    await clickAndLoad(visitor, filterChoices(visitor, 'Year').getByRole('link', { name: '2009', exact: true }));
    assert.equal(pathOf(visitor), `${ARCHIVE.en}?year=2009`);
    assert.equal(await found(visitor), 'One meeting shown · Show every meeting');
    assert.deepEqual(await listedMeetings(visitor), [headingOf(ROME, 'en')]);
    assert.equal((await filterChoices(visitor, 'Year').locator('[aria-current="true"]').innerText()).trim(), '2009');
    // The counts stay the whole archive's.
    assert.deepEqual(await choicesText(filterChoices(visitor, 'Year')), ['2016 (1)', '2009 (1)']);
    assert.equal(await articleOf(visitor, BANGKOK).count(), 0);
    await auditPage(visitor, 'councils-archive-2009');

    const all = visitor.locator('main p[role="status"]').getByRole('link', { name: 'Show every meeting', exact: true });
    assert.equal(await all.getAttribute('href'), ARCHIVE.en);
    await clickAndLoad(visitor, all);
    assert.equal(pathOf(visitor), ARCHIVE.en);
    assert.equal(await found(visitor), '2 meetings shown');
    assert.deepEqual(await listedMeetings(visitor), [headingOf(BANGKOK, 'en'), headingOf(ROME, 'en')]);
  });

  step('the visitor reads the archive in Spanish (the Spanish summary) and in French (the English one, marked as English)', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal(ARCHIVE.es, '/es/consejos');
    assert.equal((await visitor.goto(ARCHIVE.es)).status(), 200);
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'es');
    await visitor.getByRole('heading', { level: 1, name: 'Archivo de los Consejos Continentales' }).waitFor();
    assert.equal(await found(visitor), '2 reuniones');
    assert.deepEqual(await listedMeetings(visitor), [headingOf(BANGKOK, 'es'), headingOf(ROME, 'es')]);

    const bangkok = articleOf(visitor, BANGKOK, 'es');
    const summary = bangkok.locator('> p');
    assert.equal((await summary.innerText()).trim(), BANGKOK.summary.es);
    assert.equal(await summary.getAttribute('lang'), null, 'written in Spanish');
    assert.deepEqual(await factsIn(bangkok.locator('dl')), {
      'Días': BANGKOK.days.es,
      Lugar: `${BANGKOK.place} (${BANGKOK.country.es})`,
      Participantes: BANGKOK.participants,
    });
    const document = bangkok.locator('ul.resource-files').getByRole('link');
    assert.equal((await document.innerText()).trim(), REPORT_TITLE.es);
    assert.equal(await document.getAttribute('href'), `/es/biblioteca/resources/${reportNumber}`);
    assert.equal(await document.getAttribute('lang'), null, 'its title in Spanish');
    // Rome's, written in English only, is shown in English and says so.
    const rome = articleOf(visitor, ROME, 'es').locator('> p');
    assert.equal((await rome.innerText()).trim(), ROME.summary.en);
    assert.equal(await rome.getAttribute('lang'), 'en');
    assert.deepEqual(await choicesText(filterChoices(visitor, 'Año', 'Acotar el archivo')), ['2016 (1)', '2009 (1)']);
    await auditPage(visitor, 'councils-archive-es');

    assert.equal(ARCHIVE.fr, '/fr/conseils');
    assert.equal((await visitor.goto(ARCHIVE.fr)).status(), 200);
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'fr');
    await visitor.getByRole('heading', { level: 1, name: 'Archives des Conseils continentaux' }).waitFor();
    assert.equal(await found(visitor), '2 réunions');
    assert.deepEqual(await listedMeetings(visitor), [headingOf(BANGKOK, 'fr'), headingOf(ROME, 'fr')]);
    const inFrench = articleOf(visitor, BANGKOK, 'fr');
    const english = inFrench.locator('> p');
    assert.equal((await english.innerText()).trim(), BANGKOK.summary.en);
    assert.equal(await english.getAttribute('lang'), 'en', 'no French summary: the English one, marked as English');
    assert.deepEqual(await factsIn(inFrench.locator('dl')), {
      Jours: BANGKOK.days.fr,
      Lieu: `${BANGKOK.place} (${BANGKOK.country.fr})`,
      Participants: BANGKOK.participants,
    });
  });
});
