// Scenarios as things: two scenarios made by clicking, compared against the CLI; saved and opened from the share
// link in a fresh browser; exported as PDF and CSV (checked against the CLI report); exported as JSON and imported
// into a fresh session. Every number checked here is computed independently by `npm run evaluate`.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import {
  REGION,
  CLOSE_HAARLO,
  MERGE_PRINS,
  HELP_SEEN,
  cli,
  INDICATORS,
  nl,
  shown,
  shownDifference,
  openWorkshop,
  editCount,
  closeSchool,
  mergeSchool,
  rename,
  scenarioNames,
  download,
  exportFile,
  pdfText
} from './scenarios-helpers.mjs';

export default (test) => {
  test(
    'two scenarios made in the UI: the comparison shows A, B and B − A exactly as the CLI',
    async ({ page, baseURL, root, screenshot, log }) => {
      await openWorkshop(page, baseURL);
      await closeSchool(page, 'Voshaar', '11TN00');
      await editCount(page, 1);
      await rename(page, 'Sluiting Haarlo');

      await page.getByTestId('btn-scenario-new').click();
      await page.getByTestId('edits-empty').waitFor();
      await mergeSchool(page, 'Kleine Prins', '03AI00', 'Hagen', '12NX00');
      await editCount(page, 1);
      await rename(page, 'Samenvoegen Doetinchem');
      assert.deepEqual(await scenarioNames(page), ['Sluiting Haarlo', 'Samenvoegen Doetinchem']);

      await page.getByTestId('link-compare').click();
      await page.waitForURL(/\/compare\/achterhoek\?/);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('a'), 's1');
      assert.equal(url.searchParams.get('b'), 's2');
      await page.getByTestId('indicator-table').waitFor({ timeout: 60_000 });
      for (const m of ['map-a', 'map-b', 'map-difference']) {
        await page.waitForSelector(`[data-testid="${m}"][data-ready="true"]`, { timeout: 60_000 });
      }

      const a = cli(root, [CLOSE_HAARLO]).summary;
      const b = cli(root, [MERGE_PRINS]).summary;
      const rows = page.getByTestId('indicator-row');
      assert.equal(await rows.count(), Object.keys(INDICATORS).length);
      for (const [key, [unit, get]] of Object.entries(INDICATORS)) {
        const row = page.locator(`[data-testid="indicator-row"][data-key="${key}"]`);
        const cells = row.locator('td');
        const diff = row.getByTestId('indicator-diff');
        const expected = get(b) - get(a);
        const value = Number(await diff.getAttribute('data-value'));
        assert.ok(
          Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
          `${key}: ${value} vs CLI ${expected}`
        );
        assert.equal((await cells.nth(0).innerText()).trim(), shown(get(a), unit), `${key} A`);
        assert.equal((await cells.nth(1).innerText()).trim(), shown(get(b), unit), `${key} B`);
        assert.equal(
          (await diff.innerText()).split('\n')[0].trim(),
          shownDifference(expected, unit),
          `${key} B − A`
        );
      }

      // The schools whose status or pupils differ: exactly those of the two CLI reports.
      const fa = new Map(cli(root, [CLOSE_HAARLO]).facilities.map((f) => [f.id, f]));
      const differ = cli(root, [MERGE_PRINS])
        .facilities.filter((f) => {
          const x = fa.get(f.id);
          return !x || x.status !== f.status || x.pupils !== f.pupils;
        })
        .map((f) => f.id)
        .sort();
      const listed = await page
        .locator('[data-testid="facility-diff-row"]')
        .evaluateAll((trs) => trs.map((t) => t.dataset.id));
      assert.deepEqual(listed.sort(), differ);
      log(`compare: ${differ.length} schools differ (${differ.join(', ')})`);

      // Pan one map: the other two follow.
      const before = await page.getByTestId('map-b').getAttribute('data-view');
      const box = await page.getByTestId('map-a').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
      await page.mouse.up();
      await page.mouse.move(box.x + 10, box.y + 10);
      await page.mouse.wheel(0, -300);
      await page.waitForFunction(
        (before) => {
          const v = (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-view');
          return v('map-b') !== before && v('map-a') === v('map-b') && v('map-b') === v('map-difference');
        },
        before,
        { timeout: 10_000 }
      );
      await page.getByTestId('btn-compare-pdf').scrollIntoViewIfNeeded();
      await screenshot('compare-achterhoek', { fullPage: true });

      // The comparison as PDF: region, both names and the differences as the CLI gives them.
      const pdf = await download(page, async () => {}, 'btn-compare-pdf');
      const text = pdfText(pdf.bytes);
      const all = text.join('\n');
      assert.ok(pdf.bytes.subarray(0, 5).toString() === '%PDF-', 'a PDF');
      assert.match(all, /Achterhoek/);
      assert.match(all, /Sluiting Haarlo en Samenvoegen Doetinchem/);
      assert.ok(text.includes(shown(a.distanceM.mean, 'm')));
      assert.ok(text.includes(shownDifference(b.distanceM.p50 - a.distanceM.p50, 'm', '-')));
      log(`compare PDF ${pdf.name}: ${pdf.bytes.length} bytes`);
    },
    { timeout: 180_000 }
  );

  test(
    'save and share: the link opens the same scenario read-only in a fresh browser; failures are told',
    async ({ page, baseURL, browser, root, screenshot, log }) => {
      await openWorkshop(page, baseURL);
      await closeSchool(page, 'Voshaar', '11TN00');
      await editCount(page, 1);
      await rename(page, 'Sluiting Haarlo');
      const edits = await page.getByTestId('edit-text').allInnerTexts();

      // The server refuses: a banner naming why, and nothing lost.
      await page.route('**/api/scenarios', (route) =>
        route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'Er ging iets mis op de server' })
        })
      );
      await page.getByTestId('btn-share').click();
      const banner = page.getByTestId('save-error');
      await banner.waitFor();
      assert.match(
        await banner.innerText(),
        /Opslaan mislukt: Er ging iets mis op de server\. Je wijzigingen blijven bewaard in deze browser\./
      );
      const stored = await page.evaluate(() => localStorage.getItem('transitieatlas:sessie:achterhoek'));
      assert.match(stored, /11TN00/);
      assert.deepEqual(await page.getByTestId('edit-text').allInnerTexts(), edits);
      await page.unroute('**/api/scenarios');

      // The server out of reach: the save waits (no failure) and goes through when asked again.
      await page.route('**/api/scenarios', (route) => route.abort('connectionrefused'));
      await page.getByTestId('btn-share').click();
      const waiting = page.getByTestId('save-waiting');
      await waiting.waitFor();
      assert.match(await waiting.innerText(), /Wacht op verbinding/);
      assert.match(await page.getByTestId('btn-share').innerText(), /wacht op verbinding/i);
      await page.unroute('**/api/scenarios');

      await page.getByTestId('btn-save-retry').click();
      const linkField = page.getByTestId('share-link');
      await linkField.waitFor();
      assert.equal(await waiting.count(), 0);
      assert.equal(await banner.count(), 0, 'a successful save clears the banner');
      const link = await linkField.inputValue();
      assert.match(link, new RegExp(`^${baseURL}/atlas/achterhoek\\?gedeeld=[A-Za-z0-9_-]{22}$`));
      log(`share link ${link}`);

      const other = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'nl-NL' });
      try {
        const p2 = await other.newPage();
        await p2.addInitScript((key) => localStorage.setItem(key, '1'), HELP_SEEN);
        await p2.goto(link);
        await p2.getByTestId('readonly-banner').waitFor({ timeout: 60_000 });
        await editCount(p2, 1);
        assert.deepEqual(await p2.getByTestId('edit-text').allInnerTexts(), edits);
        const active = p2.locator('[data-testid="scenario-item"].active');
        assert.match(await active.innerText(), /Sluiting Haarlo/);
        assert.match(await active.innerText(), /alleen lezen/);
        await p2.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
        await p2.screenshot({ path: join(root, 'test-results', 'shared-read-only.png') });

        // An unknown id: a clear message, the session untouched.
        await p2.goto(`${baseURL}/atlas/achterhoek?gedeeld=AAAAAAAAAAAAAAAAAAAAAA`);
        const error = p2.getByTestId('scenario-error');
        await error.waitFor({ timeout: 60_000 });
        assert.match(await error.innerText(), /bestaat niet/);
        assert.ok((await scenarioNames(p2)).includes('Sluiting Haarlo'));
      } finally {
        await other.close();
      }
      await screenshot('share-link');
    },
    { timeout: 150_000 }
  );

  test(
    'exports: the PDF holds the region and the indicator values; the CSV parses back to the CLI facility table',
    async ({ page, baseURL, root, log }) => {
      await openWorkshop(page, baseURL);
      await closeSchool(page, 'Voshaar', '11TN00');
      await editCount(page, 1);
      const report = cli(root, [CLOSE_HAARLO]);
      const base = cli(root, []);

      const pdf = await exportFile(page, 'pdf');
      assert.match(pdf.name, /^transitieatlas-achterhoek-.*\.pdf$/);
      const text = pdfText(pdf.bytes);
      const all = text.join('\n');
      assert.match(all, /Achterhoek/);
      assert.match(all, /Sluiten: Openbare Basisschool De Voshaar \(Haarlo\)/);
      for (const [key, [unit, get]] of Object.entries(INDICATORS)) {
        assert.ok(
          text.includes(shown(get(report.summary), unit)),
          `PDF lacks ${key} ${shown(get(report.summary), unit)}`
        );
        assert.ok(text.includes(shown(get(base.summary), unit)), `PDF lacks baseline ${key}`);
      }
      const region = report.facilities.filter((f) => !f.context);
      assert.ok(region.filter((f) => text.includes(f.name)).length > region.length * 0.8, 'facility table');
      // The year prognosis (default inputs): the scenario's projected pupils in 2035 as `evaluate --year 2035`.
      assert.ok(text.includes('Prognose per jaar'), 'PDF has the year section');
      const dir = mkdtempSync(join(tmpdir(), 'ta-e2e-year-'));
      writeFileSync(
        join(dir, 's.json'),
        // A current file: the atlas's defaults (choice model, birth trend from the data), as the PDF uses them.
        JSON.stringify({ schemaVersion: 3, region: REGION, sector: 'po', edits: [CLOSE_HAARLO] })
      );
      const y = spawnSync(
        'npm',
        [
          'run',
          '--silent',
          'evaluate',
          '--',
          '--region',
          REGION,
          '--scenario',
          join(dir, 's.json'),
          '--year',
          '2035',
          '--json'
        ],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
      );
      const pupils2035 = Math.round(JSON.parse(y.stdout).summary.pupilsTotal);
      const nl0 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
      assert.ok(text.includes(nl0.format(pupils2035)), `PDF lacks the 2035 pupils ${nl0.format(pupils2035)}`);
      log(`PDF ${pdf.name}: ${pdf.bytes.length} bytes, ${text.length} strings`);

      for (const [kind, sep, bom] of [
        ['facilities-csv-nl', ';', true],
        ['facilities-csv-plain', ',', false]
      ]) {
        const csv = await exportFile(page, kind);
        const body = csv.bytes.toString('utf8');
        assert.equal(body.startsWith('\uFEFF'), bom, `${kind} BOM`);
        const parsed = Papa.parse(body.replace(/^\uFEFF/, ''), {
          delimiter: sep,
          header: true,
          skipEmptyLines: true
        });
        assert.deepEqual(parsed.errors, []);
        const num = (s) => (s === '' ? null : Number(sep === ';' ? s.replace(',', '.') : s));
        const status = { open: 'open', gesloten: 'closed', samengevoegd: 'merged', nieuw: 'new' };
        const rows = parsed.data.map((r) => ({
          id: r.vestigingscode,
          name: r.naam.replace(/^'(?=[=+\-@])/, ''),
          status: status[r.status],
          pupilsBase: num(r['leerlingen 2023']),
          pupils: num(r['leerlingen scenario']),
          norm: num(r.norm),
          context: r.context === 'ja',
          lon: num(r.lon),
          lat: num(r.lat)
        }));
        const expected = report.facilities.map((f) => ({
          id: f.id,
          name: f.name,
          status: f.status,
          pupilsBase: f.pupilsBase,
          pupils: f.pupils,
          norm: f.norm,
          context: f.context,
          lon: f.lon,
          lat: f.lat
        }));
        assert.deepEqual(rows, expected, `${kind} round trip`);
        log(`${csv.name}: ${rows.length} rows`);
      }

      const demand = await exportFile(page, 'demand-csv-nl');
      assert.equal(demand.bytes.toString('utf8').trim().split('\r\n').length, report.demand.length + 1);
      const geo = JSON.parse((await exportFile(page, 'geojson')).bytes.toString('utf8'));
      assert.equal(geo.features.length, report.facilities.length);
      assert.equal(geo.features.find((f) => f.id === '11TN00').properties.status, 'closed');

      const png = await exportFile(page, 'png');
      assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
      writeFileSync(join(root, 'test-results', 'export-map.png'), png.bytes);
    },
    { timeout: 180_000 }
  );
};
