/**
 * The readable Dutch table of `npm run evaluate -- --year Y` (without --json): the 2023 table's layout on year
 * Y's figures (projected pupils, year Y's children), then the year block: norm years, pupil transport, floor area,
 * costs, the difference with the current situation and the assumptions. Every number comes from the report.
 */
import type { YearReport } from '../../lib/engine/index';
import { demandText, renderTable } from './evaluate-table';
import { table } from './text-table';

const int = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const num = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function renderYearTable(report: YearReport, regionName: string, scenarioFile: string | null): string {
  const lines = renderTable(
    { ...report, facilities: report.facilities.map((f) => ({ ...f, pupils: f.pupilsProjected })) },
    regionName,
    scenarioFile
  ).split('\n');
  const p = report.prognosis;
  lines[1] =
    `Prognose ${report.year}: leerlingen DUO 1-10-2023 en ` +
    (report.demandSource === 'import' ? `${demandText(report)} als stand 2023` : 'kinderen CBS 2021') +
    ' doorgerekend met cohortverschuiving ' +
    `(geboorten ${pct.format(p.birthTrendRegion)} per jaar${p.birthTrend === 'data' ? ' uit de data' : ''}, ` +
    `migratie ${pct.format(p.migration)} per jaar); ` +
    `opheffingsnormen ${report.norms.year}${report.norms.replaced ? ' (ingelezen)' : ''}`;
  const s = report.summary;
  const y = report.year - p.horizon[0];
  const thresholdKm =
    (report.assumptions.find((a) => a.key === 'transport.thresholdM')?.value ?? 6000) / 1000;
  const out: string[] = [
    `Jaar ${report.year}`,
    `Leerlingen (scenario): ${int.format(s.pupilsTotal - s.pupilsToContext)}; band geboortetrend ` +
      `${int.format(report.band.low.pupils)} (laag, ${pct.format(report.band.low.birthTrend)} per jaar) tot ` +
      `${int.format(report.band.high.pupils)} (hoog, ${pct.format(report.band.high.birthTrend)} per jaar)`,
    `Opheffingsregel (${p.ruleYears} jaar op rij onder de norm) bereikt: ${int.format(s.ruleReached)} scholen`,
    `Leerlingenvervoer (verder dan ${num.format(thresholdKm)} km): ${int.format(s.transportChildren)} kinderen`,
    `Vloeroppervlak: gebouwen ${int.format(s.floorArea.buildingM2)} m², nodig ${int.format(s.floorArea.neededM2)} m², ` +
      `overschot ${int.format(s.floorArea.surplusM2)} m², tekort ${int.format(s.floorArea.shortageM2)} m²`,
    `Kosten per jaar: ${euro.format(s.costs.total)} (locaties ${euro.format(s.costs.locations)}, ` +
      `gebouwen ${euro.format(s.costs.floor)}, vervoer ${euro.format(s.costs.transport)})`
  ];
  if (report.flows.length > 0) {
    const d = report.series.difference;
    out.push(
      `Verschil met de huidige situatie in ${report.year}: leerlingen ${signed.format(d.pupils[y])}, ` +
        `onder de norm ${signed.format(d.belowNorm[y])}, leerlingenvervoer ${signed.format(d.transportChildren[y])}, ` +
        `overschot ${signed.format(d.floorSurplusM2[y])} m², kosten ${signed.format(d.costTotal[y])} euro per jaar`
    );
  }

  const ruled = report.facilities.filter((f) => !f.context && f.firstYearBelowNorm !== null);
  out.push('');
  out.push(`Onder de norm binnen ${p.horizon[0]}-${p.horizon[1]}`);
  out.push(
    ruled.length === 0
      ? 'geen'
      : table(
          [
            ['Vestiging', 'l'],
            ['Plaats', 'l'],
            ['Leerlingen 2023', 'r'],
            [`Leerlingen ${report.year}`, 'r'],
            ['Norm', 'r'],
            ['Eerste jaar onder', 'r'],
            ['Regel', 'r']
          ],
          ruled.map((f) => [
            f.id,
            f.place ?? '',
            int.format(f.pupils),
            int.format(f.pupilsProjected),
            f.norm === null ? '–' : int.format(f.norm),
            String(f.firstYearBelowNorm),
            f.ruleYear === null ? '–' : String(f.ruleYear)
          ])
        )
  );
  out.push('');
  out.push('Aannames');
  for (const a of report.assumptions)
    out.push(`- ${a.label}: ${num.format(a.value)} ${a.unit} (${a.source})`);
  return [...lines.slice(0, -1), '', ...out].join('\n') + '\n';
}
