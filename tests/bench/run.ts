/**
 * npm run bench
 *
 * For the Achterhoek and the national bundle (sector po): a full baseline evaluation (prepare + reachability +
 * indicators), one incremental edit (close, open) on the evaluator the UI worker uses, and the same edit done
 * the naive way in the same run: apply the edits, then for every demand unit `turf.nearestPoint` over all open
 * facilities, then the same weighted statistics. Seeded (mulberry32), with warm-up runs, medians of repeated
 * runs and a sink so nothing is optimised away. The naive national run takes close to a minute, so it runs once
 * by default (BENCH_NAIVE_RUNS=n to change). Then the same on the Achterhoek with the user's own files (the sport
 * and population examples under static/voorbeelden).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import * as turf from '@turf/turf';
import {
  applyScenario,
  createEvaluator,
  STATUS_OPEN,
  type Allocation,
  type Edit,
  type EvaluationResult,
  type Evaluator
} from '../../src/lib/engine/index';
import type { RegionBundle } from '../../src/lib/engine/geodata/schema';
import { fromRD } from '../../src/lib/engine/projection';
import type { EvaluatorOptions } from '../../src/lib/engine/types';
import { importDemand, importFacilities, postcodeLookup } from '../../src/lib/import/index';
import { getPreset } from '../../src/lib/sectors/presets';
import { loadRealBundle, mulberry32, REPO_ROOT } from '../fixtures/engine/helpers';
import { benchOptimiser } from './optimise';

let sink = 0;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Warm up, then the median of `runs` timings of `fn(i)`. */
function bench(warmup: number, runs: number, fn: (i: number) => void): number {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(time(() => fn(i)));
  return median(times);
}

/** The naive way: nearest open facility per unit by turf.nearestPoint over all of them, then the statistics. */
function naiveEvaluate(ev: Evaluator<string>, _bundle: RegionBundle, edits: Edit[]): number {
  const p = ev.prepared;
  const state = applyScenario(p, edits);
  const points: ReturnType<typeof turf.point>[] = [];
  for (let i = 0; i < state.status.length; i++) {
    if (state.status[i] !== STATUS_OPEN) continue;
    const f = i < p.facilities.length ? p.facilities[i] : state.added[i - p.facilities.length];
    points.push(turf.point([f.lon, f.lat], { index: i }));
  }
  const open = turf.featureCollection(points);
  const units = p.demand.map((u, j) => {
    const hit = turf.nearestPoint(turf.point([u.lon, u.lat]), open);
    return { w: p.weight[j], d: hit.properties.distanceToPoint * 1000 * p.parameters.detourFactor };
  });
  const positive = units.filter((u) => u.w > 0).sort((a, b) => a.d - b.d);
  const total = positive.reduce((s, u) => s + u.w, 0);
  let cum = 0;
  let p50 = 0;
  for (const u of positive) if ((cum += u.w) >= 0.5 * total) ((p50 = u.d), (cum = -Infinity));
  return positive.reduce((s, u) => s + u.w * u.d, 0) / total + p50;
}

function randomEdit(
  rng: () => number,
  ev: Evaluator<string>,
  base: EvaluationResult<string>,
  kind: 'close' | 'open',
  i: number
): Edit {
  const p = ev.prepared;
  if (kind === 'open') {
    const u = Math.floor(rng() * p.dx.length);
    const [lon, lat] = fromRD(p.dx[u] + (rng() - 0.5) * 2000, p.dy[u] + (rng() - 0.5) * 2000);
    return { op: 'open', id: `BENCH${i}`, name: 'Bench', lon, lat };
  }
  const own: number[] = [];
  for (let f = 0; f < p.facilityIds.length; f++)
    if (!p.isContext[f] && base.facilities.status[f] === STATUS_OPEN) own.push(f);
  return { op: 'close', facility: p.facilityIds[own[Math.floor(rng() * own.length)]] };
}

/** Median time of one new random edit: each run goes back to the cached baseline (a hit), then times the edit. */
function editTime(
  rng: () => number,
  ev: Evaluator<string>,
  base: EvaluationResult<string>,
  kind: 'close' | 'open',
  runs: number
): number {
  const times: number[] = [];
  for (let i = -20; i < runs; i++) {
    const edit = randomEdit(rng, ev, base, kind, i + 20);
    ev.evaluate([]);
    const t = time(() => (sink += ev.evaluate([edit]).summary.distanceM.mean ?? 0));
    if (i >= 0) times.push(t);
  }
  return median(times);
}

interface Row {
  region: string;
  size: string;
  full: number;
  close: number;
  open: number;
  naive: number;
  naiveRuns: number;
}

