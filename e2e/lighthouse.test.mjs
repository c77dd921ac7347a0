// Lighthouse on the home page, one article page (about) and the collaborate
// form, in each language, with desktop settings: performance, accessibility,
// best practices and SEO must each score at least 0.95. Prints one line of
// scores per page; a failure names the audits that cost points, and the
// page's HTML report is written to e2e/artifacts/lighthouse/.
//
// One server and one Chromium (Debian's, through chrome-launcher) for the
// file; the pages run one after the other.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_PATH, startServer } from './server.mjs';
import { ARTIFACTS, LANGS, TEST_TIMEOUT_MS, localPath } from './support.mjs';

const MIN_SCORE = 0.95;
const CATEGORIES = [
  ['performance', 'perf'],
  ['accessibility', 'a11y'],
  ['best-practices', 'bp'],
  ['seo', 'seo'],
];
const REPORTS = path.join(ARTIFACTS, 'lighthouse');
// The background-networking flags keep Chromium from calling out to a
// network that is not there (chrome-launcher adds more of the same).
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// A page's load is bounded by Lighthouse itself; these keep a stuck page
// well inside the test's own timeout.
const MAX_WAIT_FOR_FCP_MS = 15_000;
const MAX_WAIT_FOR_LOAD_MS = 30_000;
const CHROME_START_RETRIES = 60; // × 500 ms

// name → path after /{lang} as English writes it.
const PAGES = [
  ['home', ''],
  ['article (about)', '/about'],
  ['collaborate form', '/collaborate'],
];

let server = null;
let chrome = null;

before(
  async () => {
    await mkdir(REPORTS, { recursive: true });
    server = await startServer();
    chrome = await launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
      connectionPollInterval: 500,
      maxConnectionRetries: CHROME_START_RETRIES,
      handleSIGINT: false,
    });
  },
  { timeout: 60_000 },
);

after(
  async () => {
    // kill() ends Chromium and removes its temporary profile.
    try {
      await chrome?.kill();
    } finally {
      await server?.stop();
    }
  },
  { timeout: 30_000 },
);

/** "0.97", or "n/a" when the category could not be scored. */
function formatScore(score) {
  return typeof score === 'number' ? score.toFixed(2) : 'n/a';
}

/** A few words on what an audit found: its explanation, value and first items. */
function auditDetails(audit) {
  const parts = [];
  if (audit.displayValue) parts.push(audit.displayValue);
  if (audit.explanation) parts.push(audit.explanation);
  if (audit.errorMessage) parts.push(`error: ${audit.errorMessage}`);
  const items = audit.details?.items ?? [];
  for (const item of items.slice(0, 3)) {
    const what =
      item.node?.selector ?? item.node?.snippet ?? item.url ?? item.source?.url ?? item.description ?? item.label;
    if (what) parts.push(String(what).slice(0, 160));
  }
  if (items.length > 3) parts.push(`… ${items.length - 3} more`);
  return parts.join(' | ');
}

/** The audits of `categoryId` that did not pass (score below 0.9), worst first. */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => typeof audit?.score === 'number' && audit.score < 0.9)
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .map(
      ({ ref, audit }) =>
        `    - ${audit.id} (weight ${ref.weight}): "${audit.title}" score ${audit.score.toFixed(2)}` +
        (auditDetails(audit) ? `\n        ${auditDetails(audit)}` : ''),
    );
}

for (const lang of LANGS) {
  describe(`Lighthouse (desktop) in ${lang}`, () => {
    for (const [name, suffix] of PAGES) {
      const pagePath = localPath(lang, suffix);
      it(`${name} ${pagePath}: every category scores at least ${MIN_SCORE}`, { timeout: TEST_TIMEOUT_MS }, async () => {
        const result = await lighthouse(
          `${server.baseURL}${pagePath}`,
          {
            port: chrome.port,
            logLevel: 'error',
            output: 'html',
            onlyCategories: CATEGORIES.map(([id]) => id),
            maxWaitForFcp: MAX_WAIT_FOR_FCP_MS,
            maxWaitForLoad: MAX_WAIT_FOR_LOAD_MS,
          },
          desktopConfig,
        );
        assert.ok(result?.lhr, `Lighthouse returned no result for ${pagePath}`);
        const { lhr } = result;
        const scores = CATEGORIES.map(([id, short]) => `${short} ${formatScore(lhr.categories[id]?.score)}`);
        console.log(`lighthouse ${pagePath.padEnd(22)}  ${scores.join('  ')}`);

        assert.equal(lhr.runtimeError, undefined, `Lighthouse could not audit ${pagePath}: ${lhr.runtimeError?.message}`);
        const warnings = lhr.runWarnings?.length ? `\n  run warnings: ${lhr.runWarnings.join(' / ')}` : '';
        const failures = CATEGORIES.filter(([id]) => !(lhr.categories[id]?.score >= MIN_SCORE)).map(
          ([id]) =>
            `  ${id} ${formatScore(lhr.categories[id]?.score)} < ${MIN_SCORE}:\n` +
            (failingAudits(lhr, id).join('\n') || '    (no single audit below 0.9)'),
        );
        if (failures.length > 0) {
          // About 1 MB each: kept only for the pages that need a look.
          const reportName = `${lang}-${suffix.replace(/^\//, '') || 'home'}.html`;
          await writeFile(path.join(REPORTS, reportName), result.report);
          assert.fail(
            `Lighthouse on ${pagePath} (report: e2e/artifacts/lighthouse/${reportName}):\n${failures.join('\n')}${warnings}`,
          );
        }
      });
    }
  });
}
