// Helpers for the browser tests: start the Observatory binary on a free port
// with a fresh data directory, and launch Debian's Chromium through
// playwright-core. Every wait here is bounded.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
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
 * point it at another database, address or data directory. */
function childEnv(dataDir, listen) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('OBSERVATORY_') && key !== 'OBSERVATORY_LOG') continue;
    env[key] = value;
  }
  env.OBSERVATORY_DATA_DIR = dataDir;
  env.OBSERVATORY_LISTEN = listen;
  env.OBSERVATORY_LOG ??= 'warn';
  return env;
}

/** Starts one instance; resolves once GET /healthz answers 200. */
async function startOnce(bin) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'observatory-e2e-'));
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
    env: childEnv(dataDir, `127.0.0.1:${port}`),
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
    /** Runs another command of the binary (e.g. create-admin) on this server's data; resolves to its stdout. */
    async cli(...args) {
      const { stdout } = await promisify(execFile)(bin, args, {
        cwd: dataDir,
        env: childEnv(dataDir, `127.0.0.1:${port}`),
        timeout: 30_000,
      });
      return stdout;
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
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited !== null) {
      await rm(dataDir, { recursive: true, force: true });
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

/**
 * Starts the binary on a free port with a fresh temporary data directory and
 * waits (at most 30 s) for GET /healthz to answer 200.
 * Returns { baseURL, port, dataDir, output(), cli(...args), stop() }; stop() sends SIGTERM,
 * waits for the exit (bounded) and removes the data directory.
 */
export async function startServer() {
  const bin = binaryPath();
  if (!existsSync(bin)) {
    throw new Error(`observatory binary not found at ${bin}: run \`cargo build\` or set OBSERVATORY_BIN`);
  }
  // The free port could be taken between probing and binding; retry a couple of times.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(bin);
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
