// Own population table on /atlas/achterhoek: open the dialog, load the example (fictitious PC4 table), check the
// mapping and summary, apply, see the source named and the po mean distance become what the CLI computes with
// --demand; a reload keeps it; a broken file shows its problems with row numbers, "Toepassen" stays disabled and
// nothing changes; "Terug naar CBS" restores the CBS figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateCli, openAtlas, storedSession } from './helpers.mjs';

const EXAMPLE = 'static/voorbeelden/bevolking-achterhoek-voorbeeld.csv';
const EXAMPLE_NAME = 'bevolking-achterhoek-voorbeeld.csv';
const BROKEN = 'tests/fixtures/bad-input/demand-population-not-numeric.csv';

const dec2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const km = (m) => `${dec2.format(m / 1000)} km`;

/** The CLI's po summary of the Achterhoek, with or without the population file. */
function cliSummary(root, demand) {
  const out = evaluateCli(root, [
    '--region',
    'achterhoek',
    ...(demand ? ['--demand', demand] : []),
    '--json'
  ]);
  if (demand) assert.equal(out.demandSource, 'import');
  return out.summary;
}

/** Postcodes and the sum of inhabitants of the example, read from the file itself. */
function exampleTotals(root) {
  const lines = readFileSync(join(root, EXAMPLE), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const head = lines[0].split(';');
  const col = head.indexOf('inwoners');
  return {
    units: lines.length - 1,
    total: lines.slice(1).reduce((s, l) => s + Number(l.split(';')[col]), 0)
  };
}

/** Waits until the element's text equals `expected` (results are computed in a worker). */
async function waitForText(page, testid, expected, ms = 30_000) {
  const end = Date.now() + ms;
  let last = null;
  while (Date.now() < end) {
    last = await page
      .getByTestId(testid)
      .innerText({ timeout: 1000 })
      .catch(() => null);
    if (last !== null && last.trim() === expected) return;
    await page.waitForTimeout(150);
  }
  assert.fail(`${testid}: expected '${expected}', last seen '${last}'`);
}

async function ready(page) {
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="atlas"][data-busy="false"] [data-testid="ind-mean"]', {
    timeout: 60_000
  });
}

