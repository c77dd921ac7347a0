// Browser test of the home page's blocks editor: editors arrange what the
// home page shows below its title and lead (the observatory in figures,
// cards leading to pages, the page's own text, the latest news, the coming
// events and the recent reports), block by block, on one staff form, with
// headings and cards' texts in three languages; the home page shows it at
// once in every language.
// An admin makes a registered person an editor. A visitor sees the figures
// on the English home page. The editor opens Home page from the staff
// navigation: the eight seeded blocks in order (the figures, three cards,
// the page's text, the news, the events, the reports), then four blank
// rows. The editor moves the news to position 1, headed "From the
// observatory" (English) and "Desde el observatorio" (Spanish), French left
// empty, showing one item; removes the figures; and adds in the first blank
// row, at position 4, a card titled "Search the library" (English) and
// "Buscar en la biblioteca" (Spanish) with an English text, its address
// typed as https://example.org/ first: refused (422, the message in the
// summary and next to that address), every change still typed. With
// /library the home page is saved: the form shows the blocks in their new
// order, renumbered, and leads to the home page. The visitor reloads the
// page: no figures, the news headed "From the observatory" before the
// cards, and the new card last in the row of cards, leading to the
// library. In Spanish the news is headed "Desde el observatorio" and the
// card, "Buscar en la biblioteca", leads to /es/biblioteca (its text, in
// English only, marked as English); in French, without a French heading,
// the news is headed as it usually is in French ("Dernières actualités"),
// the card's title is the English one, marked as English, and the card
// leads to /fr/bibliotheque.
// axe-core audits the form as first shown, refused and saved, and the
// English and Spanish home pages with the new blocks (desktop, and the
// English one on a phone).
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT_MS,
  acceptCookies,
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
const ADMIN = { email: 'home-admin@example.org', password: 'juniper beacon orchard seven' };
const EDITOR = { name: 'Itzel Nakamura-Ferreira', email: 'itzel.nakamura@example.org', password: 'granite willow comet thirty' };

const HOME_PATH = '/en/staff/home';
const SAVE = 'Save the home page';
const SAVED = 'The home page has been saved.';
const SEE = 'See the home page';
const MOST_BLOCKS = 12;
const NEW_BLOCK = 'New block (optional)';
const MESSAGES = {
  path: 'Give the address of a page of this site, starting with /, for example /library.',
};
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** What a block may show, as its choice says (the option's value → its label). */
const KINDS = {
  figures: 'The observatory in figures',
  card: 'A card leading to a page',
  text: 'The page’s own text',
  news: 'The latest news',
  events: 'The coming events',
  reports: 'The recent reports',
  remove: 'Remove this block',
};
const CHOOSE = 'Choose…';
const FIGURES_HEADING = 'The observatory in figures';
/** The news block's usual heading in French (locales/fr/news.ftl), shown when editors give no French one. */
const FRENCH_NEWS_HEADING = 'Dernières actualités';

/** A block as the form shows it: kind, item count, address, headings and English card text. */
function block(kind, { count = '3', path = '', en = '', es = '', fr = '', text = '' } = {}) {
  return { kind, count, path, en, es, fr, text };
}
const BLANK = block('', { count: '' });

/** The blocks a new site starts with (content::home's FIRST_BLOCKS, texts from locales/*). */
const FIGURES = block('figures');
const COLLABORATE = block('card', {
  path: '/collaborate',
  en: 'Propose a collaboration',
  es: 'Proponer una colaboración',
  fr: 'Proposer une collaboration',
  text: 'Tell us what you propose and what you specialise in. We reply with possible actions, on your own or in a working group.',
});
const KNOWLEDGE = block('card', {
  path: '/reports',
  en: 'Explore our reports',
  es: 'Consulte nuestros informes',
  fr: 'Découvrez nos rapports',
  text: 'Studies through which we bring juvenile justice to the international policy agenda.',
});
const COOPERATION = block('card', {
  path: '/technical-cooperation',
  en: 'Technical cooperation',
  es: 'Cooperación técnica',
  fr: 'Coopération technique',
  text: 'Advice and technical assistance for governments and institutions that are modernising juvenile justice, and the agreements behind it.',
});
/** The seeded cards' texts in Spanish, by their address. */
const SPANISH_TEXTS = {
  '/collaborate': 'Cuéntenos qué propone y en qué se especializa. Le responderemos con posibles acciones, individuales o en un grupo de trabajo.',
  '/reports': 'Estudios con los que situamos la justicia juvenil en la agenda política internacional.',
  '/technical-cooperation':
    'Asesoramiento y asistencia técnica para gobiernos e instituciones que modernizan su justicia juvenil, y los convenios que la respaldan.',
};
const TEXT = block('text');
const NEWS = block('news');
const EVENTS = block('events');
const REPORTS = block('reports');
const SEEDED = [FIGURES, COLLABORATE, KNOWLEDGE, COOPERATION, TEXT, NEWS, EVENTS, REPORTS];

/** The news, moved first, with its own heading (no French: French readers get the English). */
const OUR_NEWS = block('news', { count: '1', en: 'From the observatory', es: 'Desde el observatorio' });
/** The card added in the first blank row (no French title, an English text only). */
const LIBRARY = block('card', {
  count: '',
  path: '/library',
  en: 'Search the library',
  es: 'Buscar en la biblioteca',
  text: 'Research, legislation and good practices.',
});
const ELSEWHERE = 'https://example.org/';

/** The rows of the form where the blocks are. */
const ROW = { figures: 0, news: 5, added: 8 };

/** The blocks after the editor's changes, in their new order (the card's count stored as 3). */
const SAVED_BLOCKS = [OUR_NEWS, COLLABORATE, KNOWLEDGE, COOPERATION, { ...LIBRARY, count: '3' }, TEXT, EVENTS, REPORTS];
/** The cards' row on the home page after the change: title → English path. */
const SAVED_CARDS = [COLLABORATE, KNOWLEDGE, COOPERATION, LIBRARY];

let editor;
let visitor;

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.locator('main').getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** Opens the home page's editor from the staff navigation. */
async function openHomeBlocks(page) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Home page', exact: true }));
  assert.equal(pathOf(page), HOME_PATH);
  await page.getByRole('heading', { level: 1, name: 'Home page', exact: true }).waitFor();
}

