// The problems of importing a user's own file in English (?lang=en): a broken CSV dropped on the sport import
// dialog lists its problems in English (row, column and value as in the file), with no Dutch left in them.
import assert from 'node:assert/strict';
import { openAtlas } from './helpers.mjs';
import { dropFile } from './import-helpers.mjs';

/** Dutch words of the import's problem messages that must not show in English. */
const DUTCH =
  /\b(Rij|kolom|eigenschap|geen|getal|leeg|ligt|buiten|lijken|verwisseld|komt|velden|kopregel|Verplichte|ontbreekt|Gevonden|onbekend|kies|uit)\b/;

const BROKEN = [
  'id;naam;type;plaats;gemeente;bezoekers;lon;lat',
  'SP01;Sporthal Groenlo;sporthal;Groenlo;Oost Gelre;1450;6,613049;52,040895',
  'SP02;Gymzaal Lievelde;gymzaal;Lievelde;Oost Gelre;twaalf;6,59596;52,011326',
  'SP03;;sporthal;Eibergen;Berkelland;300;6,6;52,1',
  'SP04;Zwembad Nul;zwembad;Neede;Berkelland;500;0;0',
  'SP05;Sporthal Verwisseld;sporthal;Ruurlo;Berkelland;400;52,06;6,46',
  'SP01;Gymzaal Dubbel;gymzaal;Zelhem;Bronckhorst;80;6,34;52,0',
  'SP07;Sporthal Onbekend;ijsbaan;Lochem;Lochem;80;6,4;52,1',
  'SP08;Te veel;sporthal;Lochem;Lochem;80;6,4;52,1;extra'
].join('\n');

export default (test) => {
  test('english: a broken CSV dropped on the import dialog lists its problems in English', async ({
    page,
    baseURL
  }) => {
    await openAtlas(page.context(), page, baseURL, '/atlas/achterhoek?lang=en');
    await page.getByTestId('sector-sport').click();
    await page.getByTestId('sector-empty').waitFor();
    await page.getByTestId('example-load').click();
    await page.getByTestId('mapping-step').waitFor();
    await dropFile(page, '[data-testid="import-dialog"]', 'sport-broken.csv', BROKEN);
    await page.getByTestId('import-file-name').filter({ hasText: 'sport-broken.csv' }).waitFor();
    await page.locator('[data-testid="import-problem"][data-severity="fout"]').first().waitFor();
    const messages = await page.locator('[data-testid="import-problem"] td:nth-child(3)').allInnerTexts();
    for (const expected of [
      'Row 9 has 9 fields, the header line 8.',
      "Row 3, column 'bezoekers': 'twaalf' is not a number.",
      "Row 4, column 'naam': the name is empty.",
      "Row 5, column 'lon': lon 0, lat 0 lies outside the Netherlands. Is there a 0 instead of an empty cell?",
      "Row 6, column 'lon': lon and lat appear to be swapped (52.06; 6.46).",
      "Row 7, column 'id': id 'SP01' already appears in row 2."
    ])
      assert.ok(messages.includes(expected), `${expected}\nin:\n${messages.join('\n')}`);
    assert.ok(
      messages.some((m) => /^Row 8, column 'type': type 'ijsbaan' is unknown for .+; choose from: /.test(m)),
      messages.join('\n')
    );
    for (const m of messages) assert.doesNotMatch(m, DUTCH, m);
    const problems = await page.getByTestId('import-problems').innerText();
    assert.match(problems, /errors: the file has not been applied/);
    assert.equal(await page.getByTestId('import-apply').isDisabled(), true);
  });
};
