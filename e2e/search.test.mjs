// Browser test of the search: a visitor reading in Spanish types
// "detenciones" into the search box of the header and presses Enter; the
// seeded report on deprivation of liberty is found, "detención" marked in its
// excerpt. The visitor narrows the results by kind and by language (the report
// stays), widens the words in the page's own form (the choices kept), sorts by
// date and opens the report at its page in the library. A visitor in English
// types a query of odd shape (quotes, brackets, a lone minus: no word at all)
// and gets the ordinary page saying nothing was found; so does one with a
// word nothing has. axe-core audits the page
// with results, with none, and before anything was asked.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  NAVIGATION_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  localPath,
  pagesFor,
  pathOf,
  story,
  useServerAndBrowser,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const pageFor = pagesFor(suite);

/** The seeded report that speaks of detention, as Spanish titles it. */
const REPORT_ES = /^Medidas privativas de libertad para jóvenes infractores/;
const LIBRARY_RESOURCE_ES = new RegExp(`^${localPath('es', '/library/resources')}/(\\d+)$`);
/** Quotes, brackets and a minus with nothing after it: no words at all. */
const ODD = '"(( -';
/** As odd, with a word nothing has: a phrase left open, an exclusion. */
const ODD_AND_UNKNOWN = '"((zanahorias)) -justice';

let visitor;
let reportPath;

/** Presses Enter in a field of a form and waits for the new document's load event. */
async function pressEnterAndLoad(page, field) {
  const loaded = page.waitForEvent('load', { timeout: NAVIGATION_TIMEOUT_MS });
  await field.press('Enter');
  await loaded;
}

/** Like pressEnterAndLoad, and returns the status of the document's answer. */
async function submitAndStatus(page, field) {
  const answered = page.waitForResponse((response) => response.request().isNavigationRequest());
  await pressEnterAndLoad(page, field);
  return (await answered).status();
}

/** The search box of the header (every page has one). */
function headerSearch(page) {
  return page.locator('header').getByRole('search').getByRole('searchbox');
}

/** The search box of the search page's own form. */
function mainSearch(page) {
  return page.locator('main').getByRole('search').getByRole('searchbox');
}

function results(page) {
  return page.locator('ol.search-results > li');
}

function theReport(page) {
  return results(page).filter({ has: page.getByRole('link', { name: REPORT_ES }) });
}

