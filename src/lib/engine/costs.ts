/**
 * Floor space and a simple cost model. Every default is an assumption the user can change; `assumptions()` lists
 * them with unit, Dutch label and source so every output can show what it rests on.
 *
 * Floor area (m2 gross) of a school = fixedM2 + perPupilM2 * pupils.
 *   - building: the normative area of the pupils the school holds in 2023 (its own DUO count; a new school: the
 *     pupils it receives in the scenario). We do not know real buildings, so this stands in for the stock.
 *   - needed in year Y: the normative area of its projected pupils of year Y.
 *   - surplus = sum over open schools of max(0, building - needed); shortage = sum of max(0, needed - building)
 *     (a school that receives pupils needs room). A closed school's building leaves the stock.
 * Costs per year (euro): locations * perLocation + floor in use * perM2 + transport children * perTransportPupil,
 * with floor in use = sum over open schools of max(building, needed).
 */
import { DEFAULT_TRANSPORT } from './transport';
import type { EngineSector } from './types';

export interface FloorParameters {
  /** Fixed gross floor area per school (m2). */
  fixedM2: number;
  /** Gross floor area per pupil (m2). */
  perPupilM2: number;
}

export interface CostParameters {
  /** Fixed yearly cost of an open location (euro per year): management, maintenance, energy base load. */
  perLocation: number;
  /** Yearly cost of a square metre of school building in use (euro per m2 per year). */
  perM2: number;
  /** Yearly cost of transport for one entitled pupil (euro per pupil per year). */
  perTransportPupil: number;
}

export const DEFAULT_FLOOR: Readonly<Record<EngineSector, Readonly<FloorParameters>>> =
  /* @__PURE__ */ Object.freeze({
    po: Object.freeze({ fixedM2: 200, perPupilM2: 5.03 }),
    vo: Object.freeze({ fixedM2: 1500, perPupilM2: 8 })
  });

/** VO transport defaults to 0: municipalities transport secondary pupils only in special cases. */
export const DEFAULT_COSTS: Readonly<Record<EngineSector, Readonly<CostParameters>>> =
  /* @__PURE__ */ Object.freeze({
    po: Object.freeze({ perLocation: 50_000, perM2: 100, perTransportPupil: 2_000 }),
    vo: Object.freeze({ perLocation: 50_000, perM2: 100, perTransportPupil: 0 })
  });

export interface Assumption {
  /** Parameter path, e.g. `floor.perPupilM2`. */
  key: string;
  value: number;
  unit: string;
  /** Dutch description for the UI and exports. */
  label: string;
  /** Where the value comes from ('aanname' when it is our assumption; 'ingesteld' when the user set it). */
  source: string;
}

const nonNegative = (name: string, v: unknown, max: number): number => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) {
    throw new RangeError(`${name} must be a number from 0 to ${max}, got ${String(v)}`);
  }
  return v;
};

export function resolveFloor(sector: EngineSector, p: Partial<FloorParameters> | undefined): FloorParameters {
  const out: FloorParameters = { ...DEFAULT_FLOOR[sector], ...(p ?? {}) };
  nonNegative('fixedM2', out.fixedM2, 100_000);
  nonNegative('perPupilM2', out.perPupilM2, 100);
  return out;
}

export function resolveCosts(sector: EngineSector, p: Partial<CostParameters> | undefined): CostParameters {
  const out: CostParameters = { ...DEFAULT_COSTS[sector], ...(p ?? {}) };
  nonNegative('perLocation', out.perLocation, 1e9);
  nonNegative('perM2', out.perM2, 1e6);
  nonNegative('perTransportPupil', out.perTransportPupil, 1e6);
  return out;
}

/** Normative gross floor area of a school with `pupils` pupils. */
export function floorArea(floor: FloorParameters, pupils: number): number {
  return floor.fixedM2 + floor.perPupilM2 * pupils;
}

export interface FloorTotals {
  buildingM2: number;
  neededM2: number;
  surplusM2: number;
  shortageM2: number;
}

export interface CostTotals {
  locations: number;
  floor: number;
  transport: number;
  total: number;
}

export function yearCosts(
  costs: CostParameters,
  openLocations: number,
  floorInUseM2: number,
  transportChildren: number
): CostTotals {
  const locations = openLocations * costs.perLocation;
  const floor = floorInUseM2 * costs.perM2;
  const transport = transportChildren * costs.perTransportPupil;
  return { locations, floor, transport, total: locations + floor + transport };
}

