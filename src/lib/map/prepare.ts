/**
 * Turns a region bundle into the arrays the map layers draw. All geometry work (splitting multipolygons,
 * classifying cells, sizing circles) happens here once per bundle, so the layer accessors only read fields
 * and deck.gl sees the same array references on every render.
 */
import type { Position } from '@deck.gl/core';
import type { DemandUnit, Facility, RegionBundle } from '$lib/engine/geodata/schema';
import {
  CONTEXT_FILL,
  CONTEXT_LINE,
  DEMAND_CLASSES,
  demandClassIndex,
  denominationStyle,
  FACILITY_OUTLINE,
  TRANSPARENT,
  type RGBA
} from './colors';
import { pupilRadius, symbolScale } from './symbols';

export type LonLat = [number, number];

/** One polygon (outer ring + holes) of a municipality; a municipality may have several. */
export interface MunicipalityShape {
  code: string;
  name: string;
  polygon: Position[][];
}

export interface MunicipalityBorder {
  code: string;
  path: Position[];
}

export interface MunicipalityLabel {
  code: string;
  name: string;
  position: LonLat;
}

export interface DemandCell {
  unit: DemandUnit;
  municipalityName: string;
  polygon: Position[];
  fill: RGBA;
}

export interface FacilityPoint {
  facility: Facility;
  position: LonLat;
  radius: number;
  fill: RGBA;
  line: RGBA;
  lineWidth: number;
}

export interface MapData {
  shapes: MunicipalityShape[];
  borders: MunicipalityBorder[];
  labels: MunicipalityLabel[];
  cells: DemandCell[];
  /**
   * Per sector id (po, vo, so and any imported sector), context facilities first and then large before small,
   * so small circles stay on top. A sector without facilities has no entry.
   */
  facilities: Record<string, FacilityPoint[]>;
  /** [[minLon, minLat], [maxLon, maxLat]] of the region. */
  bounds: [LonLat, LonLat];
  /** Factor on all circle radii (smaller for very large regions). */
  symbolScale: number;
}

export function facilityPoint(f: Facility): FacilityPoint {
  const hollow = f.pupils === null;
  const color = f.context ? CONTEXT_FILL : denominationStyle(f.denomination).color;
  return {
    facility: f,
    position: [f.lon, f.lat],
    radius: pupilRadius(f.pupils),
    fill: hollow ? TRANSPARENT : color,
    // A hollow circle is drawn in its own colour; a filled one gets a white rim to lift it off the cells.
    line: hollow ? color : f.context ? CONTEXT_LINE : FACILITY_OUTLINE,
    lineWidth: hollow ? 2 : 1.5
  };
}

function drawOrder(a: FacilityPoint, b: FacilityPoint): number {
  return Number(b.facility.context) - Number(a.facility.context) || b.radius - a.radius;
}

export function prepareMapData(bundle: RegionBundle): MapData {
  const shapes: MunicipalityShape[] = [];
  const borders: MunicipalityBorder[] = [];
  for (const m of bundle.municipalities) {
    // The bundle's number[] pairs are exactly deck.gl's [lon, lat] positions; only the type differs.
    for (const polygon of m.polygon as unknown as Position[][][]) {
      shapes.push({ code: m.code, name: m.name, polygon });
      for (const ring of polygon) borders.push({ code: m.code, path: ring });
    }
  }
  const labels = bundle.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    position: [m.labelLon, m.labelLat] as LonLat
  }));

  const names = new Map(bundle.municipalities.map((m) => [m.code, m.name]));
  const cells = bundle.demand.map((unit) => ({
    unit,
    municipalityName: names.get(unit.municipality) ?? unit.municipality,
    polygon: unit.polygon as unknown as Position[],
    fill: DEMAND_CLASSES[demandClassIndex(unit.Y_LT15)].color
  }));

  const facilities: Record<string, FacilityPoint[]> = { po: [], vo: [], so: [] };
  for (const f of bundle.facilities) (facilities[f.sector] ??= []).push(facilityPoint(f));
  for (const list of Object.values(facilities)) list.sort(drawOrder);

  const [minLon, minLat, maxLon, maxLat] = bundle.meta.bbox;
  return {
    shapes,
    borders,
    labels,
    cells,
    facilities,
    bounds: [
      [minLon, minLat],
      [maxLon, maxLat]
    ],
    symbolScale: symbolScale(bundle.meta.bbox)
  };
}
