// Import flows on /atlas/[region] with the sport file: choose sport (no open data), drop the example CSV (';' and
// decimal commas) on the map, map its columns, apply, see it on the workshop map, close one facility and see the
// sport indicators change as the CLI computes them; the file and the edit survive a reload; a broken file shows its
// problems with row numbers and changes nothing; a file too large for the browser storage is told; two sport
// scenarios compared. Script and HTML in a file, the speciaal onderwijs assumptions, the welzijn example and a file
// too large to read: import-files.e2e.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  andRedraw,
  andSettle,
  cli,
  gotoAtlas,
  mapQuiet,
  openAtlas,
  settled,
  storedSession
} from './helpers.mjs';
import { apply, dropFile, EXAMPLE, pick } from './import-helpers.mjs';

const KILDER = '14ZK00'; // a po school closed in the school scenario that must survive a failed import

const dec2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dec1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const km = (m) => `${dec2.format(m / 1000)} km`;
const pct = (s) => `${dec1.format(s * 100)} %`;

/** The CLI's summary of the sport sector with the example file and an edit list. */
const cliSport = (root, edits) =>
  cli(root, edits, 'achterhoek', ['--sector', 'sport', '--facilities', EXAMPLE]).summary;

/** What the indicator panel must show for a CLI summary, by testid (ind-open, ind-mean, ind-within-<m>). */
function expected(s) {
  const rows = { 'ind-open': String(s.openFacilities), 'ind-mean': km(s.distanceM.mean) };
  for (const [k, v] of Object.entries(s.shareWithin)) rows[`ind-within-${k}`] = pct(v);
  return rows;
}

/** The indicator panel's texts for the keys of `expected` (the same rows the CLI comparison covers). */
async function shownIndicators(page) {
  return page.$$eval(
    '[data-testid^="ind-open"], [data-testid^="ind-mean"], [data-testid^="ind-within-"]',
    (els) =>
      Object.fromEntries(
        els
          .filter((e) => !e.getAttribute('data-testid').endsWith('-delta'))
          .map((e) => [e.getAttribute('data-testid'), e.textContent.trim()])
      )
  );
}

/** The school panel's indicator texts (ind-*), to prove a failed import left them alone. */
async function schoolIndicators(page) {
  return page.$$eval('[data-testid^="ind-"]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-testid'), e.textContent.trim()]))
  );
}

/** Pixels of the map canvas in the zwembad colour (Okabe-Ito green, #009e73): only pools draw it on sport. */
async function poolPixels(page, decodePng) {
  const png = decodePng(await page.locator('[data-testid="map"] canvas').first().screenshot());
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (Math.abs(r - 0) < 30 && Math.abs(g - 158) < 30 && Math.abs(b - 115) < 30) n++;
  }
  return n;
}

/** Loads the sport example from the data card, confirms its coordinates and applies it. */
async function applySportExample(page) {
  await page.getByTestId('example-load').click();
  await page.getByTestId('mapping-step').waitFor();
  await page.getByTestId('crs-ok').check();
  await apply(page);
}

const toBase64Url = (s) => Buffer.from(s).toString('base64url');

