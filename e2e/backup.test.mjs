// Browser test of backups, the issue's acceptance: run the site, register and
// propose, `observatory backup`, wipe, `observatory restore`, and everything
// is back; `observatory copy` to the local PostgreSQL, start on PostgreSQL,
// and the same site is there.
//
// "Wipe" is a new, empty data directory: the restored site shares nothing
// with the first one but the archive. Each site is judged as its people see
// it: the member logs in with the same password and finds the proposal, and
// the admin downloads the very PDF that was sent. axe-core audits the pages.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';
import { runBinary, startServer } from './server.mjs';
import {
  MINIMUM_FILL_MS,
  PDF,
  TEST_TIMEOUT_MS,
  acceptCookies,
  auditPage,
  clickAndLoad,
  createAdmin,
  logIn,
  openStaffWorkspace,
  pathOf,
  registerAndConfirm,
  story,
  useServerAndBrowser,
} from './support.mjs';

const suite = useServerAndBrowser();
const step = story();
const ADMIN = { email: 'keeper@example.org', password: 'lighthouse amber quarry nine' };
const MEMBER = { email: 'ines.moreno@example.org', name: 'Inés Moreno', password: 'willow beacon cobalt thirty' };
const TITLE = 'Restorative circles in rural schools';
// The PostgreSQL server (trust authentication), as scripts/test.sh expects it.
const PG_SERVER = (process.env.OBSERVATORY_TEST_PG || 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
const PSQL_TIMEOUT_MS = 15_000;

let workDir; // holds the archive and the restored site's data directory
let reference; // the proposal's reference, COL-YYYY-NNNNN
let restored; // the server on the restored data directory (SQLite)
let onPostgres; // the server on the same data directory, its rows copied to PostgreSQL
let pgDatabase; // the name of the database made on PostgreSQL, dropped at the end

/** Runs one SQL command on the PostgreSQL server's maintenance database. */
async function psql(sql) {
  try {
    await promisify(execFile)('psql', [`${PG_SERVER}/postgres`, '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
      timeout: PSQL_TIMEOUT_MS,
    });
  } catch (error) {
    throw new Error(
      `psql ${PG_SERVER}/postgres -c "${sql}" failed: is PostgreSQL running there (OBSERVATORY_TEST_PG)?\n${error.stderr ?? error.message}`,
      { cause: error },
    );
  }
}

before(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'observatory-e2e-backup-'));
});

// Whatever happened, no server is left running, no database left on
// PostgreSQL and no directory left behind; each clean-up is tried even if
// another one fails.
after(
  async () => {
    const cleanups = [
      () => onPostgres?.stop(),
      () => restored?.stop(),
      () => pgDatabase && psql(`DROP DATABASE IF EXISTS ${pgDatabase} WITH (FORCE)`),
      () => workDir && rm(workDir, { recursive: true, force: true, maxRetries: 3 }),
    ];
    const failures = [];
    for (const cleanup of cleanups) {
      try {
        await cleanup();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length) throw new AggregateError(failures, 'cleaning up after the backup test failed');
  },
  { timeout: 60_000 },
);

/**
 * Runs fn with a fresh page on `server` (the suite's by default). A site
 * that was never visited in this context shows the cookie banner first:
 * accept it, as a visitor would, so it covers none of the forms.
 */
async function onSite(server, fn) {
  return suite.withPage({ baseURL: server.baseURL }, async (page) => {
    await page.goto('/en/login');
    await acceptCookies(page);
    return fn(page);
  });
}

/** The member logs in with the password chosen before the backup and finds the proposal in the account. */
async function memberFindsTheProposal(server, label) {
  await onSite(server, async (page) => {
    await logIn(page, MEMBER.email, MEMBER.password);
    assert.equal(pathOf(page), '/en/account', `${MEMBER.email} could not log in on ${label}`);
    await page.goto('/en/account/proposals');
    const row = page.getByRole('row').filter({ hasText: reference });
    await row.getByRole('cell', { name: TITLE }).waitFor();
    await auditPage(page, `backup-${label}-my-proposals`);
    await clickAndLoad(page, row.getByRole('link', { name: reference }));
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await auditPage(page, `backup-${label}-proposal`);
  });
}

/** The admin opens the proposal from the staff queue and downloads its attachment: the same bytes as sent. */
async function adminDownloadsTheAttachment(server, label) {
  await onSite(server, async (page) => {
    await logIn(page, ADMIN.email, ADMIN.password);
    await page.goto('/en/staff/proposals');
    await clickAndLoad(page, page.getByRole('link', { name: reference }));
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const link = page.getByRole('link', { name: PDF.name });
    await auditPage(page, `backup-${label}-review`);
    const downloading = page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), PDF.name);
    const bytes = await readFile(await download.path());
    assert.ok(bytes.equals(PDF.buffer), `the attachment downloaded on ${label} is not the PDF that was sent`);
  });
}

