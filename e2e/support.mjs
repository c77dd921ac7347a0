// What every browser test file shares: one server and one browser per file,
// fresh contexts with bounded timeouts, axe-core audits, screenshots, and the
// mails the server writes as .eml files under its data directory.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import AxeBuilder from '@axe-core/playwright';
import { REPO_ROOT, launchBrowser, startServer } from './server.mjs';

export const ARTIFACTS = path.join(REPO_ROOT, 'e2e', 'artifacts');
export const LANGS = ['en', 'es', 'fr'];
export const ACTION_TIMEOUT_MS = 10_000;
export const NAVIGATION_TIMEOUT_MS = 15_000;
export const TEST_TIMEOUT_MS = 90_000;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAIL_TIMEOUT_MS = 15_000;

/**
 * Public pages have addresses in their own language (src/web/slugs.rs): the
 * first segment after the language, as English writes it → as Spanish and
 * French do. Other paths (login, account, staff, cookies…) are the same in
 * every language.
 */
const SLUGS = {
  about: { es: 'quienes-somos', fr: 'qui-sommes-nous' },
  'technical-cooperation': { es: 'cooperacion-tecnica', fr: 'cooperation-technique' },
  'collaboration-networks': { es: 'redes-de-colaboracion', fr: 'reseaux-de-collaboration' },
  reports: { es: 'informes', fr: 'rapports' },
  news: { es: 'noticias', fr: 'actualites' },
  events: { es: 'eventos', fr: 'evenements' },
  agreements: { es: 'acuerdos', fr: 'accords' },
  councils: { es: 'consejos', fr: 'conseils' },
  newsletter: { es: 'boletin', fr: 'bulletin' },
  groups: { es: 'grupos', fr: 'groupes' },
  library: { es: 'biblioteca', fr: 'bibliotheque' },
  contact: { es: 'contacto', fr: 'contact' },
  assistance: { es: 'asistencia-tecnica', fr: 'assistance-technique' },
  collaborate: { es: 'colaborar', fr: 'collaborer' },
  privacy: { es: 'privacidad', fr: 'confidentialite' },
  'legal-notice': { es: 'aviso-legal', fr: 'mentions-legales' },
};

/**
 * The path after `/{lang}` for a page known by its English path after the
 * language: localized('es', '/collaborate/sent') is '/colaborar/sent'.
 */
