// Browser test of members' contributions to the library and the technical
// committee's review of them. A member registered in Spanish follows the
// library's button to contribute, picks a good practice, attaches a PDF and
// sends it first without its organisation (refused: summary and message next
// to the field, what was typed kept, and the PDF kept on the server, listed
// as such, without choosing it again), keeps it as a draft (the PDF now
// saved with it), then sends it to the committee from their account. An
// editor finds it among the submitted resources, sees and downloads the PDF,
// starts the review, tries to return it without saying why, then returns it
// with reasons; the member reads them in a Spanish mail and on their
// account, adds a link and sends it again; the editor publishes it. The
// member is told by mail, the public finds the practice with its facts, its
// document (downloaded) and its citation, and the member's list says it is
// published. axe-core audits every page the member and the committee see on
// the way.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  download,
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
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const pageFor = pagesFor(suite);
const ADMIN = { email: 'contributions-admin@example.org', password: 'beacon walnut drizzle thirty' };
const EDITOR = { name: 'Ingrid Solberg', email: 'ingrid.solberg@example.org', password: 'quartz heron lullaby nine' };
const MEMBER = { name: 'Valentina Ríos', email: 'valentina.rios@example.org', password: 'cobalt pepper lagoon sixteen' };

const PRACTICE = {
  titleEs: 'Mediación escolar para prevenir la judicialización de adolescentes',
  summaryEs: 'Equipos de mediación en colegios de Medellín resuelven los conflictos entre estudiantes antes de que lleguen a la justicia juvenil.',
  titleEn: 'School mediation to keep adolescents out of court',
  authors: 'Corporación Paz y Escuela',
  issued: '2023-06',
  tags: 'mediación, escuela',
  source: 'Secretaría de Educación de Medellín',
  organisation: 'Corporación Paz y Escuela',
  periodFrom: '2018',
  periodUntil: '2023',
  results: 'Siete de cada diez conflictos mediados no volvieron a repetirse en el curso.',
  contact: 'mediacion@pazyescuela.example.org',
  link: 'https://pazyescuela.example.org/mediacion',
};
/** The document attached to the practice: a real, minimal PDF of one empty page. */
const DOCUMENT = fileURLToPath(new URL('../tests/fixtures/minimal.pdf', import.meta.url));
const DOCUMENT_NAME = 'minimal.pdf';
const DOCUMENT_FACTS = '(PDF, 1 KiB)';
const DOCUMENT_KEPT = '(enviado; se conserva hasta que guarde el formulario)';
const ORGANISATION_MISSING = 'Indique la organización que lo lleva a cabo.';
const REASON_MISSING = 'Say what the contributor should change.';
const REASON = 'Add a link to the evaluation report so readers can check the results.';
const KINDS = [
  'Aportar una investigación',
  'Aportar legislación',
  'Aportar una resolución judicial',
  'Aportar un programa',
  'Aportar una buena práctica',
];

let member;
let editor;
let contributionId;
let contributionPath;
let staffPath;
let fileId;

/** Clicks a button that posts a form and returns the status of the answer to the POST. */
async function post(page, button) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await clickAndLoad(page, button);
  return (await answered).status();
}

/** The line under a contribution's heading: its kind and, in bold, its state. */
async function stateOf(page) {
  return (await page.locator('main p.reference strong').innerText()).trim();
}

/** The state shown on the staff's page of a resource (the last part of its reference line). */
async function staffStateOf(page) {
  return (await page.locator('main p.reference').innerText()).split('·').pop().trim();
}

/** The entry of the attached document in the form's "Documentos" (#files), by its file name. */
function listedFile(page) {
  return page.locator('fieldset#files ul.resource-files > li').filter({ hasText: DOCUMENT_NAME });
}

/** The <details> of an instrument in the form's cited articles, by its name as shown. */
function citedInstrument(page, name) {
  return page.locator('details.cited-instrument').filter({ has: page.locator('summary', { hasText: name }) });
}