const FLOOR_LABELS: Record<EngineSector, { fixed: string; perPupil: string; source: string }> = {
  po: {
    fixed: 'Vaste normatieve vloeroppervlakte per basisschool',
    perPupil: 'Normatieve vloeroppervlakte per leerling (basisonderwijs)',
    source:
      'aanname op basis van de normbekostiging huisvesting PO (200 m² vast + 5,03 m² per leerling); aanpasbaar'
  },
  vo: {
    fixed: 'Vaste normatieve vloeroppervlakte per vo-vestiging',
    perPupil: 'Normatieve vloeroppervlakte per leerling (voortgezet onderwijs)',
    source: 'aanname (1500 m² vast + 8 m² per leerling), geen officiële norm; stel de waarde van uw regio in'
  }
};

/**
 * The parameters behind a year evaluation as a labelled list. A value equal to its default carries the default's
 * source; a changed value is marked 'ingesteld door de gebruiker'.
 */
export function assumptions(
  sector: EngineSector,
  values: {
    birthTrend: number | 'data';
    /** The region's data-derived trend (shown when birthTrend is 'data'). */
    birthTrendRegion: number;
    birthBand: number;
    migration: number;
    thresholdM: number;
    floor: FloorParameters;
    costs: CostParameters;
  }
): Assumption[] {
  const user = 'ingesteld door de gebruiker';
  const src = (value: number, def: number, source: string) => (value === def ? source : user);
  const fl = FLOOR_LABELS[sector];
  const df = DEFAULT_FLOOR[sector];
  const dc = DEFAULT_COSTS[sector];
  return [
    {
      key: 'prognosis.birthTrend',
      value: values.birthTrend === 'data' ? values.birthTrendRegion : values.birthTrend,
      unit: 'fractie per jaar',
      label: 'Jaarlijkse verandering van het aantal geboorten na 2021',
      source:
        values.birthTrend === 'data'
          ? 'afgeleid uit de data: cohort 0-4 tegen 5-9 jaar per gemeente (CBS 2021); hier de regio samen'
          : user
    },
    {
      key: 'prognosis.birthBand',
      value: values.birthBand,
      unit: 'fractie per jaar',
      label: 'Bandbreedte: lage en hoge variant van de geboortetrend (min en plus)',
      source: src(values.birthBand, 0.01, 'aanname: 1 % per jaar')
    },
    {
      key: 'prognosis.migration',
      value: values.migration,
      unit: 'fractie per jaar',
      label: 'Jaarlijkse netto migratie, op alle leeftijden',
      source: src(values.migration, 0, 'aanname: geen netto migratie (0 %)')
    },
    {
      key: 'transport.thresholdM',
      value: values.thresholdM,
      unit: 'm',
      label:
        'Afstand tot de dichtstbijzijnde open school waarboven een kind recht heeft op leerlingenvervoer',
      source: src(
        values.thresholdM,
        DEFAULT_TRANSPORT.thresholdM,
        'aanname: 6 km, de gebruikelijke grens in gemeentelijke verordeningen leerlingenvervoer (po)'
      )
    },
    {
      key: 'floor.fixedM2',
      value: values.floor.fixedM2,
      unit: 'm²',
      label: fl.fixed,
      source: src(values.floor.fixedM2, df.fixedM2, fl.source)
    },
    {
      key: 'floor.perPupilM2',
      value: values.floor.perPupilM2,
      unit: 'm² per leerling',
      label: fl.perPupil,
      source: src(values.floor.perPupilM2, df.perPupilM2, fl.source)
    },
    {
      key: 'costs.perLocation',
      value: values.costs.perLocation,
      unit: 'euro per jaar',
      label: 'Vaste kosten per open locatie per jaar (beheer, onderhoud, energie)',
      source: src(values.costs.perLocation, dc.perLocation, 'aanname')
    },
    {
      key: 'costs.perM2',
      value: values.costs.perM2,
      unit: 'euro per m² per jaar',
      label: 'Kosten per m² schoolgebouw in gebruik per jaar',
      source: src(values.costs.perM2, dc.perM2, 'aanname')
    },
    {
      key: 'costs.perTransportPupil',
      value: values.costs.perTransportPupil,
      unit: 'euro per leerling per jaar',
      label: 'Kosten van leerlingenvervoer per leerling per jaar',
      source: src(
        values.costs.perTransportPupil,
        dc.perTransportPupil,
        sector === 'po'
          ? 'aanname'
          : 'aanname: 0, gemeenten vervoeren vo-leerlingen alleen in bijzondere gevallen (bijvoorbeeld met een beperking)'
      )
    }
  ];
}
