/**
 * What the facility panel and the search list show about a school, from the bundle (name, BRIN, norm) and the
 * engine result (status, pupils after the scenario, where pupils went). Pure, so it is tested in node.
 */
import type { Facility, RegionBundle } from '$lib/engine/geodata/schema';
import { normFor } from '$lib/engine/norms';
import { STATUS_CLOSED, STATUS_OPEN, type EvaluationResult } from '$lib/engine/types';
import { t } from '$lib/i18n/catalogue';
import { facilityLabel, type NameLookup } from '../text/edit-text';

export type FacilityStatus = 'open' | 'closed' | 'merged';

export interface FlowLine {
  id: string;
  label: string;
  pupils: number;
}

/** Where the pupils went, with how that school stands now: does it stay above its norm? */
export interface OutFlowLine extends FlowLine {
  /** The receiving school's pupils after the scenario. */
  total: number;
  norm: number | null;
  belowNorm: boolean;
  /** The receiving school closed later in the scenario (its pupils moved on). */
  closed: boolean;
}

export interface FacilityDetails {
  id: string;
  name: string;
  place: string | null;
  denomination: string;
  brin: string;
  address: string;
  context: boolean;
  isNew: boolean;
  /** Known to the engine for this sector and parameters (a far context school may not be). */
  inEngine: boolean;
  status: FacilityStatus;
  /** DUO count (null where DUO gives none); 0 for a new location. */
  pupilsBase: number | null;
  /** After the scenario; equals the base count without a result. */
  pupilsNow: number;
  norm: number | null;
  normSource: 'gemeente' | 'deelgebied' | null;
  /** Pupils now minus norm; null without a norm or when closed. */
  margin: number | null;
  belowNorm: boolean;
  capacity: number | null;
  /** Where this school's pupils went (closed or merged). */
  outflows: OutFlowLine[];
  /** Its place has no open school any more (it had one in the baseline). */
  placeWithout: boolean;
  /** Schools whose pupils came here. */
  inflows: FlowLine[];
  /** The choice model's baseline pupils (allocation 'choice', po and vo); null otherwise. Modelled, not counted. */
  modelled: number | null;
  /** The pupils of this closed school were spread by the choice model (not a merge, not the nearest rule). */
  flowsByModel: boolean;
}

/** Name and place of every facility of the bundle, and of the result's new locations. */
export function nameLookup(bundle: RegionBundle, result: EvaluationResult | null): NameLookup {
  const byId = new Map<string, { name: string; place: string | null }>();
  for (const f of bundle.facilities) byId.set(f.id, { name: f.name, place: f.place });
  for (const a of result?.facilities.added ?? []) byId.set(a.id, { name: a.name, place: a.place });
  return (id) => byId.get(id);
}

/** The bundle's facilities by id (every sector: ids are unique in a bundle). */
export function facilityMap(bundle: RegionBundle): Map<string, Facility> {
  return new Map(bundle.facilities.map((f) => [f.id, f]));
}

