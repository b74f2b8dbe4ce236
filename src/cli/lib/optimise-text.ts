/**
 * The readable Dutch output of `npm run optimise` (without --json): the explanation, every criterion with "ja" or
 * "nee", the objective with its bound, the relaxations that work, and the edits. Presentation only.
 */
import type { OptimiseResult } from '../../lib/engine/index';
import { table } from './text-table';

const dec = (digits: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function objectiveValue(r: OptimiseResult, v: number): string {
  if (r.report.unit === 'km') return `${dec(3).format(v)} km gemiddeld`;
  if (r.report.unit === 'locaties') return `${dec(0).format(v)} locaties`;
  return `${dec(2).format(v * 100)} % verder dan de afstand`;
}

export function renderOptimise(r: OptimiseResult, regionName: string, names: Map<string, string>): string {
  const out: string[] = [`Voorstel uit criteria: ${regionName}`, ''];
  out.push(...r.explanation, '');
  out.push(
    table(
      [
        ['criterium', 'l'],
        ['gehaald', 'l'],
        ['toelichting', 'l']
      ],
      r.constraints.map((c) => [c.id, c.met ? 'ja' : 'nee', c.detail])
    ),
    ''
  );
  const { report } = r;
  const bound =
    report.lowerBound === null
      ? 'geen bewezen ondergrens'
      : `ondergrens ${objectiveValue(r, report.lowerBound)}, verschil ${dec(2).format((report.gap ?? 0) * 100)} %`;
  out.push(
    `Doel: ${objectiveValue(r, report.value)} (${bound}; ${report.method === 'exact' ? 'exact' : 'snelle benadering'}${report.optimal ? ', bewezen optimaal' : ''}).`
  );
  if (r.unreachable.cells > 0) {
    out.push(
      `Onbereikbaar: ${dec(0).format(r.unreachable.children)} kinderen in ${r.unreachable.cells} cellen.`
    );
  }
  if (r.relaxations.length > 0) out.push('', 'Wat wel kan:', ...r.relaxations.map((x) => `  ${x.message}`));
  out.push('', `Ingrepen (${r.edits.length}):`);
  for (const e of r.edits) {
    if (e.op === 'merge')
      out.push(
        `  samenvoegen: ${names.get(e.facility) ?? e.facility} (${e.facility}) -> ${names.get(e.into) ?? e.into} (${e.into})`
      );
    else if (e.op === 'close') out.push(`  sluiten: ${names.get(e.facility) ?? e.facility} (${e.facility})`);
  }
  return out.join('\n') + '\n';
}
