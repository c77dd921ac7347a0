// Browser test of the library: an editor (given the role by an admin) opens
// the staff's library from the workspace and writes a new piece of
// legislation, Chilean, in Spanish first: a first try without its
// jurisdiction is refused (summary and message next to the field, what was
// typed kept), then it is published and the editor follows it to its public
// page. A visitor reading in Spanish, who saw the library before, goes from
// its home to the list, narrows it to legislation, opens the law, finds it
// cites article 40 of the Convention and downloads its BibTeX record; the
// Convention's page lists the law under article 40. axe-core audits every
// page of the loop, the library's public pages in English among them.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
  download,
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
const ADMIN = { email: 'library-admin@example.org', password: 'lantern copper meadow twelve' };
const EDITOR = { name: 'Camila Fuentes', email: 'camila.fuentes@example.org', password: 'orchard violin saffron eight' };

const LAW = {
  titleEs: 'Ley 20.084 de responsabilidad penal adolescente',
  summaryEs: 'Establece un sistema de responsabilidad de los adolescentes por infracciones a la ley penal, con sanciones orientadas a su reinserción social.',
  titleEn: 'Law 20,084 on the criminal responsibility of adolescents',
  authors: 'Congreso Nacional de Chile',
  issued: '2005-12',
  jurisdiction: 'Chile',
  adoptedOn: '2005-11-28',
};
/** The seeded report that cites article 37 of the Convention. */
const SEEDED_REPORT = /^Measures of deprivation of liberty/;
const JURISDICTION_MISSING = 'Name the jurisdiction: a country, a state or province, or a city.';
const CRC_40_ES = '/es/biblioteca/standards/crc#article-40';

let editor;
let visitor;
let formPath;
let resourceId;
let resourcePath;

/** Submits the resource form and returns the status of the answer to the POST. */
async function saveResource(page) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await clickAndLoad(page, page.getByRole('button', { name: 'Save', exact: true }));
  return (await answered).status();
}

/** The entry of article `number` on an instrument's page: its <dd>, below the <dt> of its anchor. */
function articleEntry(page, number) {
  return page.locator(`dt#article-${number} + dd`);
}