function benchRegion(
  region: string,
  fullRuns: number,
  editRuns: number,
  naiveRuns: number,
  allocation: Allocation = 'nearest'
): Row {
  const bundle = loadRealBundle(region);
  const rng = mulberry32(20231001);
  const parameters = { allocation };

  // Under the choice rule the full evaluation includes building the model (choice sets, exp(V) per pair).
  const full = bench(2, fullRuns, () => {
    const ev = createEvaluator(bundle, 'po', parameters);
    sink += ev.evaluate([]).summary.distanceM.mean ?? 0;
  });

  const ev = createEvaluator(bundle, 'po', parameters);
  const base = ev.evaluate([]);
  const close = editTime(rng, ev, base, 'close', editRuns);
  const open = editTime(rng, ev, base, 'open', editRuns);

  // The naive reference is the nearest rule's: measured on the nearest rows only.
  const naiveEdit = randomEdit(rng, ev, base, 'close', 0);
  const naive =
    naiveRuns > 0
      ? bench(naiveRuns > 1 ? 1 : 0, naiveRuns, () => {
          sink += naiveEvaluate(ev, bundle, [naiveEdit]);
        })
      : NaN;

  const own = ev.prepared.isContext.reduce((s, c) => s + (c ? 0 : 1), 0);
  const size = `${bundle.demand.length} cells × ${own} schools (+${ev.prepared.facilityIds.length - own} context)`;
  const label = allocation === 'choice' ? `${region}, choice model` : region;
  return { region: label, size, full, close, open, naive, naiveRuns };
}

/**
 * The user's own data on the Achterhoek: the sport example (12 facilities, 1,195 cells) and the population example
 * (93 PC4 units, po). Prepare = what a new file costs in the worker (setFacilities / setDemand); one close edit and
 * the naive edit as above, in the same run.
 */
function benchImported(): Row[] {
  const bundle = loadRealBundle('achterhoek');
  const read = (path: string) => new Uint8Array(readFileSync(resolve(REPO_ROOT, path)));
  const postcodes = postcodeLookup(bundle.postcodes);
  const sport = importFacilities(
    { name: 'sport.csv', bytes: read('static/voorbeelden/sport-achterhoek-voorbeeld.csv') },
    { preset: getPreset('sport')!, postcodes, regionBbox: bundle.meta.bbox }
  );
  const demand = importDemand(
    { name: 'bevolking.csv', bytes: read('static/voorbeelden/bevolking-achterhoek-voorbeeld.csv') },
    { postcodes, regionBbox: bundle.meta.bbox }
  );
  const cases: [string, string, EvaluatorOptions][] = [
    ['achterhoek, sport file', 'sport', { facilities: sport.facilities }],
    ['achterhoek, po, PC4 population file', 'po', { demand: demand.units }]
  ];
  return cases.map(([region, sector, options]) => {
    const rng = mulberry32(20231001);
    const full = bench(2, 15, () => {
      sink += createEvaluator(bundle, sector, undefined, options).evaluate([]).summary.distanceM.mean ?? 0;
    });
    const ev = createEvaluator(bundle, sector, undefined, options);
    const base = ev.evaluate([]);
    const close = editTime(rng, ev, base, 'close', 200);
    const open = editTime(rng, ev, base, 'open', 200);
    const naiveEdit = randomEdit(rng, ev, base, 'close', 0);
    const naive = bench(1, 5, () => (sink += naiveEvaluate(ev, bundle, [naiveEdit])));
    const own = ev.prepared.isContext.reduce((s, c) => s + (c ? 0 : 1), 0);
    const size = `${ev.prepared.demand.length} units × ${own} facilities (+${ev.prepared.facilityIds.length - own} context)`;
    return { region, size, full, close, open, naive, naiveRuns: 5 };
  });
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)) + ' ms';

function main(): void {
  const naiveNational = Number(process.env.BENCH_NAIVE_RUNS ?? 1);
  const cpu = cpus();
  console.log(
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
      `Node ${process.version}. Medians; edits are single random close/open edits on the baseline evaluator.`
  );
  const rows = [
    benchRegion('achterhoek', 15, 200, 5),
    benchRegion('nederland', 5, 100, naiveNational),
    ...benchImported(),
    benchRegion('achterhoek', 15, 200, 0, 'choice'),
    benchRegion('nederland', 3, 60, 0, 'choice')
  ];
  console.log('');
  console.log(
    '| data | size | full evaluation | one edit: close | one edit: open | naive edit (turf.nearestPoint) | naive / close |'
  );
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const naive =
      r.naiveRuns > 0
        ? `${ms(r.naive)} (${r.naiveRuns} run${r.naiveRuns === 1 ? '' : 's'}) | ${Math.round(r.naive / r.close)}×`
        : '– | –';
    console.log(`| ${r.region} | ${r.size} | ${ms(r.full)} | ${ms(r.close)} | ${ms(r.open)} | ${naive} |`);
  }
  const [a, n, ...rest] = rows;
  const own = rest.slice(0, -2);
  const ok =
    a.close <= 2 &&
    a.open <= 2 &&
    n.close <= 20 &&
    n.open <= 20 &&
    n.naive / n.close >= 100 &&
    own.every((r) => r.close <= 2 && r.open <= 2);
  console.log('');
  console.log(
    `Targets (Achterhoek edit <= 2 ms, also with the user's files; national edit <= 20 ms and >= 100× naive): ` +
      `${ok ? 'met' : 'NOT met'}` +
      ` (sink ${sink.toFixed(0)})`
  );
}

main();
await benchOptimiser();
