// Browser test of a news item's picture, on the staff form and on the
// item's public page in three languages. An admin makes a registered person
// an editor. The editor writes a news item with its English, Spanish and
// French titles and publishes it now, then follows "Picture" from the
// item's form (beside "History"): the empty picture form. The editor sends
// a JPEG (drawn by the browser on a canvas) with what it shows in English
// only: refused (422), the summary and the messages naming Spanish and
// French, the English text and the picture kept ("The picture you sent, not
// saved yet"). The editor writes the Spanish and French texts and saves
// without choosing the file again: "The picture has been saved.", the
// picture now shown. The visitor reads the item in English, Spanish and
// French at each language's own address: the picture at the top of the
// page says what it shows in that language (and beside the item in the
// English news list). axe-core audits the picture form as first shown,
// refused and saved, and the public page with the picture (English and
// Spanish).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
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
const ADMIN = { email: 'pictures-admin@example.org', password: 'meadow lantern basalt twelve' };
const EDITOR = { name: 'Aiyana Castellanos-Berg', email: 'aiyana.castellanos@example.org', password: 'cobalt orchard ferry sixty' };

const TITLES = {
  en: 'Juvenile court judges from five countries meet in Montevideo',
  es: 'Jueces de menores de cinco países se reúnen en Montevideo',
  fr: 'Des juges pour mineurs de cinq pays se réunissent à Montevideo',
};
const TEXT = 'For three days the judges compared how their courts hear young people.';
const SLUG = 'juvenile-court-judges-from-five-countries-meet-in-montevideo';
const FORM_PATH = `/en/staff/news/${SLUG}`;
const PICTURE_PATH = `${FORM_PATH}/picture`;
/** Each language's address is made from its own title. */
const PUBLIC_PATHS = {
  en: `/en/news/${SLUG}`,
  es: '/es/noticias/jueces-de-menores-de-cinco-paises-se-reunen-en-montevideo',
  fr: '/fr/actualites/des-juges-pour-mineurs-de-cinq-pays-se-reunissent-a-montevideo',
};
const SAVE = 'Save the picture';
const SAVED = 'The picture has been saved.';
const NOT_SAVED_YET = 'The picture you sent, not saved yet';
const NOW_SHOWN = 'The picture now shown';
const MESSAGES = {
  es: 'Spanish: say what the picture shows in this language.',
  fr: 'French: say what the picture shows in this language.',
};
/** What the picture shows, in each language of the item's title. */
const ALT = {
  en: 'Judges in robes sit around a long table in a courtroom, listening to a colleague.',
  es: 'Jueces con toga sentados alrededor de una mesa larga en una sala de audiencias escuchan a un colega.',
  fr: 'Des juges en robe, assis autour d’une longue table dans une salle d’audience, écoutent un collègue.',
};
const LANGUAGES = { en: 'English', es: 'Español', fr: 'Français' };
const PICTURE = { width: 1600, height: 900 };
const RENDITION = /^\/media\/[0-9a-f]{32}-(400|1200)\.jpg$/;

let editor;
let visitor;
let pictureSrc;

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
    .getByRole('group', { name: 'What the picture shows', exact: true })
    .getByLabel(LANGUAGES[lang], { exact: true });
}

async function altValues(page) {
  return {
    en: await altIn(page, 'en').inputValue(),
    es: await altIn(page, 'es').inputValue(),
    fr: await altIn(page, 'fr').inputValue(),
  };
}

