// Helpers for the browser tests: start the Observatory binary on a free port
// with a fresh data directory, and launch Debian's Chromium through
// playwright-core. Every wait here is bounded.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
// Long enough for a backup, restore or copy of a test site, which take well under a second.
const CLI_TIMEOUT_MS = 30_000;
const OUTPUT_LINES_KEPT = 60;

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Path of the binary under test: $OBSERVATORY_BIN or target/debug/observatory. */
export function binaryPath() {
  const fromEnv = process.env.OBSERVATORY_BIN;
  return fromEnv ? path.resolve(REPO_ROOT, fromEnv) : path.join(REPO_ROOT, 'target', 'debug', 'observatory');
}

/** Asks the kernel for a free loopback port. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Environment for the child: ours, minus any OBSERVATORY_* setting that could
 * point it at another database, address or data directory; then `extra`, the
 * settings the test chose (e.g. OBSERVATORY_DATABASE_URL). `listen` may be
 * left out for a command that serves nothing. */
function childEnv(dataDir, listen, extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('OBSERVATORY_') && key !== 'OBSERVATORY_LOG') continue;
    env[key] = value;
  }
  env.OBSERVATORY_DATA_DIR = dataDir;
  if (listen !== undefined) env.OBSERVATORY_LISTEN = listen;
  env.OBSERVATORY_LOG ??= 'warn';
  return { ...env, ...extra };
}

/** Runs `bin args` in `dataDir` with `env`; resolves to its stdout, or fails
 * with the command's stderr in the message. */
async function runIn(bin, args, env, dataDir, timeout) {
  try {
    const { stdout } = await promisify(execFile)(bin, args, { cwd: dataDir, env, timeout });
    return stdout;
  } catch (error) {
    const how = error.killed ? `killed after ${timeout} ms` : `code ${error.code}`;
    throw new Error(
      `observatory ${args.join(' ')} failed (${how}):\n${error.stderr ?? ''}${error.stdout ?? ''}`,
      { cause: error },
    );
  }
}

/**
 * Runs a command of the binary (backup, restore, copy, create-admin...) on
 * the site of `dataDir` (made if missing), with `env` added to its
 * environment (e.g. OBSERVATORY_DATABASE_URL for another database); no server
 * needs to run. Resolves to its stdout; rejects with its stderr when it fails
 * or takes longer than `timeout` ms.
 */
export async function runBinary(args, { dataDir, env = {}, timeout = CLI_TIMEOUT_MS } = {}) {
  if (!dataDir) throw new Error('runBinary needs a dataDir: the site the command works on');
  // The command runs in its data directory, which must exist to be the working
  // directory (the binary keeps it private, 0700, as it does when it makes it).
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  return runIn(existingBinary(), args, childEnv(dataDir, undefined, env), dataDir, timeout);
}

/** Starts one instance; resolves once GET /healthz answers 200. */
async function startOnce(bin, options) {
  // A data directory given by the caller is the caller's: it may hold a site
  // restored for the test, or be shared by the next server (the same files
  // with another database), so stop() leaves it; the caller removes it. Only
  // the temporary directory made here is removed with the server.
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'observatory-e2e-')));
  const extraEnv = options.env ?? {};
  const removeDataDir = async () => {
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const output = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      output.push(line);
      if (output.length > OUTPUT_LINES_KEPT) output.shift();
    }
  };

  const child = spawn(bin, ['serve'], {
    cwd: dataDir,
    env: childEnv(dataDir, `127.0.0.1:${port}`, extraEnv),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.once('error', (error) => {
      exited = { code: null, signal: null, error };
      resolve(exited);
    });
  });
  // If the test process dies without calling stop(), do not leave the server behind.
  const killOnExit = () => {
    if (exited === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const server = {
    baseURL,
    port,
    dataDir,
    output: () => output.join('\n'),
    /** Runs another command of the binary (e.g. create-admin, backup) on this
     * server's site (its data directory and database); resolves to its stdout. */
    async cli(...args) {
      return runIn(bin, args, childEnv(dataDir, `127.0.0.1:${port}`, extraEnv), dataDir, CLI_TIMEOUT_MS);
    },
    async stop() {
      process.removeListener('exit', killOnExit);
      if (exited === null) {
        child.kill('SIGTERM');
        const stopped = await Promise.race([exitPromise, sleep(STOP_TIMEOUT_MS, 'timeout')]);
        if (stopped === 'timeout') {
          child.kill('SIGKILL');
          await Promise.race([exitPromise, sleep(STOP_TIMEOUT_MS)]);
        }
      }
      await removeDataDir();
    },
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited !== null) {
      await removeDataDir();
      const how = exited.error ? exited.error.message : `code ${exited.code}, signal ${exited.signal}`;
      const error = new Error(`observatory exited during start-up (${how}):\n${server.output()}`);
      error.addressInUse = /address (already )?in use/i.test(server.output());
      throw error;
    }
    try {
      const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return server;
      lastError = `GET /healthz answered ${response.status}`;
    } catch (error) {
      lastError = error.cause?.code ?? error.message;
    }
    await sleep(100);
  }
  await server.stop();
  throw new Error(
    `observatory did not become healthy within ${STARTUP_TIMEOUT_MS} ms (${lastError}):\n${server.output()}`,
  );
}

/** The binary under test, failing clearly when it was not built. */
function existingBinary() {
  const bin = binaryPath();
  if (!existsSync(bin)) {
    throw new Error(`observatory binary not found at ${bin}: run \`cargo build\` or set OBSERVATORY_BIN`);
  }
  return bin;
}

/**
 * Starts the binary on a free port and waits (at most 30 s) for GET /healthz
 * to answer 200. By default on a fresh temporary data directory (and so a
 * fresh SQLite database in it); `dataDir` starts it on an existing one
 * instead, and `env` adds settings (e.g. OBSERVATORY_DATABASE_URL).
 * Returns { baseURL, port, dataDir, output(), cli(...args), stop() }; stop() sends SIGTERM,
 * waits for the exit (bounded) and removes the data directory if startServer
 * made it (a `dataDir` given by the caller stays, for the caller to remove).
 */
export async function startServer({ dataDir, env } = {}) {
  const bin = existingBinary();
  // The free port could be taken between probing and binding; retry a couple of times.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(bin, { dataDir, env });
    } catch (error) {
      if (!error.addressInUse || attempt >= 3) throw error;
    }
  }
}

/** Launches Debian's Chromium headless. Always open pages through browser.newContext(). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}
