/** English messages, namespace `scenarioFiles`: the same keys as ../nl/scenarioFiles.ts. */
import type { Strings } from '../types';
import type { scenarioFiles as nl } from '../nl/scenarioFiles';

export const scenarioFiles: Strings<typeof nl> = {
  cannotLoad: 'Cannot open "{file}": {message}',
  empty: 'the file is empty',
  invalidJson: 'not valid JSON ({reason})',
  field: 'field "{field}"',
  edit: 'change {n}',
  scenario: 'scenario {n}',
  tooNew:
    'schemaVersion {version} is not supported (this version reads 0 to {latest}; the file was probably made by ' +
    'a newer version of the Transitieatlas)',
  notFileOrEdits: 'must be a JSON object (scenario file) or a list of changes',
  unknownInV1: 'unknown field in version 1 (data belong in a file with schemaVersion {latest})',
  unknownInV2: 'unknown field in version 2 (the allocation belongs in a file with schemaVersion {latest})',
  mustBeKind: 'must be "{kind}"',
  mustBeScenarios: 'must be a non-empty list of scenarios',
  noFacilities:
    'is missing: the scenario of sector "{sector}" has no facilities (there are no open data for this sector; ' +
    'the file must bring them)',
  nameTooLong: 'is longer than {max} characters',
  or: ' or ',
  problem: {
    objectWithOp: 'must be an object with an "op"',
    unknownOp: 'unknown operation {op} (expected: {ops})',
    unknownFieldNamed: 'unknown field "{field}"',
    unknownField: 'unknown field',
    missingField: 'field "{field}" is missing',
    fieldNonEmptyString: '"{field}" must be a non-empty text',
    fieldNumber: '"{field}" must be a number',
    missingTracks: '"missingTracks" must be {values}',
    tracks: '"tracks" must be a non-empty list of different school types ({values})',
    capacity: '"capacity" must be 0 or more',
    number: 'must be a number',
    object: 'must be an object',
    unknownParameter: 'unknown parameter (expected: {expected})',
    objectOrEdits: 'must be a JSON object or a list of changes',
    regionId: 'must be a region id',
    oneOf: 'must be one of {values}',
    edits: 'must be a list of changes',
    missing: 'is missing',
    string: 'must be a text',
    nonEmptyString: 'must be a non-empty text',
    stringOrNull: 'must be a text or null',
    boolean: 'must be true or false',
    numberOrNull: 'must be a number of 0 or more, or null',
    nonNegative: 'must be a number of 0 or more',
    longitude: 'must be a longitude (-180 to 180)',
    latitude: 'must be a latitude (-90 to 90)',
    maxChars: 'may be at most {n} characters long',
    duplicateId: 'duplicate id {id}',
    facilities: 'must be a list of facilities',
    demandUnits: 'must be a list of population units',
    notEmpty: 'must not be empty',
    maxFacilities: 'may hold at most {max} facilities (it has {n})',
    maxDemand: 'may hold at most {max} population units (it has {n})',
    pc4OrPoint: 'must be "pc4" or "point"',
    ageBand: 'unknown age band',
    otherSector: 'belongs to sector "{a}", not "{b}"'
  }
};