describe('library contributions: a member contributes a good practice, the committee returns it and publishes it', () => {
  step('a member registers in Spanish; an admin makes another person an editor', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    member = await pageFor({ locale: 'es-ES' });
    await registerAndConfirm(suite, member, MEMBER, 'es');

    editor = await pageFor();
    await registerAndConfirm(suite, editor, EDITOR);
    const admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await setRoles(admin, EDITOR.email, ['editor']);
    await admin.getByText('The roles have been saved and the change recorded.').waitFor();
  });

  step('the member follows the library to the kinds of contribution and picks a good practice', { timeout: TEST_TIMEOUT_MS }, async () => {
    await member.goto(localPath('es', '/library'));
    await clickAndLoad(member, member.getByRole('link', { name: 'Aportar un recurso', exact: true }));
    assert.equal(pathOf(member), '/es/biblioteca/contribute');
    await member.getByRole('heading', { level: 1, name: 'Contribuir a la biblioteca' }).waitFor();
    for (const kind of KINDS) {
      await member.getByRole('heading', { level: 2, name: kind, exact: true }).getByRole('link').waitFor();
    }
    await member.getByRole('link', { name: 'Mis contribuciones a la biblioteca' }).waitFor();
    await auditPage(member, 'contributions-kinds');

    await clickAndLoad(member, member.getByRole('link', { name: 'Aportar una buena práctica', exact: true }));
    assert.equal(pathOf(member), '/es/biblioteca/contribute/good-practice');
    await member.getByRole('heading', { level: 1, name: 'Aportar una buena práctica' }).waitFor();
    await member.getByRole('group', { name: 'Sobre el programa o la práctica' }).waitFor();
    assert.equal(await member.locator('#jurisdiction').count(), 0, 'no facts of legislation');
    await member.getByRole('button', { name: 'Enviar al comité' }).waitFor();
    await member.getByRole('button', { name: 'Guardar como borrador' }).waitFor();
    await auditPage(member, 'contributions-form');
  });

  step('sent with a PDF but without its organisation, the practice is refused, what was typed and the PDF kept', { timeout: TEST_TIMEOUT_MS }, async () => {
    await member.locator('#title_es').fill(PRACTICE.titleEs);
    await member.locator('#summary_es').fill(PRACTICE.summaryEs);
    await member.locator('#title_en').fill(PRACTICE.titleEn);
    await member.getByLabel('Idioma original').selectOption('es');
    await member.getByLabel('Autores u organización').fill(PRACTICE.authors);
    await member.getByLabel('Fecha de publicación (opcional)').fill(PRACTICE.issued);
    await member.getByLabel('País (opcional)').selectOption('CO');
    await member.locator('input[name="lines"][value="prevention"]').check();
    await member.getByLabel('Temas (opcional, separados por comas)').fill(PRACTICE.tags);
    await member.getByLabel('Fuente o editorial (opcional)').fill(PRACTICE.source);
    await member.getByLabel('Reutilización').selectOption('cc-by');

    const crc = citedInstrument(member, 'Convención sobre los Derechos del Niño');
    await crc.locator('summary').click();
    await crc.locator('input[name="cites"][value="crc:40"]').check();
    const riyadh = citedInstrument(member, 'Riad');
    await riyadh.locator('summary').click();
    await riyadh.locator('input[name="cites"][value="riyadh-guidelines:5"]').check();

    await member.getByLabel('Primer año (opcional)').fill(PRACTICE.periodFrom);
    await member.getByLabel('Último año (opcional)').fill(PRACTICE.periodUntil);
    await member.getByRole('group', { name: 'Evaluación' }).getByLabel('Hay una evaluación disponible').check();
    await member.getByLabel('Resultados', { exact: true }).fill(PRACTICE.results);
    await member.getByLabel('Contacto', { exact: true }).fill(PRACTICE.contact);
    const documents = member.getByRole('group', { name: 'Documentos' });
    await documents.getByText('Documentos PDF u ofimáticos').waitFor();
    assert.equal(await listedFile(member).count(), 0, 'no document before one is chosen');
    await documents.getByLabel('Añadir documentos').setInputFiles(DOCUMENT);

    const status = await post(member, member.getByRole('button', { name: 'Enviar al comité' }));
    assert.equal(status, 422, 'the refused form answers 422');
    assert.equal(pathOf(member), '/es/biblioteca/contribute/good-practice');

    const summary = member.locator('.error-summary');
    const entry = summary.getByRole('link', { name: ORGANISATION_MISSING });
    await entry.waitFor();
    assert.equal(await entry.getAttribute('href'), '#organisation');
    assert.equal(await summary.getByRole('link').count(), 1, `only the organisation is missing: ${await summary.innerText()}`);
    const organisation = member.locator('#organisation');
    await member.locator('.field').filter({ has: organisation }).locator('.field-error').getByText(ORGANISATION_MISSING).waitFor();
    assert.equal(await organisation.getAttribute('aria-invalid'), 'true');

    // What was typed comes back.
    assert.equal(await member.locator('#title_es').inputValue(), PRACTICE.titleEs);
    assert.equal(await member.locator('#summary_es').inputValue(), PRACTICE.summaryEs);
    assert.equal(await member.locator('#title_en').inputValue(), PRACTICE.titleEn);
    assert.equal(await member.locator('#authors').inputValue(), PRACTICE.authors);
    assert.equal(await member.locator('#country').inputValue(), 'CO');
    assert.ok(await member.locator('input[name="lines"][value="prevention"]').isChecked(), 'the line of work is kept');
    assert.ok(await member.locator('input[name="cites"][value="crc:40"]').isChecked(), 'the cited article is kept');
    assert.ok(await member.locator('input[name="cites"][value="riyadh-guidelines:5"]').isChecked(), 'the cited guideline is kept');
    assert.equal(await member.locator('#period_from').inputValue(), PRACTICE.periodFrom);
    assert.ok(await member.getByLabel('Hay una evaluación disponible').isChecked(), 'the evaluation is kept');
    assert.equal(await member.locator('#results').inputValue(), PRACTICE.results);

    // The PDF was kept on the server, not to be chosen again: listed as sent
    // but not saved yet, with the token that brings it back, and no link.
    const kept = listedFile(member);
    assert.equal(await kept.count(), 1, 'the document is listed once');
    await kept.getByText(DOCUMENT_FACTS).waitFor();
    await kept.getByText(DOCUMENT_KEPT).waitFor();
    assert.equal(await kept.getByRole('link').count(), 0, 'no link to a file not saved yet');
    assert.match(await kept.locator('input[type="hidden"][name="kept_files"]').inputValue(), /\S/, 'the kept file has its token');
    assert.equal(await kept.getByRole('checkbox', { name: `Quitar ${DOCUMENT_NAME}` }).isChecked(), false);
    // Browsers never fill in a file input again: it is empty.
    const newFiles = member.getByLabel('Añadir documentos');
    assert.equal(await newFiles.inputValue(), '');
    assert.equal(await newFiles.evaluate((input) => input.files.length), 0, 'the file input is empty');
    await auditPage(member, 'contributions-form-errors');
  });

  step('the member names the organisation and keeps the practice as a draft, the PDF saved with it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await member.getByLabel('Organización que lo lleva a cabo').fill(PRACTICE.organisation);
    const status = await post(member, member.getByRole('button', { name: 'Guardar como borrador' }));
    assert.equal(status, 303, `saved, then sent to its page: ${await member.locator('.error-summary').allInnerTexts()}`);
    contributionId = /^\/es\/account\/contributions\/(\d+)\?saved=true$/.exec(pathOf(member))?.[1];
    assert.ok(contributionId, `the draft was not saved (${pathOf(member)})`);
    contributionPath = `/es/account/contributions/${contributionId}`;

    await member.getByRole('status').getByText('Su contribución se ha guardado.').waitFor();
    await member.getByRole('heading', { level: 1, name: PRACTICE.titleEs }).waitFor();
    assert.equal(await stateOf(member), 'Borrador');
    await member.getByText('Solo usted puede verla.').waitFor();
    // Still a form, as it was stored, with its organisation.
    assert.equal(await member.locator('#organisation').inputValue(), PRACTICE.organisation);
    assert.ok(await member.locator('input[name="cites"][value="crc:40"]').isChecked());
    // The kept PDF was saved with it, though not chosen again: now a link.
    const saved = listedFile(member);
    assert.equal(await saved.count(), 1, 'the document is listed once');
    const link = saved.getByRole('link', { name: DOCUMENT_NAME, exact: true });
    fileId = new RegExp(`^${contributionPath}/files/(\\d+)$`).exec(await link.getAttribute('href'))?.[1];
    assert.ok(fileId, `the document's link: ${await link.getAttribute('href')}`);
    await saved.getByText(DOCUMENT_FACTS).waitFor();
    assert.equal(await saved.getByText(DOCUMENT_KEPT).count(), 0, 'saved, no longer only kept');
    assert.equal(await saved.locator('input[name="kept_files"]').count(), 0);
    assert.equal(await member.locator('#new-files').inputValue(), '');
    await auditPage(member, 'contributions-draft');

    // Nobody outside sees a draft.
    await suite.withPage({ locale: 'es-ES' }, async (page) => {
      const answer = await page.goto(localPath('es', `/library/resources/${contributionId}`));
      assert.equal(answer.status(), 404, 'a draft has no public page');
    });
  });

  step('the member sends the draft to the committee from their account', { timeout: TEST_TIMEOUT_MS }, async () => {
    const status = await post(member, member.getByRole('button', { name: 'Enviar al comité' }));
    assert.equal(status, 303, `sent: ${await member.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(member), `${contributionPath}?saved=true`);
    await member.getByRole('status').getByText('Su contribución se ha enviado al comité técnico.').waitFor();
    await member.getByRole('heading', { level: 1, name: PRACTICE.titleEs }).waitFor();
    assert.equal(await stateOf(member), 'Enviado');
    await member.getByText('El comité técnico la ha recibido y la revisará.').waitFor();
    // The committee's now: no form to change it.
    assert.equal(await member.locator('main form.resource-form').count(), 0, 'no form once sent');
    assert.equal(await member.locator('#title_es').count(), 0);
    assert.equal(await member.getByRole('button', { name: 'Enviar al comité' }).count(), 0);
    await auditPage(member, 'contributions-sent');
  });

  step('an editor finds it among the submitted resources, downloads its PDF and starts the review', { timeout: TEST_TIMEOUT_MS }, async () => {
    await logIn(editor, EDITOR.email, EDITOR.password);
    await openStaffWorkspace(editor);
    await clickAndLoad(editor, editor.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Library', exact: true }));
    assert.equal(pathOf(editor), '/en/staff/library');
    await editor.getByLabel('State').selectOption({ label: 'Submitted' });
    await clickAndLoad(editor, editor.getByRole('button', { name: 'Show' }));
    assert.equal(pathOf(editor), '/en/staff/library?state=submitted');
    const rows = editor.locator('table tbody tr');
    assert.equal(await rows.count(), 1, 'only the contribution is submitted');
    assert.match(await rows.first().innerText(), /Good practice\s+Submitted/);

    await clickAndLoad(editor, rows.getByRole('link', { name: PRACTICE.titleEn }));
    staffPath = `/en/staff/library/${contributionId}`;
    assert.equal(pathOf(editor), staffPath);
    await editor.getByRole('heading', { level: 1, name: PRACTICE.titleEn }).waitFor();
    assert.equal(await staffStateOf(editor), 'Submitted');
    const review = editor.getByRole('region', { name: 'Review of the contribution' });
    await review.getByRole('button', { name: 'Start the review' }).waitFor();
    await review.getByRole('button', { name: 'Publish' }).waitFor();
    await review.getByLabel('What must change before it can be published').waitFor();
    await review.getByRole('button', { name: 'Return to the contributor' }).waitFor();
    // What the member wrote, in the form below, with the document.
    assert.equal(await editor.locator('#organisation').inputValue(), PRACTICE.organisation);
    const listed = listedFile(editor);
    assert.equal(await listed.count(), 1, 'the document is listed once');
    const file = listed.getByRole('link', { name: DOCUMENT_NAME, exact: true });
    assert.equal(await file.getAttribute('href'), `${staffPath}/files/${fileId}`);
    await listed.getByText(DOCUMENT_FACTS).waitFor();
    await auditPage(editor, 'contributions-staff-review');

    const got = await download(editor, file);
    assert.equal(got.name, DOCUMENT_NAME);
    assert.equal(got.start, '%PDF-', 'the file downloaded is the PDF sent');
    assert.equal(pathOf(editor), staffPath, 'the download leaves the page where it is');

    assert.equal(await post(editor, review.getByRole('button', { name: 'Start the review' })), 303);
    assert.equal(pathOf(editor), `${staffPath}?saved=true`);
    assert.equal(await staffStateOf(editor), 'Under review');
    assert.equal(await review.getByRole('button', { name: 'Start the review' }).count(), 0, 'started once');
    await review.getByRole('button', { name: 'Publish' }).waitFor();
  });

  step('returning it without reasons is refused; with them, it goes back to the member', { timeout: TEST_TIMEOUT_MS }, async () => {
    const review = editor.getByRole('region', { name: 'Review of the contribution' });
    const status = await post(editor, review.getByRole('button', { name: 'Return to the contributor' }));
    assert.equal(status, 422, 'the empty reasons are refused');
    await editor.locator('.error-summary').getByRole('link', { name: REASON_MISSING }).waitFor();
    const reason = review.getByLabel('What must change before it can be published');
    await review.locator('.field').filter({ has: editor.locator('#reason') }).locator('.field-error').getByText(REASON_MISSING).waitFor();
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    assert.equal(await staffStateOf(editor), 'Under review', 'nothing changed');
    await auditPage(editor, 'contributions-staff-reason-missing');

    await reason.fill(REASON);
    assert.equal(await post(editor, review.getByRole('button', { name: 'Return to the contributor' })), 303);
    assert.equal(pathOf(editor), `${staffPath}?saved=true`);
    assert.equal(await staffStateOf(editor), 'Returned for changes');
    assert.equal(await editor.getByRole('region', { name: 'Review of the contribution' }).count(), 0, 'the member has it now');
  });

  step('the member reads the reasons in a Spanish mail and on their account, corrects it and sends it again', { timeout: TEST_TIMEOUT_MS }, async () => {
    // The first mail confirmed the address.
    const mail = await waitForMail(suite.server, MEMBER.email, 2);
    assert.equal(mail.subject, 'Su contribución a la biblioteca: se piden cambios');
    assert.ok(mail.text.includes(REASON), `the reasons are in the mail:\n${mail.text}`);
    assert.ok(mail.text.includes(PRACTICE.titleEs), `the practice is named in Spanish:\n${mail.text}`);
    const link = linkIn(mail, '/account/contributions/');
    assert.equal(link, contributionPath);

    await member.goto(link);
    await member.getByRole('heading', { level: 1, name: PRACTICE.titleEs }).waitFor();
    assert.equal(await stateOf(member), 'Devuelto para cambios');
    const reasons = member.getByRole('region', { name: 'Lo que el comité le pide cambiar' });
    await reasons.getByText(REASON).waitFor();
    // Open to the member again, as stored.
    assert.equal(await member.locator('#title_es').inputValue(), PRACTICE.titleEs);
    await listedFile(member).getByRole('link', { name: DOCUMENT_NAME, exact: true }).waitFor();
    await auditPage(member, 'contributions-returned');

    await member.getByLabel('Dirección en la web (opcional)').fill(PRACTICE.link);
    const status = await post(member, member.getByRole('button', { name: 'Enviar al comité' }));
    assert.equal(status, 303, `sent again: ${await member.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(member), `${contributionPath}?saved=true`);
    assert.equal(await stateOf(member), 'Enviado');
    assert.equal(await member.getByRole('region', { name: 'Lo que el comité le pide cambiar' }).count(), 0, 'the reasons were answered');
    assert.equal(await member.locator('main form.resource-form').count(), 0);
  });

  step('the editor publishes it and the member is told by mail', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto(staffPath);
    assert.equal(await staffStateOf(editor), 'Submitted');
    assert.equal(await editor.locator('#link').inputValue(), PRACTICE.link, 'the correction arrived');
    await listedFile(editor).getByRole('link', { name: DOCUMENT_NAME, exact: true }).waitFor();
    const review = editor.getByRole('region', { name: 'Review of the contribution' });
    assert.equal(await post(editor, review.getByRole('button', { name: 'Publish' })), 303);
    assert.equal(pathOf(editor), `${staffPath}?saved=true`);
    assert.equal(await staffStateOf(editor), 'Published');
    await editor.getByRole('link', { name: 'See its public page' }).waitFor();

    const mail = await waitForMail(suite.server, MEMBER.email, 3);
    assert.equal(mail.subject, 'Su contribución está publicada en la biblioteca');
    assert.ok(mail.text.includes(PRACTICE.titleEs), `the practice is named in Spanish:\n${mail.text}`);
    assert.equal(linkIn(mail, '/biblioteca/resources/'), localPath('es', `/library/resources/${contributionId}`));
  });

  step('the public finds the good practice, its facts, downloads its document and sees how to cite it', { timeout: TEST_TIMEOUT_MS }, async () => {
    await suite.withPage({ locale: 'es-ES' }, async (page) => {
      await page.goto(`${localPath('es', '/library/resources')}?kind=good-practice`);
      assert.equal((await page.getByRole('status').innerText()).trim(), 'Un recurso');
      const results = page.locator('ul.resources > li');
      assert.equal(await results.count(), 1);
      await clickAndLoad(page, results.getByRole('link', { name: PRACTICE.titleEs }));
      assert.equal(pathOf(page), localPath('es', `/library/resources/${contributionId}`));
      await page.getByRole('heading', { level: 1, name: PRACTICE.titleEs }).waitFor();
      await page.getByText(PRACTICE.summaryEs).waitFor();

      const facts = await factsIn(page.locator('dl.resource-facts'));
      assert.equal(facts['Organización que lo lleva a cabo'], PRACTICE.organisation);
      assert.equal(facts.Periodo, `${PRACTICE.periodFrom}–${PRACTICE.periodUntil}`);
      assert.equal(facts['Evaluación'], 'Hay una evaluación disponible');
      assert.equal(facts.Resultados, PRACTICE.results);
      assert.equal(facts['Dónde leerlo'], PRACTICE.link);
      assert.match(facts['País o región'], /^Colombia/);
      await page.locator('a[href="/es/biblioteca/standards/crc#article-40"]').waitFor();

      // The document, under its heading, to download.
      await page.getByRole('heading', { level: 2, name: 'Documentos' }).waitFor();
      const listed = page.locator('ul.resource-files > li').filter({ hasText: DOCUMENT_NAME });
      assert.equal(await listed.count(), 1, 'the document is listed once');
      assert.equal((await listed.innerText()).trim(), `${DOCUMENT_NAME} ${DOCUMENT_FACTS}`);
      const file = listed.getByRole('link', { name: DOCUMENT_NAME, exact: true });
      const filePath = localPath('es', `/library/resources/${contributionId}/files/${fileId}`);
      assert.equal(await file.getAttribute('href'), filePath);
      assert.equal(await file.getAttribute('download'), '', 'the link downloads');
      const answer = await page.request.get(filePath);
      assert.equal(answer.status(), 200);
      assert.equal(answer.headers()['content-type'], 'application/pdf');
      assert.match(answer.headers()['content-disposition'], /^attachment;.*filename="?minimal\.pdf"?/);
      const got = await download(page, file);
      assert.equal(got.name, DOCUMENT_NAME);
      assert.equal(got.start, '%PDF-', 'the file downloaded is the PDF sent');
      assert.equal(pathOf(page), localPath('es', `/library/resources/${contributionId}`), 'the download leaves the page where it is');

      await page.getByRole('heading', { level: 2, name: 'Citar este recurso' }).waitFor();
      await page.locator('p.citation cite').getByText(PRACTICE.titleEs).waitFor();
      await auditPage(page, 'contributions-public-resource');
    });
  });

  step("the member's list says the contribution is published", { timeout: TEST_TIMEOUT_MS }, async () => {
    await member.goto('/es/account/contributions');
    await member.getByRole('heading', { level: 1, name: 'Mis contribuciones a la biblioteca' }).waitFor();
    const items = member.locator('main ul.contributions > li');
    assert.equal(await items.count(), 1);
    assert.match(await items.first().innerText(), /Buena práctica · Publicado$/);
    await auditPage(member, 'contributions-list');

    await clickAndLoad(member, items.getByRole('link', { name: PRACTICE.titleEs }));
    assert.equal(pathOf(member), contributionPath);
    assert.equal(await stateOf(member), 'Publicado');
    const publicLink = member.getByRole('link', { name: 'Ver su página pública' });
    assert.equal(await publicLink.getAttribute('href'), localPath('es', `/library/resources/${contributionId}`));
    await auditPage(member, 'contributions-published');
  });
});