export function localized(lang, englishSuffix) {
  const [, first = '', rest = ''] = /^\/([^/?#]*)(.*)$/.exec(englishSuffix) ?? [];
  const slug = SLUGS[first]?.[lang] ?? first;
  return englishSuffix === '' ? '' : `/${slug}${rest}`;
}

/** The whole path of a page in `lang`: localPath('fr', '/reports') is '/fr/rapports'. */
export function localPath(lang, englishSuffix = '') {
  return `/${lang}${localized(lang, englishSuffix)}`;
}

/** The document sent with proposals, as setInputFiles takes it. */
export const PDF = {
  name: 'propuesta.pdf',
  mimeType: 'application/pdf',
  // A real, minimal PDF (one empty page): attachments are read by their
  // structure. The integration tests send the same file.
  buffer: readFileSync(new URL('../tests/fixtures/minimal.pdf', import.meta.url)),
};
/** The collaboration form refuses what is sent faster than a person could fill it in. */
export const MINIMUM_FILL_MS = 3_200;

/**
 * The steps of one story, run in order, each using what the earlier ones
 * made (a sent proposal, a signed-in admin). When a step fails, the later
 * steps are skipped with the reason instead of failing in turn on what is
 * missing, so the report names the one real failure.
 */
export function story() {
  let failed = null;
  return function step(name, options, fn) {
    it(name, options, async (t) => {
      if (failed) {
        t.skip(`not run: the earlier step "${failed}" failed`);
        return;
      }
      try {
        await fn(t);
      } catch (error) {
        failed = name;
        throw error;
      }
    });
  };
}

/**
 * Registers before/after hooks that start a server and a browser for the
 * current test file. The returned object is filled in once `before` ran.
 */
export function useServerAndBrowser() {
  const suite = {
    server: null,
    browser: null,
    /** A fresh browser context on the server, English unless told otherwise. */
    async newContext(options = {}) {
      const context = await suite.browser.newContext({ baseURL: suite.server.baseURL, locale: 'en-GB', ...options });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
      return context;
    },
    /** Runs fn with a fresh context and page, closing the context afterwards. */
    async withPage(options, fn) {
      const context = await suite.newContext(options);
      try {
        const page = await context.newPage();
        return await fn(page, context);
      } finally {
        await context.close();
      }
    },
  };
  before(
    async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      suite.server = await startServer();
      suite.browser = await launchBrowser();
    },
    { timeout: 60_000 },
  );
  after(
    async () => {
      await suite.browser?.close();
      await suite.server?.stop();
    },
    { timeout: 30_000 },
  );
  return suite;
}

/**
 * Registers an `after` hook that closes the contexts it made, and returns
 * pageFor(options): a page in a fresh context (suite.newContext's options)
 * that stays open for the later steps of a story.
 */
export function pagesFor(suite) {
  const contexts = [];
  after(async () => {
    for (const context of contexts) await context.close();
  });
  return async function pageFor(options = {}) {
    const context = await suite.newContext(options);
    contexts.push(context);
    return context.newPage();
  };
}

export function pathOf(page) {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

export async function htmlLang(page) {
  return page.locator('html').getAttribute('lang');
}

/** Asserts the page has a visible, non-empty h1 and returns its text. */
export async function assertVisibleH1(page) {
  const h1 = page.locator('h1').first();
  await h1.waitFor({ state: 'visible', timeout: ACTION_TIMEOUT_MS });
  const text = (await h1.innerText()).trim();
  assert.notEqual(text, '', `the h1 on ${page.url()} is empty`);
  return text;
}

/**
 * Runs axe-core with the WCAG 2.x A/AA tags and fails listing every
 * violation; returns axe's results for checks of which rules ran.
 */
export async function assertNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
    })
    .join('\n');
  assert.equal(
    results.violations.length,
    0,
    `axe found ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${report}`,
  );
  // Guard against a vacuous pass (axe not injected or no rules run).
  assert.ok(results.passes.length > 0, `axe reported no passing rules on ${label}; did it run?`);
  return results;
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, timeout: ACTION_TIMEOUT_MS });
}

/** Audits the page with axe and keeps a screenshot of it: what every page of a flow gets. */
export async function auditPage(page, name) {
  await assertVisibleH1(page);
  await assertNoAxeViolations(page, name);
  await screenshot(page, name);
}

/** What a list of terms (dt → dd) shows, as the reader sees it: { term: description }. */
export async function factsIn(list) {
  return list.evaluate((dl) =>
    Object.fromEntries(
      [...dl.querySelectorAll('dt')].map((dt) => [dt.innerText.trim(), dt.nextElementSibling?.innerText.trim() ?? '']),
    ),
  );
}

/** Clicks something that navigates (link or submit button) and waits for the new document's load event. */
export async function clickAndLoad(page, locator) {
  const loaded = page.waitForEvent('load', { timeout: NAVIGATION_TIMEOUT_MS });
  await locator.click();
  await loaded;
}

/** Decodes a quoted-printable body (soft line breaks, =XX bytes as UTF-8). */
function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes the RFC 2047 encoded words (=?UTF-8?B?…?=, =?UTF-8?Q?…?=) of a header's value. */
function decodeEncodedWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?') // white space between two encoded words is not part of the text
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, encoding, text) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return new TextDecoder(charset).decode(bytes);
    });
}

/** A header of a raw mail's header block, its folded lines joined and its encoded words decoded. */
function headerOf(headers, name) {
  const folded = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(headers)?.[1] ?? '';
  return decodeEncodedWords(folded.replace(/\r?\n(?=[ \t])/g, '')).trim();
}

