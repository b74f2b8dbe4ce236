// VO by track in the workshop (issue 18), on the real Oost-Groningen bundle: the facility panel lists a
// location's tracks with estimated pupils and says why VO has no opheffingsnorm; closing the PrO school of
// Winschoten sends its pupils only to PrO schools (as the CLI says); "Afstand tot: havo" recolours the map, is in
// the link and survives a reload; a merge into a school without havo/vwo asks what happens to them.
import assert from 'node:assert/strict';
import {
  andSettle,
  changedPixels,
  cli,
  mapPixels,
  mapQuiet,
  openAtlas,
  readBundle,
  selectFromList,
  urlEdits
} from './helpers.mjs';

const PRO = '19UR00'; // Dollard College PrO Winschoten, 145 pupils
const PATH = '/atlas/oost-groningen?sector=vo';

export default (test) => {
  test('vo tracks: the PrO school goes to PrO schools; its panel lists the track and the VO norm reason', async (h) => {
    const { page, context, baseURL, root, screenshot } = h;
    const bundle = readBundle(root, 'oost-groningen');
    const report = cli(root, [{ op: 'close', facility: PRO }], 'oost-groningen', ['--sector', 'vo']);
    const flows = report.flows.filter((f) => f.from === PRO);
    for (const f of flows) assert.ok(bundle.facilities.find((b) => b.id === f.to).type.includes('PRO'));

    await openAtlas(context, page, baseURL, PATH);
    await selectFromList(page, 'dollard college pro', PRO);
    assert.match(
      await page.getByTestId('fp-track-pro').innerText(),
      /praktijkonderwijs \(PrO\): 145\s*geschat/
    );
    assert.match(
      await page.getByTestId('fp-vo-norm').innerText(),
      /hangt de opheffingsnorm af van de schoolsoorten/
    );
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    const ids = await page
      .getByTestId('fp-outflow')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.deepEqual(
      ids,
      flows.map((f) => f.to)
    );
    await screenshot('vo-close-pro');
  });

  test('vo tracks: "Afstand tot havo" recolours the map, fills the track table and is kept in the link', async (h) => {
    const { page, context, baseURL, decodePng, screenshot } = h;
    await openAtlas(context, page, baseURL, PATH);
    await mapQuiet(page);
    const before = await mapPixels(page, decodePng);
    assert.equal(await page.getByTestId('track-alle').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('track-row-havo').count(), 1, 'one row per track with "alle VO"');
    await page.getByTestId('track-havo').click();
    await page.waitForFunction(() => location.search.includes('afstand=havo'));
    await mapQuiet(page);
    const after = await mapPixels(page, decodePng);
    assert.ok(changedPixels(before, after) > 500, 'the cells are recoloured for havo');
    assert.match(await page.getByTestId('track-panel').innerText(), /Afstand tot havo/);
    assert.match(await page.getByTestId('map-legend').innerText(), /dichtstbijzijnde school met havo/);
    assert.match(await page.getByTestId('track-row-regio').innerText(), /^Regio\s+10\s/);
    await screenshot('vo-track-havo');
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]');
    assert.equal(await page.getByTestId('track-havo').getAttribute('aria-pressed'), 'true');
  });

  test('vo tracks: a merge into a school without havo/vwo asks; "elsewhere" is kept in the edit', async (h) => {
    const { page, context, baseURL, root } = h;
    const bundle = readBundle(root, 'oost-groningen');
    const own = bundle.facilities.filter((f) => f.sector === 'vo' && !f.context);
    const from = own.find((f) => f.type === 'VBO/MAVO/HAVO/VWO' && f.pupils > 0);
    const into = own.find((f) => f.type === 'VBO/MAVO' && f.pupils > 0);
    await openAtlas(context, page, baseURL, PATH);
    await selectFromList(page, from.name.slice(0, 20).toLowerCase(), from.id);
    await page.getByTestId('btn-samenvoegen').click();
    await page.getByTestId('facility-search').fill(into.name.slice(0, 20).toLowerCase());
    await page.locator(`[data-testid="facility-option"][data-id="${into.id}"]`).click();
    const dialog = page.getByTestId('merge-tracks');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /biedt geen havo en vwo/);
    await andSettle(page, () => page.getByTestId('merge-tracks-elsewhere').click());
    assert.deepEqual(urlEdits(page), [
      { op: 'merge', facility: from.id, into: into.id, missingTracks: 'elsewhere' }
    ]);
    const report = cli(root, urlEdits(page), 'oost-groningen', ['--sector', 'vo']);
    const toInto = report.flows.find((f) => f.to === into.id);
    assert.deepEqual(Object.keys(toInto.byTrack).sort(), ['mavo', 'vbo']);
    assert.match(await page.getByTestId('edit-text').first().innerText(), /ontbrekende schoolsoorten elders/);
  });
};
