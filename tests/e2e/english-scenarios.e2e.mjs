// Scenarios, import and compare in English (?lang=en): the scenario list and its tools, save and share, the sport
// import with the example and a broken file, the population dialog, and the compare page. Asserts the English
// chrome and no Dutch leftovers in it (data names, such as schools and places, stay as published).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openAtlas, settled } from './helpers.mjs';

/** Dutch words of these panels' chrome that must not show in English. */
const DUTCH =
  /\b(Nieuw|Dupliceren|Vergelijken|Importeren|Exporteren|Opslaan|Bestand|Voorbeeld|Annuleren|Toepassen|Welke kolom|rijen|Aannames|Indicatoren|Verschil|Kaart|Terug|ingrepen|ingreep|gedeeld|Sluiten)\b/;

export default (test) => {
  test('english: scenario tools, share panel, sport import with example and bad file, demand dialog', async ({
    page,
    baseURL,
    root
  }) => {
    await openAtlas(page.context(), page, baseURL, '/atlas/achterhoek?lang=en');
    const tools = page.getByTestId('scenario-tools');
    const text = await tools.innerText();
    for (const word of ['New', 'Duplicate', 'Compare', 'Save and share', 'Export', 'Import'])
      assert.match(text, new RegExp(word), word);
    assert.match(await page.getByTestId('scenario-item').first().innerText(), /0 changes/);
    assert.doesNotMatch(text, DUTCH);

    await page.getByTestId('btn-scenario-duplicate').click();
    assert.equal(await page.getByTestId('scenario-item').count(), 2);
    await page.getByTestId('btn-scenario-delete').last().click();
    assert.match(await tools.innerText(), /Delete\?/);
    await page.getByRole('button', { name: 'Yes' }).click();
    assert.equal(await page.getByTestId('scenario-item').count(), 1);

    await page.getByTestId('btn-share').click();
    const share = page.getByTestId('share-panel');
    await share.waitFor();
    assert.match(await share.innerText(), /has been saved\. With this link anyone can see the scenario/);
    assert.match(await share.innerText(), /Copy link/);
    assert.doesNotMatch(await share.innerText(), DUTCH);

    // The primary schools' assumptions say what the preset holds, in English.
    await page.getByTestId('preset-open').click();
    const about = page.locator('[data-testid="sector-data"] p.description');
    await about.waitFor();
    assert.equal(
      await about.innerText(),
      'Primary schools: locations and pupils on 1 October 2023 (DUO). Children aged 4 to 11.'
    );
    assert.match(
      await page.locator('[data-testid="sector-data"] p.unit').innerText(),
      /^pupils: Pupils on 1 October 2023 \(DUO\); the municipality’s closure threshold applies$/
    );
    await page.getByTestId('preset-open').click();

    // Sport: no open data; the example, then a broken file.
    await page.getByTestId('sector-sport').click();
    const empty = page.getByTestId('sector-empty');
    await empty.waitFor();
    assert.match(await empty.innerText(), /There are no open data on sport\./);
    const card = page.getByTestId('sector-data');
    assert.match(await card.innerText(), /Choose a file/);
    assert.match(await card.innerText(), /Load example \(fictitious\)/);
    await page.getByTestId('example-load').click();
    const dialog = page.getByTestId('import-dialog');
    await page.getByTestId('mapping-step').waitFor();
    const dialogText = await dialog.innerText();
    assert.match(dialogText, /Sport: import a file/);
    assert.match(dialogText, /Which column is what\?/);
    assert.match(dialogText, /Preview: the first 12 of 12 rows/);
    assert.match(await page.getByTestId('import-file-name').innerText(), /example \(fictitious\)/);
    assert.match(await page.getByTestId('crs-confirm').innerText(), /lon\/lat \(WGS84\): is that right\?/);
    assert.match(await page.getByTestId('crs-confirm').innerText(), /Yes, that is right/);
    assert.doesNotMatch(dialogText, DUTCH);
    await page
      .getByTestId('import-file')
      .setInputFiles(join(root, 'tests/fixtures/bad-input/csv-pupils-not-numeric.csv'));
    const problem = page.locator('[data-testid="import-problem"][data-severity="fout"]').first();
    await problem.waitFor();
    assert.match(await problem.innerText(), /^error\s+row 7, column leerlingen/);
    const problems = await page.getByTestId('import-problems').innerText();
    assert.match(problems, /errors?: the file has not been applied/);
    assert.match(problems, /Kind\s+Where\s+Message/);
    assert.equal(await page.getByTestId('import-apply').isDisabled(), true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Back to the schools: the population dialog.
    await page.getByTestId('sector-po').click();
    await settled(page, 0);
    assert.equal(await page.getByTestId('demand-source').innerText(), 'Population: CBS 2021, 1 km grid');
    await page.getByTestId('demand-open').click();
    const demand = page.getByTestId('demand-dialog');
    await demand.waitFor();
    const demandText = await demand.innerText();
    assert.match(demandText, /Import your own population file/);
    assert.match(demandText, /The file replaces the CBS estimate for all sectors/);
    assert.match(demandText, /Drag a CSV, GeoJSON or TopoJSON file here, or/);
    assert.doesNotMatch(demandText, DUTCH);
    await demand.getByRole('button', { name: 'Cancel' }).click();
    await demand.waitFor({ state: 'detached' });
  });

  test('english: the compare page', async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/compare/achterhoek?lang=en&a=basis&b=basis`);
    const compare = page.getByTestId('compare-page');
    await compare.waitFor();
    await page.getByTestId('indicator-table').waitFor({ timeout: 60_000 });
    const text = await compare.innerText();
    assert.match(text, /← Back to the workshop/);
    assert.match(text, /Compare scenarios/);
    assert.match(text, /Comparison as PDF/);
    assert.match(text, /Indicators/);
    assert.match(text, /Difference B − A/);
    assert.match(text, /Difference in distance/);
    assert.match(text, /Schools that differ/);
    assert.match(text, /No difference: in A and B all schools have the same status/);
    assert.match(await page.getByTestId('legend-distance').innerText(), /up to 0\.5 km/);
    assert.match(await page.getByTestId('legend-difference').innerText(), /virtually the same/);
    assert.match(await page.getByTestId('legend-status').innerText(), /closed or merged/);
    assert.match(await page.title(), /^Compare · /);
    assert.doesNotMatch(text, DUTCH);
  });
};
