/**
 * npx tsx tests/bench/years.ts
 *
 * The year series (2023-2035, sector po) on the Achterhoek and the national bundle: what the worker pays when an
 * edit list changes (moving the year slider afterwards costs nothing: it indexes the arrays). Seeded random
 * closures (mulberry32), warm-up runs, medians, a sink so the work is not optimised away.
 *   - baseline series: `ev.years([])` on a warm evaluator (reachability cached)
 *   - series after one edit: `ev.years([close X])` for a random X (incremental reachability + the series)
 *   - year report: `ev.yearReport([close X], 2030)` (the CLI's --year JSON, plain objects)
 */
import { cpus } from 'node:os';
import { createEvaluator, type Edit } from '../../src/lib/engine/index';
import { loadRealBundle, mulberry32 } from '../fixtures/engine/helpers';

let sink = 0;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function bench(warmup: number, runs: number, fn: (i: number) => void): number {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(warmup + i);
    times.push(performance.now() - t);
  }
  return median(times);
}

const rows: string[] = [];
for (const region of ['achterhoek', 'nederland']) {
  const bundle = loadRealBundle(region);
  const ev = createEvaluator(bundle, 'po');
  const p = ev.prepared;
  const region_ = p.facilityIds.filter((_, i) => !p.isContext[i]);
  const rand = mulberry32(2035);
  const closes: Edit[][] = Array.from({ length: 200 }, () => [
    { op: 'close', facility: region_[Math.floor(rand() * region_.length)] }
  ]);
  const base = bench(5, 30, () => (sink += ev.years([]).totals.pupils[12]));
  const edit = bench(5, 40, (i) => (sink += ev.years(closes[i % closes.length]).totals.pupils[12]));
  const report = bench(
    2,
    10,
    (i) => (sink += ev.yearReport(closes[i % closes.length], 2030).summary.pupilsTotal)
  );
  rows.push(
    `| ${region} | ${p.demand.length} cells × ${region_.length} schools | ${base.toFixed(2)} ms | ` +
      `${edit.toFixed(2)} ms | ${report.toFixed(1)} ms |`
  );
}
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`);
console.log('| region | size | baseline series (13 years) | series after one edit | year report (--year) |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(r);
if (sink === 42) console.log('');
