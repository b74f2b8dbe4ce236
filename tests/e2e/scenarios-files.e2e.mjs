// Scenarios as files (split from scenarios.e2e.mjs): JSON export and import into a fresh session, the schools CSV
// at 2030 as evaluate --year, and a shared sport scenario that carries its facilities.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { andSettle, settled } from './helpers.mjs';
import {
  REGION,
  HELP_SEEN,
  nl,
  openWorkshop,
  editCount,
  closeSchool,
  mergeSchool,
  rename,
  scenarioNames,
  exportFile
} from './scenarios-helpers.mjs';

export default (test) => {
  test(
    'files: all scenarios exported as JSON load into a fresh session; a broken file changes nothing',
    async ({ page, baseURL, browser, log }) => {
      await openWorkshop(page, baseURL);
      await closeSchool(page, 'Voshaar', '11TN00');
      await editCount(page, 1);
      await rename(page, 'Sluiting Haarlo');
      await page.getByTestId('btn-scenario-duplicate').click();
      await mergeSchool(page, 'Kleine Prins', '03AI00', 'Hagen', '12NX00');
      await editCount(page, 2);
      await rename(page, 'Haarlo en Doetinchem');
      const file = await exportFile(page, 'session-json');
      const json = JSON.parse(file.bytes.toString('utf8'));
      assert.equal(json.kind, 'transitieatlas-scenarios');
      assert.equal(json.schemaVersion, 3);
      assert.deepEqual(
        json.scenarios.map((s) => [s.name, s.edits.length]),
        [
          ['Sluiting Haarlo', 1],
          ['Haarlo en Doetinchem', 2]
        ]
      );

      const other = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'nl-NL' });
      try {
        const p2 = await other.newPage();
        await openWorkshop(p2, baseURL);
        assert.deepEqual(await scenarioNames(p2), ['Scenario 1']);

        // A file of an unknown version: a Dutch message, nothing added.
        await p2.getByTestId('input-import').setInputFiles({
          name: 'toekomst.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify({ ...json, schemaVersion: 9 }))
        });
        const error = p2.getByTestId('scenario-error');
        await error.waitFor();
        assert.match(
          await error.innerText(),
          /Kan "toekomst\.json" niet laden: schemaVersion 9 wordt niet ondersteund/
        );
        assert.deepEqual(await scenarioNames(p2), ['Scenario 1']);

        // A file of another region: said so, nothing added.
        await p2.getByTestId('input-import').setInputFiles({
          name: 'parkstad.json',
          mimeType: 'application/json',
          buffer: Buffer.from(
            JSON.stringify({ schemaVersion: 1, region: 'parkstad', sector: 'po', edits: [] })
          )
        });
        await p2.getByTestId('scenario-error').filter({ hasText: 'parkstad' }).waitFor();
        assert.match(
          await p2.getByTestId('scenario-error').innerText(),
          /hoort bij regio 'parkstad'.*Er is niets veranderd/s
        );
        assert.deepEqual(await scenarioNames(p2), ['Scenario 1']);

        await p2
          .getByTestId('input-import')
          .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
        const notice = p2.getByTestId('scenario-notice');
        await notice.waitFor();
        assert.match(await notice.innerText(), /2 scenario’s geïmporteerd/);
        assert.deepEqual(await scenarioNames(p2), ['Scenario 1', 'Sluiting Haarlo', 'Haarlo en Doetinchem']);
        assert.match(await p2.locator('[data-testid="scenario-item"].active').innerText(), /Sluiting Haarlo/);
        await editCount(p2, 1);

        // Drag and drop of an old (version 0) file: a bare list of edits, migrated.
        await p2.evaluate(() => {
          const dt = new DataTransfer();
          const edits = [{ op: 'close', facility: '11TN00' }];
          dt.items.add(new File([JSON.stringify(edits)], 'oud-scenario.json', { type: 'application/json' }));
          document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
          document.body.dispatchEvent(
            new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true })
          );
          document.body.dispatchEvent(
            new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })
          );
        });
        await p2.getByTestId('scenario-notice').filter({ hasText: 'oud-scenario.json' }).waitFor();
        assert.match(await p2.getByTestId('scenario-notice').innerText(), /oud bestandsformaat/);
        assert.equal((await scenarioNames(p2)).at(-1), 'oud-scenario');
        log(`imported ${file.name} and a version-0 file into a fresh session`);
      } finally {
        await other.close();
      }
    },
    { timeout: 150_000 }
  );

  test(
    'exports: with the year slider at 2030 the schools CSV carries the prognosis of 2030, as evaluate --year',
    async ({ page, baseURL, root, log }) => {
      await openWorkshop(page, baseURL, '?jaar=2030');
      await page.getByTestId('year-value').filter({ hasText: '2030' }).waitFor();
      const csv = await exportFile(page, 'facilities-csv-plain');
      assert.match(csv.name, /-scholen-2030-komma\.csv$/);
      const rows = Papa.parse(csv.bytes.toString('utf8'), { header: true, skipEmptyLines: true }).data;
      const y = spawnSync(
        'npm',
        ['run', '--silent', 'evaluate', '--', '--region', REGION, '--year', '2030', '--json'],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
      );
      const want = JSON.parse(y.stdout).facilities;
      assert.equal(rows.length, want.length);
      for (const [i, f] of want.entries()) {
        assert.equal(rows[i].vestigingscode, f.id);
        assert.ok(Math.abs(Number(rows[i]['leerlingen prognose 2030']) - f.pupilsProjected) <= 0.05, f.id);
        assert.equal(rows[i]['opheffingsregel vanaf'], f.ruleYear === null ? '' : String(f.ruleYear));
      }
      log(`${csv.name}: ${rows.length} rows with the 2030 prognosis`);
    },
    { timeout: 120_000 }
  );

  test(
    'share a sport scenario: the link carries its facilities; a fresh browser shows it read-only with the same figures and keeps no sport file of its own',
    async ({ page, baseURL, browser, root, screenshot, log }) => {
      const figures = async (p) => ({
        open: (await p.getByTestId('ind-open').innerText()).trim(),
        mean: (await p.getByTestId('ind-mean').innerText()).trim()
      });

      await openWorkshop(page, baseURL);
      await page.getByTestId('sector-sport').click();
      await page.getByTestId('example-load').click();
      await page.getByTestId('crs-ok').check();
      // The engine takes the file before the store changes: data-busy stays "false" for a moment after the
      // click, so wait for a newer result (the sector waits for its file: no other recompute is pending).
      await andSettle(page, () => page.getByTestId('import-apply').click(), 60_000);
      await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
      await page.getByTestId('facility-search').first().fill('Zwembad Eibergen');
      await page.getByTestId('facility-option').filter({ hasText: 'Zwembad Eibergen' }).first().click();
      await andSettle(page, () => page.getByTestId('btn-sluiten').click(), 60_000);
      await editCount(page, 1);
      assert.equal((await page.getByTestId('ind-open').innerText()).trim(), '11');
      const mine = await figures(page);
      log(`sport with the pool of Eibergen closed: ${JSON.stringify(mine)}`);

      await page.getByTestId('btn-share').click();
      const linkField = page.getByTestId('share-link');
      await linkField.waitFor({ timeout: 30_000 });
      const link = await linkField.inputValue();
      assert.match(link, new RegExp(`^${baseURL}/atlas/achterhoek\\?gedeeld=[A-Za-z0-9_-]{22}$`));

      const other = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'nl-NL' });
      try {
        const p2 = await other.newPage();
        await p2.addInitScript((key) => localStorage.setItem(key, '1'), HELP_SEEN);
        await p2.goto(link);
        await p2.getByTestId('readonly-banner').waitFor({ timeout: 60_000 });
        await editCount(p2, 1);
        assert.match(await p2.getByTestId('edit-text').first().innerText(), /Zwembad Eibergen/);
        const active = p2.locator('[data-testid="scenario-item"].active');
        assert.match(await active.innerText(), /alleen lezen/);
        await p2.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
        await p2.waitForFunction(
          () => document.querySelector('[data-testid="ind-open"]')?.textContent?.trim() === '11',
          null,
          { timeout: 60_000 }
        );
        await settled(p2, 0, 60_000);
        assert.deepEqual(await figures(p2), mine, 'the same figures from the link’s own facilities');
        assert.match(
          await p2.getByTestId('sector-source').innerText(),
          /Voorbeeld \(fictief\) · uit de link/
        );
        await p2.screenshot({ path: join(root, 'test-results', 'shared-sport-read-only.png') });

        // The link's data stay with its scenario: the fresh session has no sport file of its own.
        const stored = JSON.parse(
          await p2.evaluate(() => localStorage.getItem('transitieatlas:sessie:achterhoek'))
        );
        const files = await p2.evaluate(() => localStorage.getItem('transitieatlas:gegevens:achterhoek'));
        assert.deepEqual(
          files === null ? {} : JSON.parse(files).facilities,
          {},
          'no sport file in the region’s datasets'
        );
        const shared = stored.scenarios.find((s) => s.readOnly);
        assert.equal(shared.sector, 'sport');
        assert.equal(shared.data.facilities.facilities.length, 12);
        assert.equal(shared.data.facilities.source.origin, 'link');
      } finally {
        await other.close();
      }
      await screenshot('share-sport');
    },
    { timeout: 180_000 }
  );
};
