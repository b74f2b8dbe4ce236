#!/usr/bin/env node
// Runs every check and test of the project in order and ends with one line `N passed, N failed`.
// Steps: prerequisites (node_modules, region bundles, Chromium, PostgreSQL binaries), formatting, svelte-check, unit tests (vitest),
// production build, end-to-end tests in headless Chromium. A failing step does not stop the later ones, so one
// run shows everything that is wrong; the exit code is 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = [];
/** Names (and first message line) of the failed tests, repeated under the summary so a log's tail shows them. */
const failures = [];
let passed = 0;
let failed = 0;

function run(cmd, args, opts = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env, ...opts });
  return { ok: r.status === 0, ms: Date.now() - t0 };
}

function step(name, fn) {
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  let ok = false;
  let counts = null;
  try {
    const r = fn();
    ok = r.ok;
    counts = r.counts ?? null;
    for (const f of r.failures ?? []) failures.push(`${name}: ${f}`);
  } catch (e) {
    console.error(String(e?.message ?? e));
  }
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed += 1; // the runner itself failed (crash, no report)
  } else if (ok) passed += 1;
  else failed += 1;
  results.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${s} s)`);
}

function ensurePrerequisites() {
  if (!existsSync(join(root, 'node_modules'))) {
    const r = run('npm', ['ci']);
    if (!r.ok) return r;
  }
  const g = run('npm', ['run', '--silent', 'geodata:ensure']);
  if (!g.ok) return g;
  if (!existsSync('/usr/bin/chromium')) {
    // The e2e tests need Debian's Chromium (never a downloaded browser build). Install it when we may.
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('Chromium ontbreekt: installeren met apt-get (chromium)...');
      run('apt-get', ['update', '-qq']);
      const r = run('apt-get', ['install', '-y', '-qq', 'chromium'], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
      });
      if (!r.ok) return r;
    } else {
      console.error('Chromium ontbreekt: installeer het met `sudo apt-get install -y chromium`.');
      return { ok: false };
    }
  }
  return ensurePostgres();
}

/** The PostgreSQL tests start throw-away clusters from Debian's postgresql (initdb, pg_ctl): never skipped. */
function ensurePostgres() {
  const has = () =>
    existsSync('/usr/lib/postgresql') &&
    readdirSync('/usr/lib/postgresql').some((v) => existsSync(join('/usr/lib/postgresql', v, 'bin/initdb')));
  if (process.env.TRANSITIEATLAS_PG_BIN || has()) return { ok: true };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('PostgreSQL ontbreekt: installeren met apt-get (postgresql)...');
    run('apt-get', ['update', '-qq']);
    const r = run('apt-get', ['install', '-y', '-qq', 'postgresql'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    });
    if (r.ok && has()) return r;
  }
  console.error(
    'PostgreSQL ontbreekt: de PostgreSQL-tests hebben initdb en pg_ctl nodig. Installeer ze met ' +
      '`sudo apt-get install -y postgresql` (of zet TRANSITIEATLAS_PG_BIN op de map waarin ze staan).'
  );
  return { ok: false };
}

function vitest() {
  mkdirSync(join(root, 'test-results'), { recursive: true });
  const out = join(root, 'test-results', 'vitest.json');
  const r = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (!existsSync(out)) return { ok: false };
  const j = JSON.parse(readFileSync(out, 'utf8'));
  const failures = [];
  for (const file of j.testResults ?? []) {
    for (const a of file.assertionResults ?? []) {
      if (a.status !== 'passed') failures.push(`${a.fullName ?? a.title} (${a.status})`);
    }
    if (file.status === 'failed' && !(file.assertionResults ?? []).length)
      failures.push(`${file.name}: ${file.message}`);
  }
  return {
    ok: r.ok,
    failures,
    counts: {
      passed: j.numPassedTests,
      failed: j.numFailedTests + (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0)
    }
  };
}

function e2e() {
  // The e2e runner prints its own closing line `N passed, N failed`; read the counts from it.
  const r = spawnSync('node', ['tests/e2e/run.mjs'], { cwd: root, env: process.env, encoding: 'utf8' });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const m = /^(\d+) passed, (\d+) failed\s*$/m.exec(r.stdout ?? '');
  const failures = (r.stdout ?? '')
    .split('\n')
    .filter((l) => l.startsWith('✗ '))
    .map((l) => l.slice(2, 400));
  if (!m) return { ok: false, failures };
  return { ok: r.status === 0, failures, counts: { passed: Number(m[1]), failed: Number(m[2]) } };
}

const only = process.argv[2];
step('prerequisites: node_modules, region bundles, chromium, postgresql', ensurePrerequisites);
if (!only || only === 'lint')
  step('format (prettier --check)', () => run('npx', ['prettier', '--check', '.']));
if (!only || only === 'check') step('types (svelte-check)', () => run('npm', ['run', '--silent', 'check']));
if (!only || only === 'unit') step('unit tests (vitest)', vitest);
if (!only || only === 'e2e') {
  step('production build (vite build)', () => run('npx', ['vite', 'build', '--logLevel', 'warn']));
  step('end-to-end tests (headless chromium)', e2e);
}

console.log('\n=== summary ===');
for (const line of results) console.log(line);
if (failures.length) {
  console.log('failed tests:');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