describe('a site backed up, restored into an empty data directory and copied to PostgreSQL', () => {
  step('`observatory backup` then `observatory restore` into a new, empty data directory gives back the same site', { timeout: TEST_TIMEOUT_MS * 3 }, async () => {
    // The admin finds the Backups page in the staff workspace; this server has no
    // OBSERVATORY_BACKUP_DIR, so the page says scheduled backups are off.
    await suite.withPage({}, async (page) => {
      await createAdmin(suite, page, ADMIN.email, ADMIN.password);
      await logIn(page, ADMIN.email, ADMIN.password);
      await openStaffWorkspace(page);
      await clickAndLoad(page, page.getByRole('link', { name: 'Backups', exact: true }));
      assert.equal(pathOf(page), '/en/admin/backups');
      await page.getByText('Scheduled backups are off. To turn them on, set OBSERVATORY_BACKUP_DIR').waitFor();
      await page.getByText('No scheduled backup has run yet.').waitFor();
      await auditPage(page, 'backup-admin-backups');
    });

    // A member sends a proposal with a PDF from the collaboration form, which
    // fills in the profile from the account and replies to its address.
    await suite.withPage({}, async (page) => {
      await registerAndConfirm(suite, page, MEMBER);
      await logIn(page, MEMBER.email, MEMBER.password);
      await page.goto('/en/collaborate');
      const shownAt = Date.now();
      await page.getByText(`We will reply to your account's address: ${MEMBER.email}`).waitFor();
      await auditPage(page, 'backup-member-form');
      await page.locator('#specialisation').fill('Ten years of restorative practice with teenagers.');
      await page.locator('#title').fill(TITLE);
      await page.locator('#description').fill('We propose restorative circles in three rural secondary schools.');
      await page.locator('#collaboration_kind-working-group').check();
      await page.locator('#attachment').setInputFiles(PDF);
      await page.locator('#consent').check();
      // The form refuses what is sent faster than a person could fill it in.
      await page.waitForTimeout(Math.max(0, MINIMUM_FILL_MS - (Date.now() - shownAt)));
      await clickAndLoad(page, page.locator('main form button[type="submit"]'));
      assert.equal(
        new URL(page.url()).pathname,
        '/en/collaborate/sent',
        `the form was refused: ${await page.locator('.error-summary').allInnerTexts()}`,
      );
      await page.getByText('Your proposal has reached our team.').waitFor();
      reference = (await page.locator('.reference strong').innerText()).trim();
      assert.match(reference, /^COL-\d{4}-\d{5}$/);
      await auditPage(page, 'backup-member-sent');
    });

    // The backup of the running site: every table and the one stored file.
    const archive = path.join(workDir, 'site.zip');
    const backedUp = await suite.server.cli('backup', '--out', archive);
    const backup = backedUp.match(/^Backed up (\d+) rows in (\d+) tables and (\d+) files \([\d.]+ MB\) to (.+) in [\d.]+ s\.$/m);
    assert.ok(backup, `observatory backup printed:\n${backedUp}`);
    const [, rows, tables, files, written] = backup;
    assert.ok(Number(rows) > 0 && Number(tables) > 0, backedUp);
    assert.equal(files, '1', 'the archive holds the PDF');
    assert.equal(written, archive);

    // "Wipe": the site is restored into a data directory that does not exist
    // yet, so nothing of the first site is there but what the archive holds.
    const restoredDir = path.join(workDir, 'restored');
    const restoredOut = await runBinary(['restore', archive], { dataDir: restoredDir });
    const restore = restoredOut.match(
      /^Restored (\d+) rows in (\d+) tables and (\d+) files from (.+) in [\d.]+ s; every table matches the archive's checksums\.$/m,
    );
    assert.ok(restore, `observatory restore printed:\n${restoredOut}`);
    assert.deepEqual(restore.slice(1, 5), [rows, tables, files, archive], 'everything backed up was restored');

    restored = await startServer({ dataDir: restoredDir });
    await memberFindsTheProposal(restored, 'restored');
    await adminDownloadsTheAttachment(restored, 'restored');
  });

  step('`observatory copy` to PostgreSQL, and the site started there is the same site', { timeout: TEST_TIMEOUT_MS * 2 }, async () => {
    const dataDir = restored.dataDir;
    pgDatabase = `obs_e2e_${randomBytes(6).toString('hex')}`;
    await psql(`CREATE DATABASE ${pgDatabase}`);
    const pgUrl = `${PG_SERVER}/${pgDatabase}`;

    // A move stops the old site first, so that nothing is written to it
    // during the copy. Its data directory stays: the files live there.
    await restored.stop();
    restored = null;
    const source = `sqlite://${path.join(dataDir, 'observatory.db')}`;
    const copiedOut = await runBinary(['copy', '--from', source, '--to', pgUrl], { dataDir });
    assert.match(copiedOut, /^Copied \d+ rows in \d+ tables and \d+ files in [\d.]+ s; the source is unchanged\.$/m, copiedOut);
    assert.match(copiedOut, /^\s*proposal_attachments\s+1 rows\s+sha256 [0-9a-f]{64}\s+same on both sides$/m, copiedOut);
    assert.match(copiedOut, /^The files stayed where they are/m, copiedOut);

    // Move the SQLite database aside (the copy left it unchanged): a server
    // that ignored OBSERVATORY_DATABASE_URL would then make a new, empty site
    // there, and the member could not log in. What this server shows can
    // only come from PostgreSQL (and the files from the data directory).
    const movedAside = path.join(workDir, 'sqlite-source');
    await mkdir(movedAside);
    for (const name of ['observatory.db', 'observatory.db-wal', 'observatory.db-shm']) {
      await rename(path.join(dataDir, name), path.join(movedAside, name)).catch((error) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }

    onPostgres = await startServer({ dataDir, env: { OBSERVATORY_DATABASE_URL: pgUrl } });
    await memberFindsTheProposal(onPostgres, 'postgres');
    await adminDownloadsTheAttachment(onPostgres, 'postgres');
  });
});