/**
 * The form's group named `legend` ('Block 6', 'New block (optional)'); the
 * first of several. A stored or typed block's legend goes on to say what it
 * shows ('Block 6: The latest news'), so 'Block 6' finds it with or without.
 */
function groupOf(page, legend) {
  const name = legend === NEW_BLOCK ? legend : new RegExp(`^${legend}(: .+)?$`);
  return page.locator('main').getByRole('group', { name, exact: true }).first();
}

const HEADINGS = {
  en: 'Heading, or a card’s title (English)',
  es: 'Heading, or a card’s title (Español)',
  fr: 'Heading, or a card’s title (Français)',
};
const TEXTS = { en: 'A card’s text (English)', es: 'A card’s text (Español)', fr: 'A card’s text (Français)' };

/** Types a block into a group: what it shows, its position, count, address, headings and English text. */
async function fillBlock(group, position, typed) {
  await group.getByLabel('What it shows', { exact: true }).selectOption(typed.kind);
  await group.getByLabel('Position', { exact: true }).fill(position);
  await group.getByLabel('How many items a list shows', { exact: true }).fill(typed.count);
  await group.getByLabel('Address', { exact: true }).fill(typed.path);
  for (const lang of ['en', 'es', 'fr']) await group.getByLabel(HEADINGS[lang], { exact: true }).fill(typed[lang]);
  await group.getByLabel(TEXTS.en, { exact: true }).fill(typed.text);
}

/** What the form shows, row by row, read by the fields' names. */
async function formRows(page) {
  const fieldsets = page.locator('main form fieldset');
  assert.equal(await fieldsets.count(), MOST_BLOCKS, `the form has ${MOST_BLOCKS} rows`);
  const rows = [];
  for (let row = 0; row < MOST_BLOCKS; row++) {
    const value = (name) => page.locator(`main [name="${name}_${row}"]`).inputValue();
    rows.push({
      legend: (await fieldsets.nth(row).locator('legend').innerText()).trim(),
      position: await value('position'),
      kind: await value('kind'),
      count: await value('item_count'),
      path: await value('path'),
      en: await value('heading_en'),
      es: await value('heading_es'),
      fr: await value('heading_fr'),
      text: await value('text_en'),
    });
  }
  return rows;
}

