/**
 * Which column holds what. suggestMapping guesses from the header names (Dutch and English, case- and
 * accent-insensitive); the mapping dialog shows the guess and the user corrects it. checkMapping says which
 * required columns are still missing, in Dutch, before any row is read.
 */
import '../i18n/parts/importDialog';
import { t } from '../i18n/catalogue';
import { columnPlace, ProblemList } from './problems';
import { say } from './text';
import { MAPPING_FIELDS, type Mapping, type MappingField, type Table } from './types';
import { headerKey } from './values';

/** Synonyms in headerKey form. Order within a list does not matter; exact matches beat partial ones. */
const SYNONYMS: Record<MappingField, string[]> = {
  id: [
    'id',
    'code',
    'nummer',
    'nr',
    'vestigingscode',
    'vestigingsnummer',
    'locatiecode',
    'locatie id',
    'objectid',
    'fid',
    'identificatie',
    'sleutel',
    'key',
    'brin vestiging',
    'vestiging id'
  ],
  name: [
    'naam',
    'name',
    'vestigingsnaam',
    'locatienaam',
    'instellingsnaam',
    'accommodatie',
    'accommodatienaam',
    'naam accommodatie',
    'naam locatie',
    'titel',
    'label',
    'omschrijving'
  ],
  type: [
    'type',
    'soort',
    'categorie',
    'category',
    'functie',
    'soort voorziening',
    'voorziening',
    'onderwijstype',
    'type voorziening',
    'kind'
  ],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengtegraad', 'lon wgs84', 'wgs84 lon', 'x wgs84'],
  lat: ['lat', 'latitude', 'breedtegraad', 'lat wgs84', 'wgs84 lat', 'y wgs84'],
  x: [
    'x',
    'xcoord',
    'x coord',
    'x coordinaat',
    'xcoordinaat',
    'rd x',
    'x rd',
    'rdx',
    'easting',
    'oost',
    'coord x',
    'x coordinate'
  ],
  y: [
    'y',
    'ycoord',
    'y coord',
    'y coordinaat',
    'ycoordinaat',
    'rd y',
    'y rd',
    'rdy',
    'northing',
    'noord',
    'coord y',
    'y coordinate'
  ],
  postcode: ['postcode', 'pc', 'pc4', 'pc6', 'postal code', 'postalcode', 'zip', 'zipcode', 'postcode 4'],
  place: ['plaats', 'woonplaats', 'plaatsnaam', 'vestigingsplaats', 'kern', 'dorp', 'city', 'place', 'town'],
  municipality: ['gemeente', 'gemeentenaam', 'gemeentecode', 'municipality'],
  pupils: [
    'leerlingen',
    'aantal leerlingen',
    'leerlingenaantal',
    'pupils',
    'bezoekers',
    'aantal bezoekers',
    'bezoeken',
    'gebruikers',
    'patienten',
    'aantal patienten',
    'clienten',
    'leden',
    'deelnemers',
    'visitors',
    'users',
    // The export of a sector from the user's own file (src/lib/export/csv.ts): "bezoekers (bestand)".
    'leerlingen bestand',
    'bezoekers bestand',
    'plaatsen bestand',
    'patienten bestand',
    'kinderen bestand',
    'deelnemers bestand',
    'gebruikers bestand'
  ],
  capacity: ['capaciteit', 'capacity', 'plaatsen', 'aantal plaatsen', 'bedden', 'wooneenheden'],
  context: ['context', 'buiten regio']
};

/** Headers with these words are derived values (e.g. the export's "leerlingen scenario"), never inputs. */
const DERIVED = /\b(scenario|prognose|verschil|delta|groei|onder norm)\b/;

const COORDINATE_FIELDS: readonly MappingField[] = ['lon', 'lat', 'x', 'y'];
export const REQUIRED_FIELDS: readonly MappingField[] = ['id', 'name'];

