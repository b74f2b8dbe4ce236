/**
 * Checking the room's criteria against a prepared region before anything is computed: every problem becomes an
 * OptimiseInputError with one Dutch sentence naming what is wrong (the CLI exits 2 with it, the panel shows it and
 * keeps the session as it was).
 */
import type { PreparedRegion } from '../prepare';
import { YEAR_MAX, YEAR_MIN } from '../prognosis';
import { FIELD, INPUT, wordsFor, type Words } from './messages';
import {
  OPTIMISE_OBJECTIVES,
  type DenominationCriterion,
  type OptimiseCriteria,
  type OptimiseObjective
} from './criteria';

/** Criteria that cannot be used as given. `field` names the criterion (`keep`, `maxDistanceKm`, ...). */
export class OptimiseInputError extends Error {
  constructor(
    message: string,
    readonly field: keyof OptimiseCriteria | 'region'
  ) {
    super(message);
    this.name = 'OptimiseInputError';
  }
}

/** The criteria with defaults filled in and ids checked; what the optimiser and its report work from. */
export interface ResolvedCriteria {
  objective: OptimiseObjective;
  keep: number | null;
  maxDistanceKm: number | null;
  /** 1 when not given. */
  share: number;
  minPupils: number | 'norm' | null;
  year: number | null;
  /** Sorted, without duplicates. */
  lockOpen: string[];
  lockClosed: string[];
  placeMinChildren: number | null;
  denominations: DenominationCriterion[];
}

/** Largest distance a criterion may ask about (km). */
export const MAX_KM = 100;

const isKm = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_KM;

/** The words of the prepared sector. */
export function sectorWords(prepared: PreparedRegion): Words {
  return wordsFor(prepared.sector, prepared.preset.capacity.unit);
}

/** Normalised for comparing denominations: lower case, single spaces. */
const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** DUO's abbreviations in "Samenwerking PC, RK" and the like. */
const ABBREVIATIONS: Record<string, string> = {
  rk: 'rooms-katholiek',
  pc: 'protestants-christelijk',
  opb: 'openbaar'
};

/**
 * Whether a school of DUO denomination `denomination` counts for the wanted one: the same name (case-insensitive),
 * or a samenwerkingsschool that names it ("Samenwerking PC, RK" counts for Protestants-Christelijk and for
 * Rooms-Katholiek).
 */
export function denominationMatches(denomination: string, wanted: string): boolean {
  const d = norm(denomination);
  const w = norm(wanted);
  if (d === w) return true;
  if (!d.startsWith('samenwerking')) return false;
  return d
    .slice('samenwerking'.length)
    .split(/[\s,/]+/)
    .filter(Boolean)
    .some((part) => (ABBREVIATIONS[part] ?? part) === w);
}

function lockList(value: unknown, field: 'lockOpen' | 'lockClosed'): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new OptimiseInputError(INPUT.lockList(FIELD[field]), field);
  }
  return [...new Set((value as string[]).map((v) => v.trim()).filter(Boolean))].sort();
}