/** The mails sent to `address` so far, oldest first, each as { subject, text }. */
async function mailsTo(server, address) {
  const dir = path.join(server.dataDir, 'mail');
  let names;
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.eml'));
  } catch {
    return [];
  }
  const mails = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const raw = await readFile(file, 'utf8');
    const headerEnd = raw.search(/\r?\n\r?\n/);
    const headers = raw.slice(0, headerEnd);
    const to = /^To:\s*(.*)$/im.exec(headers)?.[1] ?? '';
    if (!to.toLowerCase().includes(address.toLowerCase())) continue;
    mails.push({
      // Files are named by when their job was queued, then the job; order by when they were written.
      written: (await stat(file)).mtimeMs,
      // Long subjects are folded over several lines, words outside ASCII encoded.
      subject: headerOf(headers, 'Subject'),
      text: decodeQuotedPrintable(raw),
    });
  }
  return mails.sort((a, b) => a.written - b.written);
}

/** Polls `find` over the mails to `address` until it returns one (bounded). */
async function waitForMailWhere(server, address, find, expected) {
  const deadline = Date.now() + MAIL_TIMEOUT_MS;
  for (;;) {
    const mails = await mailsTo(server, address);
    const found = find(mails);
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`${address} received ${mails.length} mail(s), none ${expected}, within ${MAIL_TIMEOUT_MS} ms`);
    }
    await sleep(100);
  }
}

/**
 * Waits until `address` has received `count` mails and returns the newest,
 * decoded. The server's job worker writes them shortly after the request.
 */
export async function waitForMail(server, address, count) {
  return waitForMailWhere(server, address, (mails) => mails[count - 1], `numbered ${count}`);
}

/** Waits until `address` has received a mail whose text includes `text`, and returns it. */
export async function waitForMailWith(server, address, text) {
  return waitForMailWhere(
    server,
    address,
    (mails) => mails.find((mail) => mail.text.includes(text)),
    `including "${text}"`,
  );
}

