/**
 * The headers of the human CSV variant ("Excel NL") in the page's language, from the catalogue (namespace `csv`).
 * The tables are built with their Dutch headers, which the plain variant keeps in every language (scripts depend
 * on them); the human variant translates them here. In Dutch (and in Node: the CLI, the server, the tests) the
 * headers are returned unchanged, so the Dutch files stay byte-identical.
 */
import '$lib/i18n/parts/csv';
import { LOCALE, t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';

const FIXED: Record<string, MessageKey> = {
  vestigingscode: 'csv.id',
  naam: 'csv.name',
  soort: 'csv.type',
  plaats: 'csv.place',
  gemeentecode: 'csv.municipalityCode',
  gemeente: 'csv.municipality',
  context: 'csv.context',
  status: 'csv.status',
  capaciteit: 'csv.capacity',
  norm: 'csv.norm',
  'onder norm': 'csv.belowNorm',
  'eerste jaar onder norm': 'csv.firstYearBelowNorm',
  'opheffingsregel vanaf': 'csv.ruleYear',
  cel: 'csv.cell',
  eenheid: 'csv.unit',
  gewicht: 'csv.weight',
  dichtstbijzijnde: 'csv.nearest',
  'afstand m': 'csv.distance'
};

const USERS = ['leerlingen', 'bezoekers', 'plaatsen', 'patienten', 'kinderen', 'deelnemers', 'gebruikers'];

/** A sector's unit ("leerlingen", "patiënten") in the page's language; a user's own word as written. */
function users(word: string): string {
  const key = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return USERS.includes(key) ? t(`csv.users.${key}` as MessageKey) : word;
}

/** One Dutch header in the page's language ("leerlingen 2023" -> "pupils 2023"); unknown headers as they are. */
export function humanHeader(header: string): string {
  if (LOCALE === 'nl') return header;
  const fixed = FIXED[header];
  if (fixed) return t(fixed);
  let m = /^leerlingen prognose (\d{4})$/.exec(header);
  if (m) return t('csv.projected', { year: m[1] });
  m = /^normmarge (\d{4})$/.exec(header);
  if (m) return t('csv.normMargin', { year: m[1] });
  m = /^(.+) \(bestand\)$/.exec(header);
  if (m) return t('csv.countFile', { users: users(m[1]) });
  m = /^(.+) scenario$/.exec(header);
  if (m) return t('csv.countScenario', { users: users(m[1]) });
  m = /^(.+) (\d{4})$/.exec(header);
  if (m) return t('csv.countYear', { users: users(m[1]), year: m[2] });
  return header;
}

/** The columns with their headers in the page's language (the human CSV variant). */
export function humanColumns<C extends { header: string }>(columns: C[]): C[] {
  return LOCALE === 'nl' ? columns : columns.map((c) => ({ ...c, header: humanHeader(c.header) }));
}
