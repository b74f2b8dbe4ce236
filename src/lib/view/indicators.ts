/**
 * The indicator panel's rows: value and change against the baseline, formatted in Dutch, with the direction
 * that counts as better. Pure, so the e2e tests' expectations and the panel share one definition of each row.
 * The words follow the sector ("scholen"/"leerlingen", "voorzieningen"/"bezoekers"), the distance rows the
 * thresholds the engine reports in `shareWithin`.
 */
import type { Summary } from '$lib/engine/types';
import { capital, sectorTerms, type SectorTerms } from '$lib/sectors/terms';
import {
  formatCount,
  formatCountDelta,
  formatKm,
  formatKmDelta,
  formatPercent,
  formatPointsDelta,
  UNKNOWN
} from '$lib/i18n';
import { CHOICE_TEXT } from '../text/choice-text';
import { CATALOGUE, INTL_LOCALE, t as msg } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';

type Group = 'one' | 'many' | 'users';
/** A sector word ("scholen", "leerlingen") in the page's language; a word the catalogue lacks stays as it is. */
export function word(group: Group, w: string): string {
  return w in CATALOGUE.nl.workshop.words[group] ? msg(`workshop.words.${group}.${w}` as MessageKey) : w;
}

export type Better = 'up' | 'down' | 'none';

export interface IndicatorRow {
  /** data-testid of the value: `ind-<id>`; its change: `ind-<id>-delta`. */
  id: string;
  label: string;
  value: string;
  /** Empty when equal to the baseline. */
  delta: string;
  /** 'better' / 'worse' / 'neutral' against the baseline; 'same' when unchanged. */
  tone: 'better' | 'worse' | 'neutral' | 'same';
  /** Shown in presentation mode too. */
  key: boolean;
}

interface Def {
  id: string;
  label: string;
  key: boolean;
  better: Better;
  get: (s: Summary, moved: number) => number | null;
  format: (v: number | null) => string;
  delta: (d: number) => string;
  /** Smallest change that is shown (rounding of the display). */
  epsilon: number;
}

const count = (v: number | null) => (v === null ? '–' : formatCount(v));
/** Users where the file gives no count for any facility: unknown, not zero. */
const users = (v: number | null) => (v === null ? UNKNOWN : formatCount(v));

const km = new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 2 });

/** A threshold in metres as Dutch kilometres: 1000 -> "1 km", 2500 -> "2,5 km". */
export function thresholdKm(metres: number): string {
  return msg('workshop.ind.km', { km: km.format(metres / 1000) });
}

/** The `shareWithin` keys in ascending distance ('1000', '3000', '5000' for po and vo). */
export function withinKeys(shareWithin: Summary['shareWithin']): string[] {
  return Object.keys(shareWithin)
    .filter((k) => Number.isFinite(Number(k)))
    .sort((a, b) => Number(a) - Number(b));
}

/** The sector's terms, from an id or as given. */
export function termsOf(sector: string | SectorTerms): SectorTerms {
  return typeof sector === 'string' ? sectorTerms(sector) : sector;
}

