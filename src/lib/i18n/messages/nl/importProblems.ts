/**
 * The problems of importing a user's own file (src/lib/import): shown in the import dialogs and printed by the CLI
 * (always Dutch). Quoted values ('leerlingen') come with their quotes in the placeholder, so no message needs ICU
 * apostrophe escaping; numbers come formatted for the language.
 */
export const importProblems = {
  place: {
    row: 'Rij {row}',
    rowColumn: 'Rij {row}, kolom {column}',
    featureProperty: '{feature}, eigenschap {column}',
    rowLower: 'rij {row}'
  },
  truncated: 'En nog {n} meldingen; los eerst de bovenstaande op.',
  read: {
    empty: 'Het bestand is leeg.',
    binary:
      'Dit is geen tekstbestand (het bevat binaire gegevens). Importeer een CSV-, GeoJSON- of TopoJSON-bestand.',
    internal: 'Onverwachte fout bij het lezen van het bestand ({error}). Er is niets veranderd.'
  },
  detect: {
    tooLarge:
      'Het bestand is {size}; de grens is {max}. Het is niet gelezen. Laat overbodige kolommen en rijen weg, of splits het bestand.',
    excelBytes:
      "Dit is een Excel-bestand (of een ander gecomprimeerd bestand), geen CSV. Kies in Excel 'Opslaan als' > 'CSV (gescheiden door lijstscheidingsteken)' en importeer dat bestand.",
    pdf: 'Dit is een PDF-bestand; importeer een CSV-, GeoJSON- of TopoJSON-bestand.',
    excelName:
      "{name} is een Excel-bestand. Kies in Excel 'Opslaan als' > 'CSV (gescheiden door lijstscheidingsteken)' en importeer dat bestand.",
    unsupported: '{name}: {reason}',
    shapefile: 'Een shapefile wordt niet ondersteund. Exporteer de laag in QGIS als GeoJSON of CSV.',
    kml: 'KML (Google Earth) wordt niet ondersteund. Exporteer als GeoJSON of CSV.',
    kmz: 'KMZ (Google Earth) wordt niet ondersteund. Exporteer als GeoJSON of CSV.',
    gpkg: 'Een GeoPackage wordt niet ondersteund. Exporteer de laag in QGIS als GeoJSON of CSV.',
    gpx: 'GPX wordt niet ondersteund. Exporteer als GeoJSON of CSV.',
    gml: 'GML wordt niet ondersteund. Exporteer als GeoJSON of CSV.',
    zip: 'Een zip-bestand wordt niet ondersteund. Pak het uit en importeer het CSV- of GeoJSON-bestand.',
    word: 'Een Word-bestand wordt niet ondersteund; importeer een CSV-, GeoJSON- of TopoJSON-bestand.',
    html: 'Dit is een webpagina (HTML), geen gegevensbestand. Download het bestand zelf (CSV of GeoJSON), niet de pagina.',
    xml: 'Dit is een XML-bestand (bijv. KML of GML); exporteer als GeoJSON of CSV.',
    notJson:
      '{name} heet een JSON-bestand, maar de inhoud begint niet met {brace}: het is geen (Geo/Topo)JSON.',
    jsonTruncated:
      'Het bestand is geen geldige JSON: het houdt halverwege op (afgebroken download of kopie?).',
    jsonInvalid: 'Het bestand is geen geldige JSON. Controleer het bestand of exporteer het opnieuw.',
    jsonInvalidAt:
      'Het bestand is geen geldige JSON (regel {line}). Controleer het bestand of exporteer het opnieuw.',
    bareGeometry:
      'Het bestand bevat een losse geometrie ({type}), geen FeatureCollection: er zijn geen eigenschappen zoals naam en id.',
    notGeoJson:
      'Het bestand is JSON, maar geen GeoJSON (type "FeatureCollection") en geen TopoJSON (type "Topology").'
  },
  csv: {
    noDelimiter:
      'De kopregel {header} bevat geen scheidingsteken (; of , of tab). Sla het bestand op als CSV met een kolom per gegeven.',
    unclosedQuote:
      'Rij {row}: een aanhalingsteken (") wordt geopend maar nergens gesloten; de rest van het bestand is daardoor één veld.',
    unnamedColumn: 'kolom {n}',
    columnNameEmpty: 'Rij {row}: kolom {n} heeft geen naam; ze heet nu {name}.',
    duplicateColumn: 'Rij {row}: de kolomnaam {name} komt twee keer voor (kolom {first} en {second}).',
    noRows: 'Het bestand heeft alleen een kopregel en geen gegevens.',
    fieldCount: 'Rij {row} heeft {fields} velden, de kopregel {columns}.',
    fieldCountComma:
      'Rij {row} heeft {fields} velden, de kopregel {columns}. Staat er een getal met een decimale komma zonder aanhalingstekens in?'
  },
  geojson: {
    notObject: 'de geometrie is geen object.',
    notPair: 'de coördinaten {coordinates} zijn geen paar getallen.',
    multipoint: 'een MultiPoint met {n} punten; verwacht één punt per locatie.',
    centroid: 'een {type}; het zwaartepunt is als locatie genomen. Controleer het op de kaart.',
    geometryType: 'geometrietype {type} kan geen locatie zijn; verwacht Point (of Polygon).',
    noObjects: 'Het bestand bevat geen objecten: de lijst {label} is leeg.',
    notFeature: '{at}: is geen Feature (type "Feature" ontbreekt).',
    propertiesNotObject: "{at}: 'properties' is geen object.",
    atMessage: '{at}: {message}',
    notGeoJsonObject: 'Het bestand is geen GeoJSON-object.',
    crsUnsupported:
      'Het coördinatenstelsel {name} wordt niet ondersteund; gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992).',
    noFeatures: "De FeatureCollection heeft geen lijst 'features'; er zijn geen locaties om te importeren."
  },
  topojson: {
    notObject: 'Het bestand is geen TopoJSON-object.',
    noObjects: "De TopoJSON heeft geen 'objects': er zijn geen lagen om te importeren.",
    multipleObjects: 'De TopoJSON heeft {n} lagen ({names}); alleen laag {name} is gelezen.',
    crsUnsupported:
      'Het coördinatenstelsel van de TopoJSON wordt niet ondersteund; gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992).',
    invalid:
      "De TopoJSON-laag {name} kan niet worden omgezet (ontbrekende of beschadigde 'arcs' of 'transform')."
  },
  coordinates: {
    outside: '{p} {a}, {q} {b} ligt buiten Nederland.',
    outsideZero: '{p} {a}, {q} {b} ligt buiten Nederland. Staat er 0 in plaats van een lege cel?',
    swappedOrder: '{pair} staat in de volgorde {p}, {q}, anders dan de andere rijen ({q}, {p}).',
    swapped: '{p} en {q} lijken verwisseld {pair}.',
    mixed: '{pair} lijkt {other}, terwijl de rest van het bestand {crs} gebruikt.',
    invalid: '{value} is geen geldige coördinaat.',
    partial: 'de coördinaat is leeg terwijl de andere is ingevuld.',
    empty: 'de coördinaten zijn leeg.',
    emptyNoPostcode: 'de coördinaten zijn leeg en er is geen postcode.',
    noGeometry: 'de geometrie ontbreekt.',
    noGeometryNoPostcode: 'de geometrie ontbreekt en er is geen postcode.',
    declaredMismatch:
      'Het bestand noemt {declared} als coördinatenstelsel, maar de getallen passen bij {crs}; dat is gebruikt.',
    fileSwapped:
      'In dit bestand lijken {p} en {q} verwisseld ({q} staat eerst); ze zijn omgedraaid. Controleer de punten op de kaart.'
  },
  mapping: {
    none: '(geen)',
    column: 'kolom',
    property: 'eigenschap',
    columnUnknown:
      'De koppeling noemt {noun} {column} voor {field}, maar die bestaat niet. Gevonden: {found}.',
    missing:
      'Verplichte {noun} {label} ontbreekt. Gevonden: {found}. Kies in de koppelstap welke {noun} de {field} bevat.',
    missingPartner:
      'Verplichte {noun} {label} ontbreekt (wel {column} als {other}). Gevonden: {found}. Kies in de koppelstap welke {noun} de {field} bevat.',
    missingCoordinates:
      'Er is geen {noun} voor de ligging: verwacht lon en lat, x en y (RD New) of een postcode. Gevonden: {found}.'
  },
  values: {
    html: '{value} bevat HTML of script; het wordt letterlijk als tekst getoond, nooit uitgevoerd.',
    formula: '{value} begint als een spreadsheetformule; het wordt als tekst bewaard.',
    notNumber: '{value} is geen getal.',
    negative: '{value} is negatief.',
    notBoolean: '{value} is geen ja/nee (verwacht ja, nee, true, false, 1 of 0).',
    notPostcode: '{value} is geen Nederlandse postcode.'
  },
  validate: {
    example:
      "Dit bestand is een voorbeeld met fictieve gegevens ('voorbeeld (fictief)'); gebruik het niet als echte gegevens.",
    typeDefault:
      'Er is geen kolom voor het type; alle locaties krijgen type {type}. Kies in de koppelstap een typekolom als dat niet klopt ({types}).',
    idEmpty: 'de id is leeg.',
    duplicateId: 'id {id} komt al voor in {where}.',
    nameEmpty: 'de naam is leeg.',
    typeEmpty: 'het type is leeg; kies uit: {types}.',
    typeUnknown: 'type {type} is onbekend voor {sector}; kies uit: {types}.',
    postcodeNoLookup:
      'geen coördinaten, en postcode {pc4} kan niet worden opgezocht: er is geen regio geladen.',
    postcodeUnknown:
      'geen coördinaten, en postcode {pc4} ligt niet in deze regio of is onbekend. Vul coördinaten in.',
    outsideRegion: '{name} ligt {km} km buiten de regio. U beslist of deze locatie meedoet.',
    placedByPostcodeOne:
      '1 van de {rows} locaties heeft geen coördinaten en staat op het midden van het postcodegebied (PC4). Controleer die op de kaart.',
    placedByPostcodeMany:
      '{n} van de {rows} locaties hebben geen coördinaten en staan op het midden van hun postcodegebied (PC4). Controleer ze op de kaart.'
  },
  demand: {
    columnUnknown: 'De koppeling noemt {noun} {column}, maar die bestaat niet. Gevonden: {found}.',
    missingPopulation:
      "Verplichte {noun} 'inwoners' ontbreekt (of kolommen per leeftijdsklasse zoals '0-4', '5-9'). Gevonden: {found}.",
    missingLocation:
      'Er is geen {noun} voor de ligging: verwacht een postcode (PC4), lon en lat, of x en y. Gevonden: {found}.',
    noRegion: 'Een tabel per postcode kan alleen worden ingelezen als er een regio is geladen.',
    populationEmpty: 'het aantal inwoners is leeg.',
    agesSum: 'de leeftijdsklassen tellen op tot {sum}, niet tot {given}.',
    postcodeEmpty: 'de postcode is leeg.',
    postcodeUnknown: 'postcode {pc4} ligt niet in deze regio of is onbekend.',
    duplicatePostcode: 'postcode {id} komt twee keer voor.',
    duplicateId: 'id {id} komt twee keer voor.',
    outsideRegion: 'ligt {km} km buiten de regio.'
  }
} as const;
