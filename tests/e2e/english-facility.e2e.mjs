// The facility panel and the VO tracks in English (?lang=en): a school's panel (status, pupils, threshold, the
// actions, the merge step, where its pupils went) and, on Oost-Groningen's secondary schools, the tracks of a
// location, the "Distance to" selector, the table per school type and the merge question. Data names (schools,
// places, denominations, the DUO school types vmbo/havo/vwo/PrO) stay as published; the chrome shows no Dutch.
import assert from 'node:assert/strict';
import { KILDER, andSettle, openAtlas, readBundle, selectFromList } from './helpers.mjs';

/** Dutch words of the panels' chrome that must not show in English. */
const DUTCH =
  /\b(Leerlingen|leerlingen|Gesloten|Samengevoegd|Sluiten|Samenvoegen|Capaciteit|wijzigen|Annuleren|Zoek|Na het scenario|marge|onder de norm|boven de norm|gaan naar|komen van|daarna|plaats onbekend|buiten de regio|Schoolsoorten?|schoolsoort|geschat|Afstand|alle VO|Gemeente|Regio|Kinderen|biedt geen|Wat gebeurt|opheffingsnorm van toepassing|Klik|Kies)\b|\bGem\./;

function assertEnglish(label, shown) {
  const m = shown.match(DUTCH);
  assert.equal(m, null, `${label}: Dutch "${m?.[0]}" in ${JSON.stringify(shown.slice(0, 400))}`);
}

const PRO = '19UR00'; // Dollard College PrO Winschoten, 145 pupils

