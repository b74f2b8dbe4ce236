// Offline use (src/service-worker.ts): after one visit the atlas of the region opens and works without any
// network, with the "offline" badge, and a save waits until the server is back. The test runs its own server, so
// it can really take it away (Chromium's offline emulation does not reach a service worker's own requests).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KILDER,
  andSettle,
  mapPixels,
  mapQuiet,
  openAtlas,
  selectFromList,
  settled,
  waitForAsync
} from './helpers.mjs';

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** server.js as the e2e runner starts it, on `port`; resolves once it answers. */
async function startServer(h, port, db) {
  const child = spawn(process.execPath, [h.serverScript], {
    cwd: h.root,
    env: { ...h.serverEnv, PORT: String(port), TRANSITIEATLAS_DB: db },
    stdio: 'ignore'
  });
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`own server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/regions`).then(
      (r) => r.ok,
      () => false
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill('SIGKILL');
  throw new Error('own server did not answer');
}

function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });
}

/** The paths the service worker keeps, per cache. */
const cachedPaths = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname);
    }
    return out;
  });

/** The share of map pixels that differ from the map's background (its top left corner): what is drawn. */
async function drawnShare(page, decodePng) {
  const { data } = await mapPixels(page, decodePng);
  let n = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 30)
      n++;
  return n / (data.length / 4);
}

export default (test) => {
  test(
    'offline: after one visit the atlas opens and works without network; the save waits for the server',
    async (h) => {
      const { page, context, decodePng, screenshot, log } = h;
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
      const db = join(dir, 'offline.sqlite');
      let server = await startServer(h, port, db);
      try {
        // The visit: the service worker installs once the first map is drawn and keeps this region.
        await openAtlas(context, page, base);
        await waitForAsync(
          page,
          async () => {
            if (!navigator.serviceWorker.controller) return false;
            const kept = async (name, test) =>
              (await (await caches.open(name)).keys()).some((r) => test(new URL(r.url).pathname));
            return (
              (await kept('atlas-pages', (p) => p === '/atlas/achterhoek')) &&
              (await kept('atlas-pages', (p) => p === '/api/regions')) &&
              (await kept('atlas-regions', (p) =>
                /^\/api\/regions\/achterhoek\/bundle\.[0-9a-f]+\.bin$/.test(p)
              ))
            );
          },
          { timeout: 60_000, what: 'the service worker to keep the page, the region list and the bundle' }
        );
        assert.equal(await page.getByTestId('offline-badge').count(), 0, 'no badge while online');
        // "After one visit" means after the service worker finished: nothing installing or waiting any more.
        await waitForAsync(
          page,
          async () => {
            const r = await navigator.serviceWorker.getRegistration();
            return !!r && !r.installing && !r.waiting && r.active?.state === 'activated';
          },
          { timeout: 30_000, what: 'the service worker to be activated' }
        );

        // No network at all: the server is gone and the browser is offline.
        await stopServer(server);
        await context.setOffline(true);
        await page.getByTestId('offline-badge').waitFor();

        await page.reload();
        await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
        await settled(page, 0, 60_000);
        assert.equal(await page.getByTestId('ind-open').innerText(), '132');
        await mapQuiet(page);
        const drawn = await drawnShare(page, decodePng);
        assert.ok(drawn > 0.25, `the map is drawn (${(drawn * 100).toFixed(0)} % of its pixels)`);
        const badge = await page.getByTestId('offline-badge').innerText();
        assert.match(badge, /Offline/i);
        assert.match(badge, /Geen verbinding/);

        // An edit works: the engine runs in its worker on the kept data.
        await selectFromList(page, 'Laetare', KILDER);
        await andSettle(page, () => page.getByTestId('btn-sluiten').click());
        assert.equal(await page.getByTestId('ind-open').innerText(), '131');
        await screenshot('offline-atlas');

        // Saving waits for the network; the edit stays in the browser meanwhile.
        await page.getByTestId('btn-share').click();
        const waiting = page.getByTestId('save-waiting');
        await waiting.waitFor();
        assert.match(await waiting.innerText(), /Wacht op verbinding/);
        assert.equal(await page.getByTestId('save-error').count(), 0, 'waiting is no failure');
        assert.match(
          await page.evaluate(() => localStorage.getItem('transitieatlas:sessie:achterhoek')),
          new RegExp(KILDER)
        );

        // The optimiser works too (its worker and HiGHS' WebAssembly were kept at installation), while the save
        // waits with the scenario of its click.
        await page.getByTestId('proposal-objective').selectOption('fewest');
        await page.getByTestId('proposal-distance').fill('3');
        await page.getByTestId('proposal-compute').click();
        await page.waitForFunction(
          () =>
            !document.querySelector('[data-testid="proposal-progress"]') &&
            (document.querySelector('[data-testid="proposal-result"]') ||
              document.querySelector('[data-testid="proposal-error"]')),
          null,
          { timeout: 120_000 }
        );
        assert.equal(await page.getByTestId('proposal-error').count(), 0, 'the proposal is computed offline');
        assert.match(
          await page.getByTestId('proposal-explanation').textContent(),
          /Bewezen het beste voorstel/
        );

        // The network is back: the save goes through by itself and the badge goes.
        server = await startServer(h, port, db);
        await context.setOffline(false);
        const link = page.getByTestId('share-link');
        await link.waitFor({ timeout: 30_000 });
        assert.match(
          await link.inputValue(),
          new RegExp(`^${base}/atlas/achterhoek\\?gedeeld=[A-Za-z0-9_-]{22}$`)
        );
        assert.equal(await page.getByTestId('save-waiting').count(), 0);
        assert.equal(await page.getByTestId('offline-badge').count(), 0);
        const id = new URL(await link.inputValue()).searchParams.get('gedeeld');
        const saved = await (await fetch(`${base}/api/scenarios/${id}`)).json();
        assert.deepEqual(saved.file.edits, [{ op: 'close', facility: KILDER }]);

        // What the service worker keeps: the app, pages, the region list and region data; never the API that
        // saves, shares or runs a live session.
        const cached = await cachedPaths(page);
        const all = Object.values(cached).flat();
        log(
          `kept: ${Object.entries(cached)
            .map(([k, v]) => `${k} ${v.length}`)
            .join(', ')}`
        );
        for (const p of all)
          assert.match(
            p,
            /^\/(_app\/|favicon|voorbeelden\/|$|atlas\/[a-z0-9-]+$|compare\/[a-z0-9-]+$|api\/regions$|api\/regions\/[a-z0-9-]+\/bundle\.[0-9a-f]+\.bin$)/,
            `unexpected kept request ${p}`
          );
        assert.ok(!all.some((p) => p.startsWith('/api/scenarios') || p.startsWith('/api/sessions')));
      } finally {
        await context.setOffline(false).catch(() => {});
        await stopServer(server);
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { timeout: 240_000, serviceWorkers: 'allow' }
  );
};
