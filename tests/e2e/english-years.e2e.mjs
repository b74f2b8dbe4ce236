// The atlas in English (?lang=en) for the sector switch, the distance control, the region's facts, the table per
// municipality, the year view (slider, chart, assumptions, floor area and costs, a school's sparkline, "How do
// we calculate?") and the page "How well does the model fit?": English words, English numbers, no Dutch chrome
// left (data names such as schools and places stay as published).
import assert from 'node:assert/strict';
import { gotoAtlas } from './helpers.mjs';

const text = (page, selector) => page.locator(selector).first().innerText();

/** Dutch words of the panels' chrome that must not show in English. */
const DUTCH =
  /\b(Leerlingen|leerlingen|Scholen|scholen|Gemeenten?|Inwoners|Kinderen|Onderwijs|Afstand|Hemelsbreed|omwegfactor|Aannames|aanname|Normen|Kosten|Vloeroppervlak|per jaar|ingesteld|huidig|verschil|Prognose|prognose|Sluiten|Grenzen|geboortetrend|gemodelleerd|Gemiddelde|keer zo|bestand|Zonder|Onder)\b/;

function assertEnglish(label, shown) {
  const m = shown.match(DUTCH);
  assert.equal(m, null, `${label}: Dutch "${m?.[0]}" in ${JSON.stringify(shown.slice(0, 400))}`);
}

