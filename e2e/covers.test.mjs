// Browser test of a library resource's cover picture, on the staff form and
// on the public pages that show it. An admin makes a registered person an
// editor. A visitor finds the seeded report on deprivation of liberty on the
// reports page (written in English, Spanish and French, no cover yet) and
// follows it to its library record. The editor opens the report from the
// staff library, follows "Cover picture" and sends a JPEG (drawn by the
// browser on a canvas) with what it shows in English and Spanish but not in
// French: refused (422), the message next to the French field and in the
// summary, the two texts still there and the picture kept ("The picture you
// sent, not saved yet"). The editor writes the French text and saves again
// without choosing the file: the cover is saved and shown. The visitor sees
// it on the reports page with the English text alternative, in Spanish with
// the Spanish one (and in French with the French one), and on the report's
// library record; the picture loads, in renditions 400 and 1200 pixels
// wide, served to be cached for a year. The editor then sends an SVG
// drawing and a PDF: each refused as no PNG or JPEG picture, the saved
// cover unchanged. axe-core audits the empty form, the refused forms, the
// saved form and the reports page in English and Spanish.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  PDF,
  TEST_TIMEOUT_MS,
  auditPage,
  clickAndLoad,
  createAdmin,
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
const ADMIN = { email: 'covers-admin@example.org', password: 'willow granite parchment nine' };
const EDITOR = { name: 'Mireille Okonkwo-Duarte', email: 'mireille.okonkwo@example.org', password: 'saffron ledger pebble forty' };

/** The seeded report that gets a cover: its English title begins so. */
const REPORT = /^Measures of deprivation of liberty/;
const SAVE = 'Save the cover';
const REMOVE = 'Remove the cover';
const SAVED = 'The cover has been saved.';
const NOT_SAVED_YET = 'The picture you sent, not saved yet';
const NOW_SHOWN = 'The picture now shown';
/** The link from a report to its library record, its title said after it to screen readers. */
const IN_LIBRARY = /^Its record in the library, with how to cite it\b/;
const MESSAGES = {
  alt: 'French: say what the cover shows in this language.',
  type: 'This file is not a PNG or JPEG picture. Save it in one of those formats and choose it again (SVG drawings are not accepted: they can carry scripts).',
};
/** What the cover shows, in each language of the report's title. */
const ALT = {
  en: 'A girl of about fifteen reads by a barred window in a juvenile detention centre, the light falling across her book.',
  es: 'Una chica de unos quince años lee junto a una ventana con rejas en un centro de internamiento de menores; la luz cae sobre su libro.',
  fr: 'Une adolescente d’une quinzaine d’années lit près d’une fenêtre à barreaux dans un centre pour mineurs ; la lumière tombe sur son livre.',
};
const LANGUAGES = { en: 'English', es: 'Español', fr: 'Français' };
/** The picture drawn for the cover: wider than the widest rendition. */
const PICTURE = { width: 1600, height: 900 };
/** An SVG drawing, which can carry a script: never a cover. */
const SVG = {
  name: 'cover.svg',
  mimeType: 'image/svg+xml',
  buffer: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="225"><rect width="400" height="225" fill="#1d4e89"/><script>alert(document.cookie)</script></svg>',
  ),
};
const RENDITION = /^\/media\/[0-9a-f]{32}-(400|1200)\.jpg$/;

let editor;
let visitor;
let title;
let resourceId;
let coverPath;
let jpeg;
let coverSrc;

/** Clicks one of the main's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.locator('main').getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** The form's text alternative in one language, labelled by the language's own name. */
function altIn(page, lang) {
  return page
    .locator('main')
    .getByRole('group', { name: 'What the cover shows', exact: true })
    .getByLabel(LANGUAGES[lang], { exact: true });
}

async function altValues(page) {
  return {
    en: await altIn(page, 'en').inputValue(),
    es: await altIn(page, 'es').inputValue(),
    fr: await altIn(page, 'fr').inputValue(),
  };
}