/** A JPEG picture drawn by the browser on a canvas (as covers.test.mjs draws one). */
async function drawJpeg(page) {
  const dataUrl = await page.evaluate(({ width, height }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    const wall = context.createLinearGradient(0, 0, width, height);
    wall.addColorStop(0, '#6b3e26');
    wall.addColorStop(1, '#e8d5b7');
    context.fillStyle = wall;
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#2b2b2b';
    context.fillRect(150, height - 300, width - 300, 80);
    context.font = 'bold 96px sans-serif';
    context.fillText('Montevideo', 120, height / 3);
    return canvas.toDataURL('image/jpeg', 0.9);
  }, PICTURE);
  const [head, base64] = dataUrl.split(',');
  assert.equal(head, 'data:image/jpeg;base64', 'the browser drew a JPEG');
  return { name: 'judges-montevideo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

/** Waits until `img` has loaded (scrolled to first) and returns its natural width. */
async function loadedWidth(page, img) {
  await img.scrollIntoViewIfNeeded();
  const handle = await img.elementHandle();
  await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, handle, { timeout: 10_000 });
  return img.evaluate((element) => element.naturalWidth);
}

describe("a news item's picture: an editor gives it one, said in each language of its title, and visitors see it", () => {
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

  step('the editor publishes a news item titled in three languages and follows "Picture": the empty form', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await clickAndLoad(editor, editor.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'News', exact: true }));
    await clickAndLoad(editor, editor.getByRole('link', { name: 'Write a news item', exact: true }));
    for (const lang of ['en', 'es', 'fr']) await editor.locator(`#title_${lang}`).fill(TITLES[lang]);
    await editor.locator('#body_en').fill(TEXT);
    await editor.getByLabel('Category', { exact: true }).selectOption({ label: 'Technical cooperation' });
    await editor.getByLabel('Published from the date and time below (now if left empty)', { exact: true }).check();
    assert.equal(await send(editor, 'Save the news item'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${FORM_PATH}?saved=true`);

    // "Picture" beside "History", on the item's form.
    const links = editor.locator('main p').filter({ has: editor.getByRole('link', { name: 'History', exact: true }) });
    await clickAndLoad(editor, links.getByRole('link', { name: 'Picture', exact: true }));
    assert.equal(pathOf(editor), PICTURE_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Picture', exact: true }).waitFor();
    const main = editor.locator('main');
    assert.equal(await main.getByRole('link', { name: `← ${TITLES.en}`, exact: true }).getAttribute('href'), FORM_PATH);
    const file = main.getByLabel('Picture', { exact: true });
    assert.equal(await file.getAttribute('type'), 'file');
    assert.equal(await file.getAttribute('name'), 'picture');
    for (const lang of ['en', 'es', 'fr']) assert.equal(await altIn(editor, lang).inputValue(), '');
    assert.equal(await main.locator('figure').count(), 0, 'no picture yet');
    assert.equal(await main.locator('.error-summary').count(), 0);
    await auditPage(editor, 'pictures-form-empty');
  });

  step('a picture said in English only is refused, naming Spanish and French; the text and the picture kept', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.locator('main #picture').setInputFiles(await drawJpeg(editor));
    await altIn(editor, 'en').fill(ALT.en);
    assert.equal(await send(editor, SAVE), 422);
    assert.equal(pathOf(editor), PICTURE_PATH);

    const summary = editor.locator('main .error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    assert.deepEqual((await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim()), [MESSAGES.es, MESSAGES.fr]);
    for (const lang of ['es', 'fr']) {
      assert.equal(await summary.getByRole('link', { name: MESSAGES[lang] }).getAttribute('href'), `#alt_${lang}`);
      assert.equal((await editor.locator(`main #alt_${lang}-error`).innerText()).trim(), MESSAGES[lang]);
      assert.equal(await altIn(editor, lang).getAttribute('aria-invalid'), 'true');
    }
    assert.equal(await altIn(editor, 'en').getAttribute('aria-invalid'), null, 'the English is right');
    assert.deepEqual(await altValues(editor), { en: ALT.en, es: '', fr: '' });

    const figure = editor.locator('main figure.cover-preview');
    assert.equal((await figure.locator('figcaption').innerText()).trim(), `${NOT_SAVED_YET} (${PICTURE.width} × ${PICTURE.height})`);
    assert.ok((await loadedWidth(editor, figure.locator('img'))) > 0, 'the picture sent shows');
    assert.notEqual(await editor.locator('main input[type="hidden"][name="kept_image"]').inputValue(), '', 'the form carries the picture sent');
    assert.equal(await editor.locator('main').getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');
    await auditPage(editor, 'pictures-form-refused');
  });

  step('with the Spanish and French texts the picture is saved, without choosing the file again', { timeout: TEST_TIMEOUT_MS }, async () => {
    await altIn(editor, 'es').fill(ALT.es);
    await altIn(editor, 'fr').fill(ALT.fr);
    assert.equal(await send(editor, SAVE), 303);
    assert.equal(pathOf(editor), `${PICTURE_PATH}?saved=true`, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    const main = editor.locator('main');
    await main.getByRole('status').filter({ hasText: SAVED }).waitFor();
    assert.equal(await main.locator('.error-summary').count(), 0);
    assert.deepEqual(await altValues(editor), ALT);
    const figure = main.locator('figure.cover-preview');
    assert.equal((await figure.locator('figcaption').innerText()).trim(), `${NOW_SHOWN} (${PICTURE.width} × ${PICTURE.height})`);
    pictureSrc = await figure.locator('img').getAttribute('src');
    assert.match(pictureSrc, RENDITION);
    assert.equal(await main.locator('input[name="kept_image"]').count(), 0, 'nothing waits to be saved');
    await main.getByRole('button', { name: 'Remove the picture', exact: true }).waitFor();
    await auditPage(editor, 'pictures-form-saved');
  });

  step("the item's page shows the picture, said in each language at that language's own address", { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor();
    for (const lang of ['en', 'es', 'fr']) {
      assert.equal((await visitor.goto(PUBLIC_PATHS[lang])).status(), 200, PUBLIC_PATHS[lang]);
      assert.equal(await visitor.locator('html').getAttribute('lang'), lang);
      const article = visitor.locator('main article');
      assert.equal((await article.getByRole('heading', { level: 1 }).innerText()).trim(), TITLES[lang]);
      const img = visitor.locator('main figure.picture img');
      assert.equal(await img.count(), 1, `the picture on the ${lang} page`);
      assert.equal(await img.getAttribute('alt'), ALT[lang]);
      assert.equal(await img.getAttribute('lang'), null, 'said in the page’s language');
      assert.equal(await img.getAttribute('src'), pictureSrc, 'the picture the editor saved');
      assert.ok((await loadedWidth(visitor, img)) > 0, 'the picture loads');
      if (lang !== 'fr') await auditPage(visitor, `pictures-public-item-${lang}`);
    }

    // Beside the item in the English news list, with the English text.
    assert.equal((await visitor.goto(localPath('en', '/news'))).status(), 200);
    const entry = visitor.locator('main li').filter({ has: visitor.getByRole('link', { name: TITLES.en, exact: true }) });
    assert.equal(await entry.locator('img.cover').getAttribute('alt'), ALT.en);
  });
});