function defs(t: SectorTerms, within: string[], usersKnown: boolean, modelled: boolean): Def[] {
  return [
    {
      id: 'open',
      label: msg('workshop.ind.open', { many: word('many', t.many) }),
      key: true,
      better: 'none',
      get: (s) => s.openFacilities,
      format: count,
      delta: formatCountDelta,
      epsilon: 0.5
    },
    {
      id: 'pupils',
      label: capital(word('users', t.users)),
      key: false,
      better: 'none',
      get: (s) => (usersKnown ? s.pupilsTotal : null),
      format: users,
      delta: formatCountDelta,
      epsilon: 0.5
    },
    ...(['mean', 'p50', 'p90', 'max'] as const).map((k): Def => ({
      id: k,
      label: {
        mean: msg('workshop.ind.mean'),
        p50: msg('workshop.ind.p50'),
        p90: msg('workshop.ind.p90'),
        max: msg('workshop.ind.max')
      }[k],
      key: k === 'mean' || k === 'p90',
      better: 'down',
      get: (s) => s.distanceM[k],
      format: formatKm,
      delta: formatKmDelta,
      epsilon: 5
    })),
    // Under the choice rule: the distance to the school the model says children attend (modelled).
    ...(modelled
      ? [
          {
            id: 'modelled-mean',
            label: CHOICE_TEXT.modelledDistance,
            key: false,
            better: 'down',
            get: (s) => s.modelledMeanDistanceM,
            format: (v) => (v === null ? '–' : formatKm(v)),
            delta: formatKmDelta,
            epsilon: 5
          } satisfies Def
        ]
      : []),
    ...within.map((k, i): Def => ({
      id: `within-${k}`,
      label: msg('workshop.ind.within', { km: thresholdKm(Number(k)) }),
      key: i === 0,
      better: 'up',
      get: (s) => s.shareWithin[k] ?? null,
      format: formatPercent,
      delta: formatPointsDelta,
      epsilon: 0.0005
    })),
    ...(t.norms
      ? [
          {
            id: 'below-norm',
            label: msg('workshop.ind.belowNorm'),
            key: true,
            better: 'down',
            get: (s) => s.belowNorm,
            format: count,
            delta: formatCountDelta,
            epsilon: 0.5
          } satisfies Def
        ]
      : []),
    {
      id: 'places-without',
      label: msg('workshop.ind.placesWithout', { one: word('one', t.one) }),
      key: true,
      better: 'down',
      get: (s) => s.placesWithoutFacility.length,
      format: count,
      delta: formatCountDelta,
      epsilon: 0.5
    },
    {
      id: 'moved',
      label: msg('workshop.ind.moved', { Users: capital(word('users', t.users)) }),
      key: true,
      better: 'none',
      get: (_, moved) => (usersKnown ? moved : null),
      format: users,
      delta: formatCountDelta,
      epsilon: 0.5
    }
  ];
}

/**
 * The rows for a scenario summary against the baseline summary (`moved`: pupils that changed school).
 * `usersKnown` false: no facility of the sector has a user count (a file without that column), so the users and
 * the moved users are "onbekend" rather than 0.
 */
export function indicatorRows(
  current: Summary,
  baseline: Summary,
  moved: number,
  sector: string | SectorTerms,
  usersKnown = true
): IndicatorRow[] {
  const modelled = current.modelledMeanDistanceM != null;
  return defs(termsOf(sector), withinKeys(current.shareWithin), usersKnown, modelled).map((d) => {
    const v = d.get(current, moved);
    const b = d.get(baseline, 0);
    const diff = v !== null && b !== null ? v - b : 0;
    // Moved pupils are 0 in the baseline by definition: the value is the change.
    const changed = d.id !== 'moved' && Math.abs(diff) >= d.epsilon;
    const better = d.better === 'up' ? diff > 0 : diff < 0;
    return {
      id: d.id,
      label: d.label,
      value: d.format(v),
      delta: changed ? d.delta(diff) : '',
      tone: !changed ? 'same' : d.better === 'none' ? 'neutral' : better ? 'better' : 'worse',
      key: d.key
    };
  });
}

/** Whether any facility has a user count (null everywhere: the file had no such column). */
export function usersKnown(basePupils: readonly (number | null | undefined)[]): boolean {
  return basePupils.length === 0 || basePupils.some((p) => p !== null && p !== undefined);
}

/** Pupils that no longer attend their own school: the base pupils of every closed or merged school. */
export function movedPupils(status: Uint8Array, basePupils: readonly (number | null)[]): number {
  let moved = 0;
  for (let i = 0; i < basePupils.length; i++) if (status[i] !== 0) moved += basePupils[i] ?? 0;
  return moved;
}
