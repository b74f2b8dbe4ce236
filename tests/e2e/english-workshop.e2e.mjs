// The workshop screen in English (?lang=en): key figures, indicator panel, legends, view toggle and help overlay
// speak English and show no Dutch chrome; data names (schools, places, denominations) stay as published.
import assert from 'node:assert/strict';
import { KILDER, andSettle, mapQuiet, openAtlas, readBundle, selectFromList } from './helpers.mjs';

const DUTCH =
  /Kerncijfers|Alle cijfers|Gemiddelde afstand|Grootste afstand|Plaatsen zonder|verplaatst|Afstand tot|hemelsbreed|Voedingsgebied|Symbolen|gesloten|samengevoegd|buiten de regio|naar richting|Grootte: aantal|\bbeter\b|slechter|onbekend|Binnen \d/;

export default (test) => {
  test('english: workshop panels, legends and help overlay', async (h) => {
    const { page, context, baseURL, root, screenshot } = h;
    await openAtlas(context, page, baseURL, '/atlas/achterhoek?lang=en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal((await page.locator('button.fit').innerText()).trim(), 'Whole region');

    const key = await page.getByTestId('key-figures').innerText();
    assert.match(key, /Open schools/);
    assert.match(key, /Mean distance/);
    assert.match(key, /90 % live within/);
    assert.match(key, /Places without a school/);
    assert.match(key, /Pupils moved/);

    const ind = await page.locator('section.indicators').innerText();
    assert.match(ind, /All figures/);
    assert.match(ind, /Distance for half \(P50\)/);
    assert.match(ind, /Longest distance/);
    assert.match(ind, /Within 1 km/);
    assert.match(ind, /Schools below the threshold/);
    assert.match(ind, /Distance: from the children in each 1 km square to the nearest open school\./);

    const legend = await page.getByTestId('legend').innerText();
    assert.match(legend, /Primary schools by denomination|by denomination/);
    assert.match(legend, /Size: number of pupils/);
    assert.match(legend, /unknown/);
    const strip = await page.getByTestId('map-legend').innerText();
    assert.match(strip, /Distance to the nearest school, km/);
    assert.match(strip, /Colour: denomination/);
    assert.match(strip, /pupils moving/);
    assert.match(strip, /children travel further/);
    for (const text of [key, ind, legend, strip]) assert.doesNotMatch(text, DUTCH);

    // Close a school: the figures change and carry English tags.
    await selectFromList(page, 'Laetare', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    const after = await page.getByTestId('key-figures').innerText();
    assert.match(after, /worse/);
    assert.doesNotMatch(after, DUTCH);

    // The map's tooltip: the closed school "after the scenario", a square's distance and nearest school.
    await mapQuiet(page);
    const school = readBundle(root, 'achterhoek').facilities.find((f) => f.id === KILDER);
    const at = await page.evaluate(
      ([lon, lat]) => window.__atlas.project(lon, lat),
      [school.lon, school.lat]
    );
    const tooltip = page.getByTestId('map-tooltip');
    const hoverUntil = async (x, y, pattern) => {
      await page.mouse.move(x - 30, y - 30);
      await page.mouse.move(x, y, { steps: 4 });
      return page
        .waitForFunction(
          (source) =>
            new RegExp(source).test(document.querySelector('[data-testid="map-tooltip"]')?.textContent ?? ''),
          pattern.source,
          { timeout: 10_000 }
        )
        .then(
          () => true,
          () => false
        );
    };
    assert.ok(await hoverUntil(at.x, at.y, /Laetare/), 'the tooltip of Laetare');
    const schoolTip = await tooltip.innerText();
    assert.match(schoolTip, /After the scenario\s*closed/);
    // A square a little away from the school: its distance and nearest school.
    let cellTip = null;
    for (const [dx, dy] of [
      [0, 18],
      [18, 0],
      [0, -18],
      [-18, 0],
      [25, 25],
      [-25, -25]
    ])
      if (await hoverUntil(at.x + dx, at.y + dy, /Nearest/)) {
        cellTip = await tooltip.innerText();
        break;
      }
    assert.ok(cellTip, 'a square near Kilder shows its tooltip');
    assert.match(cellTip, /Distance/);
    assert.match(cellTip, /km/);
    assert.doesNotMatch(`${schoolTip} ${cellTip}`, /Na het scenario|gesloten|Afstand|Dichtstbij/);
    await page.mouse.move(5, 5);

    // The catchment view.
    assert.equal((await page.getByTestId('view-catchment').innerText()).trim(), 'Catchment area');
    assert.equal((await page.getByTestId('view-distance').innerText()).trim(), 'Distance');
    await page.getByTestId('view-catchment').click();
    await page.waitForFunction(() =>
      /each square in the colour of the nearest open school/.test(
        document.querySelector('[data-testid="map-legend"]')?.textContent ?? ''
      )
    );
    await screenshot('english-workshop');

    // The help overlay.
    await page.getByTestId('btn-help').click();
    const help = await page.getByTestId('help-overlay').innerText();
    assert.match(help, /How does it work\?/);
    assert.match(help, /The map shows the schools as circles/);
    assert.match(help, /Click a school \(or search for it at the top right\)\. Choose Close:/);
    assert.match(help, /as the crow flies/);
    assert.equal((await page.getByTestId('help-close').innerText()).trim(), 'Get started');
    assert.doesNotMatch(help, /Hoe werkt het|De kaart|Aan de slag|Klik op een school/);
    await page.getByTestId('help-close').click();
    await page.getByTestId('help-overlay').waitFor({ state: 'detached' });
  });
};
