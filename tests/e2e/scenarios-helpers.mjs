// The shared part of scenarios.e2e.mjs and scenarios-files.e2e.mjs: the CLI as reference, the workshop steps and
// the file readers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import Papa from 'papaparse';
import { andSettle, settled } from './helpers.mjs';

export const REGION = 'achterhoek';
export const CLOSE_HAARLO = { op: 'close', facility: '11TN00' }; // Openbare Basisschool De Voshaar, Haarlo
export const MERGE_PRINS = { op: 'merge', facility: '03AI00', into: '12NX00' }; // De Kleine Prins into Hagen, Doetinchem
export const HELP_SEEN = 'transitieatlas:hulp-gezien';

// ---- the CLI, the reference -----------------------------------------------------------------------------

export const cliCache = new Map();
/** The CLI's JSON report for these edits (the same engine, run in Node). */
export function cli(root, edits) {
  const key = JSON.stringify(edits);
  if (cliCache.has(key)) return cliCache.get(key);
  const dir = mkdtempSync(join(tmpdir(), 'ta-e2e-cli-'));
  const file = join(dir, 'scenario.json');
  // The atlas's default rule: the choice model (a version-1 file would keep the nearest rule).
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: 3,
      region: REGION,
      sector: 'po',
      parameters: { allocation: 'choice' },
      edits
    })
  );
  const r = spawnSync(
    'npm',
    ['run', '--silent', 'evaluate', '--', '--region', REGION, '--scenario', file, '--json'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  );
  assert.equal(r.status, 0, `CLI failed: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  cliCache.set(key, report);
  return report;
}

// The indicators of the compare table, as compareReports defines them, from a CLI summary.
export const INDICATORS = {
  openFacilities: ['count', (s) => s.openFacilities],
  belowNorm: ['count', (s) => s.belowNorm],
  placesWithoutFacility: ['count', (s) => s.placesWithoutFacility.length],
  pupilsToContext: ['count', (s) => s.pupilsToContext],
  distanceMean: ['m', (s) => s.distanceM.mean],
  distanceP50: ['m', (s) => s.distanceM.p50],
  distanceP90: ['m', (s) => s.distanceM.p90],
  distanceMax: ['m', (s) => s.distanceM.max],
  shareWithin1000: ['share', (s) => s.shareWithin['1000']],
  shareWithin3000: ['share', (s) => s.shareWithin['3000']],
  shareWithin5000: ['share', (s) => s.shareWithin['5000']]
};

export const nl = (digits) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** How the page and the PDF print a value (report-text.ts formatIndicator), written out independently. */
export function shown(value, unit) {
  if (unit === 'count') return nl(0).format(value);
  if (unit === 'm') return `${nl(2).format(value / 1000)} km`;
  return `${nl(1).format(value * 100)} %`;
}
/** ... and a difference (formatDifference, with the screen's minus sign). */
export function shownDifference(value, unit, minus = '−') {
  const text =
    unit === 'count'
      ? nl(0).format(value)
      : unit === 'm'
        ? nl(2).format(value / 1000)
        : nl(1).format(value * 100);
  const signed = /[1-9]/.test(text)
    ? value > 0
      ? `+${text}`
      : text.replace(/^-/, minus)
    : text.replace(/^-/, '');
  return unit === 'count' ? signed : unit === 'm' ? `${signed} km` : `${signed} %-punt`;
}

// ---- the workshop screen, as a person uses it --------------------------------------------------------------

export async function openWorkshop(page, baseURL, query = '') {
  await page.addInitScript((key) => localStorage.setItem(key, '1'), HELP_SEEN);
  await page.goto(`${baseURL}/atlas/${REGION}${query}`);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
  await page.getByTestId('scenario-tools').waitFor();
}

export async function findSchool(page, text, id) {
  await page.getByTestId('facility-search').first().fill(text);
  await page.locator(`[data-testid="facility-option"][data-id="${id}"]`).first().click();
}

export async function editCount(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="edit-item"]').length === n, n, {
    timeout: 30_000
  });
}

/** Closes a school and waits for the recompute (exports and the comparison read the scenario's figures). */
export async function closeSchool(page, text, id) {
  await findSchool(page, text, id);
  await andSettle(page, () => page.getByTestId('btn-sluiten').click());
}

export async function mergeSchool(page, text, id, targetText, targetId) {
  await findSchool(page, text, id);
  await page.getByTestId('btn-samenvoegen').click();
  await page.getByTestId('merge-step').waitFor();
  await page.getByTestId('merge-step').getByTestId('facility-search').fill(targetText);
  await page
    .locator(`[data-testid="merge-step"] [data-testid="facility-option"][data-id="${targetId}"]`)
    .click();
}

export async function rename(page, name) {
  const active = page.locator('[data-testid="scenario-item"].active');
  await active.getByTestId('btn-scenario-rename').click();
  await page.getByTestId('input-scenario-name').fill(name);
  await page.getByTestId('input-scenario-name').press('Enter');
  await page.locator('[data-testid="scenario-item"].active .name', { hasText: name }).waitFor();
}

export async function scenarioNames(page) {
  return page.locator('[data-testid="scenario-item"] .name').allInnerTexts();
}

export async function download(page, open, testid) {
  await open();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testid).click()
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

export const exportFile = (page, kind) =>
  download(page, () => page.getByTestId('btn-export').click(), `export-${kind}`);

/** The text a PDF draws: every content stream (inflated when compressed), strings of `(...) Tj`. */
export function pdfText(bytes) {
  const raw = bytes.toString('latin1');
  const chunks = [];
  // A stream follows its dictionary (`>> stream`); "endstream" must not count as the start of one.
  const re = />>\s*stream\r?\n/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const body = bytes.subarray(start, end);
    try {
      chunks.push(inflateSync(body).toString('latin1'));
    } catch {
      chunks.push(body.toString('latin1'));
    }
    re.lastIndex = end + 'endstream'.length;
  }
  const strings = [];
  const tj = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  for (const c of chunks) {
    for (let m = tj.exec(c); m; m = tj.exec(c)) strings.push(m[1].replace(/\\([()\\])/g, '$1'));
  }
  return strings;
}