/** A JPEG picture drawn by the browser on a canvas (no alpha channel: stored as JPEG). */
async function drawJpeg(page) {
  const dataUrl = await page.evaluate(({ width, height }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    const sky = context.createLinearGradient(0, 0, width, height);
    sky.addColorStop(0, '#1d4e89');
    sky.addColorStop(1, '#f4a259');
    context.fillStyle = sky;
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#ffffff';
    for (let x = 200; x < width; x += 200) context.fillRect(x, 100, 24, height - 200);
    context.font = 'bold 96px sans-serif';
    context.fillText('Observatory', 120, height / 2);
    return canvas.toDataURL('image/jpeg', 0.9);
  }, PICTURE);
  const [head, base64] = dataUrl.split(',');
  assert.equal(head, 'data:image/jpeg;base64', 'the browser drew a JPEG');
  return { name: 'cover-deprivation-of-liberty.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

/** The reports page's entry of the report. */
function reportEntry(page, lang) {
  return page
    .locator('main li.publication')
    .filter({ has: page.locator(`a[href="${localPath(lang, `/library/resources/${resourceId}`)}"]`) });
}

/**
 * Waits until `img` has loaded (it is lazy: scrolled to first) and returns
 * { naturalWidth, currentSrc } as the browser has it.
 */
async function loaded(page, img) {
  await img.scrollIntoViewIfNeeded();
  const handle = await img.elementHandle();
  await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, handle, { timeout: 10_000 });
  return img.evaluate((element) => ({ naturalWidth: element.naturalWidth, currentSrc: element.currentSrc }));
}

/** Records the responses for the site's pictures the page receives, by address. */
function recordPictures(page) {
  const responses = new Map();
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/media/')) responses.set(response.url(), response);
  });
  return responses;
}

/** Checks a cover as the public sees it: its alt text, its renditions, the picture saved; returns its attributes. */
async function assertCover(img, alt) {
  const attributes = await img.evaluate((element) => ({
    alt: element.getAttribute('alt'),
    lang: element.getAttribute('lang'),
    src: element.getAttribute('src'),
    srcset: element.getAttribute('srcset'),
    width: element.getAttribute('width'),
    height: element.getAttribute('height'),
  }));
  assert.equal(attributes.alt, alt);
  assert.equal(attributes.lang, null, 'said in the page’s language');
  assert.match(attributes.src, RENDITION);
  assert.ok(attributes.src.endsWith('-400.jpg'), `the narrowest rendition first: ${attributes.src}`);
  const name = attributes.src.slice(0, -'-400.jpg'.length);
  assert.equal(attributes.srcset, `${name}-400.jpg 400w, ${name}-1200.jpg 1200w`);
  // The room it takes before it arrives: the smallest rendition's, in proportion.
  assert.deepEqual([attributes.width, attributes.height], ['400', '225']);
  if (coverSrc) assert.equal(attributes.src, coverSrc, 'the cover the editor saved');
  return attributes;
}

