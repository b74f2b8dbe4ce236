// Import flows on /atlas/[region]: choose sport (no open data), drop the example CSV (';' and decimal commas) on
// the map, map its columns, apply, see it on the workshop map, close one facility and see the sport indicators
// change as the CLI computes them; the file and the edit survive a reload; a broken file shows its problems with row numbers and changes nothing; HTML or script
// in a file is shown as text and never runs.
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

const EXAMPLE = 'static/voorbeelden/sport-achterhoek-voorbeeld.csv';
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

/**
 * Clicks "Toepassen" in the import dialog and waits for the result of the applied file, with the indicators shown.
 * The page first hands the file to the engine and changes the store (and so starts the recompute) only when the
 * engine has accepted it: data-busy is still "false" right after the click, so waiting for a result newer than the
 * one shown before the click (data-version) is what tells the new figures are there. No other recompute may be
 * pending at the click (the callers are settled, or on a sector that waits for a file).
 */
async function apply(page) {
  await andSettle(page, () => page.getByTestId('import-apply').click());
  await page.getByTestId('ind-open').waitFor();
}

/** Loads the sport example from the data card, confirms its coordinates and applies it. */
async function applySportExample(page) {
  await page.getByTestId('example-load').click();
  await page.getByTestId('mapping-step').waitFor();
  await page.getByTestId('crs-ok').check();
  await apply(page);
}

/** Selects a facility through the search box of the facility panel. */
async function pick(page, text) {
  await page.getByTestId('facility-search').fill(text);
  await page.getByTestId('facility-option').filter({ hasText: text }).first().click();
  await page.getByTestId('facility-details').waitFor();
}

