/**
 * A parsed table plus a column mapping -> facilities, and every problem with its row and column. Rows with an
 * error are left out; warnings (outside the region, markup in a name, placed by postcode) keep the row and let
 * the user decide. Nothing here mutates its inputs.
 */
import { resolveType, type SectorPreset } from '../engine/sectors/presets';
import { toRD } from '../engine/projection';
import {
  CRS_LABEL,
  decideCrs,
  kmOutsideBbox,
  placePair,
  readPairs,
  type CrsDecision,
  type Placed
} from './coordinates';
import { checkMapping } from './mapping';
import { ProblemList } from './problems';
import { say } from './text';
import type { ImportedFacility, ImportOptions, ImportStats, Mapping, Problem, Table } from './types';
import {
  cellText,
  detectDecimal,
  looksLikeFormula,
  looksLikeMarkup,
  parseBoolean,
  parseNumber,
  pc4Of,
  quote
} from './values';

export const DEFAULT_REGION_MARGIN_KM = 15;

export type MappingContext = Omit<ImportOptions, 'mapping' | 'maxBytes'>;

export type MappingStats = Omit<ImportStats, 'format' | 'encoding' | 'bytes'>;

const TEXT_FIELDS = ['id', 'name', 'type', 'place', 'municipality', 'postcode'] as const;

function typeList(preset: SectorPreset): string {
  return preset.facilityTypes.map((t) => t.label).join(', ');
}

