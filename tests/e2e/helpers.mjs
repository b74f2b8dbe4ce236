// Helpers shared by the e2e files (workshop-*, import, demand, years, ...): opening the atlas, waiting for a
// recompute, reading the indicator panel, the CLI's report for the same scenario, and map pixels. Not a test
// file itself (run.mjs only loads *.e2e.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HELP_SEEN = 'transitieatlas:hulp-gezien';
export const KILDER = '14ZK00'; // Basisschool Laetare, the only school of Kilder
export const ZEDDAM = '03TG00'; // Roncalli Basisschool, Zeddam

export const int = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const dec2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dec1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const km = (m) => `${dec2.format(m / 1000)} km`;
const pct = (s) => `${dec1.format(s * 100)} %`;

const bundles = new Map();
export function readBundle(root, id) {
  if (!bundles.has(id)) {
    const dir = process.env.TRANSITIEATLAS_GEODATA || join(root, 'geodata');
    bundles.set(id, JSON.parse(readFileSync(join(dir, 'bundles', `${id}.json`), 'utf8')));
  }
  return bundles.get(id);
}

/** `npm run evaluate` with `args`, run in node (the same engine); its JSON output. Fails the test on an error. */
export function evaluateCli(root, args) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/evaluate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  });
  assert.equal(r.status, 0, `CLI failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * The CLI's JSON report for an edit list (written as a scenario file of the sector named by `--sector`, po
 * without); `args` are extra options such as `--detour 1.3` or `--sector vo`.
 */
export function cli(root, edits, region = 'achterhoek', args = []) {
  const at = args.indexOf('--sector');
  const sector = at >= 0 ? args[at + 1] : 'po';
  const dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const file = join(dir, 'scenario.json');
  // Version 3 with the atlas's default rule (the choice model), unless `args` names one.
  const parameters = args.includes('--allocation') ? {} : { allocation: 'choice' };
  writeFileSync(file, JSON.stringify({ schemaVersion: 3, region, sector, parameters, edits }));
  return evaluateCli(root, ['--region', region, '--json', '--scenario', file, ...args]);
}

/** What the indicator panel must show for a CLI report. */
export function expected(report) {
  const s = report.summary;
  return {
    open: int.format(s.openFacilities),
    pupils: int.format(s.pupilsTotal),
    mean: km(s.distanceM.mean),
    p50: km(s.distanceM.p50),
    p90: km(s.distanceM.p90),
    max: km(s.distanceM.max),
    'within-1000': pct(s.shareWithin['1000']),
    'within-3000': pct(s.shareWithin['3000']),
    'within-5000': pct(s.shareWithin['5000']),
    'below-norm': int.format(s.belowNorm),
    'places-without': int.format(s.placesWithoutFacility.length)
  };
}

export async function shown(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('[data-testid^="ind-"]')) {
      const id = el.getAttribute('data-testid').slice(4);
      if (!id.endsWith('-delta')) out[id] = el.textContent.trim();
    }
    return out;
  });
}

export const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o[k]]));

export const version = (page) =>
  page.evaluate(() => Number(document.querySelector('[data-testid="atlas"]').dataset.version));

/** Waits until a result newer than `after` is shown and nothing is pending. */
export async function settled(page, after, timeout = 30_000) {
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector('[data-testid="atlas"]');
      return el && Number(el.dataset.version) > v && el.dataset.busy === 'false';
    },
    after,
    { timeout }
  );
}

/** Runs `action` and waits for the recompute it causes. */
export async function andSettle(page, action, timeout) {
  const v = await version(page);
  await action();
  await settled(page, v, timeout);
}

/** Opens an atlas page (the help marked as seen) and waits for its map; results may still be on their way. */
export async function gotoAtlas(context, page, baseURL, path = '/atlas/achterhoek', timeout = 60_000) {
  await context.addInitScript((key) => localStorage.setItem(key, '1'), HELP_SEEN);
  await page.goto(`${baseURL}${path}`);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout });
}

/** Opens an atlas page and waits for its first result. */
export async function openAtlas(context, page, baseURL, path = '/atlas/achterhoek', timeout = 60_000) {
  await gotoAtlas(context, page, baseURL, path, timeout);
  await settled(page, 0, timeout);
}

/**
 * Waits until `fn` (evaluated in the page, may be async) returns something truthy. Playwright's waitForFunction
 * does not await a promise: an async predicate returns a promise, which counts as truthy at once.
 */
export async function waitForAsync(page, fn, { timeout = 30_000, polling = 250, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, polling));
  }
}

export async function selectFromList(page, query, id) {
  await page.getByTestId('facility-search').fill(query);
  await page.locator(`[data-testid="facility-option"][data-id="${id}"]`).click();
  await page.locator(`[data-testid="facility-details"][data-id="${id}"]`).waitFor();
}

/**
 * Waits until the map has drawn the result the page shows and then stopped drawing: first the frame of the
 * shown result (data-version) must be drawn (the page records window.__atlas.lastRecompute after that frame),
 * then no new deck.gl frame for `quietMs` (the map renders on demand, so a quiet counter means the last change
 * is on screen). The first step matters on a slow renderer: a frame can be pending for longer than `quietMs`,
 * and a quiet counter alone would then let a test read the pixels of the previous result. Use before reading
 * pixels, instead of a fixed sleep that a slow software renderer can outlast.
 */
export async function mapQuiet(page, quietMs = 400, timeout = 30_000) {
  await page.waitForFunction(
    () => {
      const shown = Number(document.querySelector('[data-testid="atlas"]')?.dataset.version ?? 0);
      return (window.__atlas?.lastRecompute?.version ?? 0) >= shown;
    },
    null,
    { timeout }
  );
  const frames = () => page.evaluate(() => window.__atlas?.frames ?? 0);
  const end = Date.now() + timeout;
  let last = await frames();
  while (Date.now() < end) {
    await page.waitForTimeout(quietMs);
    const now = await frames();
    if (now === last) return;
    last = now;
  }
  assert.fail(`the map kept drawing for ${timeout} ms (frame ${last})`);
}

/**
 * Runs `action`, a change the map shows without a new result (a sector that waits for its file, a file taken
 * away), and waits until the map has drawn it: a still map first, so that the next frame is the action's, then a
 * new frame, then a still map again. mapQuiet alone cannot tell: nothing says which frame shows the change, and a
 * frame that is slow to come leaves the previous picture on screen.
 */
export async function andRedraw(page, action, timeout = 30_000) {
  await mapQuiet(page, 400, timeout);
  const before = await page.evaluate(() => window.__atlas.frames);
  await action();
  await page.waitForFunction((n) => window.__atlas.frames > n, before, { timeout });
  await mapQuiet(page, 400, timeout);
}

export async function mapPixels(page, decodePng) {
  const box = await page.getByTestId('map').boundingBox();
  return { box, ...decodePng(await page.screenshot({ clip: box })) };
}

/** Pixels that differ between two captures, within a page-coordinate rectangle (without one: anywhere). */
export function changedPixels(a, b, rect = null) {
  let n = 0;
  const x0 = rect ? Math.max(0, Math.floor(rect.left - a.box.x)) : 0;
  const x1 = rect ? Math.min(a.width, Math.ceil(rect.right - a.box.x)) : a.width;
  const y0 = rect ? Math.max(0, Math.floor(rect.top - a.box.y)) : 0;
  const y1 = rect ? Math.min(a.height, Math.ceil(rect.bottom - a.box.y)) : a.height;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * a.width + x) * 4;
      const d =
        Math.abs(a.data[i] - b.data[i]) +
        Math.abs(a.data[i + 1] - b.data[i + 1]) +
        Math.abs(a.data[i + 2] - b.data[i + 2]);
      if (d > 30) n++;
    }
  return n;
}

/** Everything the app keeps in localStorage for the region (the saved workshop session). */
export async function storedSession(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('transitieatlas:sessie:') || k.startsWith('transitieatlas:gegevens:'))
      .sort()
      .map((k) => [k, localStorage.getItem(k)])
  );
}

/** The edit list in the page's URL. */
export const urlEdits = (page) => {
  const q = new URL(page.url()).searchParams.get('ingrepen');
  return q ? JSON.parse(Buffer.from(q, 'base64url').toString('utf8')) : [];
};
