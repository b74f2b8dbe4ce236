// Import flows on /atlas/[region] about what a file holds and the sector's assumptions: HTML or script in a file
// is shown as text and never runs; the speciaal onderwijs assumptions are edited and kept over a reload; the
// welzijn example is labelled as fictitious; a file too large for the browser is refused unread.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { andSettle, gotoAtlas, openAtlas, settled } from './helpers.mjs';
import { apply, dropFile, EXAMPLE, pick } from './import-helpers.mjs';

export default (test) => {
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
