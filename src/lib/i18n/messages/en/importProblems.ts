/** The problems of importing a user's own file, in English (see nl/importProblems.ts). */
import type { importProblems as nl } from '../nl/importProblems';
import type { Strings } from '../types';

export const importProblems: Strings<typeof nl> = {
  place: {
    row: 'Row {row}',
    rowColumn: 'Row {row}, column {column}',
    featureProperty: '{feature}, property {column}',
    rowLower: 'row {row}'
  },
  truncated: 'And {n} more problems; solve the ones above first.',
  read: {
    empty: 'The file is empty.',
    binary: 'This is not a text file (it contains binary data). Import a CSV, GeoJSON or TopoJSON file.',
    internal: 'Unexpected error while reading the file ({error}). Nothing has been changed.'
  },
  detect: {
    tooLarge:
      'The file is {size}; the limit is {max}. It has not been read. Leave out columns and rows you do not need, or split the file.',
    excelBytes:
      "This is an Excel file (or another compressed file), not a CSV. In Excel, choose 'Save as' > 'CSV (comma delimited)' and import that file.",
    pdf: 'This is a PDF file; import a CSV, GeoJSON or TopoJSON file.',
    excelName:
      "{name} is an Excel file. In Excel, choose 'Save as' > 'CSV (comma delimited)' and import that file.",
    unsupported: '{name}: {reason}',
    shapefile: 'Shapefiles are not supported. Export the layer from QGIS as GeoJSON or CSV.',
    kml: 'KML (Google Earth) is not supported. Export as GeoJSON or CSV.',
    kmz: 'KMZ (Google Earth) is not supported. Export as GeoJSON or CSV.',
    gpkg: 'GeoPackages are not supported. Export the layer from QGIS as GeoJSON or CSV.',
    gpx: 'GPX is not supported. Export as GeoJSON or CSV.',
    gml: 'GML is not supported. Export as GeoJSON or CSV.',
    zip: 'Zip files are not supported. Unzip it and import the CSV or GeoJSON file.',
    word: 'Word files are not supported; import a CSV, GeoJSON or TopoJSON file.',
    html: 'This is a web page (HTML), not a data file. Download the file itself (CSV or GeoJSON), not the page.',
    xml: 'This is an XML file (e.g. KML or GML); export it as GeoJSON or CSV.',
    notJson:
      '{name} is named as a JSON file, but its content does not start with {brace}: it is not (Geo/Topo)JSON.',
    jsonTruncated: 'The file is not valid JSON: it stops halfway (an interrupted download or copy?).',
    jsonInvalid: 'The file is not valid JSON. Check the file or export it again.',
    jsonInvalidAt: 'The file is not valid JSON (line {line}). Check the file or export it again.',
    bareGeometry:
      'The file contains a bare geometry ({type}), not a FeatureCollection: there are no properties such as name and id.',
    notGeoJson:
      'The file is JSON, but neither GeoJSON (type "FeatureCollection") nor TopoJSON (type "Topology").'
  },
  csv: {
    noDelimiter:
      'The header line {header} contains no delimiter (; or , or tab). Save the file as a CSV with one column per field.',
    unclosedQuote:
      'Row {row}: a quotation mark (") is opened but never closed, so the rest of the file is one field.',
    unnamedColumn: 'column {n}',
    columnNameEmpty: 'Row {row}: column {n} has no name; it is now called {name}.',
    duplicateColumn: 'Row {row}: the column name {name} appears twice (columns {first} and {second}).',
    noRows: 'The file has only a header line and no data.',
    fieldCount: 'Row {row} has {fields} fields, the header line {columns}.',
    fieldCountComma:
      'Row {row} has {fields} fields, the header line {columns}. Does it contain a number with a decimal comma without quotation marks?'
  },
  geojson: {
    notObject: 'the geometry is not an object.',
    notPair: 'the coordinates {coordinates} are not a pair of numbers.',
    multipoint: 'a MultiPoint with {n} points; one point per location expected.',
    centroid: 'a {type}; its centroid has been taken as the location. Check it on the map.',
    geometryType: 'geometry type {type} cannot be a location; Point (or Polygon) expected.',
    noObjects: 'The file contains no objects: the list {label} is empty.',
    notFeature: '{at}: is not a Feature (type "Feature" is missing).',
    propertiesNotObject: "{at}: 'properties' is not an object.",
    atMessage: '{at}: {message}',
    notGeoJsonObject: 'The file is not a GeoJSON object.',
    crsUnsupported:
      'The coordinate reference system {name} is not supported; use WGS84 (EPSG:4326) or RD New (EPSG:28992).',
    noFeatures: "The FeatureCollection has no list 'features'; there are no locations to import."
  },
  topojson: {
    notObject: 'The file is not a TopoJSON object.',
    noObjects: "The TopoJSON has no 'objects': there are no layers to import.",
    multipleObjects: 'The TopoJSON has {n} layers ({names}); only layer {name} has been read.',
    crsUnsupported:
      'The coordinate reference system of the TopoJSON is not supported; use WGS84 (EPSG:4326) or RD New (EPSG:28992).',
    invalid: "The TopoJSON layer {name} cannot be converted (missing or damaged 'arcs' or 'transform')."
  },
  coordinates: {
    outside: '{p} {a}, {q} {b} lies outside the Netherlands.',
    outsideZero: '{p} {a}, {q} {b} lies outside the Netherlands. Is there a 0 instead of an empty cell?',
    swappedOrder: '{pair} is in the order {p}, {q}, unlike the other rows ({q}, {p}).',
    swapped: '{p} and {q} appear to be swapped {pair}.',
    mixed: '{pair} looks like {other}, while the rest of the file uses {crs}.',
    invalid: '{value} is not a valid coordinate.',
    partial: 'the coordinate is empty while the other one is filled in.',
    empty: 'the coordinates are empty.',
    emptyNoPostcode: 'the coordinates are empty and there is no postcode.',
    noGeometry: 'the geometry is missing.',
    noGeometryNoPostcode: 'the geometry is missing and there is no postcode.',
    declaredMismatch:
      'The file names {declared} as its coordinate reference system, but the numbers fit {crs}; that has been used.',
    fileSwapped:
      'In this file {p} and {q} appear to be swapped ({q} comes first); they have been turned round. Check the points on the map.'
  },
  mapping: {
    none: '(none)',
    column: 'column',
    property: 'property',
    columnUnknown: 'The mapping names {noun} {column} for {field}, but it does not exist. Found: {found}.',
    missing:
      'Required {noun} {label} is missing. Found: {found}. In the mapping step, choose which {noun} holds the {field}.',
    missingPartner:
      'Required {noun} {label} is missing ({column} is there as {other}). Found: {found}. In the mapping step, choose which {noun} holds the {field}.',
    missingCoordinates:
      'There is no {noun} for the location: expected lon and lat, x and y (RD New) or a postcode. Found: {found}.'
  },
  values: {
    html: '{value} contains HTML or script; it is shown literally as text, never run.',
    formula: '{value} starts like a spreadsheet formula; it is kept as text.',
    notNumber: '{value} is not a number.',
    negative: '{value} is negative.',
    notBoolean: '{value} is not a yes/no (expected ja, nee, yes, no, true, false, 1 or 0).',
    notPostcode: '{value} is not a Dutch postcode.'
  },
  validate: {
    example:
      "This file is an example with fictitious data ('example (fictitious)'); do not use it as real data.",
    typeDefault:
      'There is no column for the type; every location gets type {type}. In the mapping step, choose a type column if that is not right ({types}).',
    idEmpty: 'the id is empty.',
    duplicateId: 'id {id} already appears in {where}.',
    nameEmpty: 'the name is empty.',
    typeEmpty: 'the type is empty; choose from: {types}.',
    typeUnknown: 'type {type} is unknown for {sector}; choose from: {types}.',
    postcodeNoLookup: 'no coordinates, and postcode {pc4} cannot be looked up: no region is loaded.',
    postcodeUnknown:
      'no coordinates, and postcode {pc4} is not in this region or is unknown. Fill in coordinates.',
    outsideRegion: '{name} lies {km} km outside the region. You decide whether this location takes part.',
    placedByPostcodeOne:
      '1 of the {rows} locations has no coordinates and is placed at the centre of its postcode area (PC4). Check it on the map.',
    placedByPostcodeMany:
      '{n} of the {rows} locations have no coordinates and are placed at the centre of their postcode areas (PC4). Check them on the map.'
  },
  demand: {
    columnUnknown: 'The mapping names {noun} {column}, but it does not exist. Found: {found}.',
    missingPopulation:
      "Required {noun} 'population' is missing (or columns per age band such as '0-4', '5-9'). Found: {found}.",
    missingLocation:
      'There is no {noun} for the location: expected a postcode (PC4), lon and lat, or x and y. Found: {found}.',
    noRegion: 'A table per postcode can only be read when a region is loaded.',
    populationEmpty: 'the population is empty.',
    agesSum: 'the age bands add up to {sum}, not {given}.',
    postcodeEmpty: 'the postcode is empty.',
    postcodeUnknown: 'postcode {pc4} is not in this region or is unknown.',
    duplicatePostcode: 'postcode {id} appears twice.',
    duplicateId: 'id {id} appears twice.',
    outsideRegion: 'lies {km} km outside the region.'
  }
};