export function facilityDetails(
  id: string,
  bundle: RegionBundle,
  facilities: ReadonlyMap<string, Facility>,
  evaluated: { facilityIds: readonly string[]; result: EvaluationResult } | null,
  lookup: NameLookup
): FacilityDetails | null {
  const result = evaluated?.result ?? null;
  const base = facilities.get(id);
  const addedAt = result ? result.facilities.added.findIndex((a) => a.id === id) : -1;
  if (!base && addedAt < 0) return null;

  let e = -1;
  if (evaluated && result) {
    e = base ? evaluated.facilityIds.indexOf(id) : evaluated.facilityIds.length + addedAt;
  }
  const status: FacilityStatus =
    !result || e < 0
      ? 'open'
      : result.facilities.status[e] === STATUS_OPEN
        ? 'open'
        : result.facilities.status[e] === STATUS_CLOSED
          ? 'closed'
          : 'merged';

  let norm: number | null = null;
  let normSource: FacilityDetails['normSource'] = null;
  if (base) {
    const match = base.context ? null : normFor(base, bundle.norms);
    norm = match?.norm ?? null;
    normSource = match?.source ?? null;
  } else if (result) {
    const a = result.facilities.added[addedAt];
    norm = a.norm;
    normSource = a.normSource;
  }

  const pupilsBase = base ? base.pupils : 0;
  const pupilsNow = result && e >= 0 ? result.facilities.pupils[e] : (pupilsBase ?? 0);
  const cap = result && e >= 0 ? result.facilities.capacity[e] : NaN;
  const line = (other: string, pupils: number): FlowLine => ({
    id: other,
    label: facilityLabel(other, lookup),
    pupils
  });
  const added = addedAt >= 0 && result ? result.facilities.added[addedAt] : null;
  const outLine = (other: string, pupils: number): OutFlowLine => {
    const k = evaluated ? evaluated.facilityIds.indexOf(other) : -1;
    const a = result ? result.facilities.added.findIndex((x) => x.id === other) : -1;
    const j = k >= 0 ? k : a >= 0 && evaluated ? evaluated.facilityIds.length + a : -1;
    const f = facilities.get(other);
    const norm = f
      ? f.context
        ? null
        : (normFor(f, bundle.norms)?.norm ?? null)
      : (result?.facilities.added[a]?.norm ?? null);
    return {
      ...line(other, pupils),
      total: result && j >= 0 ? result.facilities.pupils[j] : 0,
      norm,
      belowNorm: !!result && j >= 0 && result.facilities.belowNorm[j] === 1,
      closed: !!result && j >= 0 && result.facilities.status[j] !== STATUS_OPEN
    };
  };
  const place = base?.place ?? added?.place ?? null;

  return {
    id,
    name: base?.name ?? added?.name ?? id,
    place: base?.place ?? added?.place ?? null,
    denomination: base?.denomination ?? t('facility.newLocation'),
    brin: base?.brin ?? '',
    address: base?.address ?? '',
    context: base?.context ?? false,
    isNew: !base,
    inEngine: e >= 0,
    status,
    pupilsBase,
    pupilsNow,
    norm,
    normSource,
    margin: norm !== null && status === 'open' ? pupilsNow - norm : null,
    belowNorm: !!result && e >= 0 && result.facilities.belowNorm[e] === 1,
    capacity: Number.isNaN(cap) ? null : cap,
    outflows: (result?.flows ?? []).filter((f) => f.from === id).map((f) => outLine(f.to, f.pupils)),
    placeWithout: !!place && !!result && result.summary.placesWithoutFacility.includes(place),
    inflows: (result?.flows ?? []).filter((f) => f.to === id).map((f) => line(f.from, f.pupils)),
    modelled:
      result?.facilities.modelledPupils && e >= 0 && e < result.facilities.modelledPupils.length
        ? result.facilities.modelledPupils[e]
        : null,
    flowsByModel: status === 'closed' && result?.parameters.allocation === 'choice'
  };
}

export interface SearchEntry {
  id: string;
  name: string;
  place: string | null;
  brin: string;
  context: boolean;
  /** Lower case without accents: name, place, BRIN and id. */
  haystack: string;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The searchable schools of a sector: the engine's facilities (region first) and new locations. */
export function searchEntries(
  facilityIds: readonly string[],
  facilities: ReadonlyMap<string, Facility>,
  result: EvaluationResult | null
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const id of facilityIds) {
    const f = facilities.get(id);
    if (!f) continue;
    entries.push({
      id,
      name: f.name,
      place: f.place,
      brin: f.brin,
      context: f.context,
      haystack: fold(`${f.name} ${f.place} ${f.brin} ${f.id}`)
    });
  }
  for (const a of result?.facilities.added ?? []) {
    entries.push({
      id: a.id,
      name: a.name,
      place: a.place,
      brin: '',
      context: false,
      haystack: fold(`${a.name} ${a.place ?? ''} ${a.id}`)
    });
  }
  return entries.sort(
    (a, b) =>
      Number(a.context) - Number(b.context) || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id)
  );
}

/** Entries matching every word of the query (name, place, BRIN or id), at most `limit`. */
export function searchFacilities(entries: readonly SearchEntry[], query: string, limit = 50): SearchEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const out: SearchEntry[] = [];
  for (const e of entries) {
    if (words.every((w) => e.haystack.includes(w))) out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}
