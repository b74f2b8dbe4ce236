// Foundation flows: region choice, the first map of the Achterhoek, a tooltip, and the 404 page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapQuiet, settled } from './helpers.mjs';

const BACKGROUND = [0xe4, 0xe9, 0xee]; // colors.ts BACKGROUND

function readBundle(root, id) {
  const dir = process.env.TRANSITIEATLAS_GEODATA || join(root, 'geodata');
  return JSON.parse(readFileSync(join(dir, 'bundles', `${id}.json`), 'utf8'));
}

/** "20.637" -> 20637 */
const parseCount = (s) => Number(s.replace(/\D/g, ''));

async function openAtlas(page, baseURL, id) {
  // The help overlay greets first-time users (tests/e2e/workshop-*.e2e.mjs covers it): mark it as seen.
  await page.context().addInitScript(() => localStorage.setItem('transitieatlas:hulp-gezien', '1'));
  await page.goto(`${baseURL}/atlas/${id}`);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
}

export default (test) => {
  test('region list shows the 20 regions, Achterhoek first', async ({ page, baseURL, screenshot }) => {
    await page.goto(baseURL);
    const items = page.locator('[data-testid="region-list"] > li');
    await items.first().waitFor();
    assert.equal(await page.title(), 'Transitieatlas');
    assert.equal(await items.count(), 20);
    const first = items.first();
    assert.match(await first.innerText(), /Achterhoek/);
    assert.match(await first.innerText(), /standaard/);
    assert.equal(await first.locator('a').getAttribute('href'), '/atlas/achterhoek');
    // The whole country is offered separately, not as a 21st region.
    assert.match(await page.locator('[data-testid="country-list"]').innerText(), /Heel Nederland/);
    await screenshot('region-list', { fullPage: true });
  });

  test('Achterhoek atlas draws the map with the right counts', async ({
    page,
    baseURL,
    root,
    pageErrors,
    decodePng,
    screenshot,
    log
  }) => {
    const bundle = readBundle(root, 'achterhoek');
    const po = bundle.facilities.filter((f) => f.sector === 'po' && !f.context);
    const pupils = po.reduce((s, f) => s + (f.pupils ?? 0), 0);

    await openAtlas(page, baseURL, 'achterhoek');
    const readyAt = await page.evaluate(() => window.__atlas?.readyAt);
    log(`first map frame with data after ${Math.round(readyAt)} ms (navigation start -> data-ready)`);

    assert.equal(await page.getByTestId('region-name').innerText(), 'Achterhoek');
    await page.waitForSelector('[data-testid="atlas"][data-busy="false"] [data-testid="ind-open"]');
    assert.equal(parseCount(await page.getByTestId('ind-open').innerText()), po.length);
    assert.equal(parseCount(await page.getByTestId('ind-pupils').innerText()), pupils);
    assert.match(await page.locator('.attribution').innerText(), /Bron: CBS/);

    // Pixels: the map must show far more than the empty background, in several colours. The cells are coloured
    // by the result: the indicators above show it before the map has drawn it, so wait for its frame.
    await mapQuiet(page);
    const box = await page.getByTestId('map').boundingBox();
    assert.ok(box && box.width > 400 && box.height > 300, 'map has a sensible size');
    const png = await page.screenshot({ clip: box });
    await screenshot('atlas-achterhoek');
    const { data, width, height } = decodePng(png);
    let painted = 0;
    const colours = new Set();
    for (let i = 0; i < width * height * 4; i += 4) {
      const d =
        Math.abs(data[i] - BACKGROUND[0]) +
        Math.abs(data[i + 1] - BACKGROUND[1]) +
        Math.abs(data[i + 2] - BACKGROUND[2]);
      if (d > 24) painted++;
      colours.add((data[i] >> 4) * 256 + (data[i + 1] >> 4) * 16 + (data[i + 2] >> 4));
    }
    const share = painted / (width * height);
    log(`map: ${(share * 100).toFixed(1)} % painted, ${colours.size} colours (4-bit)`);
    assert.ok(share > 0.3, `only ${(share * 100).toFixed(1)} % of the map is painted`);
    assert.ok(colours.size > 30, `only ${colours.size} distinct colours`);
    assert.deepEqual(pageErrors, []);
  });

  test('hovering a school shows its tooltip', async ({ page, baseURL, root, screenshot }) => {
    const bundle = readBundle(root, 'achterhoek');
    await openAtlas(page, baseURL, 'achterhoek');
    // The first result and its frame, then a still map: the school is projected where it is drawn and hovered
    // there, not during a redraw.
    await settled(page, 0);
    await mapQuiet(page);
    const points = bundle.facilities.filter((f) => f.sector === 'po');
    // Pick the region school farthest from any other school, away from the map's DOM overlays.
    const target = await page.evaluate(
      (pts) => {
        const map = document.querySelector('[data-testid="map"]').getBoundingClientRect();
        const xy = pts.map((p) => ({ ...p, ...window.__atlas.project(p.lon, p.lat) }));
        let best = null;
        for (const p of xy) {
          if (
            p.context ||
            p.x < map.left + 150 ||
            p.x > map.right - 20 ||
            p.y < map.top + 60 ||
            p.y > map.bottom - 40
          )
            continue;
          const el = document.elementFromPoint(p.x, p.y);
          if (!el || el.tagName !== 'CANVAS') continue;
          const gap = Math.min(...xy.filter((q) => q !== p).map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
          if (!best || gap > best.gap) best = { ...p, gap };
        }
        return best;
      },
      points.map((f) => ({ name: f.name, lon: f.lon, lat: f.lat, context: f.context, pupils: f.pupils }))
    );
    assert.ok(target, 'no hoverable school found');
    await page.mouse.move(target.x - 40, target.y - 40);
    await page.mouse.move(target.x, target.y, { steps: 4 });
    const tooltip = page.getByTestId('map-tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="map-tooltip"]')?.textContent?.includes(name),
      target.name,
      { timeout: 20_000 }
    );
    const text = await tooltip.innerText();
    assert.match(text, /Leerlingen/);
    assert.match(text, /BRIN/);
    await screenshot('atlas-tooltip');
  });

  test('switching to voortgezet onderwijs updates the legend', async ({ page, baseURL, root }) => {
    const bundle = readBundle(root, 'achterhoek');
    const vo = bundle.facilities.filter((f) => f.sector === 'vo' && !f.context);
    await openAtlas(page, baseURL, 'achterhoek');
    // The po result drawn and the map still first: otherwise its frame could pass for the redraw checked below.
    await settled(page, 0);
    await mapQuiet(page);
    const frames = await page.evaluate(() => window.__atlas.frames);
    await page.getByText('Voortgezet', { exact: true }).click();
    await page.getByText('Vo-scholen naar richting').waitFor();
    await page.waitForSelector('[data-testid="atlas"][data-sector="vo"][data-busy="false"]');
    assert.equal(parseCount(await page.getByTestId('ind-open').innerText()), vo.length);
    const counts = await page.locator('[data-testid="legend-denominations"] .count').allInnerTexts();
    assert.equal(
      counts.reduce((s, c) => s + parseCount(c), 0),
      vo.length,
      'legend counts add up to the vo schools'
    );
    // The map redraws (a new still frame), it is not rebuilt: still ready.
    await page.waitForFunction((n) => window.__atlas.frames > n, frames);
    assert.equal(await page.getByTestId('map').getAttribute('data-ready'), 'true');
  });

  test('unknown region shows a friendly 404 page', async ({ page, baseURL, screenshot }) => {
    const res = await page.request.get(`${baseURL}/api/regions/onbekend`);
    assert.equal(res.status(), 404);
    assert.deepEqual(await res.json(), { error: "Onbekende regio 'onbekend'" });

    await page.goto(`${baseURL}/atlas/onbekend`);
    const errorPage = page.getByTestId('error-page');
    await errorPage.waitFor();
    assert.equal(await errorPage.getAttribute('data-status'), '404');
    assert.match(await errorPage.innerText(), /Regio 'onbekend' bestaat niet/);
    const back = page.getByTestId('back-to-overview');
    assert.equal(await back.getAttribute('href'), '/');
    await screenshot('atlas-404');
    await back.click();
    await page.locator('[data-testid="region-list"] > li').first().waitFor();
  });
};