export function applyMapping(
  table: Table,
  mapping: Mapping,
  ctx: MappingContext
): { facilities: ImportedFacility[]; problems: Problem[]; stats: MappingStats } {
  const problems = new ProblemList();
  const stats: MappingStats = {
    rows: table.rows.length,
    facilities: 0,
    placedByPostcode: 0,
    crs: null,
    crsSource: null,
    swapped: false,
    outsideRegion: 0,
    example: isExample(table, mapping)
  };
  if (stats.example) {
    problems.warn('example-data', say('validate.example'));
  }
  if (!checkMapping(table, mapping, problems)) return { facilities: [], problems: problems.done(), stats };

  const { preset } = ctx;
  const cols: [string, string] | null =
    mapping.lon && mapping.lat
      ? [mapping.lon, mapping.lat]
      : mapping.x && mapping.y
        ? [mapping.x, mapping.y]
        : null;
  const pairs = readPairs(table, cols);
  const decision = decideCrs(
    pairs.flatMap((p) => (p.kind === 'pair' ? [[p.a, p.b] as [number, number]] : [])),
    { crs: ctx.crs, swapAxes: ctx.swapAxes, declared: table.declaredCrs }
  );
  reportDecision(decision, table, problems);
  stats.crs = decision.crs;
  stats.crsSource = decision.source;
  stats.swapped = decision.swapped;

  const decimalOf = (c: string | undefined) =>
    c
      ? detectDecimal(
          table.rows.map((r) => r[c]),
          table.decimal
        )
      : table.decimal;
  const pupilsDecimal = decimalOf(mapping.pupils);
  const capacityDecimal = decimalOf(mapping.capacity);
  const defaultType = preset.facilityTypes[0].id;
  if (!mapping.type && preset.facilityTypes.length > 1) {
    problems.warn(
      'type-default',
      say('validate.typeDefault', {
        type: `'${preset.facilityTypes[0].label}'`,
        types: typeList(preset)
      })
    );
  }
  const margin = ctx.regionMarginKm ?? DEFAULT_REGION_MARGIN_KM;
  const firstSeen = new Map<string, number>();
  const facilities: ImportedFacility[] = [];

  table.rows.forEach((row, i) => {
    let ok = true;
    const fail = (column: string | undefined, code: string, text: string) => {
      problems.at(table, i, column, 'fout', code, text);
      ok = false;
    };
    const warn = (column: string | undefined, code: string, text: string) =>
      problems.at(table, i, column, 'waarschuwing', code, text);

    for (const f of TEXT_FIELDS) {
      const c = mapping[f];
      const s = c ? cellText(row[c]) : '';
      if (s && looksLikeMarkup(s)) {
        warn(c, 'html-in-text', say('values.html', { value: quote(s) }));
      } else if (s && looksLikeFormula(s)) {
        warn(c, 'formula-in-text', say('values.formula', { value: quote(s) }));
      }
    }

    const id = cellText(row[mapping.id!]);
    if (id === '') fail(mapping.id, 'id-empty', say('validate.idEmpty'));
    else if (firstSeen.has(id)) {
      const j = firstSeen.get(id)!;
      const where =
        table.format === 'csv'
          ? say('place.rowLower', { row: table.rowNumbers[j] })
          : `${table.format === 'topojson' ? 'geometries' : 'features'}[${table.rowNumbers[j]}]`;
      fail(mapping.id, 'duplicate-id', say('validate.duplicateId', { id: quote(id), where }));
    } else firstSeen.set(id, i);

    const name = cellText(row[mapping.name!]);
    if (name === '') fail(mapping.name, 'name-empty', say('validate.nameEmpty'));

    let type = defaultType;
    if (mapping.type) {
      const text = cellText(row[mapping.type]);
      const resolved = resolveType(preset, text);
      if (text === '')
        fail(mapping.type, 'type-empty', say('validate.typeEmpty', { types: typeList(preset) }));
      else if (resolved === null)
        fail(
          mapping.type,
          'type-unknown',
          say('validate.typeUnknown', { type: quote(text), sector: preset.name, types: typeList(preset) })
        );
      else type = resolved;
    }

    const number = (column: string | undefined, decimal: ',' | '.'): number | null => {
      if (!column) return null;
      const n = parseNumber(row[column], decimal);
      if (n === null) return null;
      if (Number.isNaN(n))
        fail(column, 'not-a-number', say('values.notNumber', { value: quote(row[column]) }));
      else if (n < 0) fail(column, 'number-negative', say('values.negative', { value: quote(row[column]) }));
      return n;
    };
    const pupils = number(mapping.pupils, pupilsDecimal);
    const capacity = number(mapping.capacity, capacityDecimal);

    let context = false;
    if (mapping.context) {
      const b = parseBoolean(row[mapping.context]);
      if (b === undefined)
        fail(
          mapping.context,
          'boolean-invalid',
          say('values.notBoolean', { value: quote(row[mapping.context]) })
        );
      else context = b;
    }

    const postcodeText = mapping.postcode ? cellText(row[mapping.postcode]) : '';
    const pc4 = postcodeText ? pc4Of(postcodeText) : null;
    let point: Placed | null = null;
    let placement: ImportedFacility['placement'] = 'coordinates';
    const pair = pairs[i];
    const coordColumn = cols?.[0];
    if (pair.kind === 'pair') {
      const placed = placePair(pair.a, pair.b, decision);
      if ('point' in placed) point = placed.point;
      else fail(coordColumn, placed.code, placed.message);
    } else if (pair.kind === 'invalid') {
      fail(
        pair.column,
        'coordinates-invalid',
        say('coordinates.invalid', { value: quote(pair.value ?? '') })
      );
    } else if (pair.kind === 'partial') {
      fail(pair.column, 'coordinates-empty', say('coordinates.partial'));
    } else if (pair.kind === 'geometry-invalid') {
      ok = false; // reported by the parser
    } else if (postcodeText) {
      const lookup = pc4 ? ctx.postcodes?.get(pc4) : undefined;
      if (pc4 === null)
        fail(mapping.postcode, 'postcode-invalid', say('values.notPostcode', { value: quote(postcodeText) }));
      else if (!ctx.postcodes)
        fail(mapping.postcode, 'postcode-no-lookup', say('validate.postcodeNoLookup', { pc4 }));
      else if (!lookup) fail(mapping.postcode, 'postcode-unknown', say('validate.postcodeUnknown', { pc4 }));
      else {
        const [x, y] = toRD(lookup.lon, lookup.lat);
        point = { lon: lookup.lon, lat: lookup.lat, x, y };
        placement = 'postcode';
      }
    } else {
      const key = cols
        ? mapping.postcode
          ? 'coordinates.emptyNoPostcode'
          : 'coordinates.empty'
        : mapping.postcode
          ? 'coordinates.noGeometryNoPostcode'
          : 'coordinates.noGeometry';
      fail(coordColumn, 'coordinates-empty', say(key));
    }
    if (postcodeText && pc4 === null && placement === 'coordinates' && point)
      warn(mapping.postcode, 'postcode-invalid', say('values.notPostcode', { value: quote(postcodeText) }));

    let outsideRegion = false;
    if (point && ctx.regionBbox) {
      const km = kmOutsideBbox(point.lon, point.lat, ctx.regionBbox);
      if (km > margin) {
        outsideRegion = true;
        warn(
          undefined,
          'outside-region',
          say('validate.outsideRegion', { name: quote(name), km: Math.round(km) })
        );
      }
    }
    if (!ok || !point) return;
    if (placement === 'postcode') stats.placedByPostcode++;
    if (outsideRegion) stats.outsideRegion++;
    const f: ImportedFacility = {
      id,
      name,
      sector: preset.id,
      type,
      ...point,
      pupils,
      capacity,
      postcode: postcodeText,
      place: mapping.place ? cellText(row[mapping.place]) : '',
      municipality: mapping.municipality ? cellText(row[mapping.municipality]) : '',
      context,
      placement,
      outsideRegion,
      example: stats.example
    };
    if (table.format === 'csv') f.row = table.rowNumbers[i];
    else f.feature = table.rowNumbers[i];
    facilities.push(f);
  });

  if (stats.placedByPostcode > 0) {
    problems.warn(
      'placed-by-postcode',
      stats.placedByPostcode === 1
        ? say('validate.placedByPostcodeOne', { rows: table.rows.length })
        : say('validate.placedByPostcodeMany', { n: stats.placedByPostcode, rows: table.rows.length })
    );
  }
  stats.facilities = facilities.length;
  return { facilities, problems: problems.done(), stats };
}

function reportDecision(d: CrsDecision, table: Table, problems: ProblemList): void {
  if (d.declaredMismatch && d.crs) {
    const declared = CRS_LABEL[table.declaredCrs!];
    problems.warn('crs-mismatch', say('coordinates.declaredMismatch', { declared, crs: CRS_LABEL[d.crs] }));
  }
  if (d.swapped && d.source !== 'option' && d.crs) {
    const [p, q] = d.crs === 'wgs84' ? ['lon', 'lat'] : ['x', 'y'];
    problems.warn('coordinates-swapped', say('coordinates.fileSwapped', { p, q }));
  }
}

/** "voorbeeld (fictief)" in the GeoJSON name, a 'bron' column or the names: never mix it with real data silently. */
function isExample(table: Table, mapping: Mapping): boolean {
  const fictional = (s: string) => /fictief/i.test(s);
  if (table.title && fictional(table.title)) return true;
  const bron = table.columns.find((c) => /^bron$|^source$/i.test(c.trim()));
  const cols = [bron, mapping.name].filter((c): c is string => !!c);
  return table.rows.length > 0 && table.rows.every((r) => cols.some((c) => fictional(cellText(r[c]))));
}
