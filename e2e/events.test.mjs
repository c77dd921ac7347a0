// Browser test of the events: an editor announces an event in English with
// its Spanish and French titles, keeps it as a draft, publishes it, and
// visitors find it among the upcoming events, on its page in three
// languages, in their calendar and on the home page. An admin makes a
// registered person an editor. The editor opens Events from the staff
// navigation and announces an event whose last day comes before its first,
// with no region: it is refused (422, a summary and the messages next to the
// last day and the region, everything typed still there); cleared of its
// first day it is refused for that too. The editor corrects it: the English
// title, lead and text, the Spanish and French titles, a first day about a
// month ahead and the next day as its last, the place, Europe, a conference,
// Belgium, saved as a draft: the staff list says Draft with its days, and a
// visitor neither reads its page (404) nor finds it among the events. The
// editor publishes it now: the visitor finds it under Upcoming, narrows the
// list to Europe (its count shown), opens it, reads its days, place,
// country, region and kind, downloads its calendar file (.ics: its title,
// first day and the day after its last), reads it in Spanish and in French
// at their own addresses, and sees it under the home page's upcoming
// events. Last, the form in French refuses in French. axe-core audits the
// staff list (English and Spanish), the refused form (English and French),
// and the public list and page (English, Spanish and French).
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
const ADMIN = { email: 'events-admin@example.org', password: 'saffron harbour violet ninety' };
const EDITOR = { name: 'Maëlle Dubois-Okafor', email: 'maelle.dubois@example.org', password: 'lantern quarry cobalt forty' };

const TITLE = 'European conference on restorative justice for young people';
const LEAD = 'Judges, prosecutors and mediators from twelve countries compare how restorative justice works in their juvenile courts.';
const TEXT =
  'The conference opens with the findings of the observatory on restorative practices in Europe.\n\nWorkshops on family group conferencing run on the second day.';
const TITLE_ES = 'Conferencia europea sobre justicia restaurativa para jóvenes';
const TITLE_FR = 'Conférence européenne sur la justice restaurative pour les jeunes';
const PLACE = 'Egmont Palace, Brussels';
/** Made from the English title: lower-case words joined by hyphens. */
const SLUG = 'european-conference-on-restorative-justice-for-young-people';
const LIST_PATH = '/en/staff/events';
const NEW_PATH = '/en/staff/events/new';
const FORM_PATH = `/en/staff/events/${SLUG}`;
/** Each language's address is made from its own title. */
const PUBLIC_PATHS = {
  en: `/en/events/${SLUG}`,
  es: '/es/eventos/conferencia-europea-sobre-justicia-restaurativa-para-jovenes',
  fr: '/fr/evenements/conference-europeenne-sur-la-justice-restaurative-pour-les-jeunes',
};
const SAVED = 'The event has been saved.';
const PUBLISH = 'Published from the date and time below (now if left empty)';
const END_BEFORE_START = 'The last day cannot come before the first.';
const START_MISSING = "Give the event's first day.";
const REGION_MISSING = 'Choose the region of the event.';

// The event's days, counted from the server's day (UTC on these machines):
// about a month ahead, so it is upcoming whatever the hour.
const DAY_MS = 86_400_000;
const TODAY = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const FIRST = isoDay(TODAY + 30 * DAY_MS);
const LAST = isoDay(TODAY + 31 * DAY_MS);
const BEFORE_FIRST = isoDay(TODAY + 29 * DAY_MS);
/** A whole-day event ends, in iCalendar, the day after its last. */
const AFTER_LAST = isoDay(TODAY + 32 * DAY_MS);

/** A day as the site writes it in `lang` (locales/*\/site.ftl: date-long). */
function longDay(lang, iso) {
  const date = new Date(`${iso}T12:00:00Z`);
  const name = (options) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone: 'UTC', ...options }).format(date);
  const [weekday, month, day, year] = [name({ weekday: 'long' }), name({ month: 'long' }), date.getUTCDate(), date.getUTCFullYear()];
  if (lang === 'es') return `${weekday}, ${day} de ${month} de ${year}`;
  if (lang === 'fr') return `${weekday} ${day === 1 ? '1er' : day} ${month} ${year}`;
  return `${weekday} ${day} ${month} ${year}`;
}

/** The event's days as the public pages write them (events-days). */
const DAYS = {
  en: `${longDay('en', FIRST)} to ${longDay('en', LAST)}`,
  es: `del ${longDay('es', FIRST)} al ${longDay('es', LAST)}`,
  fr: `du ${longDay('fr', FIRST)} au ${longDay('fr', LAST)}`,
};

