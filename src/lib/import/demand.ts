/**
 * Import of demand: the municipality's own population table replaces the CBS estimate. Per PC4 (postcode +
 * inhabitants and/or 5-year age bands, placed at the bundle's PC4 point) or per point (coordinates + inhabitants).
 * Same reading, same coordinate detection and the same kind of Dutch messages as the facility import.
 */
import { AGE_BANDS, type AgeBand } from '../engine/geodata/schema';
import { toRD } from '../engine/projection';
import { decideCrs, kmOutsideBbox, placePair, readPairs, type Placed } from './coordinates';
import { DEFAULT_MAX_BYTES } from './detect';
import { columnPlace, ProblemList } from './problems';
import { say } from './text';
import { parseInput } from './read';
import type {
  Bbox,
  Crs,
  Encoding,
  FileFormat,
  ImportedDemandUnit,
  ImportInput,
  PostcodeLookup,
  Problem,
  Table
} from './types';
import { cellText, detectDecimal, headerKey, parseNumber, pc4Of, quote } from './values';
import { DEFAULT_REGION_MARGIN_KM } from './validate';

export interface DemandMapping {
  id?: string;
  postcode?: string;
  population?: string;
  lon?: string;
  lat?: string;
  x?: string;
  y?: string;
  ages?: Partial<Record<AgeBand, string>>;
}

export interface DemandOptions {
  mapping?: DemandMapping;
  /** Needed for a PC4 table: where each postcode lies. */
  postcodes?: PostcodeLookup;
  regionBbox?: Bbox;
  regionMarginKm?: number;
  maxBytes?: number;
  crs?: Crs;
  swapAxes?: boolean;
}

export interface DemandReport {
  ok: boolean;
  units: ImportedDemandUnit[];
  problems: Problem[];
  mapping: DemandMapping;
  stats: {
    format: FileFormat | null;
    encoding: Encoding | null;
    bytes: number;
    rows: number;
    kind: 'pc4' | 'point' | null;
    /** Sum of inhabitants over the imported units. */
    total: number;
    /** Age bands the file has columns for. */
    bands: AgeBand[];
    crs: Crs | null;
  };
}

const POPULATION = [
  'inwoners',
  'aantal inwoners',
  'bevolking',
  'population',
  'inhabitants',
  'totaal',
  'personen',
  'aantal'
];

/** "a_0_4", "0-4", "0 - 4 jaar", "0 tot 5 jaar", "95+", "95 jaar of ouder" -> the CBS band, or null. */
export function ageBandOf(header: string): AgeBand | null {
  const key = headerKey(header).replace(/^(a|leeftijd|k) /, '');
  if (/^95 ?(\+|plus|jaar of ouder|en ouder|ouder)$/.test(key) || key === 'a 95plus') return 'a_95plus';
  const m = /^(\d{1,2}) (?:tot (?:en met )?)?(\d{1,2})(?: jaar)?$/.exec(key.replace(/\bt m\b/, 'tot en met'));
  if (!m) return null;
  const lo = +m[1];
  const exclusive = /\btot (?!en met)/.test(key);
  const hi = exclusive ? +m[2] - 1 : +m[2];
  const band = `a_${lo}_${hi}`;
  return lo % 5 === 0 && hi === lo + 4 && (AGE_BANDS as readonly string[]).includes(band)
    ? (band as AgeBand)
    : null;
}

export function suggestDemandMapping(columns: readonly string[], hasGeometry = false): DemandMapping {
  const m: DemandMapping = {};
  const find = (names: string[]) =>
    columns.find((c) => names.includes(headerKey(c))) ??
    columns.find((c) => names.some((n) => new RegExp(`^${n} \\d{4}$`).test(headerKey(c))));
  m.postcode = find(['postcode', 'pc4', 'pc', 'postcode 4', 'postcodegebied']);
  m.population = find(POPULATION);
  m.id = find(['id', 'code', 'naam']);
  if (!hasGeometry) {
    m.lon = find(['lon', 'lng', 'longitude', 'lengtegraad']);
    m.lat = find(['lat', 'latitude', 'breedtegraad']);
    m.x = find(['x', 'x rd', 'rd x', 'xcoord']);
    m.y = find(['y', 'y rd', 'rd y', 'ycoord']);
  }
  const ages: Partial<Record<AgeBand, string>> = {};
  for (const c of columns) {
    const band = ageBandOf(c);
    if (band && !ages[band]) ages[band] = c;
  }
  if (Object.keys(ages).length) m.ages = ages;
  for (const k of Object.keys(m) as (keyof DemandMapping)[]) if (m[k] === undefined) delete m[k];
  return m;
}

