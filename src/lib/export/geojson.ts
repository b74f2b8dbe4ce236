/**
 * GeoJSON export of a Report's facilities with their scenario attributes, for QGIS and other GIS tools.
 * Coordinates are WGS84 lon/lat as in the report (RFC 7946). Pure function; the input is not mutated.
 * Property names and coded values (`status`, `statusNl`, `normSource`, `pupilsSource`) are the same in every sector
 * and language (machine-readable, scripts read them); the foreign member names the sector and what `pupils` counts
 * in the page's language ("leerlingen", "bezoekers"; English "pupils", "visitors"; Dutch in Node), and says whether
 * the population was imported.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { FacilityStatusText, Parameters, Report, SectorId } from '../engine/index';
import { sectorTerms, type SectorTerms } from '../sectors/terms';
import { usersWord } from '../text/sector-words';
import { STATUS_NL } from './csv';

export interface FacilityProperties {
  id: string;
  name: string;
  place: string | null;
  municipality: string | null;
  municipalityName: string | null;
  context: boolean;
  status: FacilityStatusText;
  /** Dutch label of the status (open, gesloten, samengevoegd, nieuw). */
  statusNl: string;
  /** The count at the start, in the sector's unit (`transitieatlas.pupilsUnit`): DUO pupils, the file's visitors. */
  pupilsBase: number | null;
  pupils: number;
  capacity: number | null;
  norm: number | null;
  normSource: 'deelgebied' | 'gemeente' | null;
  belowNorm: boolean;
}

/** A FeatureCollection with a foreign member describing the scenario (ignored by GIS tools that do not know it). */
export interface FacilityCollection extends FeatureCollection<Point, FacilityProperties> {
  transitieatlas: {
    schemaVersion: 1;
    region: string;
    sector: SectorId;
    /** Name of the sector in the page's language: "Basisonderwijs", "Sport" ("Primary education"). */
    sectorName: string;
    /** What `pupilsBase` and `pupils` count, lower case plural in the page's language: "leerlingen" ("pupils"). */
    pupilsUnit: string;
    /** Where the counts come from: DUO (po, vo, so) or the user's own file. */
    pupilsSource: 'DUO' | 'eigen bestand';
    /** Present when the population came from the user's file instead of the CBS grid. */
    demandSource?: 'import';
    year: number;
    parameters: Parameters;
  };
}

/** The report's facilities as GeoJSON; `terms` default to those of `report.sector`. */
export function facilitiesGeoJson(
  report: Report<SectorId>,
  terms: SectorTerms = sectorTerms(report.sector)
): FacilityCollection {
  const names = new Map(report.municipalities.map((m) => [m.code, m.name]));
  const features = report.facilities.map((f): Feature<Point, FacilityProperties> => ({
    type: 'Feature',
    id: f.id,
    geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
    properties: {
      id: f.id,
      name: f.name,
      ...(f.type !== undefined ? { type: f.type } : {}),
      place: f.place,
      municipality: f.municipality,
      municipalityName: (f.municipality && names.get(f.municipality)) ?? null,
      context: f.context,
      status: f.status,
      statusNl: STATUS_NL[f.status],
      pupilsBase: f.pupilsBase,
      pupils: f.pupils,
      capacity: f.capacity,
      norm: f.norm,
      normSource: f.normSource,
      belowNorm: f.belowNorm
    }
  }));
  return {
    type: 'FeatureCollection',
    transitieatlas: {
      schemaVersion: 1,
      region: report.region,
      sector: report.sector,
      sectorName: terms.name,
      pupilsUnit: usersWord(terms.users),
      pupilsSource: terms.dataSource === 'real' ? 'DUO' : 'eigen bestand',
      ...(report.demandSource === 'import' ? { demandSource: 'import' as const } : {}),
      year: report.year,
      parameters: { ...report.parameters }
    },
    features
  };
}

export const GEOJSON_MIME = 'application/geo+json';