/** A real drop: dragenter, dragover and drop with a DataTransfer built in the page. */
async function dropFile(page, selector, name, text) {
  await page.evaluate(
    ({ selector, name, text }) => {
      const target = document.querySelector(selector);
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    },
    { selector, name, text }
  );
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

  test('import: script and HTML in a file are shown as text and never run', async ({
    page,
    baseURL,
    root,
    screenshot
  }) => {
    await gotoAtlas(page.context(), page, baseURL);
    const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    const csv = readFileSync(join(root, EXAMPLE), 'utf8').replace('Sporthal Groenlo (fictief)', evil);
    // Dropped on the school map: the atlas asks which facilities the file holds, then opens the import.
    await dropFile(page, '[data-testid="map"] canvas', 'sport-met-script.csv', csv);
    assert.match(await page.getByTestId('drop-pending').innerText(), /sport-met-script\.csv/);
    await page.getByTestId('drop-sector-sport').click();
    await page.getByTestId('mapping-step').waitFor();
    const table = await page.getByTestId('import-preview-table').innerText();
    assert.ok(table.includes(evil), 'the name is shown literally in the preview table');
    const warning = page
      .locator('[data-testid="import-problem"]')
      .filter({ hasText: 'HTML of script' })
      .first();
    await warning.waitFor();
    assert.equal(await warning.getAttribute('data-row'), '2');
    await page.getByTestId('crs-ok').check();
    await apply(page);
    assert.equal(await page.locator('[data-testid="atlas"]').getAttribute('data-sector'), 'sport');
    await pick(page, 'script');
    assert.ok((await page.getByTestId('fp-name').innerText()).includes(evil), 'the name is shown as text');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(
      await page.locator('[data-testid="facility-panel"] script, [data-testid="facility-panel"] img').count(),
      0
    );
    await screenshot('import-script-as-text');
  });

  test('import: speciaal onderwijs assumptions edited, kept over a reload; a too large file is refused unread', async ({
    page,
    baseURL,
    screenshot,
    pageErrors
  }) => {
    await openAtlas(page.context(), page, baseURL);
    // Basisonderwijs: its assumptions are shown (ages 4-11 as fractions of the CBS bands), not editable.
    await page.getByTestId('preset-open').click();
    await page.getByTestId('preset-readonly').waitFor();
    assert.equal(await page.getByTestId('preset-weight-a_0_4').inputValue(), '0,2');
    assert.equal(await page.getByTestId('preset-weight-a_5_9').inputValue(), '1');
    assert.equal(await page.getByTestId('preset-weight-a_5_9').isDisabled(), true);
    assert.equal(await page.getByTestId('preset-apply').count(), 0);
    await page.getByTestId('preset-open').click();

    await andSettle(page, () => page.getByTestId('sector-so').click());
    assert.equal(await page.getByTestId('atlas').getAttribute('data-sector'), 'so');
    const keys = async () =>
      page.$$eval('[data-testid^="ind-within-"]', (els) =>
        els.map((e) => e.getAttribute('data-testid')).filter((id) => !id.endsWith('-delta'))
      );
    assert.deepEqual(await keys(), ['ind-within-10000', 'ind-within-20000', 'ind-within-30000']);
    assert.equal(await page.getByTestId('sector-source').count(), 0, 'so is DUO data, not a file');
    assert.match(await page.getByTestId('sector-data').innerText(), /DUO, 1 oktober 2023/);
    const open = await page.getByTestId('ind-open').innerText();
    assert.match(await page.getByTestId('sector-so').innerText(), new RegExp(`${open} scholen`));

    await page.getByTestId('preset-open').click();
    await page.getByTestId('preset-threshold-0').fill('15000');
    // As an import: the engine takes the preset first, then the store changes and the figures are recomputed.
    await andSettle(page, () => page.getByTestId('preset-apply').click());
    await page.waitForSelector('[data-testid="ind-within-15000"]');
    assert.deepEqual(await keys(), ['ind-within-15000', 'ind-within-20000', 'ind-within-30000']);
    assert.equal(await page.getByTestId('ind-open').innerText(), open);
    await screenshot('import-preset-edited');

    // A bad value is refused with the validator's Dutch message and changes nothing.
    await page.getByTestId('preset-open').click();
    await page.getByTestId('preset-threshold-0').fill('40000');
    await page.getByTestId('preset-apply').click();
    await page.getByTestId('preset-problems').waitFor();
    assert.deepEqual(await keys(), ['ind-within-15000', 'ind-within-20000', 'ind-within-30000']);

    // Saved with the scenario: after a reload the edited thresholds come back.
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await settled(page, 0);
    await page.waitForSelector('[data-testid="ind-within-15000"]', { timeout: 30_000 });

    // The welzijn example (GeoJSON) through the empty state's button, labelled as fictitious everywhere.
    await page.getByTestId('sector-welzijn').click();
    await page.getByTestId('example-load').click();
    await page.getByTestId('mapping-step').waitFor();
    assert.match(
      await page.getByTestId('import-file-name').innerText(),
      /welzijn-achterhoek-voorbeeld\.geojson/
    );
    assert.match(await page.getByTestId('import-file-name').innerText(), /voorbeeld \(fictief\)/);
    if ((await page.getByTestId('crs-ok').count()) > 0) await page.getByTestId('crs-ok').check();
    await apply(page);
    assert.equal(await page.getByTestId('sector-source').innerText(), 'Voorbeeld (fictief)');
    assert.ok(Number(await page.getByTestId('ind-open').innerText()) > 0);
    await screenshot('import-welzijn-example');

    // Too large: refused by its size before reading.
    await page.getByTestId('sector-zorg').click();
    await page.getByTestId('import-open').click();
    // The import dialog loads when first used: wait until it is there.
    await page.getByTestId('import-dialog').waitFor();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(6_000_000)], 'groot.csv', { type: 'text/csv' }));
      const target = document.querySelector('[data-testid="import-dialog"]');
      for (const type of ['dragenter', 'dragover', 'drop'])
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    });
    const problem = page.locator('[data-testid="import-problem"]').first();
    await problem.waitFor();
    assert.match(await problem.innerText(), /Het is niet gelezen/);
    assert.equal(await page.getByTestId('mapping-step').count(), 0);
    assert.equal(await page.getByTestId('import-apply').isDisabled(), true);
    await screenshot('import-too-large');
    assert.deepEqual(pageErrors, []);
  });
};
