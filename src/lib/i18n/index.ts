/** The UI's words and number formatting: one import point. */
export {
  ENGINE_SECTOR_LABEL,
  formatCount,
  formatCountDelta,
  formatFactor,
  formatKm,
  formatKmDelta,
  formatPercent,
  formatPointsDelta,
  formatPupils,
  REGION_TYPE_LABEL,
  SECTOR_LABEL,
  SECTOR_NOUN,
  SECTOR_SHORT,
  SOURCES_LINE,
  UNKNOWN
} from './format';
