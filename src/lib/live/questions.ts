/**
 * The questions of a live session: the default criteria questions a new session opens with, the check of a
 * question definition (a facilitator's own question), and the check of an answer against its question. Pure;
 * the server runs the answer check inside the transaction that stores the vote, the phone runs it before sending.
 */
import type { AnswerValue, ChoiceOption, Question } from './types';
import { ANSWER_TEXT, formatNumber, QUESTION_TEXT } from './live-text';

/** Ids of the default questions; the room-criteria mapping (criteria.ts) reads them by id. */
export const Q = {
  maxDistance: 'maxDistanceKm',
  minPupils: 'minPupils',
  village: 'schoolInEveryVillage',
  denomination: 'denomination',
  maxLocations: 'maxLocations'
} as const;

/** Option values of the default choice questions, in the order of increasing demand on the map. */
export const VILLAGE_OPTIONS = ['nee', 'groot', 'ja'] as const;
export const DENOMINATION_OPTIONS = ['niet', 'redelijk', 'zeer'] as const;
/** The non-number answer of the minimum-size question (po): the school's own opheffingsnorm. */
export const NORM_VALUE = 'norm';

const SCHOOL_SECTORS = new Set(['po', 'vo', 'so']);

/** Distance range per sector: primary schools are near, special education far. */
const DISTANCE_RANGE: Record<string, [number, number, number]> = {
  po: [1, 15, 0.5],
  vo: [2, 30, 1],
  so: [5, 60, 5]
};
const SIZE_RANGE: Record<string, [number, number, number]> = {
  po: [0, 400, 5],
  vo: [0, 2000, 25],
  so: [0, 400, 5]
};

export interface SessionContext {
  sector: string;
  /** Region facilities of the sector today (not context ones); null when the server does not know (imported). */
  facilityCount: number | null;
  /** The sector's words: one facility, its users ("school", "leerlingen"). */
  one: string;
  users: string;
}

/** The criteria questions a new session opens with (all open at once). */
export function defaultQuestions(ctx: SessionContext): Question[] {
  const school = SCHOOL_SECTORS.has(ctx.sector);
  const [dMin, dMax, dStep] = DISTANCE_RANGE[ctx.sector] ?? [1, 30, 0.5];
  const [sMin, sMax, sStep] = SIZE_RANGE[ctx.sector] ?? [0, 2000, 10];
  const locations = ctx.facilityCount && ctx.facilityCount > 0 ? ctx.facilityCount : 500;
  const t = QUESTION_TEXT;
  const questions: Question[] = [
    {
      id: Q.maxDistance,
      label: t.maxDistance(ctx.one),
      kind: 'number',
      min: dMin,
      max: dMax,
      step: dStep,
      unit: 'km',
      options: [],
      help: t.maxDistanceHelp,
      open: true
    },
    {
      id: Q.minPupils,
      label: t.minPupils(ctx.one, ctx.users),
      kind: 'number',
      min: sMin,
      max: sMax,
      step: sStep,
      unit: ctx.users,
      options: ctx.sector === 'po' ? [{ value: NORM_VALUE, label: t.normOption }] : [],
      help: ctx.sector === 'po' ? t.minPupilsNormHelp : null,
      open: true
    },
    {
      id: Q.village,
      label: t.village(ctx.one),
      kind: 'choice',
      min: null,
      max: null,
      step: null,
      unit: null,
      options: [
        { value: 'ja', label: t.villageYes },
        { value: 'groot', label: t.villageLarge },
        { value: 'nee', label: t.villageNo }
      ],
      help: t.villageHelp,
      open: true
    }
  ];
  if (school) {
    questions.push({
      id: Q.denomination,
      label: t.denomination,
      kind: 'choice',
      min: null,
      max: null,
      step: null,
      unit: null,
      options: [
        { value: 'zeer', label: t.denominationVery },
        { value: 'redelijk', label: t.denominationSome },
        { value: 'niet', label: t.denominationNot }
      ],
      help: t.denominationHelp,
      open: true
    });
  }
  questions.push({
    id: Q.maxLocations,
    label: t.maxLocations(ctx.one),
    kind: 'number',
    min: 1,
    max: locations,
    step: 1,
    unit: t.locationsUnit,
    options: [],
    help: ctx.facilityCount ? t.maxLocationsHelp(ctx.facilityCount, ctx.one) : null,
    open: true
  });
  return questions;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; status: 400 | 422; message: string };

const bad = (status: 400 | 422, message: string) => ({ ok: false as const, status, message });

/** The value that the step grid of a number question gives for `v` (floating point noise removed). */
function onGrid(q: Question, v: number): number | null {
  const step = q.step ?? 0;
  if (!(step > 0)) return v;
  const k = (v - (q.min ?? 0)) / step;
  const r = Math.round(k);
  if (Math.abs(k - r) > 1e-6) return null;
  return Number(((q.min ?? 0) + r * step).toFixed(9));
}