/** Check the criteria for the prepared region and sector; throws OptimiseInputError with a Dutch message. */
export function resolveCriteria(prepared: PreparedRegion, criteria: OptimiseCriteria): ResolvedCriteria {
  const words = sectorWords(prepared);
  const c = (criteria ?? {}) as Partial<OptimiseCriteria>;
  const objective = c.objective as OptimiseObjective;
  if (!OPTIMISE_OBJECTIVES.includes(objective)) {
    throw new OptimiseInputError(INPUT.objective(c.objective), 'objective');
  }

  let maxDistanceKm: number | null = null;
  if (c.maxDistanceKm !== undefined && c.maxDistanceKm !== null) {
    if (!isKm(c.maxDistanceKm))
      throw new OptimiseInputError(INPUT.distance(c.maxDistanceKm), 'maxDistanceKm');
    maxDistanceKm = c.maxDistanceKm;
  }
  if (objective === 'coverage' && maxDistanceKm === null) {
    throw new OptimiseInputError(INPUT.distanceMissing(), 'maxDistanceKm');
  }
  let share = 1;
  if (c.share !== undefined && c.share !== null) {
    if (typeof c.share !== 'number' || !(c.share > 0 && c.share <= 1)) {
      throw new OptimiseInputError(INPUT.share(c.share), 'share');
    }
    if (maxDistanceKm === null) throw new OptimiseInputError(INPUT.shareWithoutDistance(), 'share');
    share = c.share;
  }

  let year: number | null = null;
  if (c.year !== undefined && c.year !== null) {
    if (typeof c.year !== 'number' || !Number.isInteger(c.year) || c.year < YEAR_MIN || c.year > YEAR_MAX) {
      throw new OptimiseInputError(INPUT.year(c.year, YEAR_MIN, YEAR_MAX), 'year');
    }
    if (prepared.sector !== 'po' && prepared.sector !== 'vo') {
      throw new OptimiseInputError(INPUT.noYears(prepared.sector), 'year');
    }
    year = c.year;
  }

  let minPupils: number | 'norm' | null = null;
  if (c.minPupils !== undefined && c.minPupils !== null) {
    if (c.minPupils === 'norm') {
      if (!prepared.normsApply) throw new OptimiseInputError(INPUT.noNorms(prepared.sector), 'minPupils');
      minPupils = 'norm';
    } else if (typeof c.minPupils === 'number' && Number.isInteger(c.minPupils) && c.minPupils >= 1) {
      minPupils = c.minPupils;
    } else {
      throw new OptimiseInputError(INPUT.minPupils(c.minPupils), 'minPupils');
    }
  }

  const lockOpen = lockList(c.lockOpen, 'lockOpen');
  const lockClosed = lockList(c.lockClosed, 'lockClosed');
  const nameOf = (i: number) => prepared.facilities[i].name;
  for (const [list, field] of [
    [lockOpen, 'lockOpen'],
    [lockClosed, 'lockClosed']
  ] as const) {
    for (const id of list) {
      const i = prepared.facilityById.get(id);
      if (i === undefined) throw new OptimiseInputError(INPUT.lockUnknown(id, FIELD[field], words), field);
      if (prepared.isContext[i]) {
        throw new OptimiseInputError(INPUT.lockContext(id, nameOf(i), FIELD[field]), field);
      }
    }
  }
  const both = lockOpen.find((id) => lockClosed.includes(id));
  if (both !== undefined) {
    throw new OptimiseInputError(
      INPUT.lockBoth(both, nameOf(prepared.facilityById.get(both)!)),
      'lockClosed'
    );
  }

  let regionCount = 0;
  for (let i = 0; i < prepared.facilityIds.length; i++) if (!prepared.isContext[i]) regionCount++;
  let keep: number | null = null;
  if (objective === 'fewest') {
    if (c.keep !== undefined && c.keep !== null) throw new OptimiseInputError(INPUT.keepWithFewest(), 'keep');
  } else {
    if (c.keep === undefined || c.keep === null) {
      throw new OptimiseInputError(INPUT.keepMissing(objective), 'keep');
    }
    if (typeof c.keep !== 'number' || !Number.isInteger(c.keep) || c.keep < 1) {
      throw new OptimiseInputError(INPUT.keepNotInteger(c.keep), 'keep');
    }
    if (c.keep > regionCount)
      throw new OptimiseInputError(INPUT.keepTooMany(c.keep, regionCount, words), 'keep');
    if (c.keep < lockOpen.length) {
      throw new OptimiseInputError(INPUT.keepBelowLocks(c.keep, lockOpen.length, words), 'keep');
    }
    if (c.keep > regionCount - lockClosed.length) {
      throw new OptimiseInputError(
        INPUT.keepAboveAllowed(c.keep, regionCount - lockClosed.length, lockClosed.length, words),
        'keep'
      );
    }
    keep = c.keep;
  }

  let placeMinChildren: number | null = null;
  if (c.placeMinChildren !== undefined && c.placeMinChildren !== null) {
    if (
      typeof c.placeMinChildren !== 'number' ||
      !Number.isFinite(c.placeMinChildren) ||
      c.placeMinChildren < 0
    ) {
      throw new OptimiseInputError(INPUT.placeMinChildren(c.placeMinChildren, words), 'placeMinChildren');
    }
    placeMinChildren = c.placeMinChildren;
  }

  const denominations: DenominationCriterion[] = [];
  if (c.denominations !== undefined && c.denominations !== null) {
    if (!Array.isArray(c.denominations))
      throw new OptimiseInputError(INPUT.denominationShape(), 'denominations');
    if (c.denominations.length > 0 && prepared.sector !== 'po') {
      throw new OptimiseInputError(INPUT.denominationsOnlyPo(), 'denominations');
    }
    const known = [...new Set(prepared.facilities.map((f) => f.denomination).filter(Boolean))].sort();
    for (const d of c.denominations) {
      if (
        typeof d !== 'object' ||
        d === null ||
        typeof d.denomination !== 'string' ||
        d.denomination.trim() === ''
      ) {
        throw new OptimiseInputError(INPUT.denominationShape(), 'denominations');
      }
      if (!isKm(d.withinKm)) {
        throw new OptimiseInputError(
          INPUT.distance(d.withinKm, `De afstand voor ${d.denomination}`),
          'denominations'
        );
      }
      const name = d.denomination.trim();
      if (!prepared.facilities.some((f) => denominationMatches(f.denomination, name))) {
        throw new OptimiseInputError(
          INPUT.denominationUnknown(
            name,
            known.filter((k) => !k.toLowerCase().startsWith('samenwerking'))
          ),
          'denominations'
        );
      }
      // The name as DUO spells it, when it is one of DUO's.
      denominations.push({
        denomination: known.find((k) => norm(k) === norm(name)) ?? name,
        withinKm: d.withinKm
      });
    }
  }

  if (
    objective === 'fewest' &&
    maxDistanceKm === null &&
    placeMinChildren === null &&
    denominations.length === 0
  ) {
    throw new OptimiseInputError(INPUT.fewestNeedsCriteria(), 'objective');
  }

  return {
    objective,
    keep,
    maxDistanceKm,
    share,
    minPupils,
    year,
    lockOpen,
    lockClosed,
    placeMinChildren,
    denominations
  };
}