export default (test) => {
  test('english facility: a school panel, the merge step and closing it', async (h) => {
    const { page, context, baseURL, screenshot } = h;
    await openAtlas(context, page, baseURL, '/atlas/achterhoek?lang=en');
    const panel = page.getByTestId('facility-panel');
    assert.match(
      await panel.innerText(),
      /Click a school on the map, or search above, to see what closing or merging it would mean\./
    );
    assert.equal(
      await page.getByTestId('facility-search').getAttribute('placeholder'),
      'Name, place or BRIN'
    );

    await selectFromList(page, 'Laetare', KILDER);
    const card = page.getByTestId('facility-details');
    assert.equal(await page.getByTestId('fp-name').innerText(), 'Basisschool Laetare');
    assert.equal(await page.getByTestId('fp-status').innerText(), 'Open');
    assert.equal(await page.getByTestId('fp-place').innerText(), 'Kilder');
    let shown = await card.innerText();
    assert.match(shown, /Pupils now/);
    assert.match(shown, /After the scenario/);
    assert.match(shown, /Threshold \d+/);
    assert.equal((await page.getByTestId('btn-sluiten').innerText()).trim(), 'Close');
    assert.equal((await page.getByTestId('btn-samenvoegen').innerText()).trim(), 'Merge with…');
    assert.equal((await page.getByTestId('btn-capaciteit').innerText()).trim(), 'Change capacity');
    assert.equal(await card.locator('button.dismiss').getAttribute('aria-label'), 'Clear selection');
    assertEnglish('facility card', shown);

    // The capacity form.
    await page.getByTestId('btn-capaciteit').click();
    const form = await card.locator('form.capacity').innerText();
    assert.match(form, /Capacity \(pupils\)/);
    assert.match(form, /Save/);
    assertEnglish('capacity form', form);
    await card.locator('form.capacity button.secondary').click();

    // The merge step, cancelled.
    await page.getByTestId('btn-samenvoegen').click();
    const step = page.getByTestId('merge-step');
    await step.waitFor();
    const stepText = await step.innerText();
    assert.match(stepText, /^Merge: Basisschool Laetare/);
    assert.match(stepText, /Choose the school the \d+ pupils go to: click it on the map or search below\./);
    assert.equal((await page.getByTestId('btn-annuleren').innerText()).trim(), 'Cancel');
    assertEnglish('merge step', stepText);
    await page.getByTestId('btn-annuleren').click();

    // Close it: where its pupils went, and why nothing more can be done with it.
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.equal(await page.getByTestId('fp-status').innerText(), 'Closed');
    shown = await card.innerText();
    assert.match(shown, /Pupils go to/);
    assert.match(await page.getByTestId('fp-place-without').innerText(), /^Kilder no longer has a school\.$/);
    for (const after of await page.getByTestId('fp-outflow-after').allInnerTexts())
      assert.match(after, /^now [\d,]+ pupils(, threshold \d+: (above|below) the threshold)?$/);
    assert.equal(
      await page.getByTestId('fp-why').innerText(),
      'This school is already closed in this scenario.'
    );
    assertEnglish('closed school', shown);
    await screenshot('english-facility');
  });

  test('english facility: VO tracks, the distance per school type and the merge question', async (h) => {
    const { page, context, baseURL, root, screenshot } = h;
    await openAtlas(context, page, baseURL, '/atlas/oost-groningen?sector=vo&lang=en');

    // The selector on the map and the table per school type.
    const selector = page.getByTestId('track-selector');
    assert.equal(await selector.getAttribute('aria-label'), 'Distance to school type');
    assert.match(await selector.innerText(), /^Distance to:\s*all secondary\s*PrO\s*vmbo\s*havo\s*vwo$/);
    const table = page.getByTestId('track-panel');
    let shown = await table.innerText();
    assert.match(shown, /^Distance to any school type/);
    assert.match(shown, /School type\s+Loc\.\s+Children\*\s+Mean\s+P90\s+≤ 5 km\s+≤ 10 km\s+≤ 15 km/);
    assert.match(shown, /\* estimated: Pupils and children per school type are estimated/);
    assertEnglish('track table', shown);
    await page.getByTestId('track-havo').click();
    await page.waitForFunction(() => location.search.includes('afstand=havo'));
    shown = await table.innerText();
    assert.match(shown, /^Distance to havo/);
    assert.match(shown, /Municipality/);
    assert.match(await page.getByTestId('track-row-regio').innerText(), /^Region\s+10\s/);
    assertEnglish('track table havo', shown);

    // A location's tracks in the facility panel.
    await selectFromList(page, 'dollard college pro', PRO);
    const tracks = await page.getByTestId('fp-tracks').innerText();
    assert.match(tracks, /^School types/);
    assert.match(
      await page.getByTestId('fp-track-pro').innerText(),
      /^praktijkonderwijs \(PrO, practical education\): 145\s*estimated$/
    );
    assert.match(
      await page.getByTestId('fp-vo-norm').innerText(),
      /^No closure threshold applies: for a secondary school the threshold \(opheffingsnorm\) depends on the school types/
    );
    assertEnglish('facility tracks', tracks.replace(/\(opheffingsnorm\)/, ''));
    await screenshot('english-facility-vo');

    // A merge into a school without havo/vwo asks what happens to them.
    const bundle = readBundle(root, 'oost-groningen');
    const own = bundle.facilities.filter((f) => f.sector === 'vo' && !f.context);
    const from = own.find((f) => f.type === 'VBO/MAVO/HAVO/VWO' && f.pupils > 0);
    const into = own.find((f) => f.type === 'VBO/MAVO' && f.pupils > 0);
    await selectFromList(page, from.name.slice(0, 20).toLowerCase(), from.id);
    await page.getByTestId('btn-samenvoegen').click();
    await page.getByTestId('facility-search').fill(into.name.slice(0, 20).toLowerCase());
    await page.locator(`[data-testid="facility-option"][data-id="${into.id}"]`).click();
    const dialog = page.getByTestId('merge-tracks');
    await dialog.waitFor();
    const question = await dialog.innerText();
    assert.match(question, /^Merge with /);
    assert.match(question, /does not offer havo and vwo\. What happens to those pupils\?/);
    assert.match(
      await page.getByTestId('merge-tracks-move').innerText(),
      /^The school type moves too \(.+ offers it from then on\)$/
    );
    assert.equal(
      await page.getByTestId('merge-tracks-elsewhere').innerText(),
      'The pupils go to the nearest school offering that type (or as the choice model says)'
    );
    assert.equal(await page.getByTestId('merge-tracks-cancel').innerText(), 'Cancel');
    assertEnglish('merge question', question.replace(from.name, '').replaceAll(into.name, ''));
    await page.getByTestId('merge-tracks-cancel').click();
    await dialog.waitFor({ state: 'detached' });
  });
};
