// The year view on /atlas/[region]: the year slider, a birth trend set in the panel, and the projected figures
// and the below-norm list of 2035, checked against the CLI (`npm run evaluate -- --year 2035 --birth-trend
// -0.01 --json`): the same engine, run in node.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedPixels, cli, evaluateCli, gotoAtlas, mapPixels, mapQuiet } from './helpers.mjs';

const int = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** The CLI's report for a year and birth trend (`extra`: more options). */
const cliYear = (root, year, birthTrend, extra = []) =>
  evaluateCli(root, [
    '--region',
    'achterhoek',
    '--year',
    String(year),
    '--birth-trend',
    String(birthTrend),
    '--json',
    ...extra
  ]);

/** The atlas with the year panel shown. */
async function openAtlas(context, page, baseURL, path = '/atlas/achterhoek', timeout = 60_000) {
  await gotoAtlas(context, page, baseURL, path, timeout);
  await page.getByTestId('year-pupils').waitFor({ timeout });
}

/** What the year panel shows now. */
async function yearShown(page) {
  return page.evaluate(() => {
    const text = (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null;
    return {
      year: text('year-value'),
      pupils: text('year-pupils'),
      belowNorm: text('year-below-norm'),
      rule: text('year-rule'),
      transport: text('year-transport'),
      list: [...document.querySelectorAll('[data-testid="below-norm-item"]')]
        .map((el) => el.dataset.id)
        .sort()
    };
  });
}

/** Waits until the panel shows `pupils` for `year` (the series may still be on its way). */
async function waitFor(page, year, pupils, timeout = 20_000) {
  await page.waitForFunction(
    ([y, p]) =>
      document.querySelector('[data-testid="year-value"]')?.textContent?.trim() === y &&
      document.querySelector('[data-testid="year-pupils"]')?.textContent?.trim() === p,
    [String(year), pupils],
    { timeout }
  );
}

export default (test) => {
  test(
    'years: slider to 2035 with a birth trend of -1 %, figures and below-norm list match the CLI',
    async ({ page, context, baseURL, root, screenshot, decodePng }) => {
      const want = cliYear(root, 2035, -0.01);
      const s = want.summary;
      const wantList = want.facilities
        .filter((f) => f.belowNorm)
        .map((f) => f.id)
        .sort();
      await openAtlas(context, page, baseURL);

      const start = await yearShown(page);
      assert.equal(start.year, '2023');
      assert.equal(start.pupils, int.format(want.series.baseline.pupils[0]));
      assert.equal(start.belowNorm, int.format(want.series.baseline.belowNorm[0]));
      assert.equal(start.list.length, want.series.baseline.belowNorm[0]);
      await mapQuiet(page);
      const mapBefore = await mapPixels(page, decodePng);

      // The birth trend, through the UI: -1 % per year, marked as set by the user.
      await page.locator('details.more > summary').click();
      const trend = page.getByTestId('param-prognosis.birthTrend');
      await trend.fill('-1');
      await trend.press('Enter');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.source')].some((el) => el.textContent.includes('ingesteld'))
      );

      // The stepper moves one year; the slider jumps to 2035.
      await page.getByTestId('year-next').click();
      await waitFor(page, 2024, int.format(want.series.baseline.pupils[1]));
      await page.getByTestId('year-slider').fill('2035');
      await waitFor(page, 2035, int.format(s.pupilsTotal));

      const end = await yearShown(page);
      assert.equal(end.pupils, int.format(s.pupilsTotal));
      assert.equal(end.belowNorm, int.format(s.belowNorm));
      assert.equal(end.rule, int.format(s.ruleReached));
      assert.equal(end.transport, int.format(s.transportChildren));
      assert.deepEqual(end.list, wantList);
      assert.notEqual(end.pupils, start.pupils);
      assert.notDeepEqual(end.list, start.list);
      assert.match(page.url(), /jaar=2035/);
      // The key figures band and the indicator panel follow the year too.
      assert.equal(await page.getByTestId('key-below-norm').innerText(), int.format(s.belowNorm));
      assert.equal(await page.getByTestId('ind-below-norm').innerText(), int.format(s.belowNorm));
      assert.equal(await page.getByTestId('ind-pupils').innerText(), int.format(s.pupilsTotal));
      // Distances are weighted by the children of 2035 too, as in the CLI's --year report.
      const dec2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      for (const k of ['mean', 'p50', 'p90', 'max']) {
        assert.equal(
          await page.getByTestId(`ind-${k}`).innerText(),
          `${dec2.format(s.distanceM[k] / 1000)} km`
        );
      }

      // The map follows the year: schools shrink and new below-norm rings appear.
      await mapQuiet(page);
      const mapAfter = await mapPixels(page, decodePng);
      const moved = changedPixels(mapBefore, mapAfter);
      assert.ok(moved > 200, `map pixels changed between 2023 and 2035: ${moved}`);

      // 2030 as the method document gives it: 19.157 pupils with -1 % per year (choice model, the default).
      await page.getByTestId('year-slider').fill('2030');
      await waitFor(page, 2030, int.format(want.series.baseline.pupils[7]));
      assert.equal(int.format(want.series.baseline.pupils[7]), '19.157');
      await page.getByTestId('year-slider').fill('2035');
      await waitFor(page, 2035, int.format(s.pupilsTotal));

      await screenshot('years-2035');
    },
    { timeout: 120_000 }
  );

  test('years: a school sparkline names the first year below the norm and the rule year', async ({
    page,
    context,
    baseURL,
    screenshot
  }) => {
    await openAtlas(context, page, baseURL);
    const first = page.locator('[data-testid="below-norm-item"]').first();
    const id = await first.getAttribute('data-id');
    await page.getByTestId('facility-search').fill(id);
    await page.locator(`[data-testid="facility-option"][data-id="${id}"]`).click();
    await page.locator('[data-testid="facility-details"] [data-testid="sparkline"]').waitFor();
    assert.match(await page.getByTestId('norm-sentence').innerText(), /Valt onder de norm in 20\d\d/);
    await screenshot('years-sparkline');
    await page.getByTestId('method-open').click();
    await page.getByTestId('method-overlay').waitFor();
    await page.getByTestId('method-close').click();
  });

  test('years: norms CSV (a bad file changes nothing, a good one replaces the norms) and the transport threshold', async ({
    page,
    context,
    baseURL,
    root
  }) => {
    const goodCsv = 'jaar;gm_code;naam;opheffingsnorm;deelgebied;plaatsen\n2024;GM1955;Montferland;150;;\n';
    const dir = mkdtempSync(join(tmpdir(), 'atlas-norms-'));
    const file = join(dir, 'normen-2024.csv');
    writeFileSync(file, goodCsv);
    const withNorms = cliYear(root, 2023, 0, ['--norms', file, '--transport-km', '2']);
    await openAtlas(context, page, baseURL);
    await page.locator('details.more > summary').click();
    const before = await yearShown(page);

    await page.getByTestId('norms-file').setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'jaar;gm_code;naam;opheffingsnorm;deelgebied;plaatsen\n2024;GM1955;Montferland;veel;;\n'
      )
    });
    const error = await page.getByTestId('norms-error').innerText();
    assert.match(error, /rij \d+, kolom opheffingsnorm/);
    assert.match(error, /niet gewijzigd/);
    assert.deepEqual(await yearShown(page), before);

    await page.getByTestId('norms-file').setInputFiles(file);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="year-below-norm"]')?.textContent?.trim() === n,
      int.format(withNorms.summary.belowNorm)
    );
    assert.equal(await page.getByTestId('norms-error').count(), 0);

    const km = page.getByTestId('param-transport.thresholdM');
    await km.fill('2');
    await km.press('Enter');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="year-transport"]')?.textContent?.trim() === n,
      int.format(withNorms.summary.transportChildren)
    );
    assert.ok(withNorms.summary.transportChildren > 0);
    const shown = await yearShown(page);
    assert.equal(shown.list.length, withNorms.summary.belowNorm);
  });

  test('years: a closure from a link, baseline vs scenario in 2030, transport cells on the map', async ({
    page,
    context,
    baseURL,
    root,
    screenshot
  }) => {
    const edits = [{ op: 'close', facility: '11NT00' }]; // Rekken
    // The atlas's defaults: the birth trend from the data and the choice model.
    const want = cli(root, edits, 'achterhoek', ['--year', '2030', '--detour', '1.3']);
    const b64 = Buffer.from(JSON.stringify(edits)).toString('base64url');
    await openAtlas(context, page, baseURL, `/atlas/achterhoek?omweg=1.3&jaar=2030&ingrepen=${b64}`);
    // The panel shows the pupils at the region's open schools (the series); the report's pupilsTotal adds those
    // the choice model sends to schools across the border.
    await waitFor(page, 2030, int.format(want.series.scenario.pupils[7]));
    assert.equal(
      Math.round(want.summary.pupilsTotal - want.summary.pupilsToContext),
      Math.round(want.series.scenario.pupils[7])
    );
    const shown = await yearShown(page);
    assert.equal(shown.belowNorm, int.format(want.summary.belowNorm));
    assert.equal(shown.transport, int.format(want.summary.transportChildren));
    assert.ok(want.summary.transportChildren > 0);
    const d = want.series.difference.transportChildren[7];
    assert.ok(d > 0);
    assert.match(await page.getByTestId('year-transport-delta').innerText(), /t\.o\.v\. huidig/);
    await page.locator('details.more > summary').click();
    assert.match(await page.getByTestId('money-cost-total-delta').innerText(), /€/);
    await screenshot('years-2030-scenario');
    await page.getByTestId('money-cost-total').scrollIntoViewIfNeeded();
    await screenshot('years-2030-money');
  });
};