export function importDemand(input: ImportInput, options: DemandOptions = {}): DemandReport {
  const parsed = parseInput(input, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  const problems = new ProblemList();
  problems.addAll(parsed.problems);
  const table = parsed.table;
  const mapping = structuredClone(
    options.mapping ?? (table ? suggestDemandMapping(table.columns, !!table.geometry) : {})
  );
  const report = (
    units: ImportedDemandUnit[],
    kind: 'pc4' | 'point' | null,
    crs: Crs | null
  ): DemandReport => ({
    ok: !problems.hasErrors,
    units,
    problems: problems.done(),
    mapping,
    stats: {
      format: parsed.format,
      encoding: parsed.encoding,
      bytes: parsed.bytes,
      rows: table?.rows.length ?? 0,
      kind,
      total: units.reduce((s, u) => s + u.total, 0),
      bands: Object.keys(mapping.ages ?? {}) as AgeBand[],
      crs
    }
  });
  if (!table) return report([], null, null);
  const result = readDemand(table, mapping, options, problems);
  return report(result.units, result.kind, result.crs);
}

function readDemand(
  table: Table,
  mapping: DemandMapping,
  options: DemandOptions,
  problems: ProblemList
): { units: ImportedDemandUnit[]; kind: 'pc4' | 'point' | null; crs: Crs | null } {
  const noun = say(table.format === 'csv' ? 'mapping.column' : 'mapping.property');
  const found = table.columns.join(', ');
  const referenced = [
    mapping.id,
    mapping.postcode,
    mapping.population,
    mapping.lon,
    mapping.lat,
    mapping.x,
    mapping.y,
    ...Object.values(mapping.ages ?? {})
  ];
  for (const c of referenced) {
    if (c !== undefined && !table.columns.includes(c))
      problems.error(
        'mapping-column-unknown',
        say('demand.columnUnknown', { noun, column: `'${c}'`, found }),
        columnPlace(table, c).place
      );
  }
  const bands = Object.entries(mapping.ages ?? {}) as [AgeBand, string][];
  if (!mapping.population && bands.length === 0) {
    problems.error(
      'missing-column',
      say('demand.missingPopulation', { noun, found }),
      columnPlace(table, 'inwoners').place
    );
  }
  const cols: [string, string] | null =
    mapping.lon && mapping.lat
      ? [mapping.lon, mapping.lat]
      : mapping.x && mapping.y
        ? [mapping.x, mapping.y]
        : null;
  const kind = cols || table.geometry ? 'point' : mapping.postcode ? 'pc4' : null;
  if (kind === null) {
    problems.error('missing-coordinates', say('demand.missingLocation', { noun, found }));
  }
  if (kind === 'pc4' && !options.postcodes) {
    problems.error('postcode-no-lookup', say('demand.noRegion'));
  }
  if (problems.hasErrors) return { units: [], kind, crs: null };

  const pairs = kind === 'point' ? readPairs(table, cols) : [];
  const decision = decideCrs(
    pairs.flatMap((p) => (p.kind === 'pair' ? [[p.a, p.b] as [number, number]] : [])),
    { crs: options.crs, swapAxes: options.swapAxes, declared: table.declaredCrs }
  );
  const decimalOf = (c: string) =>
    detectDecimal(
      table.rows.map((r) => r[c]),
      table.decimal
    );
  const numberCols = [...(mapping.population ? [mapping.population] : []), ...bands.map(([, c]) => c)];
  const decimals = new Map(numberCols.map((c) => [c, decimalOf(c)]));
  const seen = new Map<string, number>();
  const units: ImportedDemandUnit[] = [];
  const margin = options.regionMarginKm ?? DEFAULT_REGION_MARGIN_KM;

  table.rows.forEach((row, i) => {
    let ok = true;
    const fail = (column: string | undefined, code: string, text: string) => {
      problems.at(table, i, column, 'fout', code, text);
      ok = false;
    };
    const number = (c: string): number | null => {
      const n = parseNumber(row[c], decimals.get(c)!);
      if (n === null) return null;
      if (Number.isNaN(n)) fail(c, 'not-a-number', say('values.notNumber', { value: quote(row[c]) }));
      else if (n < 0) fail(c, 'number-negative', say('values.negative', { value: quote(row[c]) }));
      return n;
    };
    let ages: Partial<Record<AgeBand, number>> | null = null;
    if (bands.length) {
      ages = {};
      for (const [band, c] of bands) ages[band] = number(c) ?? 0;
    }
    const given = mapping.population ? number(mapping.population) : null;
    const sum = ages ? Object.values(ages).reduce((s, v) => s + v, 0) : null;
    const total = given ?? sum ?? 0;
    if (mapping.population && given === null && sum === null && ok)
      fail(mapping.population, 'population-empty', say('demand.populationEmpty'));
    // Some bands and a total (e.g. only the children): the bands may not exceed the total. All bands: they
    // should add up to it. Either way a difference over 1 % is told, not refused.
    const tolerance = Math.max(1, 0.01 * (given ?? 0));
    const allBands = ages !== null && Object.keys(ages).length === AGE_BANDS.length;
    if (
      ok &&
      given !== null &&
      sum !== null &&
      (sum - given > tolerance || (allBands && given - sum > tolerance))
    ) {
      problems.at(
        table,
        i,
        mapping.population,
        'waarschuwing',
        'ages-sum-differs',
        say('demand.agesSum', { sum, given })
      );
    }

    const pcText = mapping.postcode ? cellText(row[mapping.postcode]) : '';
    const pc4 = pcText ? pc4Of(pcText) : null;
    let point: Placed | null = null;
    let id = mapping.id ? cellText(row[mapping.id]) : '';
    if (kind === 'pc4') {
      if (!pcText) fail(mapping.postcode, 'postcode-empty', say('demand.postcodeEmpty'));
      else if (!pc4)
        fail(mapping.postcode, 'postcode-invalid', say('values.notPostcode', { value: quote(pcText) }));
      else {
        const p = options.postcodes!.get(pc4);
        if (!p) fail(mapping.postcode, 'postcode-unknown', say('demand.postcodeUnknown', { pc4 }));
        else point = { lon: p.lon, lat: p.lat, ...xy(p.lon, p.lat) };
      }
      id = pc4 ?? id;
    } else {
      const pair = pairs[i];
      if (pair.kind === 'pair') {
        const placed = placePair(pair.a, pair.b, decision);
        if ('point' in placed) point = placed.point;
        else fail(cols?.[0], placed.code, placed.message);
      } else if (pair.kind === 'invalid')
        fail(
          pair.column,
          'coordinates-invalid',
          say('coordinates.invalid', { value: quote(pair.value ?? '') })
        );
      else if (pair.kind === 'geometry-invalid') ok = false;
      else fail(cols?.[0], 'coordinates-empty', say(cols ? 'coordinates.empty' : 'coordinates.noGeometry'));
      if (!id) id = `punt-${table.rowNumbers[i]}`;
    }
    if (id) {
      if (seen.has(id)) {
        fail(
          kind === 'pc4' ? mapping.postcode : mapping.id,
          kind === 'pc4' ? 'duplicate-postcode' : 'duplicate-id',
          kind === 'pc4'
            ? say('demand.duplicatePostcode', { id })
            : say('demand.duplicateId', { id: quote(id) })
        );
      } else seen.set(id, i);
    }
    if (point && options.regionBbox) {
      const km = kmOutsideBbox(point.lon, point.lat, options.regionBbox);
      if (km > margin)
        problems.at(
          table,
          i,
          undefined,
          'waarschuwing',
          'outside-region',
          say('demand.outsideRegion', { km: Math.round(km) })
        );
    }
    if (!ok || !point) return;
    const unit: ImportedDemandUnit = { id, postcode: pc4, ...point, total, ages };
    if (table.format === 'csv') unit.row = table.rowNumbers[i];
    else unit.feature = table.rowNumbers[i];
    units.push(unit);
  });
  return { units, kind, crs: kind === 'point' ? decision.crs : null };
}

function xy(lon: number, lat: number): { x: number; y: number } {
  const [x, y] = toRD(lon, lat);
  return { x, y };
}
