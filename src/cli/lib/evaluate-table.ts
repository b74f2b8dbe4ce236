/**
 * The readable Dutch table of `npm run evaluate` (without --json). Presentation only: every number comes from the
 * engine's report, formatted with nl-NL conventions (1.234; 12,5%).
 */
import type { DistanceStats, Report, ShareWithin } from '../../lib/engine/index';

const int = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1
});
const dec = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

const SECTOR_NAME = { po: 'basisonderwijs', vo: 'voortgezet onderwijs' } as const;

const metres = (v: number | null) => (v === null ? '–' : `${int.format(v)} m`);
const share = (v: number | null) => (v === null ? '–' : pct.format(v));

/** Columns: [header, align] ; rows of strings. */
function table(headers: [string, 'l' | 'r'][], rows: string[][]): string {
  const widths = headers.map(([h], c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (headers[c][1] === 'r' ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(headers.map(([h]) => h)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join(
    '\n'
  );
}

function distanceLine(d: DistanceStats): string {
  return `gemiddeld ${metres(d.mean)}, mediaan ${metres(d.p50)}, P90 ${metres(d.p90)}, max ${metres(d.max)}`;
}

function withinLine(s: ShareWithin): string {
  return `${share(s['1000'])} binnen 1 km, ${share(s['3000'])} binnen 3 km, ${share(s['5000'])} binnen 5 km`;
}

export function renderTable(report: Report, regionName: string, scenarioFile: string | null): string {
  const s = report.summary;
  const p = report.parameters;
  const out: string[] = [];
  const distanceKind = p.detourFactor === 1 ? 'hemelsbreed' : `hemelsbreed × ${dec.format(p.detourFactor)}`;
  out.push(`Transitieatlas — ${regionName} (${report.region}), ${SECTOR_NAME[report.sector]}`);
  out.push(
    `Leerlingen DUO 1-10-${report.year}; vraag CBS 2021 (1 km-raster); afstand ${distanceKind}; ` +
      `scholen buiten de regio tot ${dec.format(p.contextKm)} km`
  );
  out.push(`Scenario: ${scenarioFile ?? 'geen (huidige situatie)'}`);
  out.push('');
  out.push(`Open scholen in de regio:      ${int.format(s.openFacilities)}`);
  out.push(`Leerlingen (totaal):           ${int.format(s.pupilsTotal)}`);
  out.push(`Naar scholen buiten de regio:  ${int.format(s.pupilsToContext)}`);
  out.push(
    `Onder de opheffingsnorm:       ${report.sector === 'po' ? int.format(s.belowNorm) : 'n.v.t. (geen norm voor vo)'}`
  );
  out.push(`Afstand tot dichtstbijzijnde school: ${distanceLine(s.distanceM)}`);
  out.push(`Bereik: ${withinLine(s.shareWithin)}`);
  out.push(
    `Kernen zonder school: ${s.placesWithoutFacility.length > 0 ? s.placesWithoutFacility.join(', ') : 'geen'}`
  );
  out.push('');

  out.push('Per gemeente');
  out.push(
    table(
      [
        ['Gemeente', 'l'],
        ['Open', 'r'],
        ['Leerlingen', 'r'],
        ['Onder norm', 'r'],
        ['Gem. afstand', 'r'],
        ['P90', 'r'],
        ['Binnen 1 km', 'r'],
        ['Binnen 3 km', 'r'],
        ['Kernen zonder school', 'l']
      ],
      report.municipalities.map((m) => [
        m.name,
        int.format(m.openFacilities),
        int.format(m.pupils),
        int.format(m.belowNorm),
        metres(m.distanceM.mean),
        metres(m.distanceM.p90),
        share(m.shareWithin['1000']),
        share(m.shareWithin['3000']),
        m.placesWithoutFacility.join(', ')
      ])
    )
  );

  const below = report.facilities.filter((f) => f.belowNorm && !f.context);
  if (below.length > 0) {
    out.push('');
    out.push('Scholen onder de opheffingsnorm');
    out.push(
      table(
        [
          ['Vestiging', 'l'],
          ['Naam', 'l'],
          ['Plaats', 'l'],
          ['Leerlingen', 'r'],
          ['Norm', 'r']
        ],
        below.map((f) => [
          f.id,
          f.name.length > 40 ? f.name.slice(0, 39) + '…' : f.name,
          f.place ?? '',
          int.format(f.pupils),
          f.norm === null ? '–' : int.format(f.norm)
        ])
      )
    );
  }

  if (report.flows.length > 0) {
    const names = new Map(report.facilities.map((f) => [f.id, `${f.id} ${f.name}`.slice(0, 45)]));
    out.push('');
    out.push('Verplaatste leerlingen');
    out.push(
      table(
        [
          ['Van', 'l'],
          ['Naar', 'l'],
          ['Leerlingen', 'r']
        ],
        report.flows.map((f) => [names.get(f.from) ?? f.from, names.get(f.to) ?? f.to, int.format(f.pupils)])
      )
    );
  }
  return out.join('\n') + '\n';
}