/** The fields' names in the page's language (catalogue `importDialog.fields`), for the mapping dialog and messages. */
export const FIELD_LABEL = Object.fromEntries(
  MAPPING_FIELDS.map((f) => [f, t(`importDialog.fields.${f}`)])
) as Record<MappingField, string>;

function score(header: string, synonym: string): number {
  if (header === synonym) return 4;
  if (new RegExp(`^${synonym} (\\d{4}|\\d{1,2} \\d{1,2} \\d{4})$`).test(header)) return 3; // "leerlingen 2023"
  if (synonym.length < 4) return 0;
  return new RegExp(`(^| )${synonym}( |$)`).test(header) ? 1 : 0;
}

export interface MappingSuggestion {
  mapping: Mapping;
  /** Required fields no column was found for (id, name, and a location). */
  missing: MappingField[];
}

/**
 * Best column per field by header name. With `hasGeometry` (GeoJSON) the location comes from the geometry, so
 * coordinate columns are not suggested.
 */
export function suggestMapping(columns: readonly string[], hasGeometry = false): MappingSuggestion {
  const candidates: { field: MappingField; column: string; score: number; order: number }[] = [];
  MAPPING_FIELDS.forEach((field, order) => {
    if (hasGeometry && COORDINATE_FIELDS.includes(field)) return;
    for (const column of columns) {
      const key = headerKey(column);
      if (DERIVED.test(key)) continue;
      const s = Math.max(...SYNONYMS[field].map((syn) => score(key, syn)));
      if (s > 0) candidates.push({ field, column, score: s, order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const mapping: Mapping = {};
  const used = new Set<string>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  const missing = REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
  if (!hasLocation(mapping, hasGeometry)) missing.push('lon', 'lat');
  return { mapping, missing };
}

function hasLocation(m: Mapping, hasGeometry: boolean): boolean {
  return hasGeometry || (!!m.lon && !!m.lat) || (!!m.x && !!m.y) || !!m.postcode;
}

/** Problems with the mapping itself; rows are only read when this returns no errors. */
export function checkMapping(table: Table, mapping: Mapping, problems: ProblemList): boolean {
  const before = problems.list.length;
  const found = table.columns.length ? table.columns.join(', ') : say('mapping.none');
  const noun = say(table.format === 'csv' ? 'mapping.column' : 'mapping.property');
  for (const [field, column] of Object.entries(mapping) as [MappingField, string][]) {
    if (column !== undefined && !table.columns.includes(column)) {
      problems.error(
        'mapping-column-unknown',
        say('mapping.columnUnknown', {
          noun,
          column: `'${column}'`,
          field: `'${FIELD_LABEL[field]}'`,
          found
        }),
        columnPlace(table, column).place
      );
    }
  }
  const missing = (field: MappingField, partner?: [string, MappingField]) => {
    const label = FIELD_LABEL[field];
    const values = { noun, label: `'${label}'`, found, field: label };
    problems.error(
      'missing-column',
      partner
        ? say('mapping.missingPartner', { ...values, column: `'${partner[0]}'`, other: partner[1] })
        : say('mapping.missing', values),
      columnPlace(table, label).place
    );
  };
  for (const f of REQUIRED_FIELDS) if (!mapping[f]) missing(f);
  const geometry = !!table.geometry && !mapping.lon && !mapping.x;
  if (!geometry) {
    if (mapping.lon && !mapping.lat) missing('lat', [mapping.lon, 'lon']);
    if (mapping.lat && !mapping.lon) missing('lon', [mapping.lat, 'lat']);
    if (mapping.x && !mapping.y) missing('y', [mapping.x, 'x']);
    if (mapping.y && !mapping.x) missing('x', [mapping.y, 'y']);
    if (!hasLocation(mapping, false) && !mapping.lon && !mapping.lat && !mapping.x && !mapping.y) {
      problems.error('missing-coordinates', say('mapping.missingCoordinates', { noun, found }));
    }
  }
  return problems.list.length === before;
}
