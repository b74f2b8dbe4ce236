// Workshop flows on /atlas/[region]: close, undo/redo, reload, merge, a village without school, bad links,
// map capture, presentation mode and the click-to-indicators measurement. Expected figures come from the CLI
// (`npm run evaluate`) on the same scenario, formatted the way the panel formats them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HELP_SEEN = 'transitieatlas:hulp-gezien';
const KILDER = '14ZK00'; // Basisschool Laetare, the only school of Kilder
const ZEDDAM = '03TG00'; // Roncalli Basisschool, Zeddam

const int = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const dec2 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dec1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const km = (m) => `${dec2.format(m / 1000)} km`;
const pct = (s) => `${dec1.format(s * 100)} %`;

const bundles = new Map();
function readBundle(root, id) {
  if (!bundles.has(id)) {
    const dir = process.env.TRANSITIEATLAS_GEODATA || join(root, 'geodata');
    bundles.set(id, JSON.parse(readFileSync(join(dir, 'bundles', `${id}.json`), 'utf8')));
  }
  return bundles.get(id);
}

/** The CLI's JSON report for an edit list (the same engine, run in node). */
function cli(root, edits, region = 'achterhoek') {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, region, sector: 'po', edits }));
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'src/cli/evaluate.ts',
      '--region',
      region,
      '--json',
      '--scenario',
      file
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 }
  );
  assert.equal(r.status, 0, `CLI failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** What the indicator panel must show for a CLI report. */
function expected(report) {
  const s = report.summary;
  return {
    open: int.format(s.openFacilities),
    pupils: int.format(s.pupilsTotal),
    mean: km(s.distanceM.mean),
    p50: km(s.distanceM.p50),
    p90: km(s.distanceM.p90),
    max: km(s.distanceM.max),
    'within-1000': pct(s.shareWithin['1000']),
    'within-3000': pct(s.shareWithin['3000']),
    'within-5000': pct(s.shareWithin['5000']),
    'below-norm': int.format(s.belowNorm),
    'places-without': int.format(s.placesWithoutFacility.length)
  };
}

async function shown(page) {
  return page.evaluate(() => {
    const out = {};
    for (const el of document.querySelectorAll('[data-testid^="ind-"]')) {
      const id = el.getAttribute('data-testid').slice(4);
      if (!id.endsWith('-delta')) out[id] = el.textContent.trim();
    }
    return out;
  });
}

const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o[k]]));

const version = (page) =>
  page.evaluate(() => Number(document.querySelector('[data-testid="atlas"]').dataset.version));

/** Waits until a result newer than `after` is shown and nothing is pending. */
async function settled(page, after, timeout = 30_000) {
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector('[data-testid="atlas"]');
      return el && Number(el.dataset.version) > v && el.dataset.busy === 'false';
    },
    after,
    { timeout }
  );
}

/** Runs `action` and waits for the recompute it causes. */
async function andSettle(page, action, timeout) {
  const v = await version(page);
  await action();
  await settled(page, v, timeout);
}

async function openAtlas(context, page, baseURL, path = '/atlas/achterhoek', timeout = 60_000) {
  await context.addInitScript((key) => localStorage.setItem(key, '1'), HELP_SEEN);
  await page.goto(`${baseURL}${path}`);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout });
  await settled(page, 0, timeout);
}

async function selectFromList(page, query, id) {
  await page.getByTestId('facility-search').fill(query);
  await page.locator(`[data-testid="facility-option"][data-id="${id}"]`).click();
  await page.locator(`[data-testid="facility-details"][data-id="${id}"]`).waitFor();
}

async function mapPixels(page, decodePng) {
  const box = await page.getByTestId('map').boundingBox();
  return { box, ...decodePng(await page.screenshot({ clip: box })) };
}

/** Pixels that differ between two captures, within a page-coordinate rectangle. */
function changedPixels(a, b, rect) {
  let n = 0;
  const x0 = Math.max(0, Math.floor(rect.left - a.box.x));
  const x1 = Math.min(a.width, Math.ceil(rect.right - a.box.x));
  const y0 = Math.max(0, Math.floor(rect.top - a.box.y));
  const y1 = Math.min(a.height, Math.ceil(rect.bottom - a.box.y));
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * a.width + x) * 4;
      const d =
        Math.abs(a.data[i] - b.data[i]) +
        Math.abs(a.data[i + 1] - b.data[i + 1]) +
        Math.abs(a.data[i + 2] - b.data[i + 2]);
      if (d > 30) n++;
    }
  return n;
}

export default (test) => {
  measurements(test);
  more(test);
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

    // The flow arc: the map changed between the closed school and the one that receives its pupils.
    const to = (await page.getByTestId('fp-outflow').getAttribute('data-id')) ?? '';
    const target = bundle.facilities.find((f) => f.id === to);
    assert.ok(target, 'the panel names the receiving school');
    const end = await page.evaluate(
      ([lon, lat]) => window.__atlas.project(lon, lat),
      [target.lon, target.lat]
    );
    await page.mouse.move(5, 5); // no hover highlight in the comparison
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

  test('workshop: captureMap gives a PNG of the map', async (h) => {
    const { page, context, baseURL, decodePng } = h;
    await openAtlas(context, page, baseURL);
    await page.waitForFunction(() => typeof window.__atlas?.captureMap === 'function');
    const url = await page.evaluate(() => window.__atlas.captureMap());
    assert.match(url, /^data:image\/png;base64,/);
    const png = decodePng(Buffer.from(url.split(',')[1], 'base64'));
    const canvas = await page.locator('[data-testid="map"] canvas').boundingBox();
    assert.equal(png.width, Math.round(canvas.width));
    let painted = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i + 3] > 0) painted++;
    assert.ok(painted / (png.width * png.height) > 0.3, 'the capture holds the drawn map');
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
};

/** Closes `n` region schools one after another (each its own click) and summarises window.__atlas timings. */
async function measureCloses(page, schools, timeout) {
  const records = [];
  for (const s of schools) {
    await selectFromList(page, s.id, s.id);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click(), timeout);
    await page.waitForFunction(
      (v) => window.__atlas.lastRecompute?.version === v,
      Number(await page.getByTestId('atlas').getAttribute('data-version')),
      { timeout }
    );
    records.push(await page.evaluate(() => window.__atlas.lastRecompute));
  }
  const stat = (key) => {
    const xs = records.map((r) => r[key]).sort((a, b) => a - b);
    return { median: xs[Math.floor(xs.length / 2)], max: xs[xs.length - 1] };
  };
  return {
    result: stat('clickToResultMs'),
    indicators: stat('clickToIndicatorsMs'),
    frame: stat('clickToFrameMs'),
    engine: stat('engineMs')
  };
}

const fmt = (s) => `median ${s.median.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;

/** Longest gap between animation frames while `action` runs: a frozen page shows up here. */
async function longestFrameGap(page, action) {
  await page.evaluate(() => {
    const w = window;
    w.__gap = { max: 0, last: performance.now(), on: true };
    const loop = () => {
      const now = performance.now();
      w.__gap.max = Math.max(w.__gap.max, now - w.__gap.last);
      w.__gap.last = now;
      if (w.__gap.on) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await action();
  return page.evaluate(() => {
    window.__gap.on = false;
    return window.__gap.max;
  });
}

function measurements(test) {
  test('workshop: measure click to indicators on the Achterhoek', async (h) => {
    const { page, context, baseURL, root, log } = h;
    const bundle = readBundle(root, 'achterhoek');
    const schools = bundle.facilities
      .filter((f) => f.sector === 'po' && !f.context)
      .filter((_, i) => i % 13 === 0);
    await openAtlas(context, page, baseURL);
    const js = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js'))
        .reduce((t, r) => ({ wire: t.wire + r.transferSize, size: t.size + r.decodedBodySize, n: t.n + 1 }), {
          wire: 0,
          size: 0,
          n: 0
        })
    );
    log(
      `page JS: ${js.n} files, ${(js.size / 1024).toFixed(0)} KiB (${(js.wire / 1024).toFixed(0)} KiB over the wire), worker not included`
    );
    let m;
    const gap = await longestFrameGap(page, async () => (m = await measureCloses(page, schools, 30_000)));
    log(
      `achterhoek, ${schools.length} closes: click -> result ${fmt(m.result)}; -> indicators ${fmt(m.indicators)}; -> map frame ${fmt(m.frame)}; engine ${fmt(m.engine)}; longest frame gap ${gap.toFixed(0)} ms`
    );
    assert.ok(
      m.indicators.median <= 100,
      `click to indicators median ${m.indicators.median.toFixed(0)} ms > 100 ms`
    );
  });

  test(
    'workshop: measure click to indicators on nederland',
    async (h) => {
      const { page, context, baseURL, root, log, screenshot } = h;
      const bundle = readBundle(root, 'nederland');
      const schools = bundle.facilities
        .filter((f) => f.sector === 'po' && !f.context)
        .filter((_, i) => i % 1201 === 0);
      const t0 = Date.now();
      await openAtlas(context, page, baseURL, '/atlas/nederland', 240_000);
      log(`nederland ready with figures after ${Date.now() - t0} ms`);
      let m;
      const gap = await longestFrameGap(page, async () => (m = await measureCloses(page, schools, 60_000)));
      log(
        `nederland, ${schools.length} closes: click -> result ${fmt(m.result)}; -> indicators ${fmt(m.indicators)}; -> map frame ${fmt(m.frame)}; engine ${fmt(m.engine)}; longest frame gap ${gap.toFixed(0)} ms`
      );
      // Typing while a recompute is pending: the page answers (the engine works in its worker).
      const next = bundle.facilities.find((f) => f.sector === 'po' && !f.context && !schools.includes(f));
      await selectFromList(page, next.id, next.id);
      const v = await version(page);
      await page.evaluate(() => {
        const input = document.querySelector('[data-testid="facility-search"]');
        input.addEventListener(
          'input',
          (e) => requestAnimationFrame(() => (window.__inputLatency = performance.now() - e.timeStamp)),
          { once: true }
        );
      });
      await page.getByTestId('btn-sluiten').click();
      await page.getByTestId('facility-search').press('a');
      await page.waitForFunction(() => window.__inputLatency !== undefined, null, { timeout: 60_000 });
      const latency = await page.evaluate(() => window.__inputLatency);
      await settled(page, v, 60_000);
      log(`nederland: a key typed during a recompute shows after ${latency.toFixed(0)} ms`);

      // A recompute that takes longer than 300 ms (a new detour factor prepares the whole country again)
      // shows the progress state.
      await page.evaluate(() => {
        window.__progressSeen = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="progress"]')) window.__progressSeen = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      await andSettle(page, () => page.getByTestId('detour-road').check(), 120_000);
      await page.waitForFunction(
        () =>
          window.__atlas.lastRecompute?.version ===
          Number(document.querySelector('[data-testid="atlas"]').dataset.version)
      );
      const slow = await page.evaluate(() => window.__atlas.lastRecompute.clickToResultMs);
      const seen = await page.evaluate(() => window.__progressSeen);
      log(`nederland: new detour factor took ${slow.toFixed(0)} ms; progress shown: ${seen}`);
      if (slow > 400) assert.ok(seen, 'a slow recompute shows the progress state');
      assert.equal(await page.getByTestId('progress').count(), 0, 'and hides it when done');
      await screenshot('workshop-nederland');
      assert.ok(
        m.indicators.median < 1000,
        `click to indicators median ${m.indicators.median.toFixed(0)} ms`
      );
      // The engine never holds the page: a key typed while a recompute is pending shows at once. Frames of
      // the whole country are another matter without a GPU (software WebGL takes about a second per frame
      // on this machine, more under load): the longest frame gap is logged above, not asserted.
      assert.ok(latency < 1000, `typing waited ${latency.toFixed(0)} ms during a recompute`);
    },
    { timeout: 400_000 }
  );
}

/** The CLI report with extra options (sector, detour). */
function cliWith(root, edits, args) {
  const sector = args.includes('vo') ? 'vo' : 'po';
  const dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, region: 'achterhoek', sector, edits }));
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      'src/cli/evaluate.ts',
      '--region',
      'achterhoek',
      '--json',
      '--scenario',
      file,
      ...args
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 }
  );
  assert.equal(r.status, 0, `CLI failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The edit list in the page's URL. */
const urlEdits = (page) => {
  const q = new URL(page.url()).searchParams.get('ingrepen');
  return q ? JSON.parse(Buffer.from(q, 'base64url').toString('utf8')) : [];
};

function more(test) {
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
    const road = expected(cliWith(root, [], ['--detour', '1.3']));
    assert.deepEqual(pick(await shown(page), Object.keys(road)), road);
    assert.match(await page.getByTestId('map-legend').innerText(), /reisafstand, × 1,3/);

    await andSettle(page, () =>
      page.getByTestId('sector-switch').getByText('Voortgezet', { exact: true }).click()
    );
    assert.match(page.url(), /sector=vo/);
    const vo = expected(cliWith(root, [], ['--detour', '1.3', '--sector', 'vo']));
    delete vo['below-norm'];
    assert.deepEqual(pick(await shown(page), Object.keys(vo)), vo);
    assert.equal(await page.getByTestId('ind-below-norm').count(), 0, 'no norm for vo');

    await andSettle(page, () => page.getByTestId('detour-straight').check());
    await andSettle(page, () =>
      page.getByTestId('sector-switch').getByText('Basisonderwijs', { exact: true }).click()
    );
    assert.equal(await page.getByTestId('ind-mean').innerText(), '0,69 km');
  });

  test('workshop: catchment view recolours the map', async (h) => {
    const { page, context, baseURL, decodePng, screenshot } = h;
    await openAtlas(context, page, baseURL);
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

    await page.getByTestId('btn-kopie-bewerken').click();
    await page.getByTestId('readonly-banner').waitFor({ state: 'detached' });
    await page.waitForFunction(() => new URL(location.href).searchParams.has('ingrepen'));
    await selectFromList(page, 'Roncalli Zeddam', ZEDDAM);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.equal(await page.getByTestId('ind-open').innerText(), '130');
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
}
