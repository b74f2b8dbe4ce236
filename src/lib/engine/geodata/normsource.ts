/**
 * Opheffingsnormen (minimum school size, basisonderwijs) in force in a given year, from the CSVs in
 * opendata/norms. The sub-area table of the regulations names municipalities only by name, so its rows get their
 * CBS code from the per-municipality table of the same regulations (normalised name, within the norm files only).
 */
import type { MunicipalNorm, NormSet, SubAreaNorm } from './schema';
import { parseCsv, SourceError, type CsvTable } from './csv';

export interface NormFiles {
  /** opheffingsnormen_po_geldend_2016.csv */
  current: { text: string; file: string };
  /** opheffingsnormen_po_2013_2018_deelgebieden.csv */
  subAreas: { text: string; file: string };
  /** opheffingsnormen_po_2013_2018_per_gemeente.csv (only for name -> code of the sub-area rows) */
  perMunicipality: { text: string; file: string };
  /** deelgebieden_woonplaatsen.csv */
  places: { text: string; file: string };
}

/** "Súdwest-Fryslân" and "Sudwest Fryslan" are the same regulation entry. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Integer norm, null for "Zie artikel 2" / "Zie art. 2" / empty, SourceError for anything else. */
function normValue(t: CsvTable, r: number, c: number): number | null {
  const v = t.str(r, c).trim();
  if (v === '' || /^zie\b/i.test(v)) return null;
  return t.req(r, c);
}

export function parseNorms(files: NormFiles, year = 2016): NormSet {
  const cutoff = `${year}-01-01`;

  // Municipal norms in force in `year` (the file is already derived per 2016 municipality).
  const cur = parseCsv(files.current.text, files.current.file, [
    'gm_code',
    'gemeentenaam_cbs_2016',
    'opheffingsnorm',
    'stichtingsnorm',
    'bwb_id',
    'in_werking',
    'opmerking'
  ]);
  const [cCode, cName, cNorm, cFound, cBwb, cFrom, cNote] = [
    'gm_code',
    'gemeentenaam_cbs_2016',
    'opheffingsnorm',
    'stichtingsnorm',
    'bwb_id',
    'in_werking',
    'opmerking'
  ].map((c) => cur.col(c));
  const municipal: MunicipalNorm[] = [];
  for (let r = 0; r < cur.length; r++) {
    const bwb = cur.str(r, cBwb).trim();
    const note = cur.str(r, cNote).trim();
    const from = cur.str(r, cFrom).trim();
    municipal.push({
      code: cur.str(r, cCode).trim(),
      name: cur.str(r, cName).trim(),
      norm: normValue(cur, r, cNorm),
      foundingNorm: normValue(cur, r, cFound),
      source: [bwb && `${bwb}, in werking ${from}`, note].filter(Boolean).join('; ') || 'onbekend'
    });
  }

  // Name -> code from the raw per-municipality rows of the regulations.
  const per = parseCsv(files.perMunicipality.text, files.perMunicipality.file, ['gemeentenaam', 'gm_code']);
  const pName = per.col('gemeentenaam');
  const pCode = per.col('gm_code');
  const codeByName = new Map<string, string>();
  for (let r = 0; r < per.length; r++)
    codeByName.set(normaliseName(per.str(r, pName)), per.str(r, pCode).trim());

  // Sub-area rows: per municipality the latest regulation in force on 1 January of `year`.
  const sub = parseCsv(files.subAreas.text, files.subAreas.file, [
    'in_werking',
    'gemeentenaam',
    'gebied_1',
    'opheffingsnorm_gebied_1',
    'gebied_2',
    'opheffingsnorm_gebied_2'
  ]);
  const [sFrom, sName, sA1, sN1, sA2, sN2] = [
    'in_werking',
    'gemeentenaam',
    'gebied_1',
    'opheffingsnorm_gebied_1',
    'gebied_2',
    'opheffingsnorm_gebied_2'
  ].map((c) => sub.col(c));
  const latest = new Map<string, { from: string; areas: SubAreaNorm[] }>();
  for (let r = 0; r < sub.length; r++) {
    const from = sub.str(r, sFrom).trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from))
      throw new SourceError(sub.file, `line ${sub.line(r)}, column "in_werking"`, `"${from}" is not a date`);
    if (from > cutoff) continue;
    const name = sub.str(r, sName).trim();
    const code = codeByName.get(normaliseName(name));
    if (!code)
      throw new SourceError(
        sub.file,
        `line ${sub.line(r)}, column "gemeentenaam"`,
        `"${name}" not found in ${files.perMunicipality.file}`
      );
    const prev = latest.get(code);
    if (prev && prev.from >= from) continue;
    const areas: SubAreaNorm[] = [
      [sA1, sN1],
      [sA2, sN2]
    ].map(([a, n]) => ({ municipality: code, area: sub.str(r, a).trim(), norm: sub.req(r, n), places: [] }));
    latest.set(code, { from, areas });
  }
  const subAreas = [...latest.values()].flatMap((v) => v.areas);

  // Places (BAG woonplaatsen) per sub-area, joined on CBS code + area name.
  const pl = parseCsv(files.places.text, files.places.file, ['gm_code', 'gebied', 'woonplaats']);
  const [lCode, lArea, lPlace] = ['gm_code', 'gebied', 'woonplaats'].map((c) => pl.col(c));
  for (let r = 0; r < pl.length; r++) {
    const code = pl.str(r, lCode).trim();
    const area = pl.str(r, lArea).trim();
    const target = subAreas.find((s) => s.municipality === code && s.area === area);
    if (!target)
      throw new SourceError(
        pl.file,
        `line ${pl.line(r)}`,
        `sub-area "${area}" of ${code} is not in the sub-area norms in force in ${year}`
      );
    target.places.push(pl.str(r, lPlace).trim());
  }
  subAreas.sort((a, b) => a.municipality.localeCompare(b.municipality) || a.area.localeCompare(b.area));
  return { year, municipal, subAreas };
}