describe("a library resource's cover: an editor gives the seeded report a picture, and visitors see it with its text in their language", () => {
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

  step('a visitor finds the report on the reports page, without a cover yet, and follows it to its library record', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor();
    assert.equal((await visitor.goto(localPath('en', '/reports'))).status(), 200);
    const heading = visitor.locator('main li.publication h2').filter({ hasText: REPORT });
    assert.equal(await heading.count(), 1, 'the report is listed once');
    title = (await heading.innerText()).trim();
    const entry = visitor.locator('main li.publication').filter({ has: visitor.locator('h2').filter({ hasText: REPORT }) });
    assert.equal((await entry.locator('p.reference').innerText()).replace(/^\d{4} · /, '').trim(), 'Written in: English, Español, Français');
    assert.equal(await entry.locator('img.cover').count(), 0, 'no cover yet');
    const record = entry.getByRole('link', { name: IN_LIBRARY });
    const href = await record.getAttribute('href');
    resourceId = /^\/en\/library\/resources\/(\d+)$/.exec(href)?.[1];
    assert.ok(resourceId, `the library record's address: ${href}`);

    await clickAndLoad(visitor, record);
    assert.equal(pathOf(visitor), `/en/library/resources/${resourceId}`);
    await visitor.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    assert.equal(await visitor.locator('main img.cover').count(), 0, 'no cover on the record yet');
  });

  step('the editor opens the report from the staff library and follows "Cover picture": the empty form', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await clickAndLoad(editor, editor.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Library', exact: true }));
    assert.equal(pathOf(editor), '/en/staff/library');
    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: title, exact: true }));
    assert.equal(pathOf(editor), `/en/staff/library/${resourceId}`);
    await editor.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();

    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: 'Cover picture', exact: true }));
    coverPath = `/en/staff/library/${resourceId}/cover`;
    assert.equal(pathOf(editor), coverPath);
    await editor.getByRole('heading', { level: 1, name: 'Cover', exact: true }).waitFor();
    const main = editor.locator('main');
    // Back to the resource, by its title.
    assert.equal(await main.getByRole('link', { name: `← ${title}`, exact: true }).getAttribute('href'), `/en/staff/library/${resourceId}`);

    const file = main.getByLabel('Picture', { exact: true });
    assert.equal(await file.getAttribute('type'), 'file');
    assert.equal(await file.getAttribute('name'), 'picture');
    assert.equal(await file.getAttribute('accept'), 'image/png,image/jpeg');
    assert.equal(await main.locator('form').first().getAttribute('enctype'), 'multipart/form-data');
    // A text for each language the title is written in, each field in its language.
    for (const lang of ['en', 'es', 'fr']) {
      const field = altIn(editor, lang);
      assert.equal(await field.getAttribute('name'), `alt_${lang}`);
      assert.equal(await field.inputValue(), '');
      assert.equal(await editor.locator(`main .field:has(#alt_${lang})`).getAttribute('lang'), lang);
    }
    assert.equal(await main.locator('figure').count(), 0, 'no picture to show yet');
    assert.equal(await main.getByRole('button', { name: REMOVE }).count(), 0, 'no cover to remove');
    assert.equal(await main.locator('.error-summary').count(), 0);
    await main.getByRole('button', { name: SAVE, exact: true }).waitFor();
    await auditPage(editor, 'covers-form-empty');
  });

  step('a picture sent without the French text is refused, the texts and the picture kept', { timeout: TEST_TIMEOUT_MS }, async () => {
    jpeg = await drawJpeg(editor);
    await editor.locator('main #picture').setInputFiles(jpeg);
    await altIn(editor, 'en').fill(ALT.en);
    await altIn(editor, 'es').fill(ALT.es);
    assert.equal(await send(editor, SAVE), 422);
    assert.equal(pathOf(editor), coverPath);

    const summary = editor.locator('main .error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    assert.deepEqual((await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim()), [MESSAGES.alt]);
    assert.equal(await summary.getByRole('link', { name: MESSAGES.alt }).getAttribute('href'), '#alt_fr');
    // The message next to the French field, which it describes.
    const french = altIn(editor, 'fr');
    assert.equal((await editor.locator('main #alt_fr-error').innerText()).trim(), MESSAGES.alt);
    assert.equal(await editor.locator('main .field:has(#alt_fr) .field-error').getAttribute('lang'), 'en', 'said in the page’s language');
    assert.equal(await french.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await french.getAttribute('aria-describedby')).split(' '), ['alt-hint', 'alt_fr-error']);
    for (const lang of ['en', 'es']) {
      assert.equal(await altIn(editor, lang).getAttribute('aria-invalid'), null, `${lang} is right`);
    }
    assert.equal(await editor.locator('main #picture').getAttribute('aria-invalid'), null, 'the picture is right');
    assert.deepEqual(await altValues(editor), { en: ALT.en, es: ALT.es, fr: '' });

    // The picture sent is kept: shown, and carried by the form.
    const figure = editor.locator('main figure.cover-preview');
    assert.equal((await figure.locator('figcaption').innerText()).trim(), `${NOT_SAVED_YET} (${PICTURE.width} × ${PICTURE.height})`);
    const preview = figure.locator('img');
    assert.equal(await preview.getAttribute('alt'), '', 'described by its caption and the texts below');
    assert.ok((await loaded(editor, preview)).naturalWidth > 0, 'the picture sent shows');
    const kept = editor.locator('main input[type="hidden"][name="kept_image"]');
    assert.equal(await kept.count(), 1);
    assert.notEqual(await kept.inputValue(), '', 'the form carries the picture sent');
    assert.equal(await editor.locator('main #picture').evaluate((input) => input.files.length), 0, 'nothing to choose again');
    assert.equal(await editor.locator('main').getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');
    await auditPage(editor, 'covers-form-refused');
  });

  step('the editor writes the French text and saves without choosing the file again: the cover is saved', { timeout: TEST_TIMEOUT_MS }, async () => {
    await altIn(editor, 'fr').fill(ALT.fr);
    assert.equal(await send(editor, SAVE), 303);
    assert.equal(pathOf(editor), `${coverPath}?saved=true`, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    const main = editor.locator('main');
    await main.getByRole('status').filter({ hasText: SAVED }).waitFor();
    assert.equal(await main.locator('.error-summary').count(), 0);
    assert.deepEqual(await altValues(editor), ALT);

    const figure = main.locator('figure.cover-preview');
    assert.equal((await figure.locator('figcaption').innerText()).trim(), `${NOW_SHOWN} (${PICTURE.width} × ${PICTURE.height})`);
    const preview = figure.locator('img');
    coverSrc = await preview.getAttribute('src');
    assert.match(coverSrc, RENDITION);
    assert.ok((await loaded(editor, preview)).naturalWidth > 0, 'the saved cover shows');
    assert.equal(await main.locator('input[name="kept_image"]').count(), 0, 'nothing waits to be saved');
    // Another picture may replace it, or the cover be removed.
    assert.equal(await main.locator('label[for="picture"]').innerText(), 'Another picture (optional)');
    await main.getByRole('button', { name: REMOVE, exact: true }).waitFor();
    await auditPage(editor, 'covers-form-saved');
  });

  step('a visitor sees the cover on the reports page with the English text, loaded and cached for a year', { timeout: TEST_TIMEOUT_MS }, async () => {
    await suite.withPage({}, async (page) => {
      const pictures = recordPictures(page);
      assert.equal((await page.goto(localPath('en', '/reports'))).status(), 200);
      const cover = reportEntry(page, 'en').locator('img.cover');
      assert.equal(await cover.count(), 1, 'the report shows its cover');
      await assertCover(cover, ALT.en);
      const { naturalWidth, currentSrc } = await loaded(page, cover);
      assert.ok(naturalWidth > 0, 'the cover loads');
      assert.match(new URL(currentSrc).pathname, RENDITION);
      const response = pictures.get(currentSrc);
      assert.ok(response, `the browser fetched ${currentSrc}; fetched: ${[...pictures.keys()].join(', ')}`);
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['content-type'], 'image/jpeg');
      assert.equal(response.headers()['cache-control'], 'public, max-age=31536000, immutable');
      // Only the report given a cover shows one.
      assert.equal(await page.locator('main img.cover').count(), 1);
      await auditPage(page, 'covers-reports-en');
    });
  });

  step('in Spanish and French the reports page says what the cover shows in its language', { timeout: TEST_TIMEOUT_MS }, async () => {
    await suite.withPage({ locale: 'es-ES' }, async (page) => {
      assert.equal((await page.goto(localPath('es', '/reports'))).status(), 200);
      assert.equal(pathOf(page), '/es/informes');
      const cover = reportEntry(page, 'es').locator('img.cover');
      await assertCover(cover, ALT.es);
      assert.ok((await loaded(page, cover)).naturalWidth > 0, 'the cover loads');
      await auditPage(page, 'covers-reports-es');

      await page.goto(localPath('fr', '/reports'));
      assert.equal(pathOf(page), '/fr/rapports');
      await assertCover(reportEntry(page, 'fr').locator('img.cover'), ALT.fr);
    });
  });

  step("the report's library record shows the same cover", { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.goto(localPath('en', '/reports'));
    // Seen before the cover was saved: the page shows it now.
    await clickAndLoad(visitor, reportEntry(visitor, 'en').getByRole('link', { name: IN_LIBRARY }));
    assert.equal(pathOf(visitor), `/en/library/resources/${resourceId}`);
    await visitor.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
    const cover = visitor.locator('main img.cover');
    assert.equal(await cover.count(), 1, 'the record shows the cover');
    await assertCover(cover, ALT.en);
    assert.ok((await loaded(visitor, cover)).naturalWidth > 0, 'the cover loads');
  });

  step('an SVG drawing and a PDF are refused as no PNG or JPEG picture, the saved cover unchanged', { timeout: TEST_TIMEOUT_MS }, async () => {
    for (const [file, audit] of [[SVG, true], [PDF, false]]) {
      await editor.goto(coverPath);
      await editor.locator('main #picture').setInputFiles(file);
      assert.equal(await send(editor, SAVE), 422, `${file.name} refused`);
      assert.equal(pathOf(editor), coverPath);
      const summary = editor.locator('main .error-summary');
      assert.deepEqual((await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim()), [MESSAGES.type]);
      assert.equal(await summary.getByRole('link', { name: MESSAGES.type }).getAttribute('href'), '#picture');
      const input = editor.locator('main #picture');
      assert.equal((await editor.locator('main #picture-error').innerText()).trim(), MESSAGES.type);
      assert.equal(await input.getAttribute('aria-invalid'), 'true');
      assert.deepEqual((await input.getAttribute('aria-describedby')).split(' '), ['picture-hint', 'picture-error']);
      assert.deepEqual(await altValues(editor), ALT, 'the texts still there');
      // The saved cover is still the one shown; nothing else is kept.
      const figure = editor.locator('main figure.cover-preview');
      assert.equal((await figure.locator('figcaption').innerText()).trim(), `${NOW_SHOWN} (${PICTURE.width} × ${PICTURE.height})`);
      assert.equal(await figure.locator('img').getAttribute('src'), coverSrc);
      assert.equal(await editor.locator('main input[name="kept_image"]').count(), 0);
      if (audit) await auditPage(editor, 'covers-form-refused-svg');
    }

    await visitor.goto(localPath('en', '/reports'));
    await assertCover(reportEntry(visitor, 'en').locator('img.cover'), ALT.en);
  });
});
