#!/usr/bin/env node
// End-to-end test runner: starts the production server (build/), opens headless Chromium and runs every
// tests/e2e/*.e2e.mjs file. A test file exports (default) either an array of { name, fn, timeout? } or a
// function (test) => void that registers tests with test(name, fn, { timeout }).
// Each test gets a fresh page (options: timeout, serviceWorkers: 'allow'; the service worker is blocked otherwise,
// so a test's page.route() sees every request); uncaught page errors fail the test, and so does any Content-Security-Policy
// violation (the browser's console message, from the page or a worker, or a securitypolicyviolation event).
// Screenshots go to test-results/.
// Tests run in two lanes at once (each with its own browser; one server), except those registered with
// { alone: true } (the measuring ones), which run afterwards one at a time on an otherwise idle machine.
// Usage: npm run test:e2e [-- --grep <text>] [--budgets] [--workers N]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { decodePng } from './png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const resultsDir = join(root, 'test-results');
const DEFAULT_TIMEOUT = 90_000;
// A common laptop screen (what a village hall's projector is often fed from); also less software-WebGL work per frame.
const VIEWPORT = { width: 1366, height: 768 };
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** Chrome's console message for a refused script, style, connection, ... and our own event log line. */
const CSP_MESSAGE = /Content Security Policy|CSP violation/i;

const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : null;
// --budgets: the measuring tests also assert the speed targets (npm run bench:browser). Without it they log the
// figures and whether the targets were met: speed belongs in a benchmark, not in a test that a busy machine fails.
const budgets = process.argv.includes('--budgets');
const workersIndex = process.argv.indexOf('--workers');
const WORKERS = Math.max(1, Number(workersIndex > 0 ? process.argv[workersIndex + 1] : 2) || 1);

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => ok(port));
    });
  });
}

async function waitForServer(url, server, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not answer at ${url} within ${ms} ms`);
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function loadTests() {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort();
  const tests = [];
  for (const file of files) {
    const mod = await import(pathToFileURL(join(here, file)).href);
    const def = mod.default;
    const add = (name, fn, opts = {}) =>
      tests.push({
        name,
        fn,
        file,
        timeout: opts.timeout ?? DEFAULT_TIMEOUT,
        serviceWorkers: opts.serviceWorkers ?? 'block',
        alone: opts.alone ?? false
      });
    if (typeof def === 'function') def(add);
    else if (Array.isArray(def)) for (const t of def) add(t.name, t.fn, t);
    else throw new Error(`${file}: default export must be an array of tests or a function registering them`);
  }
  return grep ? tests.filter((t) => t.name.includes(grep)) : tests;
}

const safeName = (s) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

let server = null;
/** One browser per lane. */
const browsers = [];
const dbDir = mkdtempSync(join(tmpdir(), 'transitieatlas-e2e-'));
let serverLog = '';
const serverScript = process.env.TRANSITIEATLAS_E2E_SERVER || 'server.js';
// Saved scenarios go to a throw-away database, never to the developer's data/.
const serverEnv = {
  ...process.env,
  HOST: '127.0.0.1',
  // As `npm start`: the API takes scenario files up to 4 MiB (a file with the user's facilities).
  BODY_SIZE_LIMIT: '4M',
  TRANSITIEATLAS_DB: join(dbDir, 'e2e.sqlite')
};

async function cleanup() {
  for (const b of browsers.splice(0)) await b.close().catch(() => {});
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => {
        server?.kill('SIGKILL');
        r();
      }, 3000);
      server.once('exit', () => {
        clearTimeout(t);
        r();
      });
    });
  }
  server = null;
  rmSync(dbDir, { recursive: true, force: true });
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => cleanup().finally(() => process.exit(130)));
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  if (!existsSync(join(root, 'build/index.js'))) {
    console.log('build/ missing: running vite build');
    const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit'
    });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  const tests = await loadTests();

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // As `npm start`: server.js (build/index.js with the security headers on the static files too).
  // TRANSITIEATLAS_E2E_SERVER: a server.js beside a copy of a build elsewhere (e.g. under node_modules/.cache), so
  // a colleague's concurrent `vite build` cannot swap the files under the running server.
  server = spawn(process.execPath, [serverScript], {
    cwd: root,
    env: { ...serverEnv, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  await waitForServer(`${baseURL}/api/regions`, server);

  const lanes = Math.min(WORKERS, Math.max(1, tests.filter((t) => !t.alone).length));
  for (let i = 0; i < lanes; i++)
    browsers.push(await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }));

  let passed = 0;
  let failed = 0;
  /** Runs one test in a fresh context of `browser`; its log lines are printed with its result. */
  async function runOne(t, browser) {
    const lines = [];
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      serviceWorkers: t.serviceWorkers
    });
    const page = await context.newPage();
    const pageErrors = [];
    const consoleErrors = [];
    const cspViolations = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
      if (CSP_MESSAGE.test(m.text())) cspViolations.push(m.text());
    });
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
      )
    );
    const helpers = {
      browser,
      /** How the e2e server is started (a test that needs a server of its own, to stop it, uses the same). */
      serverScript,
      serverEnv: { ...serverEnv },
      context,
      page,
      baseURL,
      root,
      pageErrors,
      consoleErrors,
      /** CSP violations seen so far; a test that provokes one on purpose empties it after checking. */
      cspViolations,
      decodePng,
      budgets,
      /** Saves test-results/<name>.png and returns the PNG buffer. */
      screenshot: (name, opts = {}) =>
        page.screenshot({ path: join(resultsDir, `${safeName(name)}.png`), ...opts }),
      log: (...args) => lines.push(['   ', ...args].join(' '))
    };
    const start = performance.now();
    try {
      await withTimeout(t.fn(helpers), t.timeout, t.name);
      if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
      if (cspViolations.length) throw new Error(`CSP violation: ${cspViolations.join(' | ')}`);
      passed++;
      lines.push(`✓ ${t.name} (${Math.round(performance.now() - start)} ms)`);
    } catch (e) {
      failed++;
      // Assertion messages put the actual/expected values on the following lines: keep a few of them.
      const msg = (e instanceof Error ? e.message : String(e))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 4)
        .join(' ');
      lines.push(`✗ ${t.name}: ${msg}`);
      // What the page said may explain it (an exception in a component, a refused request).
      for (const line of [...pageErrors, ...consoleErrors].slice(0, 5))
        lines.push(`    page: ${line.slice(0, 300)}`);
      await page
        .screenshot({ path: join(resultsDir, `failed-${safeName(t.name)}.png`), timeout: 10_000 })
        .catch(() => {});
    } finally {
      await context.close().catch(() => {});
      console.log(lines.join('\n'));
    }
  }

  const together = tests.filter((t) => !t.alone);
  let next = 0;
  const lane = async (browser) => {
    while (next < together.length) await runOne(together[next++], browser);
  };
  await Promise.all(browsers.map(lane));
  for (const t of tests.filter((t) => t.alone)) await runOne(t, browsers[0]);
  return { passed, failed };
}

let exitCode = 1;
try {
  const { passed, failed } = await main();
  console.log(`${passed} passed, ${failed} failed`);
  exitCode = failed > 0 ? 1 : 0;
} catch (e) {
  console.error(`e2e run aborted: ${e instanceof Error ? e.message : e}`);
  if (serverLog) console.error(`server output:\n${serverLog.slice(-4000)}`);
  console.log('0 passed, 1 failed');
} finally {
  await cleanup();
}
process.exit(exitCode);