describe('the library: an editor publishes a law, a visitor finds and cites it', () => {
  step('an admin makes a registered person an editor; a visitor reads the library in Spanish before', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    editor = await pageFor();
    await registerAndConfirm(suite, editor, EDITOR);

    const admin = await pageFor();
    await createAdmin(suite, admin, ADMIN.email, ADMIN.password);
    await logIn(admin, ADMIN.email, ADMIN.password);
    await setRoles(admin, EDITOR.email, ['editor']);
    await admin.getByText('The roles have been saved and the change recorded.').waitFor();

    // Seen before the law is published: the pages kept for visitors must
    // show it once it is.
    visitor = await pageFor({ locale: 'es-ES' });
    await visitor.goto(localPath('es', '/library'));
    await visitor.locator('.library-kinds li').filter({ hasText: 'Legislación (0)' }).waitFor();
    await visitor.goto(`${localPath('es', '/library/resources')}?kind=legislation`);
    assert.equal((await visitor.getByRole('status').innerText()).trim(), 'Ningún recurso coincide');
  });

  step('the editor opens the library of the staff workspace and a form for new legislation', { timeout: TEST_TIMEOUT_MS }, async () => {
    await logIn(editor, EDITOR.email, EDITOR.password);
    await openStaffWorkspace(editor);
    await clickAndLoad(editor, editor.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Library', exact: true }));
    assert.equal(pathOf(editor), '/en/staff/library');
    await editor.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    // The five reports are research, published.
    const rows = editor.getByRole('row').filter({ hasText: 'Research' });
    assert.equal(await rows.count(), 5, 'the seeded reports are listed');
    for (const kind of ['New research', 'New legislation', 'New court decision', 'New programme', 'New good practice']) {
      await editor.getByRole('link', { name: kind, exact: true }).waitFor();
    }
    await auditPage(editor, 'library-staff-list');

    await clickAndLoad(editor, editor.getByRole('link', { name: 'New legislation', exact: true }));
    formPath = pathOf(editor);
    assert.equal(formPath, '/en/staff/library/new/legislation');
    await editor.getByRole('heading', { level: 1, name: 'New legislation' }).waitFor();
    await editor.getByRole('group', { name: 'About the legislation' }).waitFor();
    assert.equal(await editor.locator('#court').count(), 0, 'no facts of a court decision');
    await auditPage(editor, 'library-staff-form');
  });

  step('a first try without the jurisdiction is refused, what was typed kept', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.locator('#title_es').fill(LAW.titleEs);
    const status = await saveResource(editor);
    assert.equal(status, 422, 'the refused form answers 422');
    assert.equal(pathOf(editor), formPath);

    const summary = editor.locator('.error-summary');
    await summary.getByRole('link', { name: JURISDICTION_MISSING }).waitFor();
    const jurisdiction = editor.locator('#jurisdiction');
    await editor.locator('.field').filter({ has: jurisdiction }).locator('.field-error').getByText(JURISDICTION_MISSING).waitFor();
    assert.equal(await jurisdiction.getAttribute('aria-invalid'), 'true');
    assert.equal(await editor.locator('#title_es').inputValue(), LAW.titleEs, 'the Spanish title is kept');
    // The summary's link leads to the field.
    assert.equal(await summary.getByRole('link', { name: JURISDICTION_MISSING }).getAttribute('href'), '#jurisdiction');
    await auditPage(editor, 'library-staff-form-errors');
  });

  step('the editor completes the law, publishes it and follows it to its public page', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.locator('#title_es').fill(LAW.titleEs);
    await editor.locator('#summary_es').fill(LAW.summaryEs);
    await editor.locator('#title_en').fill(LAW.titleEn);
    await editor.getByLabel('Original language').selectOption('es');
    await editor.getByLabel('Authors or organisation').fill(LAW.authors);
    await editor.getByLabel('Date of publication (optional)').fill(LAW.issued);
    await editor.getByLabel('Country (optional)').selectOption({ label: 'Chile' });
    await editor.getByLabel('Restorative justice').check();

    const crc = editor.locator('details.cited-instrument').filter({
      has: editor.locator('summary', { hasText: 'Convention on the Rights of the Child' }),
    });
    await crc.locator('summary').click();
    const article40 = crc.getByRole('checkbox', { name: /^Article 40:/ });
    await article40.check();
    assert.equal(await article40.getAttribute('value'), 'crc:40');

    await editor.getByLabel('Jurisdiction').fill(LAW.jurisdiction);
    await editor.getByLabel('Kind of instrument').selectOption({ label: 'Law' });
    await editor.getByLabel('Adopted on').fill(LAW.adoptedOn);
    await editor.getByRole('group', { name: 'State' }).getByLabel('Published').check();

    const status = await saveResource(editor);
    assert.equal(status, 303, `saved, then sent to its page: ${await editor.locator('.error-summary').allInnerTexts()}`);
    resourceId = /^\/en\/staff\/library\/(\d+)\?saved=true$/.exec(pathOf(editor))?.[1];
    assert.ok(resourceId, `the law was refused or not saved (${pathOf(editor)}): ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.ok(Number(resourceId) > 5, 'a new resource after the five reports');
    await editor.getByText('The resource has been saved.').waitFor();
    // The staff's heading is the title in the editor's language.
    await editor.getByRole('heading', { level: 1, name: LAW.titleEn }).waitFor();
    await auditPage(editor, 'library-staff-saved');

    await clickAndLoad(editor, editor.getByRole('link', { name: 'See its public page' }));
    resourcePath = `/en/library/resources/${resourceId}`;
    assert.equal(pathOf(editor), resourcePath);
    await editor.getByRole('heading', { level: 1, name: LAW.titleEn }).waitFor();
    const facts = await factsIn(editor.locator('dl.resource-facts'));
    assert.equal(facts.Authors, LAW.authors);
    assert.match(facts['Country or region'], /^Chile · Latin America$/);
    assert.equal(facts['Original language'], 'Spanish');
    assert.equal(facts.Jurisdiction, LAW.jurisdiction);
    assert.equal(facts['Kind of instrument'], 'Law');
    assert.equal(facts['Lines of work'], 'Restorative justice');
    assert.equal(facts.Date, LAW.issued);
    await editor.locator('a[href="/en/library/standards/crc#article-40"]').waitFor();
  });

  step('a visitor in Spanish goes from the library to the list, narrows it to legislation and opens the law', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.goto(localPath('es', '/library'));
    assert.equal(pathOf(visitor), '/es/biblioteca');
    await visitor.getByRole('heading', { level: 1, name: 'Biblioteca' }).waitFor();
    await visitor.locator('.library-kinds li').filter({ hasText: 'Legislación (1)' }).waitFor();
    await visitor.locator('.library-kinds li').filter({ hasText: 'Investigaciones (5)' }).waitFor();
    await visitor.locator('ul.resources').getByRole('link', { name: LAW.titleEs }).waitFor();

    await clickAndLoad(visitor, visitor.getByRole('link', { name: 'Todos los recursos' }));
    assert.equal(pathOf(visitor), '/es/biblioteca/resources');
    assert.equal((await visitor.getByRole('status').innerText()).trim(), '6 recursos');
    const facets = visitor.getByRole('complementary', { name: 'Afinar la lista' });
    await clickAndLoad(visitor, facets.getByRole('link', { name: 'Legislación', exact: true }));
    assert.equal(pathOf(visitor), '/es/biblioteca/resources?kind=legislation');
    assert.equal((await visitor.getByRole('status').innerText()).trim(), 'Un recurso');
    const chosen = visitor.getByRole('list', { name: 'Sus opciones' });
    await chosen.getByRole('link', { name: 'Quitar la opción: Legislación' }).waitFor();
    const results = visitor.locator('ul.resources > li');
    assert.equal(await results.count(), 1);
    assert.match(await results.first().innerText(), /Legislación · 2005 · Chile · Congreso Nacional de Chile/);
    await auditPage(visitor, 'library-list-legislation-es');

    await clickAndLoad(visitor, results.getByRole('link', { name: LAW.titleEs }));
    assert.equal(pathOf(visitor), localPath('es', `/library/resources/${resourceId}`));
    await visitor.getByRole('heading', { level: 1, name: LAW.titleEs }).waitFor();
    assert.equal(await visitor.locator('h1').getAttribute('lang'), null, 'written in Spanish: no lang of its own');
    await visitor.getByText(LAW.summaryEs).waitFor();
    const cites = visitor.locator(`a[href="${CRC_40_ES}"]`);
    assert.equal((await cites.innerText()).trim(), 'Convención sobre los Derechos del Niño, Artículo 40');
    await visitor.locator('p.citation cite').getByText(LAW.titleEs).waitFor();
    await auditPage(visitor, 'library-resource-es');
  });

  step('the visitor downloads the BibTeX record of the law', { timeout: TEST_TIMEOUT_MS }, async () => {
    const got = await download(visitor, visitor.getByRole('link', { name: 'Descargar en BibTeX' }));
    assert.equal(got.name, `resource-${resourceId}.bib`);
    assert.ok(got.text.startsWith(`@misc{observatory-${resourceId},`), `a BibTeX record:\n${got.text}`);
    assert.ok(got.text.includes(`title = {{${LAW.titleEs}}}`), `the Spanish title:\n${got.text}`);
    assert.ok(got.text.includes(`author = {{${LAW.authors}}}`), `the organisation, braced:\n${got.text}`);
    assert.ok(got.text.includes('language = {es}'), got.text);

    const ris = await download(visitor, visitor.getByRole('link', { name: /^Descargar en RIS/ }));
    assert.equal(ris.name, `resource-${resourceId}.ris`);
    assert.ok(ris.text.startsWith('TY  - STAT\r\n'), `an RIS record of a statute:\n${ris.text}`);
    assert.ok(ris.text.includes(`TI  - ${LAW.titleEs}\r\n`), ris.text);
  });

  step("the Convention's page lists the law under article 40, from Chile", { timeout: TEST_TIMEOUT_MS }, async () => {
    await clickAndLoad(visitor, visitor.locator(`a[href="${CRC_40_ES}"]`));
    assert.equal(pathOf(visitor), '/es/biblioteca/standards/crc');
    assert.equal(new URL(visitor.url()).hash, '#article-40');
    const entry = articleEntry(visitor, '40');
    const citing = entry.locator('details.citing');
    const law = citing.getByRole('link', { name: LAW.titleEs });
    assert.equal(await law.isVisible(), false, 'closed until opened');
    await citing.getByText('Recursos que lo citan').click();
    await law.waitFor({ state: 'visible' });
    assert.equal(await law.getAttribute('href'), localPath('es', `/library/resources/${resourceId}`));
    // Grouped by country: the law under Chile.
    const chile = citing.locator('p.country', { hasText: 'Chile' });
    await chile.waitFor();
    await chile.locator('xpath=following-sibling::ul[1]').getByRole('link', { name: LAW.titleEs }).waitFor();
    await auditPage(visitor, 'library-convention-es-open');
  });

  step('the home, the list, a list narrowed to research, a resource and the Convention have no axe violations', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    await suite.withPage({}, async (page) => {
      await page.goto('/en/library');
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      const research = page.getByRole('link', { name: 'Research', exact: true });
      assert.equal(await research.getAttribute('href'), '/en/library/resources?kind=research');
      await page.locator('.library-kinds li').filter({ hasText: 'Research (5)' }).waitFor();
      await page.getByRole('link', { name: 'Convention on the Rights of the Child' }).waitFor();
      await auditPage(page, 'library-home');

      await page.goto('/en/library/resources');
      assert.equal((await page.getByRole('status').innerText()).trim(), '6 resources');
      await page.getByRole('complementary', { name: 'Narrow the list' }).waitFor();
      await auditPage(page, 'library-list');

      await clickAndLoad(page, page.getByRole('link', { name: 'Research', exact: true }));
      assert.equal(pathOf(page), '/en/library/resources?kind=research');
      assert.equal((await page.getByRole('status').innerText()).trim(), '5 resources');
      await auditPage(page, 'library-list-research');
      // Removing the choice brings every resource back.
      await clickAndLoad(page, page.getByRole('link', { name: 'Remove the choice: Research' }));
      assert.equal((await page.getByRole('status').innerText()).trim(), '6 resources');

      await page.goto('/en/library/resources?kind=research');
      await clickAndLoad(page, page.locator('ul.resources').getByRole('link', { name: SEEDED_REPORT }));
      assert.match(pathOf(page), /^\/en\/library\/resources\/[1-5]$/);
      await page.getByRole('heading', { level: 2, name: 'Cite this resource' }).waitFor();
      await page.locator('p.citation cite').waitFor();
      await page.getByRole('link', { name: 'Download as BibTeX' }).waitFor();
      await page.getByRole('link', { name: /^Download as RIS/ }).waitFor();
      await page.getByRole('complementary', { name: 'Related resources' }).waitFor();
      await page.locator('a[href="/en/library/standards/crc#article-37"]').waitFor();
      await auditPage(page, 'library-resource');

      await clickAndLoad(page, page.locator('a[href="/en/library/standards/crc#article-37"]'));
      const citing = articleEntry(page, '37').locator('details.citing');
      await citing.getByText('Resources citing it').click();
      await citing.getByRole('link', { name: SEEDED_REPORT }).waitFor({ state: 'visible' });
      await auditPage(page, 'library-convention');
    });
  });
});