/** What the event's page shows, by language: its list of facts, then its own texts. */
const PAGES = {
  en: {
    title: TITLE,
    facts: { When: DAYS.en, Where: `${PLACE}, Belgium`, Region: 'Europe', 'Kind of event': 'Conference' },
    calendar: 'Add to my calendar (.ics)',
  },
  es: {
    title: TITLE_ES,
    facts: { 'Cuándo': DAYS.es, 'Dónde': `${PLACE}, Bélgica`, 'Región': 'Europa', 'Tipo de evento': 'Conferencia' },
    calendar: 'Añadir a mi calendario (.ics)',
  },
  fr: {
    title: TITLE_FR,
    facts: { Quand: DAYS.fr, 'Où': `${PLACE}, Belgique`, 'Région': 'Europe', 'Type d’événement': 'Conférence' },
    calendar: 'Ajouter à mon agenda (.ics)',
  },
};

/** The international forums the list presents beside the events (content/forums). */
const FORUMS = [
  'United Nations Economic and Social Council (ECOSOC)',
  'United Nations Educational, Scientific and Cultural Organization (UNESCO)',
  'European Forum on the Rights of the Child',
];

let editor;
let visitor;

/** The form's fieldset of one language, named by its legend: the language, then its standing if any. */
function languageGroup(page, language) {
  return page.getByRole('group', { name: new RegExp(`^${language}(\\s|$)`) });
}

/** Clicks one of the form's buttons and returns the status the server answered the POST with. */
async function send(page, name) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  answered.catch(() => {}); // awaited below unless the click failed
  await clickAndLoad(page, page.locator('main').getByRole('button', { name, exact: true }));
  return (await answered).status();
}

/** Opens the staff's events list from the staff navigation. */
async function openEvents(page) {
  await clickAndLoad(page, page.getByRole('navigation', { name: 'Staff pages' }).getByRole('link', { name: 'Events', exact: true }));
  assert.equal(pathOf(page), LIST_PATH);
  await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
}

