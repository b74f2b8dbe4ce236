// The workshop shell in English (?lang=en): the header, the scenario bar and its edit list after closing a
// school, undo / redo / reset, with no Dutch chrome left; school and place names stay as published.
import assert from 'node:assert/strict';
import { KILDER, andSettle, openAtlas, selectFromList } from './helpers.mjs';

const DUTCH =
  /Ingrepen|Ingreep|Nog geen|huidige situatie|Sluit |Nieuwe locatie|Ongedaan|Opnieuw|Terug naar nu|Weghalen|Kopie|Hoe werkt het|Presentatie|Alle regio|cijfers worden/;

export default (test) => {
  test('english: workshop shell, scenario bar and edit list', async (h) => {
    const { page, context, baseURL, screenshot } = h;
    await openAtlas(context, page, baseURL, '/atlas/achterhoek?lang=en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(await page.title(), /^Achterhoek · Transitieatlas$/);

    const header = await page.locator('header.region-header').innerText();
    assert.match(header, /All regions/);
    assert.equal((await page.getByTestId('btn-help').innerText()).trim(), 'How does it work?');
    assert.doesNotMatch(header, DUTCH);

    const bar = page.locator('section.scenario-bar');
    assert.equal(await bar.getAttribute('aria-label'), 'Scenario');
    assert.equal(
      await page.getByTestId('edits-empty').innerText(),
      'No changes yet: this is the current situation.'
    );
    assert.equal(
      (await page.getByTestId('btn-nieuwe-locatie').innerText()).trim(),
      '+ New location on the map'
    );
    assert.equal((await page.getByTestId('btn-undo').innerText()).trim(), '↶ Undo');
    assert.equal((await page.getByTestId('btn-redo').innerText()).trim(), '↷ Redo');
    assert.equal((await page.getByTestId('btn-reset').innerText()).trim(), 'Back to today');
    assert.equal(await page.getByTestId('btn-undo').getAttribute('title'), 'Undo (Ctrl+Z)');
    assert.equal(await page.locator('aside.side-panel').getAttribute('aria-label'), 'School and indicators');

    await selectFromList(page, 'Laetare', KILDER);
    await andSettle(page, () => page.getByTestId('btn-sluiten').click());
    assert.deepEqual(await page.getByTestId('edit-text').allInnerTexts(), [
      'Close Basisschool Laetare, Kilder'
    ]);
    assert.match(await bar.locator('h2').innerText(), /^Changes \(1\)$/);
    assert.equal(await page.getByTestId('edit-remove').getAttribute('title'), 'Remove this change');
    assert.equal(
      await page.getByTestId('edit-remove').getAttribute('aria-label'),
      'Remove: Close Basisschool Laetare, Kilder'
    );
    const text = await bar.innerText();
    assert.doesNotMatch(text, DUTCH);
    await screenshot('english-workshop-shell');

    await andSettle(page, () => page.getByTestId('btn-undo').click());
    await page.getByTestId('edits-empty').waitFor();
    await andSettle(page, () => page.getByTestId('btn-redo').click());
    assert.equal(await page.getByTestId('edit-item').count(), 1);
    await andSettle(page, () => page.getByTestId('btn-reset').click());
    await page.getByTestId('edits-empty').waitFor();
  });
};