/**
 * Checks an answer against its question: type (400), range, step and options (422), each with a Dutch message
 * naming what is wrong. Returns the value as stored (a number on the step grid, or the option value).
 */
export function checkAnswer(q: Question, value: unknown): Checked<AnswerValue> {
  const t = ANSWER_TEXT;
  const values = q.options.map((o) => o.value);
  if (q.kind === 'choice') {
    if (typeof value !== 'string') return bad(400, t.choiceType(q.label));
    if (!values.includes(value)) {
      return bad(422, t.notAnOption(q.options.map((o) => o.label)));
    }
    return { ok: true, value };
  }
  if (typeof value === 'string') {
    if (values.includes(value)) return { ok: true, value };
    return bad(
      values.length ? 422 : 400,
      values.length ? t.numberOrOption(q.options.map((o) => o.label)) : t.numberType
    );
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return bad(400, t.numberType);
  const min = q.min ?? -Infinity;
  const max = q.max ?? Infinity;
  if (value < min || value > max) return bad(422, t.range(min, max, q.unit, value));
  const v = onGrid(q, value);
  if (v === null) return bad(422, t.step(q.step ?? 1, q.unit));
  return { ok: true, value: v };
}

/** A rating of a scenario: a whole number 1-5. */
export function checkRating(value: unknown): Checked<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) return bad(400, ANSWER_TEXT.ratingType);
  if (!Number.isInteger(value) || value < 1 || value > 5) return bad(422, ANSWER_TEXT.ratingRange);
  return { ok: true, value };
}

/** The answer as the phone and the export show it: "5 km", "de opheffingsnorm", "Ja, in elk dorp". */
export function answerText(q: Question, value: AnswerValue): string {
  if (typeof value === 'string') return q.options.find((o) => o.value === value)?.label ?? value;
  return `${formatNumber(value)}${q.unit ? ` ${q.unit}` : ''}`;
}

// ---- a facilitator's own question ----------------------------------------------------------------------

export const MAX_QUESTIONS = 30;
export const MAX_OPTIONS = 12;
const ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const MAX_LABEL = 200;
const MAX_OPTION_LABEL = 80;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function text(x: unknown, max: number): string | null {
  if (typeof x !== 'string') return null;
  const s = x.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();
  return s && [...s].length <= max ? s : null;
}

function option(x: unknown): ChoiceOption | null {
  if (typeof x === 'string') {
    const v = text(x, MAX_OPTION_LABEL);
    return v ? { value: v, label: v } : null;
  }
  if (!isObject(x)) return null;
  const value = text(x.value, MAX_OPTION_LABEL);
  const label = x.label === undefined ? value : text(x.label, MAX_OPTION_LABEL);
  return value && label ? { value, label } : null;
}

/**
 * A question definition from the API (`POST .../questions`): `{ id, label, kind, min, max, step, unit?,
 * options?, help?, open? }` with options as strings or `{ value, label }`. Dutch message for what is wrong.
 */
export function checkQuestion(body: unknown): Checked<Question> {
  const t = QUESTION_TEXT.invalid;
  if (!isObject(body)) return bad(400, t.notObject);
  const id = typeof body.id === 'string' && ID.test(body.id) ? body.id : null;
  if (!id) return bad(422, t.id);
  const label = text(body.label, MAX_LABEL);
  if (!label) return bad(422, t.label(MAX_LABEL));
  if (body.kind !== 'number' && body.kind !== 'choice') return bad(422, t.kind);
  const rawOptions = body.options ?? [];
  if (!Array.isArray(rawOptions) || rawOptions.length > MAX_OPTIONS) return bad(422, t.options(MAX_OPTIONS));
  const options: ChoiceOption[] = [];
  for (const raw of rawOptions) {
    const o = option(raw);
    if (!o) return bad(422, t.option(MAX_OPTION_LABEL));
    if (options.some((p) => p.value === o.value)) return bad(422, t.duplicateOption(o.value));
    options.push(o);
  }
  const help = body.help === undefined || body.help === null ? null : text(body.help, MAX_LABEL);
  if (help === null && body.help !== undefined && body.help !== null) return bad(422, t.help(MAX_LABEL));
  const unit = body.unit === undefined || body.unit === null ? null : text(body.unit, 30);
  const open = body.open === undefined ? true : body.open === true;
  if (body.kind === 'choice') {
    if (options.length < 2) return bad(422, t.choiceOptions);
    return {
      ok: true,
      value: { id, label, kind: 'choice', min: null, max: null, step: null, unit: null, options, help, open }
    };
  }
  const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
  const min = num(body.min);
  const max = num(body.max);
  const step = body.step === undefined ? 1 : num(body.step);
  if (min === null || max === null || min >= max) return bad(422, t.range);
  if (step === null || step <= 0 || (max - min) / step > 100_000) return bad(422, t.step);
  return { ok: true, value: { id, label, kind: 'number', min, max, step, unit, options, help, open } };
}