/** The editors' list: the row of the event titled `title`, as { Title, Days, State, 'Shown from', 'Last edited' }. */
async function rowOf(page, title) {
  const table = page.getByRole('region', { name: 'Events' }).getByRole('table');
  const header = (await table.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  assert.deepEqual(header, ['Title', 'Days', 'State', 'Shown from', 'Last edited']);
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  assert.equal(await row.count(), 1, `one row for "${title}"`);
  const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
  return Object.fromEntries(header.map((name, i) => [name, cells[i]]));
}

/** The values of the event's own fields in the editor's form. */
async function eventFields(page) {
  return {
    starts_on: await page.locator('#starts_on').inputValue(),
    ends_on: await page.locator('#ends_on').inputValue(),
    place: await page.locator('#place').inputValue(),
    region: await page.locator('#region').inputValue(),
    category: await page.locator('#category').inputValue(),
    countries: await page.locator('#countries').evaluate((select) => [...select.selectedOptions].map((o) => o.value)),
  };
}

/** Opens a public address as the visitor; returns the status it answered. */
async function visit(path) {
  const response = await visitor.goto(path);
  return response.status();
}

/** The visitor's events list in `lang` (with `query`): the list item of the event, or null. */
async function eventInList(lang = 'en', query = '') {
  assert.equal(await visit(localPath(lang, `/events${query}`)), 200);
  const main = visitor.locator('main');
  await main.getByRole('heading', { level: 1 }).waitFor();
  const links = main.getByRole('heading', { level: 3 }).getByRole('link', { name: PAGES[lang].title, exact: true });
  const count = await links.count();
  if (count === 0) return null;
  assert.equal(count, 1, 'listed once');
  assert.equal(await links.getAttribute('href'), PUBLIC_PATHS[lang]);
  // A `has` locator is read inside each list item, so it starts from the page, not from main.
  const link = visitor.getByRole('heading', { level: 3 }).getByRole('link', { name: PAGES[lang].title, exact: true });
  return main.locator('ul.news-list > li').filter({ has: link });
}

/** The tabs of the English public list, as their texts, and the one shown. */
async function tabs(page) {
  const nav = page.getByRole('navigation', { name: 'Upcoming or past events', exact: true });
  return {
    all: (await nav.getByRole('listitem').allInnerTexts()).map((text) => text.trim()),
    current: (await nav.locator('[aria-current="page"]').innerText()).trim(),
  };
}

/** What the public list's status line says (how many events it found). */
async function found(page) {
  return (await page.locator('main p[role="status"]').innerText()).trim();
}

/** An .ics text with its folded lines joined back (RFC 5545 §3.1), as a list of lines. */
function unfolded(ics) {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('the events: an editor announces an event, keeps it a draft, publishes it, and visitors find it in three languages and their calendar', () => {
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

  step('the editor opens Events and announces an event ending before it starts, without a region: refused, all still typed', { timeout: TEST_TIMEOUT_MS }, async () => {
    await openStaffWorkspace(editor);
    await openEvents(editor);
    await editor.locator('main').getByText('No event has been announced yet.', { exact: true }).waitFor();
    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: 'Announce an event', exact: true }));
    assert.equal(pathOf(editor), NEW_PATH);
    await editor.getByRole('heading', { level: 1, name: 'Announce an event' }).waitFor();
    // The three languages side by side, in that order, then the event's days.
    const legends = (await editor.locator('main fieldset.language-texts legend').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(legends.map((legend) => legend.split(/\s+/)[0]), ['English', 'Español', 'Français']);
    const days = editor.getByRole('group', { name: 'Days', exact: true });
    assert.equal(await days.getByLabel('First day', { exact: true }).getAttribute('type'), 'date');
    assert.equal(await days.getByLabel('Last day', { exact: true }).getAttribute('type'), 'date');
    // The regions and kinds to choose from; a new event is a draft until the editor says otherwise.
    const options = async (id) => (await editor.locator(`#${id} option`).allInnerTexts()).map((text) => text.trim());
    assert.deepEqual((await options('region')).slice(1), [
      'Europe',
      'Asia-Pacific',
      'Latin America',
      'Africa',
      'North America',
      'International or online',
    ]);
    assert.deepEqual((await options('category')).slice(1), [
      'International forum',
      'Conference',
      'Continental Council',
      'Expert meeting',
      'Training',
      'Online seminar',
    ]);
    assert.equal(await editor.getByLabel('Draft: only editors see it', { exact: true }).isChecked(), true);

    await languageGroup(editor, 'English').getByLabel('Title', { exact: true }).fill(TITLE);
    await days.getByLabel('First day', { exact: true }).fill(FIRST);
    await days.getByLabel('Last day', { exact: true }).fill(BEFORE_FIRST);
    await editor.getByLabel('Place', { exact: true }).fill(PLACE);
    assert.equal(await send(editor, 'Save the event'), 422);

    const summary = editor.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.getAttribute('role'), 'alert');
    const listed = (await summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(listed, [END_BEFORE_START, REGION_MISSING]);
    assert.equal(await summary.getByRole('link', { name: END_BEFORE_START }).getAttribute('href'), '#ends_on');
    assert.equal(await summary.getByRole('link', { name: REGION_MISSING }).getAttribute('href'), '#region');
    // Each message next to its field, which it describes.
    assert.equal((await editor.locator('#ends_on-error').innerText()).trim(), END_BEFORE_START);
    const last = editor.locator('#ends_on');
    assert.equal(await last.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await last.getAttribute('aria-describedby')).split(' '), ['days-hint', 'ends_on-error']);
    assert.equal((await editor.locator('#region-error').innerText()).trim(), REGION_MISSING);
    const region = editor.locator('#region');
    assert.equal(await region.getAttribute('aria-invalid'), 'true');
    assert.equal(await region.getAttribute('aria-describedby'), 'region-error');
    assert.equal(await editor.locator('#starts_on').getAttribute('aria-invalid'), null, 'the first day is right');
    // What was typed is still there; nothing was saved.
    assert.equal(await editor.locator('#title_en').inputValue(), TITLE);
    assert.deepEqual(await eventFields(editor), {
      starts_on: FIRST,
      ends_on: BEFORE_FIRST,
      place: PLACE,
      region: '',
      category: '',
      countries: [],
    });
    assert.equal(await editor.getByRole('status').filter({ hasText: SAVED }).count(), 0, 'nothing said saved');
    await auditPage(editor, 'events-refused');

    // Without its first day, it is refused for that too.
    await editor.locator('#starts_on').fill('');
    assert.equal(await send(editor, 'Save the event'), 422);
    assert.equal(await summary.getByRole('link', { name: START_MISSING }).getAttribute('href'), '#starts_on');
    assert.equal((await editor.locator('#starts_on-error').innerText()).trim(), START_MISSING);
    assert.equal(await editor.locator('#starts_on').getAttribute('aria-invalid'), 'true');
    assert.equal(await editor.locator('#ends_on').inputValue(), BEFORE_FIRST);
    assert.equal(pathOf(editor), NEW_PATH);
  });

  step('the editor corrects it and saves a draft: the list says Draft, visitors see nothing of it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const english = languageGroup(editor, 'English');
    assert.equal(await english.getByLabel('Title', { exact: true }).inputValue(), TITLE);
    await english.getByLabel('Lead (optional)', { exact: true }).fill(LEAD);
    await english.getByLabel('Text', { exact: true }).fill(TEXT);
    await languageGroup(editor, 'Español').getByLabel('Title', { exact: true }).fill(TITLE_ES);
    await languageGroup(editor, 'Français').getByLabel('Title', { exact: true }).fill(TITLE_FR);
    await editor.getByLabel('First day', { exact: true }).fill(FIRST);
    await editor.getByLabel('Last day', { exact: true }).fill(LAST);
    assert.equal(await editor.getByLabel('Place', { exact: true }).inputValue(), PLACE);
    await editor.getByLabel('Region', { exact: true }).selectOption({ label: 'Europe' });
    await editor.getByLabel('Kind of event', { exact: true }).selectOption({ label: 'Conference' });
    await editor.getByLabel('Countries it concerns', { exact: true }).selectOption({ label: 'Belgium' });
    await editor.getByLabel('Draft: only editors see it', { exact: true }).check();

    assert.equal(await send(editor, 'Save the event'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${FORM_PATH}?saved=true`);
    await editor.getByRole('status').filter({ hasText: SAVED }).waitFor();
    await editor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(await editor.getByRole('link', { name: 'See the public page' }).count(), 0, 'no public page yet');
    // What was saved is shown again.
    assert.equal(await editor.locator('#summary_en').inputValue(), LEAD);
    assert.equal(await editor.locator('#title_es').inputValue(), TITLE_ES);
    assert.equal(await editor.locator('#title_fr').inputValue(), TITLE_FR);
    assert.deepEqual(await eventFields(editor), {
      starts_on: FIRST,
      ends_on: LAST,
      place: PLACE,
      region: 'europe',
      category: 'conference',
      countries: ['BE'],
    });
    assert.equal(await editor.locator('#publication-draft').isChecked(), true);

    await openEvents(editor);
    const row = await rowOf(editor, TITLE);
    assert.equal(row.State, 'Draft');
    assert.equal(row.Days, `${longDay('en', FIRST)} – ${longDay('en', LAST)}`);
    assert.equal(row['Shown from'], '');
    await auditPage(editor, 'events-staff-list');
    // The same list in Spanish.
    await editor.goto('/es/staff/events');
    await editor.getByRole('heading', { level: 1, name: 'Eventos' }).waitFor();
    // Each event under its title in the page's language.
    await editor.locator('main').getByRole('link', { name: TITLE_ES, exact: true }).waitFor();
    await auditPage(editor, 'events-staff-list-es');

    visitor = await pageFor();
    assert.equal(await visit(PUBLIC_PATHS.en), 404, 'a draft has no public page');
    assert.equal(await visit(`${PUBLIC_PATHS.en}/calendar.ics`), 404, 'nor a calendar file');
    assert.equal(await eventInList(), null, 'a draft is not among the events');
    assert.deepEqual((await tabs(visitor)).all, ['Upcoming (0)', 'Past (0)']);
  });

  step('the editor publishes it now: the list says Published, and the form leads to its public page', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto(LIST_PATH); // back from the Spanish list
    await clickAndLoad(editor, editor.locator('main').getByRole('link', { name: TITLE, exact: true }));
    assert.equal(pathOf(editor), FORM_PATH);
    await editor.getByLabel(PUBLISH, { exact: true }).check();
    assert.equal(await editor.getByLabel('Date', { exact: true }).inputValue(), '');
    assert.equal(await editor.getByLabel('Time', { exact: true }).inputValue(), '');

    assert.equal(await send(editor, 'Save the event'), 303, `saved: ${await editor.locator('.error-summary').allInnerTexts()}`);
    assert.equal(pathOf(editor), `${FORM_PATH}?saved=true`);
    await editor.getByRole('status').filter({ hasText: SAVED }).waitFor();
    assert.equal(await editor.locator('#publication-publish').isChecked(), true);
    assert.equal(await editor.locator('main p.notice').filter({ hasText: 'This item is' }).count(), 0, 'neither draft nor scheduled');
    assert.equal(await editor.getByRole('link', { name: 'See the public page' }).getAttribute('href'), PUBLIC_PATHS.en);
    assert.deepEqual((await eventFields(editor)).countries, ['BE']);

    await openEvents(editor);
    const row = await rowOf(editor, TITLE);
    assert.equal(row.State, 'Published');
    assert.notEqual(row['Shown from'], '');
  });

  step('the visitor finds it under Upcoming and narrows the list to Europe', { timeout: TEST_TIMEOUT_MS }, async () => {
    const item = await eventInList();
    assert.ok(item, 'the published event among the events');
    assert.deepEqual(await tabs(visitor), { all: ['Upcoming (1)', 'Past (0)'], current: 'Upcoming (1)' });
    assert.equal(await found(visitor), 'One upcoming event');
    const meta = item.locator('.message-meta');
    assert.equal((await meta.innerText()).trim(), `${DAYS.en} · ${PLACE} · Belgium · Conference`);
    assert.equal(await meta.locator('time').getAttribute('datetime'), FIRST);
    assert.equal((await item.locator('p').last().innerText()).trim(), LEAD);
    // The forums the observatory belongs to, beside the events.
    const forums = visitor.getByRole('region', { name: 'International forums' });
    const names = (await forums.locator('dt').allInnerTexts()).map((text) => text.trim());
    for (const forum of FORUMS) assert.ok(names.includes(forum), `the forum "${forum}" in ${JSON.stringify(names)}`);
    await auditPage(visitor, 'events-public-list');

    // The filters on the side, each choice with its count.
    const filters = visitor.getByRole('complementary', { name: 'Narrow the events' });
    const under = (heading) => filters.locator(`h3:text-is("${heading}") + ul > li`);
    assert.deepEqual((await under('Region').allInnerTexts()).map((text) => text.trim()), ['Europe (1)']);
    assert.deepEqual((await under('Kind of event').allInnerTexts()).map((text) => text.trim()), ['Conference (1)']);
    assert.deepEqual((await under('Year').allInnerTexts()).map((text) => text.trim()), [`${FIRST.slice(0, 4)} (1)`]);
    await clickAndLoad(visitor, under('Region').getByRole('link', { name: 'Europe', exact: true }));
    assert.equal(pathOf(visitor), '/en/events?region=europe');
    assert.ok((await found(visitor)).startsWith('One upcoming event'), await found(visitor));
    await visitor.locator('main p[role="status"]').getByRole('link', { name: 'Show them all' }).waitFor();
    assert.equal((await under('Region').locator('[aria-current="true"]').innerText()).trim(), 'Europe');
    await visitor.locator('main').getByRole('link', { name: TITLE, exact: true }).waitFor();

    // Not among the past events.
    assert.equal(await eventInList('en', '?when=past'), null, 'not a past event');
    assert.deepEqual(await tabs(visitor), { all: ['Upcoming (1)', 'Past (0)'], current: 'Past (0)' });
    await visitor.locator('main').getByText('No past event matches this choice.', { exact: true }).waitFor();
  });

  step('the visitor opens it: its days, place, country, region and kind, and its calendar file', { timeout: TEST_TIMEOUT_MS }, async () => {
    await visit(`${localPath('en', '/events')}?region=europe`);
    await clickAndLoad(visitor, visitor.locator('main').getByRole('link', { name: TITLE, exact: true }));
    assert.equal(pathOf(visitor), PUBLIC_PATHS.en);
    const article = visitor.locator('main article');
    assert.equal((await article.getByRole('heading', { level: 1 }).innerText()).trim(), TITLE);
    assert.deepEqual(await factsIn(article.locator('dl.event-facts')), PAGES.en.facts);
    assert.equal(await article.locator('dl.event-facts time').getAttribute('datetime'), FIRST);
    assert.equal(await article.getByText('This event has taken place.').count(), 0, 'an upcoming event');
    assert.equal((await article.locator('.lead').innerText()).trim(), LEAD);
    await article.getByText('Workshops on family group conferencing run on the second day.').waitFor();
    await auditPage(visitor, 'events-public-item');

    // Its calendar file, from the page's link.
    const link = article.getByRole('link', { name: PAGES.en.calendar, exact: true });
    assert.equal(await link.getAttribute('href'), `${PUBLIC_PATHS.en}/calendar.ics`);
    const file = await download(visitor, link);
    assert.equal(file.name, `${SLUG}.ics`);
    const lines = unfolded(file.text);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 1, 'one event');
    assert.ok(lines.includes(`SUMMARY:${TITLE}`), `its title in:\n${file.text}`);
    assert.ok(lines.includes(`DTSTART;VALUE=DATE:${FIRST.replace(/-/g, '')}`), `its first day in:\n${file.text}`);
    assert.ok(lines.includes(`DTEND;VALUE=DATE:${AFTER_LAST.replace(/-/g, '')}`), `the day after its last in:\n${file.text}`);
    assert.ok(lines.includes(`LOCATION:${PLACE.replace(/,/g, '\\,')}\\, Belgium`), `its place in:\n${file.text}`);
    // Served as a calendar.
    const response = await visitor.request.get(`${PUBLIC_PATHS.en}/calendar.ics`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/calendar\b/);
  });

  step('the visitor reads it in Spanish and in French at their own addresses', { timeout: TEST_TIMEOUT_MS }, async () => {
    for (const lang of ['es', 'fr']) {
      // Listed in that language's events.
      const item = await eventInList(lang);
      assert.ok(item, `listed among the events in ${lang}`);
      await auditPage(visitor, `events-public-list-${lang}`);

      // The English address in that language leads to the language's own.
      const english = await visitor.request.get(localPath(lang, `/events/${SLUG}`), { maxRedirects: 0 });
      assert.equal(english.status(), 308);
      assert.equal(english.headers().location, PUBLIC_PATHS[lang]);

      assert.equal(await visit(PUBLIC_PATHS[lang]), 200);
      assert.equal(await visitor.locator('html').getAttribute('lang'), lang);
      // The language switcher names each language's own address.
      for (const code of ['en', 'es', 'fr'].filter((code) => code !== lang)) {
        const switcher = visitor.locator(`a[hreflang="${code}"][lang="${code}"]`).first();
        assert.equal(await switcher.getAttribute('href'), PUBLIC_PATHS[code]);
      }
      const article = visitor.locator('main article');
      assert.equal((await article.getByRole('heading', { level: 1 }).innerText()).trim(), PAGES[lang].title);
      assert.deepEqual(await factsIn(article.locator('dl.event-facts')), PAGES[lang].facts);
      // The lead, written in English only, is shown in English and says so.
      const lead = article.locator('.lead');
      assert.equal((await lead.innerText()).trim(), LEAD);
      assert.equal(await lead.getAttribute('lang'), 'en');
      const link = article.getByRole('link', { name: PAGES[lang].calendar, exact: true });
      assert.equal(await link.getAttribute('href'), `${PUBLIC_PATHS[lang]}/calendar.ics`);
      await auditPage(visitor, `events-public-item-${lang}`);

      const response = await visitor.request.get(`${PUBLIC_PATHS[lang]}/calendar.ics`);
      assert.equal(response.status(), 200);
      assert.ok(unfolded(await response.text()).includes(`SUMMARY:${PAGES[lang].title}`), `the ${lang} title in its calendar file`);
    }
  });

  step('the visitor sees it under the home page\'s upcoming events', { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.equal(await visit('/en'), 200);
    const upcoming = visitor.getByRole('region', { name: 'Upcoming events' });
    const link = upcoming.getByRole('link', { name: TITLE, exact: true });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), PUBLIC_PATHS.en);
    const entry = upcoming.getByRole('listitem').filter({ has: visitor.getByRole('link', { name: TITLE, exact: true }) });
    assert.equal((await entry.locator('.message-meta').innerText()).trim(), `${DAYS.en} · ${PLACE}`);
    assert.equal(await upcoming.getByRole('link', { name: 'All events and forums' }).getAttribute('href'), localPath('en', '/events'));
  });

  step('in French, the form refuses in French', { timeout: TEST_TIMEOUT_MS }, async () => {
    await editor.goto('/fr/staff/events/new');
    await editor.getByRole('heading', { level: 1, name: 'Annoncer un événement' }).waitFor();
    assert.equal(await send(editor, 'Enregistrer l’événement'), 422);
    const summary = editor.locator('.error-summary');
    await summary.waitFor();
    assert.equal(
      await summary.getByRole('link', { name: 'Indiquez le premier jour de l’événement.' }).getAttribute('href'),
      '#starts_on',
    );
    assert.equal(await summary.getByRole('link', { name: 'Choisissez la région de l’événement.' }).getAttribute('href'), '#region');
    assert.equal(await editor.locator('#title_en').getAttribute('aria-invalid'), 'true');
    await auditPage(editor, 'events-refused-fr');
  });
});