export default (test) => {
  test('english: sector switch, distance, region facts, municipalities and the year view in English', async ({
    page,
    context,
    baseURL,
    screenshot
  }) => {
    await gotoAtlas(context, page, baseURL, '/atlas/achterhoek?lang=en');
    await page.getByTestId('year-pupils').waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    const sectors = await text(page, '[data-testid="sector-choice"]');
    assert.match(sectors, /Education/);
    assert.match(sectors, /\d+ schools/);
    assert.match(sectors, /Other facilities \(your own file\)/);
    assert.match(sectors, /Care/);
    assert.match(sectors, /no file/);
    assertEnglish('sector switch', sectors);

    const detour = page.getByTestId('detour-control');
    assert.match(
      await detour.innerText(),
      /Distance[\s\S]*As the crow flies[\s\S]*Estimated travel distance/
    );
    assertEnglish('distance', await detour.innerText());

    const facts = await text(page, 'section.facts');
    assert.match(facts, /The region in figures/);
    assert.match(facts, /Municipalities \(2016\)/);
    assert.match(facts, /Inhabitants \(2021\)/);
    assert.match(facts, /Children < 15 \(2021\)/);
    assert.match(facts, /Inhabitants and children: 1 km grid \([\d,]+ squares\)\./);
    assert.match(facts, /Pupils: DUO, 1 October 2023\./);
    assert.match(await page.getByTestId('inhabitants').innerText(), /^\d{1,3}(,\d{3})+$/);
    assertEnglish('region facts', facts);

    const head = await text(page, 'section.municipalities thead');
    assert.match(head, /Municipality[\s\S]*Schools[\s\S]*Pupils[\s\S]*Mean distance/);
    assert.match(head, /Below norm[\s\S]*Without a school/);
    assert.match(await text(page, 'section.municipalities h2'), /^By municipality$/);
    assertEnglish('municipality table', head);

    // The year view: the slider to 2030, the change against 2023.
    const panel = page.getByTestId('years-panel');
    assert.match(await panel.locator('h2').innerText(), /^Forecast by year$/);
    assert.equal((await page.getByTestId('method-open').innerText()).trim(), 'How do we calculate?');
    await page.getByTestId('year-slider').fill('2030');
    await page.waitForFunction(() =>
      /vs 2023/.test(document.querySelector('[data-testid="year-pupils-delta"]')?.textContent ?? '')
    );
    const figures = await panel.locator('dl.figures').innerText();
    assert.match(figures, /Pupils in 2030 \(forecast\)/);
    assert.match(figures, /Schools below the norm/);
    assert.match(figures, /Closure rule reached \(3 years below the norm\)/);
    assert.match(figures, /Children further than 6 km \(school transport\)/);
    assert.match(await page.getByTestId('year-pupils').innerText(), /^\d{1,3}(,\d{3})*$/);
    assert.match(
      await panel.locator('details.below > summary').innerText(),
      /^Below the norm in 2030 \(\d+\)$/
    );
    assert.equal(await panel.locator('.year-control').getAttribute('aria-label'), 'Year');
    assert.equal(await page.getByTestId('year-slider').getAttribute('aria-label'), 'Year of the forecast');
    const chart = page.getByTestId('pupil-chart');
    assert.equal(await chart.locator('svg').getAttribute('aria-label'), 'Pupils in the region by year');
    assert.match(await chart.innerText(), /current situation[\s\S]*band: lower and higher birth trend/);
    assertEnglish('year figures', figures + (await chart.innerText()));

    // Assumptions, floor area and costs: a birth trend set by the user.
    await panel.locator('details.more > summary').click();
    await page.getByTestId('param-prognosis.birthTrend').waitFor();
    const more = panel.locator('details.more');
    assert.match(await more.locator('summary').innerText(), /^Assumptions, floor area and costs$/);
    let params = await more.innerText();
    assert.match(params, /Annual change in the number of births after 2021/);
    assert.match(params, /derived from the data: cohort 0-4 against 5-9 years per municipality/);
    assert.match(params, /% per year/);
    assert.match(params, /Norms: statutory norms \d{4}/);
    assert.match(params, /Load norms \(CSV\)/);
    assert.match(params, /Floor area and costs in 2030/);
    assert.match(params, /Total costs per year/);
    assert.match(await page.getByTestId('money-cost-total').innerText(), /^€\d{1,3}(,\d{3})*$/);
    const trend = page.getByTestId('param-prognosis.birthTrend');
    await trend.fill('-1');
    await trend.press('Enter');
    await page.getByTestId('birth-trend-data').waitFor();
    assert.equal((await page.getByTestId('birth-trend-data').innerText()).trim(), 'trend from the data');
    params = await more.innerText();
    assert.match(params, /set by the user/);
    assertEnglish('assumptions and costs', params);
    await screenshot('english-years-panel');

    // A school's sparkline.
    const first = page.locator('[data-testid="below-norm-item"]').first();
    const id = await first.getAttribute('data-id');
    await page.getByTestId('facility-search').fill(id);
    await page.locator(`[data-testid="facility-option"][data-id="${id}"]`).click();
    const spark = page.locator('[data-testid="facility-details"] [data-testid="sparkline"]');
    await spark.waitFor();
    const sparkText = await spark.innerText();
    assert.match(sparkText, /Forecast .+: [\d,]+ pupils in 2030, norm [\d,]+/);
    assert.match(sparkText, /Band: [\d,]+–[\d,]+ with a lower or higher birth trend/);
    assert.match(await page.getByTestId('norm-sentence').innerText(), /^Falls below the norm in 20\d\d; /);
    assert.match(await spark.locator('svg').getAttribute('aria-label'), /^Pupils by year at /);

    // "How do we calculate?"
    await page.getByTestId('method-open').click();
    const overlay = page.getByTestId('method-overlay');
    await overlay.waitFor();
    const method = await overlay.innerText();
    for (const heading of [
      'How do we calculate?',
      'Children per year',
      'Pupils per school',
      'Norm and closure rule',
      'School transport, floor area and costs',
      'Limitations'
    ])
      assert.match(method, new RegExp(heading.replace(/[?()]/g, '\\$&')));
    assert.deepEqual(await overlay.locator('b').allInnerTexts(), [
      'birth trend',
      'band',
      'net migration',
      'closure rule'
    ]);
    assert.equal(await overlay.locator('sup').innerText(), '1/5');
    assertEnglish('method', method);
    assert.equal((await page.getByTestId('method-close').innerText()).trim(), 'Close');
    await page.getByTestId('method-close').click();
    await overlay.waitFor({ state: 'detached' });
  });

  test('english: the page "How well does the model fit?"', async ({ page, baseURL, screenshot }) => {
    await page.goto(`${baseURL}/model/achterhoek?lang=en`);
    await page.getByTestId('model-scatter').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('h1').innerText(), 'How well does the model fit?');
    const scatter = page.getByTestId('model-scatter');
    assert.equal(
      await scatter.getAttribute('aria-label'),
      'Modelled against actual number of pupils per school'
    );
    assert.deepEqual(await scatter.locator('text.axis').allTextContents(), [
      'pupils according to DUO',
      'modelled'
    ]);
    assert.match(
      await scatter.locator('circle title').first().textContent(),
      /: DUO [\d,]+, modelled [\d,]+, nearest-school rule [\d,]+$/
    );
    const fit = await page.getByTestId('model-fit').innerText();
    assert.match(fit, /Choice model \(modelled\)/);
    assert.match(fit, /Mean error per school/);
    assert.match(fit, /\d+ pupils/);
    assert.match(fit, /0\.\d\d/);
    const main = await page.getByTestId('model-page').innerText();
    assert.match(main, /\d+ schools with a DUO count in the region\./);
    assert.match(main, /primary education/);
    const parameters = await page.getByTestId('model-parameters').innerText();
    assert.match(parameters, /Distance: every kilometre further/);
    assert.match(parameters, /A Roman Catholic school: \d\.\d\d times as attractive/);
    assertEnglish('model page', main);
    await screenshot('english-model-page');
    await page.getByTestId('model-sector-vo').click();
    await page.waitForSelector('[data-testid="model-page"][data-sector="vo"]');
    const vo = await page.getByTestId('model-parameters').innerText();
    assert.match(vo, /Per doubling of the number of tracks/);
    assertEnglish('model page (secondary)', await page.getByTestId('model-page').innerText());
  });
};
