/**
 * The export menu of the workshop screen: each entry builds one file from the active scenario (or the whole
 * session) and hands it to the browser. Reports come from the engine worker, so the numbers are the CLI's.
 */
import { sectorTerms } from '$lib/sectors/terms';
import { exportGroups, type ExportKind } from './export-groups';
import type { RegionBundle } from '$lib/engine/geodata/schema';
import type { Report } from '$lib/engine';
import { CSV_MIME, demandCsv, facilityCsv, facilityYearCsv } from '$lib/export/csv';
import { dataUrlToBlob, downloadBlob, downloadText } from '$lib/export/download';
import { facilitiesGeoJson, GEOJSON_MIME } from '$lib/export/geojson';
import { composeMapPng, legendFromElement, type LegendSection } from '$lib/export/png';
import {
  exportFileName,
  needsFacilityData,
  serializeFile,
  toScenarioFile,
  toSessionFile
} from '$lib/export/scenario-files';
import { SOURCES_LINE } from '$lib/i18n';
import { INTL_LOCALE, t } from '$lib/i18n/catalogue';
import { activeScenario, type AtlasStore } from '$lib/state/store';
import { Superseded, type EngineClient } from '$lib/worker/client';
import { yearOptionsOf } from '$lib/state/years.svelte';
import type { PdfYears } from '$lib/export/pdf-years';
import type { Edit, EngineSector, Parameters } from '$lib/engine';
import type { YearInputs } from '$lib/state/store';
import { dateText, parametersText } from '../text/report-text';
import { sectorLabel } from './sector-label';
import { scenarioYears } from '../view/year-view';
import { scenarioFileData } from '../scenarios/scenario-data';

export { exportGroups, type ExportEntry, type ExportKind } from './export-groups';

/** The schools' menu (po). */
export const EXPORTS = exportGroups('po');

export interface ExportContext {
  store: AtlasStore;
  bundle: RegionBundle;
  engine: EngineClient;
  captureMap: () => string | null;
}

const JSON_MIME = 'application/json';

/** The title, subtitle and legend around an exported map image. */
async function mapImage(
  ctx: ExportContext,
  map: string | null,
  report: Report,
  name: string
): Promise<string> {
  if (!map) throw new Error(t('exportFiles.mapNotReady'));
  // The workshop's legend as shown on screen (the map legend strip; the older side-panel legend as fallback).
  const legend: LegendSection[] = legendFromElement(
    document.querySelector('[data-testid="map-legend"]') ?? document.querySelector('[data-testid="legend"]')
  );
  return composeMapPng({
    map,
    title: `${name} · ${ctx.bundle.meta.name}`,
    subtitle: `${sectorLabel(report.sector)} · ${parametersText(report.parameters, report.sector)} · ${dateText(new Date())}`,
    legend,
    sources: SOURCES_LINE
  });
}

