// The PDF report and the scenario-file messages in English (?lang=en): close a school, export the PDF and read
// its text (headings, facts, the edit, the year section, sources and method note in English, no Dutch running
// text; school and place names stay as published); then open a broken and a too-new scenario file and read the
// English message.
import assert from 'node:assert/strict';
import { openAtlas } from './helpers.mjs';
import { closeSchool, download, editCount, exportFile, pdfText } from './scenarios-helpers.mjs';

/** Dutch running text of the report that must not show in English (data names are not matched). */
const DUTCH =
  /\b(Ingrepen|ingrepen|ingreep|Indicatoren|Uitgangspunten|Regio|Datum|Verschil|Plaats|Bronnen|Licentie|Prognose per jaar|Leerlingen|leerlingen|Sluiten|naar|Kernen|Berekend|Afstand|onder norm|pagina|opheffingsnorm|Geboortetrend|migratie|Kaart van)\b/;

export default (test) => {
  test(
    'english: the PDF report and the messages of a broken scenario file',
    async ({ page, baseURL }) => {
      await openAtlas(page.context(), page, baseURL, '/atlas/achterhoek?lang=en');
      await closeSchool(page, 'Voshaar', '11TN00');
      await editCount(page, 1);

      const pdf = await exportFile(page, 'pdf');
      assert.match(pdf.name, /^transitieatlas-achterhoek-.*\.pdf$/);
      const text = pdfText(pdf.bytes);
      const all = text.join('\n');
      for (const heading of [
        'TRANSITIEATLAS · SCENARIO',
        'Region',
        'Assumptions',
        'Indicators',
        'Changes',
        'Projection by year',
        'Schools',
        'Sources and licences'
      ])
        assert.ok(text.includes(heading), `PDF lacks "${heading}"`);
      assert.ok(text.includes('Primary education'), 'sector in English');
      assert.ok(text.includes('1 change'), 'edit count in English');
      assert.match(
        all,
        /1\. Close: Openbare Basisschool De Voshaar \(Haarlo\); \d+ pupils (to|distributed) /
      );
      assert.match(all, /Birth trend .* and migration .* a year; school transport beyond/);
      assert.match(all, /Open schools/);
      assert.match(all, /Children within 1 km/);
      assert.match(all, /Calculated with the open Transitieatlas\./);
      assert.match(all, /page 1 of \d+/);
      assert.doesNotMatch(all, DUTCH);

      // A broken file and a file of a newer atlas: English messages, nothing added.
      const error = page.getByTestId('scenario-error');
      await page.getByTestId('input-import').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"schemaVersion":1,"edits":[{"op":"close"}]}')
      });
      await error.filter({ hasText: 'broken.json' }).waitFor();
      assert.match(
        await error.innerText(),
        /Cannot open "broken\.json": change 1 \(close\): field "facility" is missing/
      );
      await page.getByTestId('input-import').setInputFiles({
        name: 'future.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"schemaVersion":9,"region":"achterhoek","sector":"po","edits":[]}')
      });
      await error.filter({ hasText: 'future.json' }).waitFor();
      const message = await error.innerText();
      assert.match(message, /Cannot open "future\.json": schemaVersion 9 is not supported/);
      assert.doesNotMatch(message, /niet laden|wordt niet ondersteund|bewerking|veld/);
      assert.equal(await page.getByTestId('scenario-item').count(), 1);
    },
    { timeout: 60_000 }
  );

  test(
    'english: the comparison PDF',
    async ({ page, baseURL }) => {
      await page.goto(`${baseURL}/compare/achterhoek?lang=en&a=basis&b=basis`);
      await page.getByTestId('indicator-table').waitFor({ timeout: 60_000 });
      const pdf = await download(page, async () => {}, 'btn-compare-pdf');
      assert.match(pdf.name, /-and-.*\.pdf$/);
      const text = pdfText(pdf.bytes);
      const all = text.join('\n');
      for (const heading of [
        'TRANSITIEATLAS · COMPARISON',
        'Indicators',
        'Difference B - A',
        'Schools that differ',
        'All schools',
        'Status A',
        'Sources and licences'
      ])
        assert.ok(text.includes(heading), `PDF lacks "${heading}"`);
      assert.match(all, /Changes in A: /);
      assert.match(all, /None: in A and B all schools have the same status/);
      assert.doesNotMatch(all, DUTCH);
    },
    { timeout: 60_000 }
  );
};
