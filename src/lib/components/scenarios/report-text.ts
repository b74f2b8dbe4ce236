/**
 * Dutch wording and number formatting of scenario results, shared by the compare page, the PDF report and the
 * e2e tests' expectations: one place, so a number reads the same on screen and on paper. Pure functions.
 */
import type {
  CompareIndicator,
  Edit,
  EngineSector,
  FacilityStatusText,
  IndicatorUnit,
  Parameters,
  ReportFacility
} from '$lib/engine';

export const INDICATOR_LABEL: Record<CompareIndicator, string> = {
  openFacilities: 'Open scholen in de regio',
  belowNorm: 'Scholen onder de opheffingsnorm',
  placesWithoutFacility: 'Kernen zonder school',
  pupilsToContext: 'Leerlingen naar scholen buiten de regio',
  distanceMean: 'Gemiddelde afstand tot de dichtstbijzijnde school',
  distanceP50: 'Afstand waarbinnen de helft van de kinderen woont',
  distanceP90: 'Afstand waarbinnen 90 % van de kinderen woont',
  distanceMax: 'Grootste afstand',
  shareWithin1000: 'Kinderen binnen 1 km van een school',
  shareWithin3000: 'Kinderen binnen 3 km van een school',
  shareWithin5000: 'Kinderen binnen 5 km van een school'
};

/** Short labels for narrow tables (the PDF). */
export const INDICATOR_SHORT: Record<CompareIndicator, string> = {
  openFacilities: 'Open scholen',
  belowNorm: 'Onder opheffingsnorm',
  placesWithoutFacility: 'Kernen zonder school',
  pupilsToContext: 'Leerlingen naar buiten regio',
  distanceMean: 'Gemiddelde afstand',
  distanceP50: 'Afstand mediaan (P50)',
  distanceP90: 'Afstand P90',
  distanceMax: 'Grootste afstand',
  shareWithin1000: 'Kinderen binnen 1 km',
  shareWithin3000: 'Kinderen binnen 3 km',
  shareWithin5000: 'Kinderen binnen 5 km'
};

export const SECTOR_NAME: Record<EngineSector, string> = {
  po: 'Basisonderwijs',
  vo: 'Voortgezet onderwijs'
};

export const STATUS_LABEL: Record<FacilityStatusText, string> = {
  open: 'open',
  closed: 'gesloten',
  merged: 'samengevoegd',
  new: 'nieuw'
};

export const BASELINE_NAME = 'Basis (huidige situatie)';

const fmt = (digits: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const INT = fmt(0);
const ONE = fmt(1);
const TWO = fmt(2);

/**
 * The minus sign of differences: the typographic U+2212 on screen; the PDF passes '-' (its standard fonts have
 * no U+2212).
 */
export type Minus = '−' | '-';

function signed(text: string, n: number, minus: Minus): string {
  if (text.replace(/[^1-9]/g, '') === '') return text.replace(/^-/, ''); // "-0,0" -> "0,0"
  return n > 0 ? `+${text}` : text.replace(/^-/, minus);
}

/** An indicator value as shown: counts whole, distances in km with 2 decimals, shares in % with 1 decimal. */
export function formatIndicator(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '–';
  if (unit === 'count') return INT.format(value);
  if (unit === 'm') return `${TWO.format(value / 1000)} km`;
  return `${ONE.format(value * 100)} %`;
}

/** A difference B - A with a sign; shares in percentage points. "0" without sign when nothing changed. */
export function formatDifference(value: number | null, unit: IndicatorUnit, minus: Minus = '−'): string {
  if (value === null) return '–';
  if (unit === 'count') return signed(INT.format(value), value, minus);
  if (unit === 'm') return `${signed(TWO.format(value / 1000), value, minus)} km`;
  return `${signed(ONE.format(value * 100), value, minus)} %-punt`;
}

/** The change judged for the children: better, worse or the same (rounded as shown). */
export function judge(
  difference: number | null,
  unit: IndicatorUnit,
  better: 'higher' | 'lower'
): 'better' | 'worse' | 'same' {
  if (difference === null) return 'same';
  const shown = formatDifference(difference, unit);
  if (!/[1-9]/.test(shown)) return 'same';
  return difference > 0 === (better === 'higher') ? 'better' : 'worse';
}

export function formatPupils(n: number | null): string {
  return n === null ? 'onbekend' : INT.format(n);
}

export function formatKm(metres: number): string {
  return `${TWO.format(metres / 1000)} km`;
}

export function parametersText(p: Parameters): string {
  return p.detourFactor === 1
    ? 'Afstand hemelsbreed (omwegfactor 1)'
    : `Afstand hemelsbreed × omwegfactor ${TWO.format(p.detourFactor).replace(/,?0+$/, '')}`;
}

export function dateText(d: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

type Named = Pick<ReportFacility, 'id' | 'name' | 'place'>;

function facilityText(id: string, byId: ReadonlyMap<string, Named>): string {
  const f = byId.get(id);
  if (!f) return id;
  return f.place ? `${f.name} (${f.place})` : f.name;
}

/** One edit as a Dutch sentence, naming schools by name and place (the report's facility list). */
export function editText(edit: Edit, byId: ReadonlyMap<string, Named>): string {
  switch (edit.op) {
    case 'close':
      return `Sluiten: ${facilityText(edit.facility, byId)}`;
    case 'merge':
      return `Samenvoegen: ${facilityText(edit.facility, byId)} gaat op in ${facilityText(edit.into, byId)}`;
    case 'open':
      return (
        `Nieuwe school: ${facilityText(edit.id, byId)}` +
        (edit.capacity !== undefined ? `, capaciteit ${INT.format(edit.capacity)}` : '')
      );
    case 'capacity':
      return `Capaciteit ${facilityText(edit.facility, byId)}: ${INT.format(edit.capacity)} leerlingen`;
  }
}

/** id -> facility, for editText. */
export function facilityIndex(facilities: readonly Named[]): Map<string, Named> {
  return new Map(facilities.map((f) => [f.id, f]));
}