/** Builds the file and starts the download; returns its file name. Throws Error with a Dutch message. */
export async function runExport(kind: ExportKind, ctx: ExportContext): Promise<string> {
  const state = ctx.store.getState();
  const scenario = activeScenario(state);
  const region = ctx.bundle.meta.id;
  const parameters = { ...state.parameters };
  const base = exportFileName(region, scenario.name).replace(/\.json$/, '');

  const terms = sectorTerms(scenario.sector);
  const noun = terms.many;
  if (kind === 'scenario-json') {
    // The file carries the edited preset and the imported data the scenario is evaluated with (version 2).
    const name = `${base}.json`;
    const years = scenarioYears(state.yearOptions);
    const file = toScenarioFile(
      region,
      scenario.sector,
      scenario.edits,
      { ...parameters, ...(years ? { years } : {}) },
      scenario.presets?.[scenario.sector],
      scenarioFileData(state.datasets, scenario)
    );
    downloadText(serializeFile(file), name, JSON_MIME);
    return name;
  }
  if (kind === 'session-json') {
    // Every scenario of every sector, each with its own preset and data (see scenario-files.ts).
    const name = exportFileName(region, 'scenarios');
    const scenarios = state.scenarios
      .map((s) => ({
        name: s.name,
        sector: s.sector,
        edits: s.edits,
        preset: s.presets?.[s.sector],
        data: scenarioFileData(state.datasets, s)
      }))
      // A sport, zorg or welzijn scenario still waiting for its file has nothing to save (and could not be read).
      .filter((s) => !needsFacilityData(s.sector) || s.data?.facilities);
    if (scenarios.length === 0) throw new Error(t('exportFiles.nothingToSave'));
    const file = toSessionFile(region, scenarios, parameters);
    downloadText(serializeFile(file), name, JSON_MIME);
    return name;
  }

  // The map is read before anything else: right after the click it shows exactly this scenario.
  const map = kind === 'png' || kind === 'pdf' ? ctx.captureMap() : null;
  const report = await ctx.engine.report(scenario.sector as EngineSector, parameters, scenario.edits);
  switch (kind) {
    case 'facilities-csv-nl':
    case 'facilities-csv-plain': {
      const dialect = kind.endsWith('plain') ? 'plain' : 'nl';
      const comma = kind.endsWith('plain') ? '-komma' : '';
      // With the year slider past 2023 (po, vo) the table carries that year's prognosis, as on screen.
      if (state.year > 2023 && terms.years) {
        const yr = await ctx.engine.yearReport(
          scenario.sector as EngineSector,
          parameters,
          scenario.edits,
          state.year,
          yearOptionsOf(state.yearOptions, null)
        );
        const name = `${base}-${noun}-${state.year}${comma}.csv`;
        downloadText(facilityYearCsv(yr, state.year, dialect), name, CSV_MIME);
        return name;
      }
      const name = `${base}-${noun}${comma}.csv`;
      downloadText(facilityCsv(report, dialect), name, CSV_MIME);
      return name;
    }
    case 'demand-csv-nl':
    case 'demand-csv-plain': {
      const name = `${base}-rastercellen${kind.endsWith('plain') ? '-komma' : ''}.csv`;
      downloadText(demandCsv(report, kind.endsWith('plain') ? 'plain' : 'nl'), name, CSV_MIME);
      return name;
    }
    case 'geojson': {
      const name = `${base}-${noun}.geojson`;
      downloadText(JSON.stringify(facilitiesGeoJson(report), null, 1) + '\n', name, GEOJSON_MIME);
      return name;
    }
    case 'png': {
      const name = `${base}-kaart.png`;
      downloadBlob(dataUrlToBlob(await mapImage(ctx, map, report, scenario.name)), name);
      return name;
    }
    case 'pdf': {
      // jsPDF is large: it is loaded only when someone exports a report.
      const { pdfFileName, scenarioPdf } = await import('$lib/export/pdf');
      const name = pdfFileName(region, scenario.name);
      const baseline = await ctx.engine.report(scenario.sector as EngineSector, parameters, []);
      const image = await mapImage(ctx, map, report, scenario.name).catch(() => null);
      const years = terms.years
        ? await pdfYears(
            ctx.engine,
            scenario.sector as EngineSector,
            parameters,
            scenario.edits,
            state.yearOptions
          )
        : null;
      const doc = scenarioPdf({
        regionName: ctx.bundle.meta.name,
        date: new Date(),
        scenario: { name: scenario.name, edits: scenario.edits, report },
        baseline,
        mapImage: image,
        years
      });
      downloadBlob(doc.output('blob'), name);
      return name;
    }
  }
  throw new Error(t('exportFiles.unknownExport', { kind: kind as string }));
}

const pct = new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 2, signDisplay: 'always' });

/**
 * The year prognosis for the PDF, with the user's year inputs. The worker's `years` call is latest-wins with the
 * year panel's own requests, so a superseded call is tried once more; without a result the section is left out.
 */
async function pdfYears(
  engine: EngineClient,
  sector: EngineSector,
  parameters: Parameters,
  edits: readonly Edit[],
  inputs: YearInputs
): Promise<PdfYears | null> {
  // pdf-years imports the PDF writer (jsPDF): loaded with the PDF, never with the page.
  const { yearNote, yearRows } = await import('$lib/export/pdf-years');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const reply = await engine.years(sector, parameters, edits, yearOptionsOf(inputs, null));
      return {
        note: yearNote(
          inputs.birthTrend === 'data'
            ? { fromData: true, trend: pct.format(reply.scenario.birthTrends.region * 100) }
            : { fromData: false, trend: pct.format(inputs.birthTrend * 100) },
          pct.format(inputs.migration * 100),
          String(inputs.transportKm)
        ),
        rows: yearRows(reply.baseline, reply.scenario)
      };
    } catch (e) {
      if (!(e instanceof Superseded)) return null;
    }
  }
  return null;
}
