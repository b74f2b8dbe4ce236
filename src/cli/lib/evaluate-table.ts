/**
 * The readable Dutch table of `npm run evaluate` (without --json). Presentation only: every number comes from the
 * engine's report, formatted with nl-NL conventions (1.234; 12,5%). po and vo print as they always did; another
 * sector takes its name and unit from its preset ("locaties", "bezoekers") and its distances from the report.
 */
import type { DistanceStats, Report, SectorId, ShareWithin } from '../../lib/engine/index';
import type { SectorPreset } from '../../lib/sectors/index';
import { table } from './text-table';

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

function distanceLine(d: DistanceStats): string {
  return `gemiddeld ${metres(d.mean)}, mediaan ${metres(d.p50)}, P90 ${metres(d.p90)}, max ${metres(d.max)}`;
}

const km = (metres: string) => `${dec.format(Number(metres) / 1000)} km`;

function withinLine(s: ShareWithin): string {
  return Object.entries(s)
    .map(([t, v]) => `${share(v)} binnen ${km(t)}`)
    .join(', ');
}

/** Words of the table: the schools' own (po, vo, so), or "locaties" and the preset's unit for another sector. */
function wordsFor(report: Report<SectorId>, preset: SectorPreset | undefined) {
  const title =
    SECTOR_NAME[report.sector as keyof typeof SECTOR_NAME] ?? preset?.name.toLowerCase() ?? report.sector;
  const norms = report.sector === 'po' && (preset?.normApplies ?? true);
  if (!preset || preset.capacity.unit === 'leerlingen') {
    return {
      title,
      source: `Leerlingen DUO 1-10-${report.year}`,
      facilities: 'scholen',
      facility: 'school',
      unit: 'Leerlingen',
      normText: norms ? null : `n.v.t. (geen norm voor ${report.sector})`
    };
  }
  const unit = preset.capacity.unit;
  return {
    title,
    source: preset.dataSource === 'real' ? `DUO 1-10-${report.year}` : 'Locaties uit een bestand',
    facilities: 'locaties',
    facility: 'locatie',
    unit: unit.charAt(0).toUpperCase() + unit.slice(1),
    normText: norms ? null : `n.v.t. (geen norm voor ${report.sector})`
  };
}

/** Where the demand comes from, as the table's second line says it. */
export function demandText(report: Pick<Report<SectorId>, 'demandSource' | 'demand'>): string {
  if (report.demandSource !== 'import') return 'vraag CBS 2021 (1 km-raster)';
  const n = report.demand.length;
  return `vraag uit een bestand (${int.format(n)} ${n === 1 ? 'eenheid' : 'eenheden'})`;
}

export function renderTable(
  report: Report<SectorId>,
  regionName: string,
  scenarioFile: string | null,
  preset?: SectorPreset
): string {
  const s = report.summary;
  const p = report.parameters;
  const w = wordsFor(report, preset);
  const out: string[] = [];
  const distanceKind = p.detourFactor === 1 ? 'hemelsbreed' : `hemelsbreed × ${dec.format(p.detourFactor)}`;
  out.push(`Transitieatlas — ${regionName} (${report.region}), ${w.title}`);
  out.push(
    `${w.source}; ${demandText(report)}; afstand ${distanceKind}; ` +
      `${w.facilities} buiten de regio tot ${dec.format(p.contextKm)} km`
  );
  out.push(`Scenario: ${scenarioFile ?? 'geen (huidige situatie)'}`);
  out.push('');
  const label = (text: string) => `${text}:`.padEnd(31);
  out.push(`${label(`Open ${w.facilities} in de regio`)}${int.format(s.openFacilities)}`);
  // A file without user counts: unknown, not 0 (the engine counts a missing number as nothing).
  const known = report.facilities.some((f) => f.pupilsBase !== null);
  const users = (n: number) => (known ? int.format(n) : '–');
  out.push(
    `${label(`${w.unit} (totaal)`)}${known ? int.format(s.pupilsTotal) : 'onbekend (geen aantallen in het bestand)'}`
  );
  out.push(`${label(`Naar ${w.facilities} buiten de regio`)}${users(s.pupilsToContext)}`);
  out.push(`${label('Onder de opheffingsnorm')}${w.normText ?? int.format(s.belowNorm)}`);
  out.push(`Afstand tot dichtstbijzijnde ${w.facility}: ${distanceLine(s.distanceM)}`);
  out.push(`Bereik: ${withinLine(s.shareWithin)}`);
  out.push(
    `Kernen zonder ${w.facility}: ${s.placesWithoutFacility.length > 0 ? s.placesWithoutFacility.join(', ') : 'geen'}`
  );
  out.push('');

  const [t1, t2] = Object.keys(s.shareWithin);
  out.push('Per gemeente');
  out.push(
    table(
      [
        ['Gemeente', 'l'],
        ['Open', 'r'],
        [w.unit, 'r'],
        ['Onder norm', 'r'],
        ['Gem. afstand', 'r'],
        ['P90', 'r'],
        [`Binnen ${km(t1)}`, 'r'],
        [`Binnen ${km(t2)}`, 'r'],
        [`Kernen zonder ${w.facility}`, 'l']
      ],
      report.municipalities.map((m) => [
        m.name,
        int.format(m.openFacilities),
        users(m.pupils),
        int.format(m.belowNorm),
        metres(m.distanceM.mean),
        metres(m.distanceM.p90),
        share(m.shareWithin[t1]),
        share(m.shareWithin[t2]),
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
    out.push(`Verplaatste ${w.unit.toLowerCase()}`);
    out.push(
      table(
        [
          ['Van', 'l'],
          ['Naar', 'l'],
          [w.unit, 'r']
        ],
        report.flows.map((f) => [names.get(f.from) ?? f.from, names.get(f.to) ?? f.to, int.format(f.pupils)])
      )
    );
  }
  return out.join('\n') + '\n';
}
