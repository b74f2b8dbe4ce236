// Workshop edits on /atlas/[region]: close, undo/redo, reload, merge, a village without school, a new location
// and a capacity, the detour factor and the sector, bad links and a shared read-only scenario. Expected figures
// come from the CLI (`npm run evaluate`) on the same scenario, formatted the way the panel formats them.
import assert from 'node:assert/strict';
import {
  KILDER,
  ZEDDAM,
  int,
  readBundle,
  cli,
  expected,
  shown,
  pick,
  settled,
  andSettle,
  openAtlas,
  selectFromList,
  mapPixels,
  mapQuiet,
  version,
  changedPixels,
  urlEdits
} from './helpers.mjs';

export default (test) => {
  test('workshop: close a school by clicking it on the map; figures match the CLI', async (h) => {
    const { page, context, baseURL, root, decodePng, screenshot, log } = h;
    const bundle = readBundle(root, 'achterhoek');
    const school = bundle.facilities.find((f) => f.id === KILDER);
    const base = cli(root, []);
    await openAtlas(context, page, baseURL);

    const before = await shown(page);
    assert.deepEqual(pick(before, Object.keys(expected(base))), expected(base));
    assert.equal(before.open, '132');
    assert.equal(before.pupils, '20.637');
    assert.equal(before.mean, '0,69 km');
    await mapQuiet(page);
    await screenshot('workshop-baseline');
    const pixelsBefore = await mapPixels(page, decodePng);

    const at = await page.evaluate(
      ([lon, lat]) => window.__atlas.project(lon, lat),
      [school.lon, school.lat]
    );
    // Like a person: point at the school, read the tooltip, click.
    await page.mouse.move(at.x - 30, at.y - 30);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="map-tooltip"]')?.textContent?.includes(name),
      school.name
    );
    await page.mouse.click(at.x, at.y);
    await page.locator(`[data-testid="facility-details"][data-id="${KILDER}"]`).waitFor();
    assert.equal(await page.getByTestId('fp-name').innerText(), school.name);
    assert.equal(await page.getByTestId('fp-brin').innerText(), school.brin);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());

    const edits = [{ op: 'close', facility: KILDER }];
    const want = expected(cli(root, edits));
    const after = await shown(page);
    assert.deepEqual(pick(after, Object.keys(want)), want);
    assert.equal(after.open, '131');
    assert.equal(after.pupils, '20.637');
    assert.notEqual(after.mean, before.mean);
    assert.equal(after.moved, int.format(school.pupils));
    assert.deepEqual(await page.getByTestId('edit-text').allInnerTexts(), [`Sluit ${school.name}, Kilder`]);
    assert.match(page.url(), /[?&]ingrepen=/);

    // The flow arc: the map changed between the closed school and the one that receives most of its pupils
    // (the choice model, the default, spreads them; choice.e2e.mjs checks every arc).
    const to = (await page.getByTestId('fp-outflow').first().getAttribute('data-id')) ?? '';
    const target = bundle.facilities.find((f) => f.id === to);
    assert.ok(target, 'the panel names the receiving school');
    const end = await page.evaluate(
      ([lon, lat]) => window.__atlas.project(lon, lat),
      [target.lon, target.lat]
    );
    await page.mouse.move(5, 5); // no hover highlight in the comparison
    await mapQuiet(page);
    const pixelsAfter = await mapPixels(page, decodePng);
    const rect = {
      left: Math.min(at.x, end.x) - 6,
      right: Math.max(at.x, end.x) + 6,
      top: Math.min(at.y, end.y) - 30,
      bottom: Math.max(at.y, end.y) + 30
    };
    const changed = changedPixels(pixelsBefore, pixelsAfter, rect);
    log(`${changed} map pixels changed between ${school.place} and ${target.place}`);
    assert.ok(changed > 60, `only ${changed} pixels changed along the flow`);
    await page.waitForFunction((v) => window.__atlas.lastRecompute?.version === v, await version(page));
    const timing = await page.evaluate(() => window.__atlas.lastRecompute);
    log(
      `click -> result ${timing.clickToResultMs.toFixed(0)} ms, -> indicators ${timing.clickToIndicatorsMs.toFixed(0)} ms, -> frame ${timing.clickToFrameMs.toFixed(0)} ms (engine ${timing.engineMs.toFixed(1)} ms)`
    );
    await screenshot('workshop-scenario-close-kilder');
  });

  test('workshop: undo restores the baseline, redo re-applies, a reload restores the scenario', async (h) => {
    const { page, context, baseURL, root } = h;
    const bundle = readBundle(root, 'achterhoek');
    const school = bundle.facilities.find((f) => f.id === KILDER);
    await openAtlas(context, page, baseURL);
    const baseline = await shown(page);

    await selectFromList(page, 'laetare kilder', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    const scenario = await shown(page);
    assert.notDeepEqual(scenario, baseline);

    await andSettle(page, () => page.getByTestId('btn-undo').click());
    assert.deepEqual(await shown(page), baseline, 'undo restores every indicator');
    assert.equal(await page.getByTestId('edit-item').count(), 0);
    assert.equal(await page.getByTestId('ind-mean-delta').innerText(), '');

    await andSettle(page, () => page.getByTestId('btn-redo').click());
    assert.deepEqual(await shown(page), scenario, 'redo re-applies');

    await andSettle(page, () => page.keyboard.press('Control+z'));
    assert.deepEqual(await shown(page), baseline, 'Ctrl+Z');
    await andSettle(page, () => page.keyboard.press('Control+Shift+z'));
    assert.deepEqual(await shown(page), scenario, 'Ctrl+Shift+Z');

    // A reload with the URL restores the scenario exactly.
    const url = page.url();
    assert.match(url, /ingrepen=/);
    await page.reload();
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await settled(page, 0);
    assert.equal(page.url(), url);
    assert.deepEqual(await shown(page), scenario, 'reload restores the scenario');
    assert.deepEqual(await page.getByTestId('edit-text').allInnerTexts(), [`Sluit ${school.name}, Kilder`]);

    // And so does the link alone, in a browser without the session.
    const other = await context
      .browser()
      .newContext({ viewport: { width: 1600, height: 900 }, locale: 'nl-NL' });
    try {
      const fresh = await other.newPage();
      await openAtlas(other, fresh, '', url);
      assert.deepEqual(await shown(fresh), scenario, 'the copied link restores the scenario');
    } finally {
      await other.close();
    }
  });

  test('workshop: merge into a chosen school moves exactly its pupils there', async (h) => {
    const { page, context, baseURL, root, screenshot } = h;
    const bundle = readBundle(root, 'achterhoek');
    const from = bundle.facilities.find((f) => f.id === KILDER);
    const into = bundle.facilities.find((f) => f.id === ZEDDAM);
    await openAtlas(context, page, baseURL);

    await selectFromList(page, 'Laetare', KILDER);
    await page.getByTestId('btn-samenvoegen').click();
    await page.getByTestId('merge-step').waitFor();
    await page.getByTestId('facility-search').fill('Roncalli Zeddam');
    await andSettle(page, () => page.locator(`[data-testid="facility-option"][data-id="${ZEDDAM}"]`).click());

    assert.deepEqual(await page.getByTestId('edit-text').allInnerTexts(), [
      `Voeg ${from.name}, Kilder samen met ${into.name}, Zeddam`
    ]);
    assert.equal(await page.getByTestId('fp-status').innerText(), 'Samengevoegd');
    const out = page.getByTestId('fp-outflow');
    assert.equal(await out.count(), 1);
    assert.equal(await out.getAttribute('data-id'), ZEDDAM);
    assert.equal(await out.locator('b').innerText(), int.format(from.pupils));
    assert.match(
      await out.getByTestId('fp-outflow-after').innerText(),
      /nu 283 leerlingen, norm \d+: boven de norm/
    );

    await selectFromList(page, 'Roncalli Zeddam', ZEDDAM);
    assert.equal(await page.getByTestId('fp-pupils-now').innerText(), int.format(into.pupils));
    assert.match(
      await page.getByTestId('fp-pupils-after').innerText(),
      new RegExp(`^${int.format(into.pupils + from.pupils)}\\s+\\+${from.pupils}$`)
    );
    const inflow = page.getByTestId('fp-inflow');
    assert.equal(await inflow.count(), 1);
    assert.equal(await inflow.getAttribute('data-id'), KILDER);
    assert.match(await inflow.innerText(), new RegExp(`${from.pupils}$`));

    const want = expected(cli(root, [{ op: 'merge', facility: KILDER, into: ZEDDAM }]));
    assert.deepEqual(pick(await shown(page), Object.keys(want)), want);
    await screenshot('workshop-merge-kilder-zeddam');
  });

  test('workshop: closing every school of a village lists it under plaatsen zonder school', async (h) => {
    const { page, context, baseURL, root, screenshot } = h;
    const bundle = readBundle(root, 'achterhoek');
    const region = bundle.facilities.filter((f) => f.sector === 'po' && !f.context);
    const byPlace = new Map();
    for (const f of region) {
      const key = `${f.municipality}|${f.place}`;
      byPlace.set(key, [...(byPlace.get(key) ?? []), f]);
    }
    const [, schools] = [...byPlace].find(([, list]) => list.length === 2);
    const place = schools[0].place;
    await openAtlas(context, page, baseURL);

    for (const s of schools) {
      await selectFromList(page, s.id, s.id);
      await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    }
    assert.equal(await page.getByTestId('ind-places-without').innerText(), '1');
    assert.deepEqual(await page.getByTestId('place-without').allInnerTexts(), [place]);
    assert.equal(await page.getByTestId('key-places-without').innerText(), '1');
    assert.equal(await page.getByTestId('key-places-names').innerText(), place);
    const want = expected(
      cli(
        root,
        schools.map((s) => ({ op: 'close', facility: s.id }))
      )
    );
    assert.deepEqual(pick(await shown(page), Object.keys(want)), want);
    await screenshot('workshop-village-without-school');
  });

  test('workshop: a link with an unknown school shows a message and the baseline', async (h) => {
    const { page, context, baseURL, screenshot } = h;
    const edits = [{ op: 'close', facility: 'XXXX99' }];
    const q = Buffer.from(JSON.stringify(edits)).toString('base64url');
    await openAtlas(context, page, baseURL, `/atlas/achterhoek?ingrepen=${q}`);
    const msg = page.getByTestId('edit-error');
    await msg.waitFor();
    assert.match(
      await msg.innerText(),
      /Ingreep 1 \(Sluit XXXX99\) kan niet: de school 'XXXX99' bestaat niet/
    );
    await page.waitForFunction(() => !location.search.includes('ingrepen'));
    assert.equal(await page.getByTestId('ind-open').innerText(), '132');
    assert.equal(await page.getByTestId('edit-item').count(), 0);
    await screenshot('workshop-unknown-school-link');
    // The page keeps working.
    await selectFromList(page, 'Laetare', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.equal(await page.getByTestId('ind-open').innerText(), '131');
  });

  test('workshop: an edit the engine refuses is dropped with a Dutch message, the others stay', async (h) => {
    const { page, context, baseURL, root } = h;
    const bundle = readBundle(root, 'achterhoek');
    const ctx = bundle.facilities.find((f) => f.sector === 'po' && f.context);
    const edits = [
      { op: 'close', facility: KILDER },
      { op: 'close', facility: ctx.id }
    ];
    const q = Buffer.from(JSON.stringify(edits)).toString('base64url');
    await openAtlas(context, page, baseURL, `/atlas/achterhoek?ingrepen=${q}`);
    const msg = page.getByTestId('edit-error');
    await msg.waitFor();
    assert.match(await msg.innerText(), /Ingreep 2 .* kan niet: .* ligt buiten de regio/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="edit-item"]').length === 1);
    await settled(page, 0);
    assert.equal(await page.getByTestId('ind-open').innerText(), '131');
    // A context school can receive pupils, but the panel offers no edits for it.
    await selectFromList(page, ctx.id, ctx.id);
    assert.equal(await page.getByTestId('btn-sluiten').isDisabled(), true);
    assert.match(await page.getByTestId('fp-why').innerText(), /buiten de regio/);
  });

  test('workshop: a new location placed on the map, a capacity, and removing an edit from the middle', async (h) => {
    const { page, context, baseURL, root, screenshot } = h;
    await openAtlas(context, page, baseURL);
    const baseline = await shown(page);

    // A new school on the map, in the middle of the region.
    await page.getByTestId('btn-nieuwe-locatie').click();
    await page.getByTestId('place-hint').waitFor();
    const box = await page.getByTestId('map').boundingBox();
    const spot = await page.evaluate(() => window.__atlas.project(6.45, 52.05));
    assert.ok(spot.x > box.x && spot.y > box.y + 60 && spot.y < box.y + box.height - 120);
    await andSettle(page, () => page.mouse.click(spot.x, spot.y));
    const open = urlEdits(page)[0];
    assert.equal(open.op, 'open');
    assert.equal(await page.getByTestId('fp-status').innerText(), 'Nieuw');
    assert.match(
      (await page.getByTestId('edit-text').allInnerTexts())[0],
      /^Nieuwe locatie: Nieuwe school 1/
    );
    assert.equal(await page.getByTestId('ind-open').innerText(), '133');

    // A capacity for a school, then a closure.
    await selectFromList(page, 'Roncalli Zeddam', ZEDDAM);
    await page.getByTestId('btn-capaciteit').click();
    await page.getByTestId('capacity-input').fill('150');
    await andSettle(page, () => page.getByTestId('btn-capaciteit-opslaan').click());
    assert.equal(await page.getByTestId('fp-capacity').innerText(), '150');
    await selectFromList(page, 'Laetare', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.deepEqual(await page.getByTestId('edit-text').allInnerTexts(), [
      (await page.getByTestId('edit-text').allInnerTexts())[0],
      'Capaciteit Roncalli Basisschool, Zeddam: 150 leerlingen',
      'Sluit Basisschool Laetare, Kilder'
    ]);
    const edits = urlEdits(page);
    assert.deepEqual(pick(await shown(page), Object.keys(baseline)), {
      ...pick(await shown(page), Object.keys(baseline)),
      ...expected(cli(root, edits))
    });
    await screenshot('workshop-new-location');

    // Remove the new location (the first edit): the others stay and the figures follow.
    await andSettle(page, () => page.getByTestId('edit-remove').first().click());
    assert.equal(await page.getByTestId('edit-item').count(), 2);
    assert.deepEqual(
      pick(await shown(page), Object.keys(expected(cli(root, edits.slice(1))))),
      expected(cli(root, edits.slice(1)))
    );
  });

  test('workshop: detour factor and the voortgezet onderwijs follow the CLI', async (h) => {
    const { page, context, baseURL, root } = h;
    await openAtlas(context, page, baseURL);
    await andSettle(page, () => page.getByTestId('detour-road').check());
    assert.match(page.url(), /omweg=1\.3/);
    const road = expected(cli(root, [], 'achterhoek', ['--detour', '1.3']));
    assert.deepEqual(pick(await shown(page), Object.keys(road)), road);
    assert.match(await page.getByTestId('map-legend').innerText(), /reisafstand, × 1,3/);

    await andSettle(page, () =>
      page.getByTestId('sector-switch').getByText('Voortgezet', { exact: true }).click()
    );
    assert.match(page.url(), /sector=vo/);
    const vo = expected(cli(root, [], 'achterhoek', ['--detour', '1.3', '--sector', 'vo']));
    delete vo['below-norm'];
    assert.deepEqual(pick(await shown(page), Object.keys(vo)), vo);
    assert.equal(await page.getByTestId('ind-below-norm').count(), 0, 'no norm for vo');

    await andSettle(page, () => page.getByTestId('detour-straight').check());
    await andSettle(page, () =>
      page.getByTestId('sector-switch').getByText('Basis', { exact: true }).click()
    );
    assert.equal(await page.getByTestId('ind-mean').innerText(), '0,69 km');
  });

  test('workshop: a shared scenario is read-only until "Kopie bewerken"', async (h) => {
    const { page, context, baseURL } = h;
    const res = await page.request.post(`${baseURL}/api/scenarios`, {
      data: {
        name: 'Gedeeld',
        schemaVersion: 1,
        region: 'achterhoek',
        sector: 'po',
        edits: [{ op: 'close', facility: KILDER }]
      }
    });
    assert.equal(res.status(), 201);
    const { id } = await res.json();
    await openAtlas(context, page, baseURL, `/atlas/achterhoek?gedeeld=${id}`);
    await page.getByTestId('readonly-banner').waitFor();
    assert.match(await page.getByTestId('readonly-banner').innerText(), /Gedeeld scenario — alleen lezen/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="ind-open"]')?.textContent === '131'
    );
    assert.equal(new URL(page.url()).search, `?gedeeld=${id}`);
    for (const b of ['btn-undo', 'btn-reset', 'btn-nieuwe-locatie', 'edit-remove']) {
      assert.equal(await page.getByTestId(b).first().isDisabled(), true, `${b} is disabled`);
    }
    await selectFromList(page, 'Roncalli Zeddam', ZEDDAM);
    assert.equal(await page.getByTestId('btn-sluiten').isDisabled(), true);
    await page.keyboard.press('Control+z');
    assert.equal(await page.getByTestId('edit-item').count(), 1, 'Ctrl+Z changes nothing');

    // The copy is a new scenario with a recompute of its own: wait for it, so that the close below is the only
    // change pending when its result is awaited.
    await andSettle(page, () => page.getByTestId('btn-kopie-bewerken').click());
    await page.getByTestId('readonly-banner').waitFor({ state: 'detached' });
    await page.waitForFunction(() => new URL(location.href).searchParams.has('ingrepen'));
    await selectFromList(page, 'Roncalli Zeddam', ZEDDAM);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.equal(await page.getByTestId('ind-open').innerText(), '130');
  });
};
