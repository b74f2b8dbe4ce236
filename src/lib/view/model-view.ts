/**
 * What the page "Hoe goed klopt het model?" shows, as plain data: the scatter's points and axes, the parameters
 * in words, the fit figures. Pure (no DOM, no svelte), so it is unit-tested.
 */
import '$lib/i18n/parts/model';
import type { FitStats, ModelEvidence, ScatterPoint } from '$lib/engine';
import { INTL_LOCALE, t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';

export interface ScatterDot {
  id: string;
  x: number;
  y: number;
  /** The nearest rule's point for the same school (same x). */
  yNearest: number;
  title: string;
}

export interface Scatter {
  size: number;
  max: number;
  ticks: { value: number; at: number }[];
  dots: ScatterDot[];
}

const int = new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 0 });
const two = new Intl.NumberFormat(INTL_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat(INTL_LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** A round upper bound for the axes (both the same: the diagonal is "model = DUO"). */
function niceMax(v: number): number {
  const step = 10 ** Math.floor(Math.log10(Math.max(v, 1)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= v) return m * step;
  return 10 * step;
}

/** Dots in an SVG box of `size` px (y up), DUO count on x, modelled on y; both axes from 0 to the same max. */
export function scatter(points: readonly ScatterPoint[], size: number, withNearest: boolean): Scatter {
  const top = Math.max(1, ...points.map((p) => Math.max(p.pupils, p.modelled, withNearest ? p.nearest : 0)));
  const max = niceMax(top);
  const at = (v: number) => (Math.min(v, max) / max) * size;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: f * max, at: f * size }));
  return {
    size,
    max,
    ticks,
    dots: points.map((p) => ({
      id: p.id,
      x: at(p.pupils),
      y: size - at(p.modelled),
      yNearest: size - at(p.nearest),
      title: t('model.dotTitle', {
        name: p.name,
        place: p.place,
        denomination: p.denomination.toLowerCase(),
        pupils: int.format(p.pupils),
        modelled: int.format(p.modelled),
        nearest: int.format(p.nearest)
      })
    }))
  };
}

export interface FitRow {
  label: string;
  choice: string;
  nearest: string;
}

/** The fit figures side by side (choice model, nearest rule), in the page's language. */
export function fitRows(choice: FitStats, nearest: FitStats): FitRow[] {
  return [
    {
      label: t('model.fitRow.r2'),
      choice: two.format(choice.r2),
      nearest: two.format(nearest.r2)
    },
    {
      label: t('model.fitRow.mae'),
      choice: t('model.fitRow.maeValue', { n: int.format(choice.mae) }),
      nearest: t('model.fitRow.maeValue', { n: int.format(nearest.mae) })
    },
    {
      label: t('model.fitRow.within25'),
      choice: pct.format(choice.within25),
      nearest: pct.format(nearest.within25)
    }
  ];
}

/** The parameters in words: what a kilometre and a denomination do to the chance of choosing a school. */
export function parameterLines(e: Pick<ModelEvidence, 'sector' | 'beta' | 'theta'>): string[] {
  const lines = [
    t('model.parameter.distance', { factor: two.format(Math.exp(-e.beta)), beta: two.format(e.beta) })
  ];
  e.theta.forEach((theta, p) => {
    // VO's second feature is per doubling of the number of tracks (log2), the others per yes/no.
    const value = e.sector === 'vo' && p === 1 ? Math.exp(theta * Math.LN2) : Math.exp(theta);
    lines.push(t(`model.parameter.${e.sector}.${p}` as MessageKey, { value: two.format(value) }));
  });
  return lines;
}