/** What the form should show: `blocks` as [position, block], blank ones as new. */
function expectedRows(blocks) {
  return blocks.map(([position, shown], row) => ({
    // A block's legend says what it shows, as its choice does (not one being removed).
    legend: shown.kind === '' ? NEW_BLOCK : `Block ${row + 1}${shown.kind === 'remove' ? '' : `: ${KINDS[shown.kind]}`}`,
    position,
    ...shown,
  }));
}

/** The blocks `blocks` numbered from 1, then blank rows up to the most the form holds. */
function numbered(blocks) {
  const rows = blocks.map((shown, row) => [String(row + 1), shown]);
  while (rows.length < MOST_BLOCKS) rows.push(['', BLANK]);
  return expectedRows(rows);
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

/** The home page's row of cards, as { title, href, lang, text, textLang } left to right. */
async function cardsOf(page) {
  return page.locator('main ul.cards > li.card').evaluateAll((cards) =>
    cards.map((card) => {
      const link = card.querySelector('h2 a');
      const text = card.querySelector('p');
      return {
        title: link.innerText.trim(),
        href: link.getAttribute('href'),
        lang: link.getAttribute('lang'),
        text: text?.innerText.trim() ?? '',
        textLang: text?.getAttribute('lang') ?? null,
      };
    }),
  );
}

/**
 * A card's link by its title. The style sheet adds " →" after the title
 * (generated content, so part of the link's accessible name): the name
 * starts with the title.
 */
function cardLink(page, title) {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.locator('main ul.cards').getByRole('link', { name: new RegExp(`^${escaped}\\b`) });
}

/** The texts of the main part's second-level headings, top to bottom. */
async function headingsOf(page) {
  return (await page.locator('main h2').allInnerTexts()).map((text) => text.trim());
}

/** Checks the home page in `lang` after the change: no figures, the news first, then the cards. */
async function assertSavedHome(page, lang, { newsHeading, newsLang, cards }) {
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
  assert.equal(await page.locator('main .figures').count(), 0, 'the figures are gone');

  const news = page.getByRole('region', { name: newsHeading, exact: true });
  const heading = news.getByRole('heading', { level: 2, name: newsHeading, exact: true });
  assert.equal(await heading.getAttribute('lang'), newsLang, `the news' heading in ${lang} marked ${newsLang}`);
  // The seeded news item is the latest one; the block shows one item.
  assert.equal(await news.getByRole('listitem').count(), 1, 'the news shows one item');

  const headings = await headingsOf(page);
  const newsAt = headings.indexOf(newsHeading);
  const cardsAt = headings.indexOf(cards[0].title);
  assert.ok(newsAt >= 0 && cardsAt >= 0, `the news and the cards are headed: ${headings}`);
  assert.ok(newsAt < cardsAt, `the news comes before the cards: ${headings}`);
  assert.deepEqual(await cardsOf(page), cards);
}

describe('the home page: an editor arranges its blocks, and the home page in every language shows them at once', () => {
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

  step('a visitor sees the observatory in figures on the English home page, before the seeded cards', { timeout: TEST_TIMEOUT_MS }, async () => {
    visitor = await pageFor();
    assert.equal((await visitor.goto(localPath('en'))).status(), 200);
    await acceptCookies(visitor);
    const figures = visitor.getByRole('region', { name: FIGURES_HEADING, exact: true });
    assert.equal(await figures.getAttribute('class'), 'figures');
    assert.equal(await figures.getByRole('listitem').count(), 5, 'five figures');
    const cards = await cardsOf(visitor);
    assert.deepEqual(
      cards.map(({ title, href }) => ({ title, href })),
      [COLLABORATE, KNOWLEDGE, COOPERATION].map((card) => ({ title: card.en, href: localPath('en', card.path) })),
    );
    assert.ok(!cards.some((card) => card.title === LIBRARY.en), 'no card to the library yet');
    assert.equal(await visitor.getByRole('heading', { level: 2, name: OUR_NEWS.en }).count(), 0);
  });

  step('the editor opens Home page from the staff navigation: the eight seeded blocks in order, then four blank rows', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openHomeBlocks(editor);
    const staffNav = editor.getByRole('navigation', { name: 'Staff pages' });
    assert.equal(await staffNav.getByRole('link', { name: 'Home page', exact: true }).getAttribute('aria-current'), 'page');

    assert.deepEqual(await formRows(editor), numbered(SEEDED));

    // Each block's fields, found by their labels inside the block's group, named by the row.
    const news = groupOf(editor, 'Block 6');
    const kind = news.getByLabel('What it shows', { exact: true });
    assert.equal(await kind.getAttribute('name'), 'kind_5');
    assert.deepEqual(
      (await kind.locator('option').allInnerTexts()).map((text) => text.trim()),
      [CHOOSE, ...Object.values(KINDS)],
    );
    assert.equal(await kind.inputValue(), 'news');
    const fields = [
      ['Position', 'position_5', 'number'],
      ['How many items a list shows', 'item_count_5', 'number'],
      ['Address', 'path_5', 'text'],
    ];
    for (const [label, name, type] of fields) {
      const field = news.getByLabel(label, { exact: true });
      assert.equal(await field.getAttribute('name'), name);
      assert.equal(await field.getAttribute('type'), type);
    }
    for (const lang of ['en', 'es', 'fr']) {
      const heading = news.getByLabel(HEADINGS[lang], { exact: true });
      assert.equal(await heading.getAttribute('name'), `heading_${lang}_5`);
      assert.equal(await heading.getAttribute('lang'), lang, `the ${lang} heading is typed in its language`);
      const text = news.getByLabel(TEXTS[lang], { exact: true });
      assert.equal(await text.getAttribute('name'), `text_${lang}_5`);
      assert.equal(await text.getAttribute('lang'), lang, `the ${lang} text is typed in its language`);
    }
    const blanks = editor.locator('main').getByRole('group', { name: NEW_BLOCK, exact: true });
    assert.equal(await blanks.count(), 4);
    assert.equal(await blanks.first().getByLabel('Address', { exact: true }).getAttribute('name'), 'path_8');
    assert.equal(await blanks.first().getByLabel('What it shows', { exact: true }).inputValue(), '');
    assert.equal(await editor.locator('main .error-summary').count(), 0);
    assert.equal(await editor.locator('main').getByRole('status').filter({ hasText: SAVED }).count(), 0);
    await auditPage(editor, 'home-form');
  });

  step('the editor moves the news first with its own heading, removes the figures and adds a card to https://example.org/: refused, every change still typed', { timeout: TEST_TIMEOUT_MS }, async () => {
    await fillBlock(groupOf(editor, `Block ${ROW.news + 1}`), '1', OUR_NEWS);
    await groupOf(editor, `Block ${ROW.figures + 1}`).getByLabel('What it shows', { exact: true }).selectOption({ label: KINDS.remove });
    await fillBlock(groupOf(editor, NEW_BLOCK), '4', { ...LIBRARY, path: ELSEWHERE });

    assert.equal(await send(editor, SAVE), 422);
    assert.equal(pathOf(editor), HOME_PATH);
    assert.deepEqual(await summaryMessages(editor), [MESSAGES.path]);
    await assertFieldError(editor, `path_${ROW.added}`, MESSAGES.path);
    // The message is shown inside the added block's group, next to its address.
    const added = groupOf(editor, `Block ${ROW.added + 1}`);
    assert.equal((await added.locator('.field-error').innerText()).trim(), MESSAGES.path);
    assert.equal(await added.getByLabel('Address', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.equal(await editor.locator('main [aria-invalid="true"]').count(), 1, 'only the address is marked invalid');
    assert.equal(await editor.locator('main').getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');

    assert.deepEqual(
      await formRows(editor),
      expectedRows([
        ['1', { ...FIGURES, kind: 'remove' }],
        ['2', COLLABORATE],
        ['3', KNOWLEDGE],
        ['4', COOPERATION],
        ['5', TEXT],
        ['1', OUR_NEWS],
        ['7', EVENTS],
        ['8', REPORTS],
        ['4', { ...LIBRARY, path: ELSEWHERE }],
        ['', BLANK],
        ['', BLANK],
        ['', BLANK],
      ]),
    );
    assert.equal(await added.getByLabel(TEXTS.en, { exact: true }).inputValue(), LIBRARY.text);
    await auditPage(editor, 'home-refused');

    // Nothing changed for readers.
    await visitor.reload();
    assert.equal(await visitor.getByRole('region', { name: FIGURES_HEADING, exact: true }).count(), 1, 'the figures are still shown');
    assert.equal(await visitor.getByRole('heading', { level: 2, name: OUR_NEWS.en }).count(), 0);
  });

  step('with /library the home page is saved: the form shows the blocks in their new order, renumbered, and leads to the home page', { timeout: TEST_TIMEOUT_MS }, async () => {
    await groupOf(editor, `Block ${ROW.added + 1}`).getByLabel('Address', { exact: true }).fill(LIBRARY.path);
    assert.equal(await send(editor, SAVE), 303, `saved: ${await editor.locator('main .error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${HOME_PATH}?saved=true`);
    const notice = editor.locator('main').getByRole('status').filter({ hasText: SAVED });
    await notice.waitFor();
    assert.equal(await notice.getByRole('link', { name: SEE, exact: true }).getAttribute('href'), localPath('en'));
    assert.equal(await editor.locator('main .error-summary').count(), 0);
    assert.deepEqual(await formRows(editor), numbered(SAVED_BLOCKS));
    await auditPage(editor, 'home-saved');
  });

  step('the visitor reloads the page: no figures, the news headed "From the observatory" before the cards, the new card leading to the library', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visitor.reload();
    assert.equal(pathOf(visitor), localPath('en'));
    assert.equal(await visitor.getByRole('region', { name: FIGURES_HEADING }).count(), 0, 'no figures');
    await assertSavedHome(visitor, 'en', {
      newsHeading: OUR_NEWS.en,
      newsLang: null,
      cards: SAVED_CARDS.map((card) => ({
        title: card.en,
        href: localPath('en', card.path),
        lang: null,
        text: card.text,
        textLang: null,
      })),
    });
    await auditPage(visitor, 'home-blocks-en');

    await clickAndLoad(visitor, cardLink(visitor, LIBRARY.en));
    assert.equal(pathOf(visitor), localPath('en', '/library'));
    await visitor.getByRole('heading', { level: 1 }).first().waitFor();
  });

  step('in Spanish the news is headed "Desde el observatorio" and the card "Buscar en la biblioteca" leads to /es/biblioteca', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal((await visitor.goto(localPath('es'))).status(), 200);
    await assertSavedHome(visitor, 'es', {
      newsHeading: OUR_NEWS.es,
      newsLang: null,
      cards: [
        ...[COLLABORATE, KNOWLEDGE, COOPERATION].map((card) => ({
          title: card.es,
          href: localPath('es', card.path),
          lang: null,
          text: SPANISH_TEXTS[card.path],
          textLang: null,
        })),
        // No Spanish text: the English one, marked as English.
        { title: LIBRARY.es, href: '/es/biblioteca', lang: null, text: LIBRARY.text, textLang: 'en' },
      ],
    });
    await auditPage(visitor, 'home-blocks-es');
  });

  step('in French the news has its usual French heading, the card\'s title is the English one, marked as English, and the card leads to /fr/bibliotheque', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal((await visitor.goto(localPath('fr'))).status(), 200);
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'fr');
    const cards = await cardsOf(visitor);
    assert.deepEqual(cards.at(-1), {
      title: LIBRARY.en,
      href: '/fr/bibliotheque',
      lang: 'en',
      text: LIBRARY.text,
      textLang: 'en',
    });
    assert.deepEqual(
      cards.map(({ title, href, lang }) => ({ title, href, lang })),
      SAVED_CARDS.map((card) => ({ title: card.fr || card.en, href: localPath('fr', card.path), lang: card.fr ? null : 'en' })),
    );
    // No French heading: the block's usual one in French (content::home's Said::heading), not the English.
    const heading = visitor.locator('main').getByRole('heading', { level: 2, name: FRENCH_NEWS_HEADING, exact: true });
    assert.equal(await heading.getAttribute('lang'), null);
    assert.equal(await visitor.locator('main').getByRole('heading', { name: OUR_NEWS.en }).count(), 0);
    assert.equal(await visitor.locator('main .figures').count(), 0, 'no figures');
  });

  step('on a phone the English home page shows the news first, then the cards, without figures', { timeout: TEST_TIMEOUT_MS }, async () => {
    const phone = await pageFor(PHONE);
    assert.equal((await phone.goto(localPath('en'))).status(), 200);
    await acceptCookies(phone);
    assert.equal(await phone.locator('main .figures').count(), 0, 'no figures');
    const headings = await headingsOf(phone);
    assert.ok(headings.indexOf(OUR_NEWS.en) >= 0 && headings.indexOf(OUR_NEWS.en) < headings.indexOf(COLLABORATE.en), `${headings}`);
    assert.ok(await cardLink(phone, LIBRARY.en).isVisible(), 'the card to the library is shown');
    await auditPage(phone, 'home-blocks-en-phone');
  });
});