export default (test) => {
  test(
    'demand: example population applied and kept, broken file changes nothing, back to CBS',
    async ({ page, baseURL, root, screenshot }) => {
      const cbs = cliSummary(root, null);
      const imported = cliSummary(root, EXAMPLE);
      const cbsMean = km(cbs.distanceM.mean);
      const importedMean = km(imported.distanceM.mean);
      assert.notEqual(importedMean, cbsMean, 'the example changes the po mean distance');
      const { units, total } = exampleTotals(root);

      await openAtlas(page.context(), page, baseURL);
      await waitForText(page, 'ind-mean', cbsMean);
      assert.equal(await page.getByTestId('demand-source').innerText(), 'Bevolking: CBS 2021, 1 km-raster');
      assert.equal(await page.getByTestId('demand-reset').count(), 0);
      const inhabitantsCbs = await page.getByTestId('inhabitants').innerText();

      // The dialog opens empty; Apply is disabled without a file.
      await page.getByTestId('demand-open').click();
      const dialog = page.getByTestId('demand-dialog');
      await dialog.waitFor();
      assert.match(await dialog.innerText(), /Eigen bevolkingsbestand importeren/);
      assert.equal(await page.getByTestId('demand-apply').isDisabled(), true);
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await dialog.waitFor({ state: 'detached' });

      // The example: mapped from its headers, recognised as fictitious, summarised.
      await page.getByTestId('demand-example').click();
      await page.getByTestId('demand-summary').waitFor();
      assert.match(await page.getByTestId('demand-file-name').innerText(), /voorbeeld \(fictief\)/);
      assert.equal(await page.getByTestId('demand-mapping-postcode').inputValue(), 'postcode');
      assert.equal(await page.getByTestId('demand-mapping-population').inputValue(), 'inwoners');
      assert.equal(await page.getByTestId('demand-mapping-lon').inputValue(), '');
      assert.match(await page.getByTestId('demand-mapping-ages').innerText(), /0-4, 5-9, 10-14, 15-19 jaar/);
      assert.equal(await page.locator('[data-testid="demand-preview-table"] tbody tr').count(), 10);
      const summary = await page.getByTestId('demand-summary').innerText();
      assert.match(
        summary,
        new RegExp(`^${units} postcodegebieden, samen ${count.format(total)} inwoners\\.`)
      );
      assert.match(summary, new RegExp(`${units} rijen geplaatst op het midden van de postcode \\(PC4\\)`));
      assert.equal(
        await page.locator('[data-testid="import-problem"][data-severity="fout"]').count(),
        0,
        'no errors in the example'
      );
      assert.equal(await page.getByTestId('demand-crs-confirm').count(), 0, 'a PC4 table has no coordinates');
      await screenshot('demand-example-dialog');
      assert.equal(await page.getByTestId('demand-apply').isEnabled(), true);
      await page.getByTestId('demand-apply').click();
      await dialog.waitFor({ state: 'detached' });

      // Applied: the source is named, the key figure is the CLI's, the region facts count the file.
      assert.equal(
        await page.getByTestId('demand-source').innerText(),
        `Bevolking: eigen bestand ${EXAMPLE_NAME} (${units} postcodegebieden, ${count.format(total)} inwoners)`
      );
      assert.match(await page.getByTestId('demand-data').innerText(), /voorbeeld \(fictief\)/);
      await waitForText(page, 'ind-mean', importedMean);
      await waitForText(page, 'inhabitants', count.format(total));
      assert.notEqual(count.format(total), inhabitantsCbs);
      assert.match(
        await page.getByTestId('inhabitants-source').innerText(),
        new RegExp(`eigen bestand ${EXAMPLE_NAME}`)
      );
      await screenshot('demand-applied');

      // A reload keeps it (session).
      await page.reload();
      await ready(page);
      assert.match(await page.getByTestId('demand-source').innerText(), new RegExp(EXAMPLE_NAME));
      await waitForText(page, 'ind-mean', importedMean);
      const sessionBefore = await storedSession(page);
      const sourceBefore = await page.getByTestId('demand-source').innerText();

      // A broken file: the problems with row numbers, Apply disabled, nothing changes.
      await page.getByTestId('demand-open').click();
      await dialog.waitFor();
      await page.getByTestId('demand-file').setInputFiles(join(root, BROKEN));
      await page.locator('[data-testid="import-problem"][data-severity="fout"]').first().waitFor();
      const rows = await page.$$eval('[data-testid="import-problem"][data-severity="fout"]', (els) =>
        els.map((e) => e.getAttribute('data-row'))
      );
      assert.deepEqual(rows, ['3']);
      assert.match(await page.getByTestId('import-problems').innerText(), /rij 3, kolom inwoners/);
      assert.match(await page.getByTestId('import-problems').innerText(), /'ca\. 9000' is geen getal/);
      assert.equal(await page.getByTestId('demand-summary').count(), 0);
      assert.equal(await page.getByTestId('demand-apply').isDisabled(), true);
      await screenshot('demand-broken');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.getByTestId('demand-source').innerText(), sourceBefore);
      await waitForText(page, 'ind-mean', importedMean);
      assert.deepEqual(await storedSession(page), sessionBefore);

      // Back to CBS: the original figures.
      await page.getByTestId('demand-reset').click();
      assert.equal(await page.getByTestId('demand-source').innerText(), 'Bevolking: CBS 2021, 1 km-raster');
      await waitForText(page, 'ind-mean', cbsMean);
      await waitForText(page, 'inhabitants', inhabitantsCbs);
      assert.equal(await page.getByTestId('demand-reset').count(), 0);
      assert.match(await page.getByTestId('inhabitants-source').innerText(), /1 km-raster/);
    },
    { timeout: 180_000 }
  );
};
