// The shared part of import.e2e.mjs, import-files.e2e.mjs and english-import.e2e.mjs: the sport example file,
// applying a mapped file, picking a facility and dropping a file on the page. Not a test file itself (run.mjs only
// loads *.e2e.mjs).
import { andSettle } from './helpers.mjs';

export const EXAMPLE = 'static/voorbeelden/sport-achterhoek-voorbeeld.csv';

/**
 * Clicks "Toepassen" in the import dialog and waits for the result of the applied file, with the indicators shown.
 * The page first hands the file to the engine and changes the store (and so starts the recompute) only when the
 * engine has accepted it: data-busy is still "false" right after the click, so waiting for a result newer than the
 * one shown before the click (data-version) is what tells the new figures are there. No other recompute may be
 * pending at the click (the callers are settled, or on a sector that waits for a file).
 */
export async function apply(page) {
  await andSettle(page, () => page.getByTestId('import-apply').click());
  await page.getByTestId('ind-open').waitFor();
}

/** Selects a facility through the search box of the facility panel. */
export async function pick(page, text) {
  await page.getByTestId('facility-search').fill(text);
  await page.getByTestId('facility-option').filter({ hasText: text }).first().click();
  await page.getByTestId('facility-details').waitFor();
}

/** A real drop: dragenter, dragover and drop with a DataTransfer built in the page. */
export async function dropFile(page, selector, name, text) {
  await page.evaluate(
    ({ selector, name, text }) => {
      const target = document.querySelector(selector);
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    },
    { selector, name, text }
  );
}
