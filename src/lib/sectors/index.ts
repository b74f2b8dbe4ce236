export {
  CAPACITY_UNITS,
  PRESET_IDS,
  PRESET_SCHEMA_VERSION,
  PRESETS,
  capacityFor,
  clonePreset,
  demandFor,
  demandOf,
  getPreset,
  resolveType,
  thresholdsFor,
  typeKey,
  type CapacitySemantics,
  type CapacityUnit,
  type DemandAssumption,
  type FacilityType,
  type SectorPreset
} from '../engine/sectors/presets';
export { validatePreset, type PresetValidation } from '../engine/sectors/validate';
