/**
 * Dutch messages, namespace `scenarioFiles`: what a user reads when a scenario or session file cannot be opened
 * (broken, too new, a wrong field). The engine reports in English; export/scenario-errors.ts translates by pattern.
 * The server runs in Dutch, so its API answers with these; the CLI does not print them.
 */
export const scenarioFiles = {
  cannotLoad: 'Kan "{file}" niet laden: {message}',
  empty: 'het bestand is leeg',
  invalidJson: 'geen geldige JSON ({reason})',
  field: 'veld "{field}"',
  edit: 'bewerking {n}',
  scenario: 'scenario {n}',
  tooNew:
    'schemaVersion {version} wordt niet ondersteund (deze versie leest 0 tot en met {latest}; een nieuwere ' +
    'versie van de Transitieatlas heeft dit bestand misschien gemaakt)',
  notFileOrEdits: 'moet een JSON-object (scenariobestand) of een lijst bewerkingen zijn',
  unknownInV1: 'onbekend veld in versie 1 (gegevens horen in een bestand met schemaVersion {latest})',
  unknownInV2: 'onbekend veld in versie 2 (de toewijzing hoort in een bestand met schemaVersion {latest})',
  mustBeKind: 'moet "{kind}" zijn',
  mustBeScenarios: "moet een niet-lege lijst scenario's zijn",
  noFacilities:
    'ontbreekt: het scenario van sector "{sector}" bevat geen voorzieningen (voor deze sector zijn geen open ' +
    'gegevens; het bestand moet ze meenemen)',
  nameTooLong: 'is langer dan {max} tekens',
  or: ' of ',
  problem: {
    objectWithOp: 'moet een object met een "op" zijn',
    unknownOp: 'onbekende bewerking {op} (verwacht: {ops})',
    unknownFieldNamed: 'onbekend veld "{field}"',
    unknownField: 'onbekend veld',
    missingField: 'veld "{field}" ontbreekt',
    fieldNonEmptyString: '"{field}" moet een niet-lege tekst zijn',
    fieldNumber: '"{field}" moet een getal zijn',
    missingTracks: '"missingTracks" moet {values} zijn',
    tracks: '"tracks" moet een niet-lege lijst verschillende schoolsoorten zijn ({values})',
    capacity: '"capacity" moet 0 of groter zijn',
    number: 'moet een getal zijn',
    object: 'moet een object zijn',
    unknownParameter: 'onbekende parameter (verwacht: {expected})',
    objectOrEdits: 'moet een JSON-object of een lijst bewerkingen zijn',
    regionId: 'moet een regio-id zijn',
    oneOf: 'moet een van {values} zijn',
    edits: 'moet een lijst bewerkingen zijn',
    missing: 'ontbreekt',
    string: 'moet een tekst zijn',
    nonEmptyString: 'moet een niet-lege tekst zijn',
    stringOrNull: 'moet een tekst of null zijn',
    boolean: 'moet true of false zijn',
    numberOrNull: 'moet een getal van 0 of meer zijn, of null',
    nonNegative: 'moet een getal van 0 of meer zijn',
    longitude: 'moet een lengtegraad zijn (-180 tot 180)',
    latitude: 'moet een breedtegraad zijn (-90 tot 90)',
    maxChars: 'mag hoogstens {n} tekens lang zijn',
    duplicateId: 'dubbele id {id}',
    facilities: 'moet een lijst voorzieningen zijn',
    demandUnits: 'moet een lijst bevolkingseenheden zijn',
    notEmpty: 'mag niet leeg zijn',
    maxFacilities: 'mag hoogstens {max} voorzieningen bevatten (het zijn er {n})',
    maxDemand: 'mag hoogstens {max} bevolkingseenheden bevatten (het zijn er {n})',
    pc4OrPoint: 'moet "pc4" of "point" zijn',
    ageBand: 'onbekende leeftijdsklasse',
    otherSector: 'hoort bij sector "{a}", niet bij "{b}"'
  }
} as const;