/** The first link in a mail that goes to `pathPart` on the server, as a path with query. */
export function linkIn(mail, pathPart) {
  const match = mail.text.match(/https?:\/\/[^\s"<>]+/g)?.find((url) => url.includes(pathPart));
  assert.ok(match, `no link to ${pathPart} in the mail "${mail.subject}":\n${mail.text}`);
  const url = new URL(match.replace(/&amp;/g, '&'));
  return url.pathname + url.search;
}

// ------------------------------------------------- steps shared by the flows

const SUBMIT = 'main form button[type="submit"]';

/** Accepts the cookie banner, if shown, so it does not cover the forms. */
export async function acceptCookies(page) {
  const accept = page.locator('section.consent-banner button[value="accept"]');
  if (await accept.count()) await clickAndLoad(page, accept);
}

/** Logs in through the form of the `lang` section. */
export async function logIn(page, email, password, lang = 'en') {
  await page.goto(`/${lang}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await clickAndLoad(page, page.locator(SUBMIT));
}

export async function logOut(page) {
  await clickAndLoad(page, page.locator('form[action$="/logout"] button'));
}

/** Sets the password from a reset (or create-admin) link. */
export async function setPasswordFromLink(page, link, password) {
  const url = new URL(link, 'http://localhost');
  await page.goto(url.pathname + url.search);
  await acceptCookies(page);
  await page.locator('#password').fill(password);
  await page.locator('#password_again').fill(password);
  await clickAndLoad(page, page.locator(SUBMIT));
}

/** Makes an admin with `observatory create-admin` and gives it `password`. */
export async function createAdmin(suite, page, email, password) {
  const printed = await suite.server.cli('create-admin', '--email', email);
  const link = printed.match(/https?:\/\/\S+/)?.[0];
  assert.ok(link, `create-admin printed no link:\n${printed}`);
  await setPasswordFromLink(page, link, password);
}

/**
 * Registers an individual through the form of `lang` (the account's
 * language, used for its mails), confirms the address from the mail and
 * completes the profile.
 */
export async function registerAndConfirm(suite, page, person, lang = 'en') {
  await page.goto(`/${lang}/register`);
  await acceptCookies(page);
  await page.locator('#full_name').fill(person.name);
  await page.locator('#email').fill(person.email);
  await page.locator('#password').fill(person.password);
  await page.locator('#consent').check();
  await clickAndLoad(page, page.locator(SUBMIT));
  const confirmation = await waitForMail(suite.server, person.email, 1);
  await page.goto(linkIn(confirmation, `/${lang}/account/confirm`));
  await clickAndLoad(page, page.locator(SUBMIT));
  // Confirmed, the person logs in and completes their profile.
  await logIn(page, person.email, person.password, lang);
  assert.equal(new URL(page.url()).pathname, `/${lang}/account`);
  await page.locator('#account_type-individual').check();
  await page.locator('#country').selectOption('ES');
  await page.locator(`#languages-${lang}`).check();
  await page.locator('#lines-restorative-justice').check();
  await clickAndLoad(page, page.locator('main form[action$="/account"] button[type="submit"]'));
  assert.equal(new URL(page.url()).search, '?saved=true', 'the profile was saved');
}

/** Sends the filled-in collaboration form of `lang`, checks it was taken, and returns the proposal's reference. */
export async function sendProposal(page, lang) {
  await clickAndLoad(page, page.locator(SUBMIT));
  assert.equal(
    new URL(page.url()).pathname,
    localPath(lang, '/collaborate/sent'),
    `the form was refused: ${await page.locator('.error-summary').allInnerTexts()}`,
  );
  const reference = (await page.locator('.reference strong').innerText()).trim();
  assert.match(reference, /^COL-\d{4}-\d{5}$/);
  return reference;
}

/** Opens the staff workspace from the header's link (evaluators and up), where its pages are listed. */
export async function openStaffWorkspace(page) {
  await clickAndLoad(page, page.locator('header a[href$="/staff/proposals"]'));
}

/** Opens the staff's groups page (the list and the form for a new group) from the staff navigation. */
export async function openStaffGroups(page) {
  await clickAndLoad(page, page.locator('nav a[href="/en/staff/groups"]'));
}

/**
 * On the staff's groups page, creates an active group in restorative justice,
 * shown as `visibility` says ('Listed publicly on the site' or 'Its members
 * and staff only'); returns its id, read from the group's page it lands on.
 */
export async function createGroup(page, name, description, visibility) {
  await page.locator('#name_en').fill(name);
  await page.locator('#description_en').fill(description);
  await page.getByLabel('Line of work').selectOption({ label: 'Restorative justice' });
  await page.getByLabel(visibility).check();
  await page.getByLabel('Active', { exact: true }).check();
  await clickAndLoad(page, page.getByRole('button', { name: 'Create the group' }));
  await page.getByText('The group has been saved.').waitFor();
  const staffPath = pathOf(page).replace(/\?.*$/, '');
  const id = /^\/en\/staff\/groups\/(\d+)$/.exec(staffPath)?.[1];
  assert.ok(id, `the group's staff page: ${staffPath}`);
  return id;
}

/** As a signed-in admin, gives the account of `email` exactly the roles `keys` (e.g. ['evaluator']) from the users page. */
export async function setRoles(page, email, keys) {
  await page.goto(`/en/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('row').filter({ hasText: email });
  for (const box of await row.getByRole('checkbox').all()) {
    await box.setChecked(keys.includes(await box.getAttribute('value')));
  }
  await clickAndLoad(page, row.getByRole('button', { name: /Save roles/ }));
}

/**
 * Clicks a link that downloads a file and checks it arrived; returns its
 * suggested name, its address, its text and its first five bytes.
 */
export async function download(page, link) {
  const started = page.waitForEvent('download');
  await link.click();
  const file = await started;
  assert.equal(await file.failure(), null, `the download of ${file.url()} failed`);
  const saved = await readFile(await file.path());
  return {
    name: file.suggestedFilename(),
    url: file.url(),
    text: saved.toString('utf8'),
    start: saved.subarray(0, 5).toString('latin1'),
  };
}
