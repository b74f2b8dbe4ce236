// The language: ?lang=en opens the page in English and is remembered; the NL | EN switch goes back to Dutch and
// remembers that; <html lang> follows. Dutch stays the default.
import assert from 'node:assert/strict';

const lang = (page) => page.evaluate(() => document.documentElement.lang);

export default (test) => {
  test('?lang=en speaks English and is remembered; NL switches back', async ({
    page,
    baseURL,
    screenshot
  }) => {
    await page.goto(`${baseURL}/?lang=en`);
    await page.locator('[data-testid="region-list"] > li').first().waitFor();
    assert.equal(await lang(page), 'en');
    assert.match(await page.locator('main').innerText(), /Shrinking and anticipating regions/);
    assert.match(
      await page.locator('[data-testid="region-list"] > li').first().innerText(),
      /primary schools/
    );
    assert.equal(await page.getByTestId('lang-en').getAttribute('aria-pressed'), 'true');
    await screenshot('language-en');

    // Without ?lang the remembered choice holds.
    await page.goto(baseURL);
    await page.locator('[data-testid="region-list"] > li').first().waitFor();
    assert.equal(await lang(page), 'en');
    assert.match(await page.locator('main').innerText(), /All of the Netherlands/);

    await page.getByTestId('lang-nl').click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    await page.locator('[data-testid="region-list"] > li').first().waitFor();
    assert.match(await page.locator('main').innerText(), /Krimp- en anticipeerregio's/);
    assert.doesNotMatch(await page.locator('main').innerText(), /primary schools/);

    await page.goto(baseURL);
    await page.locator('[data-testid="region-list"] > li').first().waitFor();
    assert.equal(await lang(page), 'nl');
    assert.equal(await page.getByTestId('lang-nl').getAttribute('aria-pressed'), 'true');
  });

  test('the atlas header in English', async ({ page, baseURL }) => {
    await page.context().addInitScript(() => localStorage.setItem('transitieatlas:hulp-gezien', '1'));
    await page.goto(`${baseURL}/atlas/achterhoek?lang=en`);
    await page.getByTestId('btn-help').waitFor();
    assert.equal(await lang(page), 'en');
    assert.equal((await page.getByTestId('btn-help').innerText()).trim(), 'How does it work?');
    assert.equal((await page.getByTestId('btn-presentatie').innerText()).trim(), 'Presentation');
  });
};
