/**
 * What the page "Hoe goed klopt het model?" shows, as plain data: the scatter's points and axes, the parameters
 * in words, the fit figures. Pure (no DOM, no svelte), so it is unit-tested.
 */
import type { FitStats, ModelEvidence, ScatterPoint } from '$lib/engine';

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

const int = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const two = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

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
      title:
        `${p.name} (${p.place}, ${p.denomination.toLowerCase()}): DUO ${int.format(p.pupils)}, ` +
        `gemodelleerd ${int.format(p.modelled)}, dichtstbijzijnde-regel ${int.format(p.nearest)}`
    }))
  };
}

export interface FitRow {
  label: string;
  choice: string;
  nearest: string;
}

/** The fit figures side by side (choice model, nearest rule), in Dutch. */
export function fitRows(choice: FitStats, nearest: FitStats): FitRow[] {
  return [
    {
      label: 'R² (1 = perfect, 0 = niet beter dan het gemiddelde)',
      choice: two.format(choice.r2),
      nearest: two.format(nearest.r2)
    },
    {
      label: 'Gemiddelde afwijking per school',
      choice: `${int.format(choice.mae)} leerlingen`,
      nearest: `${int.format(nearest.mae)} leerlingen`
    },
    {
      label: 'Scholen binnen 25 % van DUO',
      choice: pct.format(choice.within25),
      nearest: pct.format(nearest.within25)
    }
  ];
}

/** The parameters in words: what a kilometre and a denomination do to the chance of choosing a school. */
export function parameterLines(e: Pick<ModelEvidence, 'sector' | 'beta' | 'theta'>): string[] {
  const factor = (v: number) => two.format(Math.exp(v));
  const lines = [
    `Afstand: elke kilometer verder maakt de kans dat een kind die school kiest ${factor(-e.beta)} keer zo groot ` +
      `(beta = ${two.format(e.beta)} per km, exponentieel verval).`
  ];
  const names =
    e.sector === 'po'
      ? [
          'rooms-katholiek',
          'protestants-christelijk',
          'overig bijzonder (algemeen bijzonder, reformatorisch, …)'
        ]
      : [
          'bijzonder',
          'per verdubbeling van het aantal leerwegen (vmbo, mavo, havo, vwo)',
          'zonder die leerwegen (praktijkonderwijs, brugjaar)'
        ];
  e.theta.forEach((t, p) => {
    const what = e.sector === 'vo' && p === 1 ? names[p] : `een ${names[p]} school`;
    const value = e.sector === 'vo' && p === 1 ? Math.exp(t * Math.LN2) : Math.exp(t);
    lines.push(
      `${capital(what)}: ${two.format(value)} keer zo aantrekkelijk als ${e.sector === 'po' ? 'een openbare school' : p === 0 ? 'een openbare school' : 'één leerweg'} op dezelfde afstand.`
    );
  });
  return lines;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
