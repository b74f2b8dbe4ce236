/**
 * The sentences about scenarios as things (the list, the import of scenario files), from the message catalogue
 * (namespace `scenarios`).
 */
import { LOCALE, t } from '$lib/i18n/catalogue';
import { formatCount } from '$lib/i18n/format';

/** "1 ingreep", "12 ingrepen"; Dutch keeps the plain digits it always showed ("1223 ingrepen"). */
export function editCount(n: number): string {
  if (n === 1) return t('scenarios.editsOne');
  return t('scenarios.editsMany', { n: LOCALE === 'nl' ? String(n) : formatCount(n) });
}

/** "2 scenario’s geïmporteerd uit x.json." (and that an old file format was converted). */
export function importedText(n: number, file: string, old: boolean): string {
  if (n === 1) return t(old ? 'scenarios.importedOneOld' : 'scenarios.importedOne', { file });
  return t(old ? 'scenarios.importedManyOld' : 'scenarios.importedMany', { n: String(n), file });
}