export default (test) => {
  test('import: sport CSV dropped on the map, mapped, applied, drawn, one closed; broken file changes nothing; kept over a reload', async ({
    page,
    baseURL,
    root,
    decodePng,
    screenshot,
    pageErrors
  }) => {
    const edits = [{ op: 'close', facility: KILDER }];
    await openAtlas(
      page.context(),
      page,
      baseURL,
      `/atlas/achterhoek?ingrepen=${toBase64Url(JSON.stringify(edits))}`
    );
    const schoolBefore = await schoolIndicators(page);
    const urlBefore = new URL(page.url()).searchParams.get('ingrepen');
    assert.ok(urlBefore, 'the school scenario has its edit in the URL');

    // Sport has no open data: the sector switch says so, the map offers a file and the example.
    assert.match(await page.getByTestId('sector-sport').innerText(), /geen bestand/);
    // The map drops the schools without a new result (sport waits for its file): wait for the frame that does, or
    // the pixel check below can read the school map (whose Reformatorisch schools have the pools' green).
    await andRedraw(page, () => page.getByTestId('sector-sport').click());
    const empty = page.getByTestId('sector-empty');
    await empty.waitFor();
    assert.match(await empty.innerText(), /Er zijn geen open gegevens over sport\./);
    assert.match(await page.getByTestId('sector-data').innerText(), /Bestand kiezen/);
    assert.match(await page.getByTestId('sector-data').innerText(), /Voorbeeld laden \(fictief\)/);
    assert.match(await page.getByTestId('key-figures-wait').innerText(), /Sport: nog geen gegevens/);
    assert.equal(await poolPixels(page, decodePng), 0, 'no sport facilities on the map yet');
    await screenshot('import-sport-empty');

    // Drop the example on the map.
    await dropFile(
      page,
      '[data-testid="map"] canvas',
      'sport-achterhoek-voorbeeld.csv',
      readFileSync(join(root, EXAMPLE), 'utf8')
    );
    await page.getByTestId('mapping-step').waitFor();
    assert.equal(await page.getByTestId('mapping-id').inputValue(), 'id');
    assert.equal(await page.getByTestId('mapping-name').inputValue(), 'naam');
    assert.equal(await page.getByTestId('mapping-lon').inputValue(), 'lon');
    assert.equal(await page.getByTestId('mapping-lat').inputValue(), 'lat');
    assert.equal(await page.locator('[data-testid="import-preview-table"] tbody tr').count(), 12);
    assert.match(await page.getByTestId('import-file-name').innerText(), /voorbeeld \(fictief\)/);
    assert.match(await page.getByTestId('crs-confirm').innerText(), /lon\/lat \(WGS84\) — klopt dat\?/);
    assert.equal(await page.getByTestId('import-apply').isDisabled(), true, 'apply waits for the CRS answer');
    await page.getByTestId('crs-ok').check();
    await screenshot('import-mapping');
    await apply(page);
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    // Applied: labelled as example, on the workshop map, the indicators as the CLI has them.
    assert.equal(await page.getByTestId('sector-source').innerText(), 'Voorbeeld (fictief)');
    assert.match(await page.getByTestId('sector-sport').innerText(), /12 locaties/);
    assert.deepEqual(await shownIndicators(page), expected(cliSport(root, [])));
    assert.match(await page.getByTestId('legend').innerText(), /Voorzieningen naar soort/);
    await mapQuiet(page);
    const poolsOpen = await poolPixels(page, decodePng);
    assert.ok(poolsOpen > 40, `the two pools are drawn on the workshop map (${poolsOpen} px)`);
    await screenshot('import-applied');

    // Close the pool of Eibergen in the facility panel: the sport indicators change as the CLI says.
    const before = await shownIndicators(page);
    await pick(page, 'Zwembad Eibergen');
    assert.match(await page.getByTestId('facility-details').innerText(), /Bezoekers/);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    const closed = await shownIndicators(page);
    assert.equal(closed['ind-open'], String(Number(before['ind-open']) - 1));
    assert.deepEqual(closed, expected(cliSport(root, [{ op: 'close', facility: 'SP03' }])));
    assert.notDeepEqual(closed, before);
    assert.match(await page.getByTestId('edit-list').innerText(), /Zwembad Eibergen/);
    await mapQuiet(page);
    const poolsClosed = await poolPixels(page, decodePng);
    assert.ok(
      poolsClosed < poolsOpen,
      `the closed pool is no longer drawn open (${poolsClosed} < ${poolsOpen})`
    );
    await screenshot('import-closed');

    // A broken file: the problems with row numbers, "Toepassen" stays off, nothing changes.
    const sessionBefore = await storedSession(page);
    await page.getByTestId('import-open').click();
    await page
      .getByTestId('import-file')
      .setInputFiles(join(root, 'tests/fixtures/bad-input/csv-pupils-not-numeric.csv'));
    const problem = page.locator('[data-testid="import-problem"][data-severity="fout"]').first();
    await problem.waitFor();
    assert.equal(await problem.getAttribute('data-row'), '7');
    assert.match(await problem.innerText(), /rij 7, kolom leerlingen/);
    assert.match(await problem.innerText(), /'twaalf' is geen getal/);
    assert.equal(await page.getByTestId('import-apply').isDisabled(), true);
    await screenshot('import-broken');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    assert.deepEqual(
      await shownIndicators(page),
      closed,
      'sport indicators unchanged after the failed import'
    );
    assert.equal(await page.getByTestId('sector-source').innerText(), 'Voorbeeld (fictief)');
    assert.deepEqual(await storedSession(page), sessionBefore, 'the stored session is untouched');

    // A reload keeps the file, the sport scenario and its edit.
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await settled(page, 0);
    assert.equal(new URL(page.url()).searchParams.get('sector'), 'sport');
    assert.equal(await page.getByTestId('sector-source').innerText(), 'Voorbeeld (fictief)');
    assert.deepEqual(await shownIndicators(page), closed, 'the same figures after the reload');

    // "Bestand verwijderen", asked once: the facilities leave the map and the switch says "geen bestand"; the
    // sport scenario keeps its edit, which counts again when a file with the same ids is loaded.
    await page.getByTestId('file-remove').click();
    assert.match(
      await page.getByTestId('file-remove-confirm').innerText(),
      /Het voorbeeld \(fictief\) voor sport verwijderen\? De 12 locaties verdwijnen van de kaart\./
    );
    await screenshot('import-remove-confirm');
    // As above: the pools leave the map without a new result; wait for the frame without them.
    await andRedraw(page, () => page.getByTestId('file-remove-ok').click());
    await page.getByTestId('sector-empty').waitFor();
    assert.match(await page.getByTestId('sector-sport').innerText(), /geen bestand/);
    assert.equal(await poolPixels(page, decodePng), 0, 'the removed file is no longer drawn');
    const stored = Object.fromEntries(await storedSession(page));
    const data = JSON.parse(stored['transitieatlas:gegevens:achterhoek'] ?? '{}');
    assert.equal(data.facilities?.sport, undefined, 'the stored data no longer hold the sport file');
    assert.match(stored['transitieatlas:sessie:achterhoek'], /"SP03"/, 'the sport edit is kept');
    await applySportExample(page);
    assert.deepEqual(await shownIndicators(page), closed, 'the kept edit counts again with the same file');

    // Back to the schools: the school scenario's edits and the shown indicators are exactly as before.
    await andSettle(page, () => page.getByTestId('sector-po').click());
    assert.equal(await page.getByTestId('atlas').getAttribute('data-sector'), 'po');
    assert.equal(new URL(page.url()).searchParams.get('ingrepen'), urlBefore);
    assert.deepEqual(await schoolIndicators(page), schoolBefore);
    assert.deepEqual(pageErrors, []);
  });

  test('import: a file too large for the browser storage is told; the scenarios are still kept', async ({
    page,
    baseURL,
    screenshot,
    pageErrors
  }) => {
    await page.context().addInitScript(() => {
      localStorage.setItem('transitieatlas:hulp-gezien', '1');
      // A browser with little room: a session with the sport file does not fit, one without does.
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(value).length > 2500) throw new DOMException('quota', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto(`${baseURL}/atlas/achterhoek?sector=sport`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await applySportExample(page);
    const notice = page.getByTestId('data-not-kept');
    await notice.waitFor();
    assert.match(await notice.innerText(), /te groot om in deze browser te bewaren/);
    await pick(page, 'Sporthal Groenlo');
    await page.getByTestId('btn-sluiten').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="ind-open"]')?.textContent?.trim() === '11'
    );
    await screenshot('import-not-kept');

    // After a reload the sport scenario and its edit are there; the file must be chosen again.
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('sector-empty').waitFor();
    assert.equal(await page.locator('[data-testid="atlas"]').getAttribute('data-sector'), 'sport');
    assert.match(await page.getByTestId('edit-list').innerText(), /SP01|Sporthal Groenlo/);
    assert.deepEqual(pageErrors, []);
  });

  test("import: two sport scenarios compared in the sector's words, the differences as the CLI computes them", async ({
    page,
    baseURL,
    root,
    screenshot,
    pageErrors
  }) => {
    await gotoAtlas(page.context(), page, baseURL, '/atlas/achterhoek?sector=sport');
    await applySportExample(page);
    await pick(page, 'Zwembad Eibergen');
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.equal(await page.getByTestId('ind-open').innerText(), '11');
    await andSettle(page, () => page.getByTestId('btn-scenario-new').click());
    await pick(page, 'Sporthal Groenlo');
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.equal(await page.getByTestId('ind-open').innerText(), '11');

    await page.getByTestId('link-compare').click();
    await page.waitForURL(/\/compare\/achterhoek\?/);
    await page.getByTestId('indicator-table').waitFor({ timeout: 60_000 });
    const a = cliSport(root, [{ op: 'close', facility: 'SP03' }]);
    const b = cliSport(root, [{ op: 'close', facility: 'SP01' }]);
    const diff = async (key) =>
      Number(
        await page
          .locator(`[data-testid="indicator-row"][data-key="${key}"] [data-testid="indicator-diff"]`)
          .getAttribute('data-value')
      );
    assert.ok(Math.abs((await diff('distanceMean')) - (b.distanceM.mean - a.distanceM.mean)) < 1e-9);
    assert.ok(
      Math.abs((await diff('shareWithin1000')) - (b.shareWithin['2000'] - a.shareWithin['2000'])) < 1e-12
    );
    assert.equal(await page.locator('[data-testid="indicator-row"][data-key="belowNorm"]').count(), 0);
    const table = await page.getByTestId('indicator-table').innerText();
    assert.match(table, /Inwoners binnen 2 km van een voorziening/);
    assert.doesNotMatch(table, /school|leerling/i);
    const differ = await page.getByTestId('facility-diff').innerText();
    assert.match(differ, /Zwembad Eibergen \(fictief\)/);
    assert.match(differ, /Bezoekers A/);
    await screenshot('import-sport-compare');
    assert.deepEqual(pageErrors, []);
  });
};
