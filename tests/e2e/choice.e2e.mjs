// The school-choice model in the workshop: closing a school under the choice rule (the default) sends its
// pupils to several schools, drawn as several arcs and listed in the panel, matching the CLI; the nearest rule is
// one click away and gives one flow; the page "Hoe goed klopt het model?" shows the scatter.
import assert from 'node:assert/strict';
import {
  KILDER,
  andSettle,
  changedPixels,
  cli,
  expected,
  int,
  mapPixels,
  mapQuiet,
  openAtlas,
  pick,
  readBundle,
  selectFromList,
  shown
} from './helpers.mjs';

export default (test) => {
  test('choice: closing a school spreads its pupils over several schools, on the map and in the panel', async (h) => {
    const { page, context, baseURL, root, decodePng, screenshot, log } = h;
    const bundle = readBundle(root, 'achterhoek');
    const school = bundle.facilities.find((f) => f.id === KILDER);
    const edits = [{ op: 'close', facility: KILDER }];
    const report = cli(root, edits);
    assert.equal(report.parameters.allocation, 'choice');
    const flows = report.flows.filter((f) => f.from === KILDER);
    assert.ok(flows.length >= 3, `the CLI spreads Kilder over ${flows.length} schools`);

    await openAtlas(context, page, baseURL);
    assert.equal(
      await page.getByTestId('allocation-choice').isChecked(),
      true,
      'the choice model is the default'
    );
    await mapQuiet(page);
    const before = await mapPixels(page, decodePng);
    await selectFromList(page, 'laetare kilder', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());

    // The panel: one line per receiving school, the same schools and pupils as the CLI, labelled as modelled.
    const out = page.getByTestId('fp-outflow');
    assert.equal(await out.count(), flows.length);
    const ids = await out.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.deepEqual(
      ids,
      flows.map((f) => f.to)
    );
    assert.equal(await out.first().locator('b').innerText(), int.format(flows[0].pupils));
    assert.match(await page.getByTestId('fp-flows-note').innerText(), /keuzemodel \(gemodelleerd\)/);
    assert.equal(
      flows.reduce((a, f) => a + f.pupils, 0),
      school.pupils
    );
    const want = expected(report);
    assert.deepEqual(pick(await shown(page), Object.keys(want)), want);

    // The map: an arc to each of the two largest receivers (pixels changed along each of them).
    await page.mouse.move(5, 5);
    await mapQuiet(page);
    const after = await mapPixels(page, decodePng);
    const at = (f) => page.evaluate(([lon, lat]) => window.__atlas.project(lon, lat), [f.lon, f.lat]);
    const from = await at(school);
    for (const flow of flows.slice(0, 2)) {
      const target = bundle.facilities.find((f) => f.id === flow.to);
      const end = await at(target);
      const mid = { x: (from.x + end.x) / 2, y: (from.y + end.y) / 2 };
      const rect = { left: mid.x - 25, right: mid.x + 25, top: mid.y - 40, bottom: mid.y + 40 };
      const changed = changedPixels(before, after, rect);
      log(`${changed} pixels changed halfway to ${target.place} (${flow.pupils} leerlingen)`);
      assert.ok(changed > 10, `no arc halfway to ${target.name}`);
    }
    await screenshot('choice-close-kilder');

    // The nearest rule: one flow, all pupils to one school.
    await andSettle(page, () => page.getByTestId('allocation-nearest').check());
    assert.match(page.url(), /toewijzing=dichtstbij/);
    const nearest = cli(root, edits, 'achterhoek', ['--allocation', 'nearest']);
    await selectFromList(page, 'laetare kilder', KILDER);
    assert.equal(await page.getByTestId('fp-outflow').count(), 1);
    assert.equal(await page.getByTestId('fp-outflow').getAttribute('data-id'), nearest.flows[0].to);
    assert.deepEqual(pick(await shown(page), Object.keys(expected(nearest))), expected(nearest));
  });

  test('choice: the page "Hoe goed klopt het model?" shows the scatter, the fit and the limits', async (h) => {
    const { page, baseURL, root, screenshot } = h;
    const bundle = readBundle(root, 'achterhoek');
    const schools = bundle.facilities.filter((f) => f.sector === 'po' && !f.context && f.pupils !== null);
    await page.goto(`${baseURL}/model/achterhoek`);
    await page.getByTestId('model-scatter').waitFor();
    assert.equal(await page.getByTestId('model-dot').count(), schools.length);
    const fit = await page.getByTestId('model-fit').innerText();
    assert.match(fit, /Keuzemodel \(gemodelleerd\)/);
    assert.match(fit, /R²/);
    assert.match(await page.getByTestId('model-parameters').innerText(), /per km/);
    await page.getByTestId('show-nearest').check();
    assert.equal(await page.getByTestId('dot-nearest').count(), schools.length);
    await screenshot('model-page-achterhoek-po');
    await page.getByTestId('model-sector-vo').click();
    await page.waitForSelector('[data-testid="model-page"][data-sector="vo"]');
    assert.ok((await page.getByTestId('model-dot').count()) > 10);
    await page.goto(`${baseURL}/model/atlantis`);
    await page.waitForSelector('[data-testid="error-page"][data-status="404"]');
    assert.match(await page.locator('h1').innerText(), /atlantis/);
  });
};
