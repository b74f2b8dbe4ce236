/**
 * The bars of a number question's histogram on the projector: the question's whole range (so an empty end
 * shows as empty), in at most `maxBins` bars of whole steps. Pure.
 */
import { formatDecimal as formatNumber } from '$lib/i18n/format';
import type { HistogramBar, Question } from './types';

export interface Bin {
  /** Lowest and highest answer value in the bar (on the step grid). */
  from: number;
  to: number;
  count: number;
  label: string;
}

export function displayBins(
  q: Pick<Question, 'min' | 'max' | 'step'>,
  histogram: readonly HistogramBar[],
  maxBins = 16
): Bin[] {
  const min = q.min ?? Math.min(...histogram.map((h) => h.value), 0);
  const max = q.max ?? Math.max(...histogram.map((h) => h.value), min + 1);
  const step = q.step && q.step > 0 ? q.step : 1;
  const values = Math.floor((max - min) / step + 1e-9) + 1;
  const per = Math.max(1, Math.ceil(values / maxBins));
  const bins: Bin[] = [];
  for (let k = 0; k < values; k += per) {
    const from = Number((min + k * step).toFixed(9));
    const to = Number((min + Math.min(values - 1, k + per - 1) * step).toFixed(9));
    bins.push({
      from,
      to,
      count: 0,
      label: from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`
    });
  }
  for (const h of histogram) {
    const k = Math.round((h.value - min) / step);
    const i = Math.min(bins.length - 1, Math.max(0, Math.floor(k / per)));
    bins[i].count += h.count;
  }
  return bins;
}
