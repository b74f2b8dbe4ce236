// Zorg on /atlas/[region]: the fictitious example has no patient counts. The figures say "onbekend" for the
// patients and the moved patients (never 0), closing a GP is counted as the CLI counts it, and the facility panel
// names where its patients go without inventing a number.
import assert from 'node:assert/strict';
import { cli, gotoAtlas } from './helpers.mjs';

const EXAMPLE = 'static/voorbeelden/zorg-achterhoek-voorbeeld.csv';
const HAARLO = 'ZG02'; // Huisartsenpraktijk Haarlo (fictief), the only GP of Haarlo in the example

const ready = (page) =>
  page.waitForSelector('[data-testid="atlas"][data-busy="false"] [data-testid="ind-open"]', {
    timeout: 30_000
  });

export default (test) => {
  test('zorg: the example without patient counts shows "onbekend", a closed GP as the CLI counts it', async ({
    page,
    baseURL,
    root,
    screenshot
  }) => {
    const cliZorg = (edits) =>
      cli(root, edits, 'achterhoek', ['--sector', 'zorg', '--facilities', EXAMPLE]).summary;
    await gotoAtlas(page.context(), page, baseURL, '/atlas/achterhoek?sector=zorg');
    await page.getByTestId('example-load').click();
    await page.getByTestId('mapping-step').waitFor();
    if (await page.getByTestId('crs-ok').count()) await page.getByTestId('crs-ok').check();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await ready(page);
    const base = cliZorg([]);
    assert.equal(await page.getByTestId('ind-open').innerText(), String(base.openFacilities));
    assert.equal(await page.getByTestId('ind-pupils').innerText(), 'onbekend');
    assert.equal(await page.getByTestId('ind-moved').innerText(), 'onbekend');

    await page.getByTestId('facility-search').fill('Haarlo');
    await page.locator(`[data-testid="facility-option"][data-id="${HAARLO}"]`).click();
    await page.locator(`[data-testid="facility-details"][data-id="${HAARLO}"]`).waitFor();
    assert.equal(await page.getByTestId('fp-pupils-now').innerText(), 'onbekend');
    await page.getByTestId('btn-sluiten').click();
    const closed = cliZorg([{ op: 'close', facility: HAARLO }]);
    await page.waitForFunction(
      (open) => document.querySelector('[data-testid="ind-open"]')?.textContent?.trim() === open,
      String(closed.openFacilities)
    );
    await ready(page);
    assert.deepEqual(closed.placesWithoutFacility, ['Haarlo']);
    assert.equal(await page.getByTestId('ind-places-without').innerText(), '1');
    assert.equal(await page.getByTestId('ind-moved').innerText(), 'onbekend');
    assert.equal(await page.getByTestId('key-moved').innerText(), 'onbekend');
    const flows = await page.getByTestId('fp-outflow').allInnerTexts();
    assert.ok(flows.length > 0, 'the panel names where the patients go');
    for (const f of flows) assert.match(f, /aantal onbekend/);
    assert.doesNotMatch(flows.join(' '), /\b0\b/, 'no invented 0 patients');
    await screenshot('zorg-closed-unknown-counts');
  });
};