describe('the search: a visitor finds a report from the header and opens it', () => {
  step('a visitor reading in Spanish searches "detenciones" from the header', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor({ locale: 'es-ES' });
    await visitor.goto('/es');
    const box = headerSearch(visitor);
    // Labelled, though the label is not shown.
    assert.equal(await box.getAttribute('id'), 'site-search-q');
    await visitor.getByRole('searchbox', { name: 'Buscar en el sitio y en la biblioteca' }).waitFor();
    await box.fill('detenciones');
    await pressEnterAndLoad(visitor, box);

    assert.equal(pathOf(visitor), '/es/search?q=detenciones');
    await visitor.getByRole('heading', { level: 1, name: 'Búsqueda' }).waitFor();
    assert.match(await visitor.title(), /^Búsqueda: “detenciones” · /, 'the words in the title');
    assert.equal(await mainSearch(visitor).inputValue(), 'detenciones', 'the words are kept in the form');
    assert.equal((await visitor.getByRole('status').innerText()).trim(), 'Un resultado');
    const report = theReport(visitor);
    assert.equal(await report.count(), 1, 'the seeded report on detention is found');
    // A plural found by the singular of its summary, the word marked.
    const marked = report.locator('p.excerpt mark');
    assert.deepEqual(await marked.allInnerTexts(), ['detención']);
    assert.match(await report.locator('p.message-meta').innerText(), /^Investigación · Internacional$/);
    assert.match(await report.getByRole('link', { name: REPORT_ES }).getAttribute('href'), LIBRARY_RESOURCE_ES);
    // One result: nothing to sort.
    assert.equal(await visitor.locator('.search-sort').count(), 0);
    await auditPage(visitor, 'search-results-es');
  });

  step('the visitor narrows the results to research, then to Spanish, and the report stays', { timeout: TEST_TIMEOUT_MS }, async () => {
    const facets = visitor.getByRole('complementary', { name: 'Afinar los resultados' });
    await clickAndLoad(visitor, facets.getByRole('link', { name: 'Investigación', exact: true }));
    assert.equal(pathOf(visitor), '/es/search?q=detenciones&kind=research');
    assert.equal((await visitor.getByRole('status').innerText()).trim(), 'Un resultado');
    const chosen = visitor.getByRole('list', { name: 'Sus opciones' });
    await chosen.getByRole('link', { name: 'Quitar la opción: Investigación' }).waitFor();
    assert.equal(await theReport(visitor).count(), 1, 'the report is research');

    await clickAndLoad(visitor, facets.getByRole('link', { name: 'Español', exact: true }));
    assert.equal(pathOf(visitor), '/es/search?q=detenciones&kind=research&lang=es');
    assert.equal((await visitor.getByRole('status').innerText()).trim(), 'Un resultado');
    await chosen.getByRole('link', { name: 'Quitar la opción: Investigación' }).waitFor();
    await chosen.getByRole('link', { name: 'Quitar la opción: Español' }).waitFor();
    assert.equal(await theReport(visitor).count(), 1, 'the report is written in Spanish too');
    await auditPage(visitor, 'search-results-narrowed-es');
  });

  step('the visitor widens the words, keeping the choices, and sorts by date', { timeout: TEST_TIMEOUT_MS }, async () => {
    // With one result there is no order to choose: more words, more results.
    const box = mainSearch(visitor);
    await box.fill('justicia juvenil');
    await pressEnterAndLoad(visitor, box);
    assert.equal(pathOf(visitor), '/es/search?q=justicia+juvenil&kind=research&lang=es');
    assert.equal((await visitor.getByRole('status').innerText()).trim(), '4 resultados');
    assert.equal(await theReport(visitor).count(), 1);
    const sort = visitor.locator('p.search-sort');
    assert.equal((await sort.locator('[aria-current="true"]').innerText()).trim(), 'relevancia');

    await clickAndLoad(visitor, sort.getByRole('link', { name: 'fecha', exact: true }));
    assert.equal(pathOf(visitor), '/es/search?q=justicia+juvenil&sort=date&kind=research&lang=es');
    assert.equal((await sort.locator('[aria-current="true"]').innerText()).trim(), 'fecha');
    await sort.getByRole('link', { name: 'relevancia', exact: true }).waitFor();
    assert.equal((await visitor.getByRole('status').innerText()).trim(), '4 resultados', 'the same results');
    assert.equal(await results(visitor).count(), 4);
    assert.equal(await theReport(visitor).count(), 1);
    // The order stays with the other words and choices in the form.
    assert.equal(await visitor.locator('main form[role="search"] input[type="hidden"][name="sort"]').inputValue(), 'date');
    await auditPage(visitor, 'search-results-by-date-es');
  });

  step("the visitor opens the report at its page in the library", { timeout: TEST_TIMEOUT_MS }, async () => {
    const link = theReport(visitor).getByRole('link', { name: REPORT_ES });
    reportPath = await link.getAttribute('href');
    await clickAndLoad(visitor, link);
    assert.equal(pathOf(visitor), reportPath);
    assert.match(pathOf(visitor), LIBRARY_RESOURCE_ES);
    await visitor.getByRole('heading', { level: 1, name: REPORT_ES }).waitFor();
    await auditPage(visitor, 'search-opened-resource-es');
  });

  step('a visitor in English typing a query of odd shape gets the ordinary page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await pageFor();
    await page.goto('/en');
    const box = headerSearch(page);
    await box.fill(ODD);
    assert.equal(await submitAndStatus(page, box), 200, `the status of a search for ${ODD}`);
    assert.equal(new URL(page.url()).pathname, '/en/search');
    assert.equal(new URL(page.url()).searchParams.get('q'), ODD);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    assert.ok((await page.title()).startsWith(`Search: “${ODD}” · `), await page.title());
    assert.equal(await mainSearch(page).inputValue(), ODD, 'the words are kept as typed');
    // No word a text could hold: nothing matches, rather than everything.
    assert.equal((await page.getByRole('status').innerText()).trim(), 'Nothing found');

    // The same shape with a word nothing has: nothing is found, and said so.
    const again = mainSearch(page);
    await again.fill(ODD_AND_UNKNOWN);
    assert.equal(await submitAndStatus(page, again), 200, `the status of a search for ${ODD_AND_UNKNOWN}`);
    assert.equal(new URL(page.url()).searchParams.get('q'), ODD_AND_UNKNOWN);
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    assert.equal((await page.getByRole('status').innerText()).trim(), 'Nothing found');
    await page.getByText('Nothing matches these words and choices. Try other words, fewer words, or remove a choice.').waitFor();
    assert.equal(await results(page).count(), 0);
    assert.equal(await page.getByRole('complementary', { name: 'Narrow the results' }).count(), 0, 'nothing to narrow');
    assert.equal(await page.locator('.search-sort').count(), 0, 'nothing to sort');
    await auditPage(page, 'search-nothing-en');
  });

  step('the search page before anything is asked has no axe violations', { timeout: TEST_TIMEOUT_MS }, async () => {
    await suite.withPage({}, async (page) => {
      const response = await page.goto('/en/search');
      assert.equal(response?.status(), 200);
      await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
      assert.match(await page.title(), /^Search · /);
      assert.equal(await mainSearch(page).inputValue(), '');
      assert.equal(await page.getByRole('status').count(), 0, 'no count before a search');
      assert.equal(await results(page).count(), 0);
      await auditPage(page, 'search-empty-en');
    });
  });
});
