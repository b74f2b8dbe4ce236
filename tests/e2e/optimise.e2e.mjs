// "Voorstel uit criteria" in real Chromium: 3 km in the panel, compute (the optimiser and HiGHS in their own
// worker), the new scenario appears with its indicators (checked against `npm run optimise` and `evaluate` in
// Node), the map shows it, the trade-off chart is drawn; bad criteria show the engine's Dutch message and change
// nothing; infeasible criteria name what breaks and a relaxation can be taken over; "Stoppen" cancels a long run
// on the whole country while the page keeps answering.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  changedPixels,
  expected,
  mapPixels,
  mapQuiet,
  openAtlas,
  pick,
  settled,
  shown,
  storedSession,
  version
} from './helpers.mjs';

/** `npm run optimise -- ... --json` in Node: the same engine and solver as the panel's worker. */
function optimiseCli(root, args) {
  const r = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'src/cli/optimise.ts', ...args, '--json'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28
    }
  );
  assert.equal(r.status, 0, `optimise failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const scenarioNames = (page) =>
  page
    .locator('[data-testid="scenario-item"] .name')
    .evaluateAll((els) => els.map((e) => e.textContent.trim()));

async function compute(page, timeout = 120_000) {
  await page.getByTestId('proposal-compute').click();
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid="proposal-progress"]') &&
      (document.querySelector('[data-testid="proposal-result"]') ||
        document.querySelector('[data-testid="proposal-error"]')),
    null,
    { timeout }
  );
}

export default (test) => {
  test(
    'optimise: 3 km in the panel gives a new scenario with its indicators, on the map and in the trade-off chart',
    async ({ page, context, baseURL, root, decodePng, screenshot }) => {
      await openAtlas(context, page, baseURL);
      await mapQuiet(page);
      const before = await mapPixels(page, decodePng);
      const namesBefore = await scenarioNames(page);

      await page.getByTestId('proposal-objective').selectOption('fewest');
      await page.getByTestId('proposal-distance').fill('3');
      const v = await version(page);
      await compute(page);
      await settled(page, v, 60_000);

      // The same criteria in Node: the panel's scenario is the CLI's, and its figures are evaluate's.
      const doc = optimiseCli(root, [
        '--region',
        'achterhoek',
        '--objective',
        'fewest',
        '--max-distance',
        '3'
      ]);
      assert.equal(doc.feasible, true);
      const names = await scenarioNames(page);
      assert.equal(names.length, namesBefore.length + 1, 'one scenario more');
      assert.equal(names.at(-1), 'Voorstel: minste locaties, 3 km');
      const active = page.locator('[data-testid="scenario-item"].active');
      assert.match(await active.textContent(), new RegExp(`${doc.scenario.edits.length} ingrepen`));
      assert.equal(await page.getByTestId('edit-item').count(), doc.scenario.edits.length);
      const keys = ['open', 'mean', 'p50', 'p90', 'within-1000', 'within-3000', 'within-5000', 'below-norm'];
      assert.deepEqual(pick(await shown(page), keys), pick(expected({ summary: doc.summary }), keys));

      const explanation = await page.getByTestId('proposal-explanation').textContent();
      assert.match(explanation, new RegExp(`${doc.summary.openFacilities} van de 132 scholen blijven open`));
      assert.match(explanation, /Bewezen het beste voorstel/);
      assert.match(explanation, /onbereikbaar/);
      const row = page.locator('[data-testid="proposal-constraint"][data-id="max-distance"]');
      assert.equal(await row.getAttribute('data-met'), 'true');

      // The map shows the proposal: many cells further away, the closed schools gone.
      await mapQuiet(page);
      const after = await mapPixels(page, decodePng);
      const changed = changedPixels(before, after);
      assert.ok(changed > 2000, `the map changed (${changed} pixels)`);

      // The trade-off chart: both lines over the counts, today and the proposal marked, pixels drawn.
      const chart = page.getByTestId('tradeoff-chart');
      await chart.scrollIntoViewIfNeeded();
      const segments = (await page.getByTestId('tradeoff-mean').getAttribute('d')).split('L').length;
      assert.ok(segments > 50, `the mean-distance line has ${segments} points`);
      assert.ok((await page.getByTestId('tradeoff-within').getAttribute('d')).length > 200);
      assert.equal(await page.getByTestId('tradeoff-today').count(), 1);
      assert.equal(await page.getByTestId('tradeoff-proposal').count(), 1);
      const png = decodePng(await chart.locator('svg').screenshot());
      let blue = 0;
      let pink = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        if (b > 150 && r < 100 && g < 120) blue++;
        if (r > 180 && g < 90 && b > 90) pink++;
      }
      assert.ok(blue > 100, `the mean line is drawn (${blue} blue pixels)`);
      assert.ok(pink > 20, `the proposal is marked (${pink} pink pixels)`);
      await screenshot('optimise-achterhoek-3km');

      // Saved with the session like any scenario.
      const session = JSON.stringify(await storedSession(page));
      assert.match(session, /Voorstel: minste locaties, 3 km/);
    },
    { timeout: 240_000 }
  );

  test(
    'optimise: bad criteria show the Dutch message and change nothing',
    async ({ page, context, baseURL }) => {
      await openAtlas(context, page, baseURL);
      const names = await scenarioNames(page);
      const session = await storedSession(page);
      await page.getByTestId('proposal-objective').selectOption('median');
      await page.getByTestId('proposal-keep').fill('500');
      await compute(page);
      assert.equal(
        (await page.getByTestId('proposal-error').textContent()).trim(),
        '500 locaties houden kan niet: de regio heeft 132 scholen.'
      );
      await page.getByTestId('proposal-keep').fill('tien');
      await compute(page);
      assert.match(
        await page.getByTestId('proposal-error').textContent(),
        /Het aantal locaties is geen getal: "tien"/
      );
      assert.deepEqual(await scenarioNames(page), names);
      assert.deepEqual(await storedSession(page), session);
    },
    { timeout: 120_000 }
  );

  test(
    'optimise: infeasible criteria name what breaks, and a relaxation taken over works',
    async ({ page, context, baseURL }) => {
      await openAtlas(context, page, baseURL);
      await page.getByTestId('proposal-objective').selectOption('median');
      await page.getByTestId('proposal-keep').fill('40');
      await page.getByTestId('proposal-distance').fill('3');
      await compute(page, 180_000);
      const result = page.getByTestId('proposal-result');
      assert.equal(await result.getAttribute('data-feasible'), 'false');
      const row = page.locator('[data-testid="proposal-constraint"][data-id="max-distance"]');
      assert.equal(await row.getAttribute('data-met'), 'false');
      assert.match(await row.textContent(), /wonen verder dan 3,0 km/);
      const relax = page.getByTestId('proposal-relaxation').filter({ hasText: /km kan het wel/ });
      assert.match(await relax.textContent(), /^Met \d+,\d km kan het wel\./);
      await relax.getByRole('button').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="proposal-result"]')?.dataset.feasible === 'true',
        null,
        { timeout: 180_000 }
      );
      const distance = await page.getByTestId('proposal-distance').inputValue();
      assert.ok(Number(distance.replace(',', '.')) > 3, `the distance taken over: ${distance}`);
      const rows = page.locator('[data-testid="proposal-constraint"]');
      for (const met of await rows.evaluateAll((els) => els.map((e) => e.dataset.met)))
        assert.equal(met, 'true');
    },
    { timeout: 420_000 }
  );

  test(
    'optimise: Stoppen cancels a long run on nederland, the page keeps answering, the first answer can be used',
    async ({ page, context, baseURL, log }) => {
      await openAtlas(context, page, baseURL, '/atlas/nederland', 240_000);
      const names = await scenarioNames(page);
      await page.getByTestId('proposal-objective').selectOption('median');
      await page.getByTestId('proposal-keep').fill('4892');
      await page.getByTestId('proposal-compute').click();
      // Wait for the first (heuristic, checked) answer; the Lagrangian bound and the chart are still to come.
      await page.waitForFunction(
        () =>
          ['grens', 'controle'].includes(
            document.querySelector('[data-testid="proposal-progress"]')?.dataset.phase
          ),
        null,
        { timeout: 120_000 }
      );
      // Typing while the optimiser works: the key shows, the run goes on.
      const search = page.getByTestId('facility-search');
      await search.click();
      const t0 = Date.now();
      await search.press('z');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="facility-search"]').value === 'z',
        null,
        {
          timeout: 10_000
        }
      );
      log(`nederland: a key typed during the optimiser run showed after ${Date.now() - t0} ms`);
      assert.equal(await page.getByTestId('proposal-progress').count(), 1, 'the run is still going');
      await page.getByTestId('proposal-stop').click();
      await page.getByTestId('proposal-info').waitFor({ timeout: 10_000 });
      assert.match(
        await page.getByTestId('proposal-info').textContent(),
        /Berekening gestopt\. Er is niets veranderd\./
      );
      assert.equal(await page.getByTestId('proposal-progress').count(), 0);
      assert.deepEqual(await scenarioNames(page), names, 'no scenario added');
      // The first answer can still be used: it becomes a scenario like any other.
      await page.getByTestId('proposal-use-first').click();
      const after = await scenarioNames(page);
      assert.equal(after.length, names.length + 1);
      assert.match(after.at(-1), /^Voorstel: kortste afstand, 4892 locaties/);
      assert.match(await page.locator('[data-testid="scenario-item"].active').textContent(), /1223 ingrepen/);
      // The page still answers: another search shows.
      await search.fill('Amsterdam');
      assert.equal(await search.inputValue(), 'Amsterdam');
    },
    { timeout: 360_000 }
  );
};
