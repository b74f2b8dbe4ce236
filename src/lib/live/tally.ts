/**
 * The tally of a session from the database's aggregates (answers grouped by question and value), so a tally
 * never depends on what one server process happens to hold in memory. Pure functions.
 *
 * Median and quantiles are those of simple-statistics (`quantileSorted`, numpy's linear method): the q-quantile of
 * n sorted answers sits at index (n - 1) q, between two answers linearly; for an even count the median is the
 * mean of the two middle answers.
 */
import { quantileSorted } from 'simple-statistics';
import type { HistogramBar, PublicTally, Question, QuestionTally, RatingTally, Tally } from './types';

/** One group of identical answers: `count` participants answered `num` (a number) or `choice` (an option). */
export interface AnswerGroup {
  question: string;
  num: number | null;
  choice: string | null;
  count: number;
}

export interface RatingGroup {
  scenario: string;
  value: number;
  count: number;
}

export interface TallyInput {
  version: number;
  participants: number;
  questions: readonly Pick<Question, 'id' | 'kind' | 'options'>[];
  /** The session's scenarios in order (a scenario without ratings gets a row with count 0). */
  scenarios: readonly string[];
  answers: readonly AnswerGroup[];
  ratings: readonly RatingGroup[];
}

/** The answers of a histogram as a sorted list (one entry per answer). */
export function expand(histogram: readonly HistogramBar[]): number[] {
  const out: number[] = [];
  for (const bar of [...histogram].sort((a, b) => a.value - b.value)) {
    for (let i = 0; i < bar.count; i++) out.push(bar.value);
  }
  return out;
}

/** The q-quantile (0..1) of the answers in a histogram; null without answers. */
export function histogramQuantile(histogram: readonly HistogramBar[], q: number): number | null {
  const values = expand(histogram);
  if (values.length === 0) return null;
  return quantileSorted(values, Math.min(1, Math.max(0, q)));
}

export function computeTally(input: TallyInput): Tally {
  const byQuestion = new Map<string, AnswerGroup[]>();
  for (const a of input.answers) {
    let list = byQuestion.get(a.question);
    if (!list) byQuestion.set(a.question, (list = []));
    list.push(a);
  }
  const questions: QuestionTally[] = input.questions.map((q) => {
    const groups = byQuestion.get(q.id) ?? [];
    const counts: Record<string, number> = {};
    for (const o of q.options) counts[o.value] = 0;
    let count = 0;
    const histogram: HistogramBar[] = [];
    for (const g of groups) {
      count += g.count;
      if (g.choice !== null) counts[g.choice] = (counts[g.choice] ?? 0) + g.count;
      else if (g.num !== null) histogram.push({ value: g.num, count: g.count });
    }
    if (q.kind === 'choice') return { id: q.id, kind: q.kind, count, counts };
    histogram.sort((a, b) => a.value - b.value);
    return { id: q.id, kind: q.kind, count, median: histogramQuantile(histogram, 0.5), histogram, counts };
  });

  const byScenario = new Map<string, RatingGroup[]>();
  for (const r of input.ratings) {
    let list = byScenario.get(r.scenario);
    if (!list) byScenario.set(r.scenario, (list = []));
    list.push(r);
  }
  const ratings: RatingTally[] = input.scenarios.map((id) => {
    const counts: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    let count = 0;
    let sum = 0;
    const histogram: HistogramBar[] = [];
    for (const r of byScenario.get(id) ?? []) {
      counts[String(r.value)] = (counts[String(r.value)] ?? 0) + r.count;
      count += r.count;
      sum += r.value * r.count;
      histogram.push({ value: r.value, count: r.count });
    }
    return {
      scenario: id,
      count,
      mean: count > 0 ? sum / count : null,
      median: histogramQuantile(histogram, 0.5),
      counts
    };
  });

  return { version: input.version, participants: input.participants, questions, ratings };
}

/** What participants see of a tally: how many took part and answered, not how. */
export function publicTally(t: Tally): PublicTally {
  return {
    version: t.version,
    participants: t.participants,
    questions: t.questions.map((q) => ({ id: q.id, count: q.count })),
    ratings: t.ratings.map((r) => ({ scenario: r.scenario, count: r.count }))
  };
}
