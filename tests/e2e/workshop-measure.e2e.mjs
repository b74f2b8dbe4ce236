// Workshop timings on /atlas/[region]: click to indicators on the Achterhoek and on the whole country, typing
// during a recompute and the progress state of a slow one. Figures are logged; the budgets are asserted.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle, version, settled, andSettle, openAtlas, selectFromList } from './helpers.mjs';

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
    records,
    result: stat('clickToResultMs'),
    indicators: stat('clickToIndicatorsMs'),
    frame: stat('clickToFrameMs'),
    engine: stat('engineMs')
  };
}

/**
 * A speed target: logged as met or not; asserted only under `npm run bench:browser` (--budgets), where the machine
 * is expected to be quiet. The figures go to test-results/browser-timings.json as well.
 */
function target(h, ok, text) {
  h.log(`target ${text}: ${ok ? 'met' : 'NOT met'}`);
  if (h.budgets) assert.ok(ok, `target not met: ${text}`);
}

function saveTimings(root, key, figures) {
  const file = join(root, 'test-results', 'browser-timings.json');
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  all[key] = { ...figures, measuredAt: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
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

export default (test) => {
  test(
    'workshop: measure click to indicators on the Achterhoek',
    async (h) => {
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
          .reduce(
            (t, r) => ({ wire: t.wire + r.transferSize, size: t.size + r.decodedBodySize, n: t.n + 1 }),
            {
              wire: 0,
              size: 0,
              n: 0
            }
          )
      );
      log(
        `page JS: ${js.n} files, ${(js.size / 1024).toFixed(0)} KiB (${(js.wire / 1024).toFixed(0)} KiB over the wire), worker not included`
      );
      let m;
      const gap = await longestFrameGap(page, async () => (m = await measureCloses(page, schools, 30_000)));
      log(
        `achterhoek, ${schools.length} closes: click -> result ${fmt(m.result)}; -> indicators ${fmt(m.indicators)}; -> map frame ${fmt(m.frame)}; engine ${fmt(m.engine)}; longest frame gap ${gap.toFixed(0)} ms`
      );
      assert.equal(m.records.length, schools.length, 'every close was timed');
      saveTimings(root, 'achterhoek', { ...m, longestFrameGapMs: gap, pageJs: js });
      target(
        h,
        m.indicators.median <= 100,
        `click to indicators median ${m.indicators.median.toFixed(0)} ms <= 100 ms`
      );
    },
    { alone: true }
  );

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
      assert.equal(m.records.length, schools.length, 'every close was timed');
      saveTimings(root, 'nederland', {
        ...m,
        longestFrameGapMs: gap,
        typingLatencyMs: latency,
        detourMs: slow
      });
      target(
        h,
        m.indicators.median < 1000,
        `click to indicators median ${m.indicators.median.toFixed(0)} ms < 1000 ms`
      );
      // The engine never holds the page: a key typed while a recompute is pending shows at once. Frames of
      // the whole country are another matter without a GPU (software WebGL takes about a second per frame
      // on this machine, more under load): the longest frame gap is logged above, not a target.
      target(
        h,
        latency < 1000,
        `a key typed during a recompute shows after ${latency.toFixed(0)} ms < 1000 ms`
      );
    },
    { timeout: 400_000, alone: true }
  );
};
