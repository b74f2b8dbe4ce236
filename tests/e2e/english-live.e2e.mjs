// The live session in English: the facilitator's workshop at /atlas/achterhoek?lang=en starts a session; a phone
// types the code on /s?lang=en, answers a default question (stored by the server in Dutch, shown in English) and
// rates a scenario; the panel follows in English, and its CSV has English headers. The phone's NL | EN switch goes
// back to Dutch and keeps the answers. The Dutch flow is tests/e2e/live.e2e.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gotoAtlas } from './helpers.mjs';

const FACILITATOR = { width: 1400, height: 900 };
/** Dutch words of the live session's chrome that must not show in English (data names excluded). */
const DUTCH_PANEL =
  /Vragen aan de zaal|deelnemer|antwoord|Sluiten|Openen|Gesloten|Verbergen|Exporteren|Stemmen|Sessie beëindigen|Criteria van de zaal|Ter beoordeling|Doe mee|mediaan|gemiddeld|hoogstens|Hoeveel|dorp|Welke waarde/;
const DUTCH_PHONE =
  /meedoen|Je naam|Opslaan|anoniem|Versturen|Ontvangen|minder|meer\b|Wat vind je|Open locaties|Gemiddelde|deelnemer|antwoord|hoogstens|Hoeveel|dorp|Basisonderwijs|verbinden|bijwerken/;

export default (test) => {
  test('english live: the panel and a phone in English, answer and rating', async (h) => {
    const { page, context, baseURL, browser, screenshot } = h;
    await page.setViewportSize(FACILITATOR);
    await gotoAtlas(context, page, baseURL, '/atlas/achterhoek?lang=en');
    const start = page.getByTestId('btn-live-start');
    assert.equal((await start.innerText()).trim(), 'Start live session');
    await start.click();
    await page.getByTestId('live-code').waitFor();
    const code = (await page.getByTestId('live-code').innerText()).replace(/\s/g, '');
    const panel = page.getByTestId('live-panel');
    assert.equal(await page.getByTestId('live-participants').innerText(), '0 participants');
    const panelText = await panel.innerText();
    for (const words of [
      'Join on your phone',
      'Questions for the room',
      'How far away may the nearest school be, at most?',
      'Yes, in every village',
      'The room’s criteria',
      'Rate scenarios (1-5)',
      'Votes (CSV)',
      'End session'
    ])
      assert.ok(panelText.includes(words), `the panel says "${words}"`);
    assert.doesNotMatch(panelText, DUTCH_PANEL);

    const phoneContext = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB'
    });
    const errors = [];
    try {
      const p = await phoneContext.newPage();
      p.on('pageerror', (e) => errors.push(e.message));
      // The code typed on /s?lang=en opens the session's page, still in English (the choice is remembered).
      await p.goto(`${baseURL}/s?lang=en`);
      assert.equal(await p.locator('h1').innerText(), 'Enter the code shown on the screen');
      await p.getByTestId('code-input').fill(code.toLowerCase());
      await p.getByTestId('code-submit').tap();
      await p.waitForURL(`${baseURL}/s/${code}`);
      const distance = p.locator('[data-testid="question"][data-id="maxDistanceKm"]');
      await distance.waitFor();
      assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await p.getByTestId('lang-en').getAttribute('aria-pressed'), 'true');
      assert.equal(
        await distance.locator('h2').innerText(),
        'How far away may the nearest school be, at most?'
      );
      await distance.getByRole('button', { name: 'less' }).tap();
      await distance.getByRole('button', { name: 'less' }).tap();
      assert.equal(await distance.getByTestId('number-value').innerText(), '7 km');
      assert.equal((await distance.getByTestId('send').innerText()).trim(), 'Send');
      await distance.getByTestId('send').tap();
      await distance.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      assert.equal(await distance.getByTestId('send-status').innerText(), '✓ Received: 7 km');
      const village = p.locator('[data-testid="question"][data-id="schoolInEveryVillage"]');
      assert.equal(
        await village.locator('[data-testid="choice"][data-value="ja"]').innerText(),
        'Yes, in every village'
      );
      await village.locator('[data-testid="choice"][data-value="groot"]').tap();
      await village.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      assert.equal(
        await village.getByTestId('send-status').innerText(),
        '✓ Received: Only in larger villages'
      );

      // The panel follows in English.
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="live-question"][data-id="maxDistanceKm"]')?.dataset.count ===
          '1'
      );
      const panelQ = page.locator('[data-testid="live-question"][data-id="maxDistanceKm"]');
      assert.equal(await panelQ.getByTestId('live-question-median').innerText(), 'median 7 km');
      assert.equal(await panelQ.getByTestId('live-question-count').innerText(), '1 answer');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="live-participants"]')?.textContent === '1 participant'
      );

      // A scenario up for rating: the phone shows it in English and its rating reaches the panel.
      await page.locator('[data-testid="live-draft"] [data-testid="live-put-up"]').first().click();
      await page.locator('[data-testid="live-scenario"]').waitFor();
      const card = p.getByTestId('rating');
      await card.waitFor({ timeout: 30_000 });
      const cardText = await card.innerText();
      assert.match(cardText, /What do you think of this scenario\?/);
      assert.match(cardText, /Distance to the nearest open location/);
      assert.match(cardText, /up to 0\.5 km/);
      assert.match(await card.getByTestId('rating-figures').innerText(), /Open locations: 132 \(now 132\)/);
      await card.locator('[data-testid="star"][data-value="4"]').tap();
      await card.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      assert.equal(await card.getByTestId('send-status').innerText(), '✓ Received: 4 out of 5');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="live-scenario"]')?.dataset.count === '1'
      );
      assert.equal(await page.getByTestId('live-scenario-mean').innerText(), 'average 4 (1 vote)');

      const phoneText = await p.getByTestId('participant').innerText();
      assert.match(phoneText, /Transitieatlas · take part/);
      assert.match(phoneText, /Primary education · code/);
      assert.match(phoneText, /Your name \(optional\)/);
      assert.doesNotMatch(phoneText, DUTCH_PHONE);
      assert.doesNotMatch(await panel.innerText(), DUTCH_PANEL);
      await screenshot('english-live-panel');
      await p.screenshot({ path: 'test-results/english-live-phone.png', fullPage: true });

      // The CSV in English: headers and answers in words, the plain dialect.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId('live-export-csv').click()
      ]);
      assert.equal(download.suggestedFilename(), `live-session-achterhoek-${code}.csv`);
      const csv = readFileSync(await download.path(), 'utf8');
      assert.equal(
        csv.split('\r\n')[0],
        'participant,nickname,question,question text,kind,value,answer,time (UTC)'
      );
      assert.match(csv, /,maxDistanceKm,"How far away may the nearest school be, at most\?",number,7,7 km,/);
      assert.match(csv, /,Rating: .+,rating,4,4 out of 5,/);

      // NL on the phone: the page reloads in Dutch, the answers stay received.
      await p.getByTestId('lang-nl').tap();
      await p.waitForFunction(() => document.documentElement.lang === 'nl');
      await distance.locator('[data-testid="send-status"][data-state="received"]').waitFor();
      assert.equal(
        await distance.locator('h2').innerText(),
        'Hoe ver mag de dichtstbijzijnde school hoogstens zijn?'
      );
      assert.equal(await distance.getByTestId('send-status').innerText(), '✓ Ontvangen: 7 km');
      assert.deepEqual(errors, []);
    } finally {
      await phoneContext.close();
    }
  });
};
