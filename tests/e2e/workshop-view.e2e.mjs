// Workshop views on /atlas/[region]: map capture, presentation mode, the help overlay, the catchment view and
// the region switch.
import assert from 'node:assert/strict';
import {
  KILDER,
  readBundle,
  settled,
  andSettle,
  openAtlas,
  selectFromList,
  mapPixels,
  mapQuiet,
  changedPixels
} from './helpers.mjs';

export default (test) => {
  test('workshop: captureMap gives a PNG of the map', async (h) => {
    const { page, context, baseURL, decodePng } = h;
    await openAtlas(context, page, baseURL);
    await page.waitForFunction(() => typeof window.__atlas?.captureMap === 'function');
    const url = await page.evaluate(() => window.__atlas.captureMap());
    assert.match(url, /^data:image\/png;base64,/);
    const png = decodePng(Buffer.from(url.split(',')[1], 'base64'));
    const canvas = await page.locator('[data-testid="map"] canvas').boundingBox();
    assert.equal(png.width, Math.round(canvas.width));
    // The region (grid cells, boundaries, schools) covers about a quarter of the canvas around it; the capture
    // must hold it, in the map's many colours, not a blank or single-colour frame.
    let painted = 0;
    const colours = new Set();
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i + 3] === 0) continue;
      painted++;
      colours.add((png.data[i] >> 4) * 256 + (png.data[i + 1] >> 4) * 16 + (png.data[i + 2] >> 4));
    }
    const share = painted / (png.width * png.height);
    assert.ok(share > 0.15, `the capture holds the drawn map (${(share * 100).toFixed(1)} % painted)`);
    assert.ok(colours.size > 20, `the capture holds the map's colours (${colours.size} colours)`);
  });

  test('workshop: presentation mode shows larger type and only the key figures', async (h) => {
    const { page, context, baseURL, screenshot } = h;
    await openAtlas(context, page, baseURL);
    await selectFromList(page, 'Laetare', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    await page.getByTestId('btn-presentatie').click();
    await page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '22px');
    assert.equal(await page.getByTestId('municipality-table').count(), 0);
    assert.equal(await page.getByTestId('ind-p50').count(), 0);
    assert.equal(await page.getByTestId('key-open').innerText(), '131');
    assert.equal(await page.getByTestId('key-open-delta').innerText(), '\u22121');
    await screenshot('workshop-presentation');
    await page.getByTestId('btn-presentatie').click();
    await page.getByTestId('municipality-table').waitFor();
  });

  test('workshop: help overlay for first-time users', async (h) => {
    const { page, baseURL, screenshot } = h;
    await page.goto(`${baseURL}/atlas/achterhoek`);
    await page.getByTestId('help-overlay').waitFor();
    await screenshot('workshop-help');
    await page.getByTestId('help-close').click();
    await page.getByTestId('help-overlay').waitFor({ state: 'detached' });
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    assert.equal(await page.getByTestId('help-overlay').count(), 0, 'shown once');
    await page.getByTestId('btn-help').click();
    await page.getByTestId('help-overlay').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('help-overlay').waitFor({ state: 'detached' });
  });

  test('workshop: catchment view recolours the map', async (h) => {
    const { page, context, baseURL, decodePng, screenshot } = h;
    await openAtlas(context, page, baseURL);
    await mapQuiet(page);
    const before = await mapPixels(page, decodePng);
    const frames = await page.evaluate(() => window.__atlas.frames);
    await page.getByTestId('view-catchment').click();
    await page.waitForFunction((n) => window.__atlas.frames > n, frames);
    const after = await mapPixels(page, decodePng);
    const all = {
      left: before.box.x,
      right: before.box.x + before.width,
      top: before.box.y,
      bottom: before.box.y + before.height
    };
    const changed = changedPixels(before, after, all);
    assert.ok(changed > 0.1 * before.width * before.height, `only ${changed} pixels changed`);
    assert.match(await page.getByTestId('map-legend').innerText(), /Voedingsgebied/);
    await screenshot('workshop-catchment');
  });

  test('workshop: the map legend names the colour of each denomination drawn on the map', async (h) => {
    const { page, context, baseURL, root, decodePng, screenshot } = h;
    // The region's primary schools by denomination, from the real bundle (DUO): the colours the map uses.
    const counts = new Map();
    for (const f of readBundle(root, 'achterhoek').facilities)
      if (f.sector === 'po' && !f.context) {
        const label = f.denomination.charAt(0) + f.denomination.slice(1).toLowerCase();
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
    await openAtlas(context, page, baseURL);
    await mapQuiet(page);
    const entries = await page.$$eval('[data-testid="legend-colours"] li', (lis) =>
      lis.map((li) => ({
        label: li.textContent.trim(),
        rgb: getComputedStyle(li.querySelector('.dot')).backgroundColor.match(/\d+/g).map(Number)
      }))
    );
    assert.deepEqual(
      entries.map((e) => e.label.toLowerCase()).sort(),
      [...counts.keys()].map((l) => l.toLowerCase()).sort(),
      'one legend entry per denomination in the region'
    );
    assert.equal(new Set(entries.map((e) => e.rgb.join())).size, entries.length, 'each its own colour');
    assert.doesNotMatch(await page.getByTestId('map-legend').innerText(), /^open$/m);
    // The common denominations' colours are on the map (the circles' fill), so the legend explains what is drawn.
    const { data } = await mapPixels(page, decodePng);
    for (const e of entries.filter((e) => (counts.get(e.label) ?? 0) >= 20)) {
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs(data[i] - e.rgb[0]) + Math.abs(data[i + 1] - e.rgb[1]) + Math.abs(data[i + 2] - e.rgb[2]) <
          12
        )
          n++;
      assert.ok(n > 50, `the map shows the colour of ${e.label} (${n} pixels)`);
    }
    await screenshot('workshop-legend');
  });

  test('workshop: the region switch in the header opens another region', async (h) => {
    const { page, context, baseURL } = h;
    await openAtlas(context, page, baseURL);
    await page.getByTestId('region-switch').selectOption('parkstad');
    await page.waitForURL(/\/atlas\/parkstad$/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="region-name"]')?.textContent === 'Parkstad'
    );
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await settled(page, 0);
    assert.notEqual(await page.getByTestId('ind-open').innerText(), '132');
  });
};
