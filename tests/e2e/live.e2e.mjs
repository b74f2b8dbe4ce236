// The live session in two browsers: the facilitator's workshop at 1400 px and a participant's phone at 360 px.
// The phone opens the link the panel shows, answers, and the facilitator's histogram and counts change (through
// the event stream); a reload of the phone does not count it twice; a scenario put up for rating shows its map
// (drawn by the server from the engine's result) on the phone, and the phone's rating reaches the panel.
import assert from 'node:assert/strict';
import { andSettle, gotoAtlas, KILDER, openAtlas, selectFromList } from './helpers.mjs';

const FACILITATOR = { width: 1400, height: 900 };

async function phoneOf(browser) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL'
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Starts the live session in the workshop; returns the link and code the panel shows. */
async function startLive(page, baseURL) {
  await page.getByTestId('btn-live-start').click();
  await page.getByTestId('live-code').waitFor();
  const code = (await page.getByTestId('live-code').innerText()).replace(/\s/g, '');
  const link = `http://${(await page.getByTestId('live-link').innerText()).trim()}`;
  assert.match(code, /^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
  assert.equal(link, `${baseURL}/s/${code}`);
  return { code, link };
}

const questionCount = (page, id, n) =>
  page.waitForFunction(
    ([id, n]) =>
      document.querySelector(`[data-testid="live-question"][data-id="${id}"]`)?.dataset.count === n,
    [id, String(n)]
  );

export default (test) => {
  test('live: a phone opens the link, answers, and the facilitator’s histogram changes', async (h) => {
    const { page, context, baseURL, browser, screenshot } = h;
    await page.setViewportSize(FACILITATOR);
    await gotoAtlas(context, page, baseURL);
    const { link, code } = await startLive(page, baseURL);
    const qr = await page.getByTestId('live-qr').locator('path').getAttribute('d');
    assert.ok(qr.length > 200, 'the QR code is drawn');
    assert.equal(await page.getByTestId('live-participants').innerText(), '0 deelnemers');

    const phone = await phoneOf(browser);
    try {
      const p = phone.page;
      await p.goto(link);
      const distance = p.locator('[data-testid="question"][data-id="maxDistanceKm"]');
      await distance.waitFor();
      assert.equal(await distance.getByTestId('number-value').innerText(), '8 km'); // the middle of 1-15 km
      await distance.getByRole('button', { name: 'minder' }).tap();
      await distance.getByRole('button', { name: 'minder' }).tap();
      assert.equal(await distance.getByTestId('number-value').innerText(), '7 km');
      await distance.getByTestId('send').tap();
      await distance.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      assert.equal(await distance.getByTestId('send-status').innerText(), '✓ Ontvangen: 7 km');
      const village = p.locator('[data-testid="question"][data-id="schoolInEveryVillage"]');
      await village.locator('[data-testid="choice"][data-value="ja"]').tap();
      await village.locator('[data-testid="send-status"][data-state="received"]').waitFor();

      // The facilitator's panel follows without a reload.
      await questionCount(page, 'maxDistanceKm', 1);
      const panelQ = page.locator('[data-testid="live-question"][data-id="maxDistanceKm"]');
      assert.equal(await panelQ.getByTestId('live-question-median').innerText(), 'mediaan 7 km');
      assert.equal(await panelQ.locator('.col[data-count="1"]').count(), 1, 'one bar holds the answer');
      await questionCount(page, 'schoolInEveryVillage', 1);
      const ja = page.locator(
        '[data-testid="live-question"][data-id="schoolInEveryVillage"] [data-testid="live-option"][data-value="ja"]'
      );
      assert.equal(await ja.getAttribute('data-count'), '1');
      assert.equal(await page.getByTestId('live-participants').innerText(), '1 deelnemer');
      await screenshot('live-facilitator-panel');
      await p.screenshot({ path: 'test-results/live-phone-questions.png', fullPage: true });

      // A reload shows the answer as received and does not count the phone twice; a new answer replaces it.
      await p.reload();
      await distance.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      assert.equal(await distance.getByTestId('send-status').innerText(), '✓ Ontvangen: 7 km');
      for (let i = 0; i < 4; i++) await distance.getByRole('button', { name: 'minder' }).tap();
      await distance.getByTestId('send').tap();
      await distance.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      assert.equal(await distance.getByTestId('send-status').innerText(), '✓ Ontvangen: 5 km');
      await page.waitForFunction(
        () =>
          document.querySelector(
            '[data-testid="live-question"][data-id="maxDistanceKm"] [data-testid="live-question-median"]'
          )?.textContent === 'mediaan 5 km'
      );
      assert.equal(
        await page
          .locator('[data-testid="live-question"][data-id="maxDistanceKm"]')
          .getAttribute('data-count'),
        '1'
      );
      assert.equal(await page.getByTestId('live-participants').innerText(), '1 deelnemer');

      // Closing a question takes it off the phone.
      await panelQ.getByTestId('live-question-toggle').click();
      await distance.waitFor({ state: 'detached' });
      assert.deepEqual(phone.errors, []);

      // A reload of the facilitator's page rejoins the session (its code loads with the stored session).
      await page.reload();
      const badge = page.getByTestId('btn-live-open');
      await badge.waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="btn-live-open"]')?.textContent?.includes(text),
        `Live ${code.slice(0, 3)} ${code.slice(3)} · 1 deelnemer`
      );
      await badge.click();
      assert.equal((await page.getByTestId('live-code').innerText()).replace(/\s/g, ''), code);
    } finally {
      await phone.context.close();
    }
  });

  test('live: a scenario put up for rating shows its map on the phone, and the rating reaches the panel', async (h) => {
    const { page, context, baseURL, browser, decodePng } = h;
    await page.setViewportSize(FACILITATOR);
    await openAtlas(context, page, baseURL);
    await selectFromList(page, 'Laetare', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    const { link } = await startLive(page, baseURL);
    await page.locator('[data-testid="live-draft"] [data-testid="live-put-up"]').first().click();
    await page.locator('[data-testid="live-scenario"]').waitFor();

    const phone = await phoneOf(browser);
    try {
      const p = phone.page;
      await p.goto(link);
      const card = p.getByTestId('rating');
      await card.waitFor();
      const img = card.getByTestId('rating-map');
      await p.waitForFunction(() => {
        const el = document.querySelector('[data-testid="rating-map"]');
        return el && el.complete && el.naturalWidth > 0;
      });
      const figures = await card.getByTestId('rating-figures').innerText();
      assert.match(figures, /Open locaties: 131 \(nu 132\)/);
      assert.match(figures, /Kilder/);

      // The map's pixels: the red cross of the closed school, dark dots of open ones, distance colours.
      const { width, height, data } = decodePng(await img.screenshot());
      let red = 0;
      let blue = 0;
      let far = 0;
      for (let i = 0; i < width * height * 4; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (r > 150 && g < 60 && b < 60) red++; // #b91c1c
        if (r < 60 && g < 80 && b > 110) blue++; // #1e3a8a
        if (r > 230 && g > 120 && g < 160 && b < 80) far++; // #fd8d3c, 3-5 km cells
      }
      assert.ok(red > 20, `the closed school's cross is drawn (${red} red pixels)`);
      assert.ok(blue > 200, `open schools are drawn (${blue} pixels)`);
      assert.ok(far > 50, `cells 3-5 km away are coloured (${far} pixels)`);
      await p.screenshot({ path: 'test-results/live-phone-rating.png', fullPage: true });

      await card.locator('[data-testid="star"][data-value="4"]').tap();
      await card.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="live-scenario"]')?.dataset.count === '1'
      );
      assert.equal(await page.getByTestId('live-scenario-mean').innerText(), 'gemiddeld 4 (1 stem)');
      assert.deepEqual(phone.errors, []);
    } finally {
      await phone.context.close();
    }
  });

  test('live: the room’s criteria become a proposal that the phone can rate', async (h) => {
    const { page, context, baseURL, browser } = h;
    await page.setViewportSize(FACILITATOR);
    await gotoAtlas(context, page, baseURL);
    const { link } = await startLive(page, baseURL);
    const phone = await phoneOf(browser);
    try {
      const p = phone.page;
      await p.goto(link);
      const distance = p.locator('[data-testid="question"][data-id="maxDistanceKm"]');
      await distance.waitFor();
      for (let i = 0; i < 6; i++) await distance.getByRole('button', { name: 'minder' }).tap();
      assert.equal(await distance.getByTestId('number-value').innerText(), '5 km');
      await distance.getByTestId('send').tap();
      await distance.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      await questionCount(page, 'maxDistanceKm', 1);
      await page.locator('[data-testid="live-criteria-line"][data-question="maxDistanceKm"]').waitFor();

      // One click: the optimiser turns the room's criteria (fewest locations, every child within 5 km) into a
      // scenario of the workshop and puts it up for rating.
      await page.getByTestId('live-propose').click();
      const outcome = page.getByTestId('live-propose-outcome');
      await outcome.waitFor({ timeout: 120_000 });
      const text = await outcome.innerText();
      assert.match(text, /^Voorstel: .+: toegevoegd als scenario en open voor beoordeling\.$/);
      const name = text.slice(0, text.indexOf(': toegevoegd'));
      assert.equal(
        await page
          .locator('[data-testid="scenario-item"].active .name')
          .evaluate((e) => e.textContent.trim()),
        name
      );
      await page.locator('[data-testid="live-scenario"]').waitFor();

      // The phone rates it; its figures are the engine's for the optimiser's answer (26 locations, the same as
      // npm run optimise -- --region achterhoek --objective fewest --max-distance 5).
      const card = p.getByTestId('rating');
      await card.waitFor({ timeout: 30_000 });
      assert.match(await card.innerText(), new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.match(await card.getByTestId('rating-figures').innerText(), /Open locaties: 26 \(nu 132\)/);
      await card.locator('[data-testid="star"][data-value="3"]').tap();
      await card.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="live-scenario"]')?.dataset.count === '1'
      );
      assert.deepEqual(phone.errors, []);
    } finally {
      await phone.context.close();
    }
  });
};
