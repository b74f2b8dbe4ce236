/**
 * A scenario the facilitator puts up for rating: validated like a saved scenario (the scenario file, version 1
 * or 2, with a top-level "name"), evaluated once with the pure engine on the region's bundle (with the data the
 * file carries: a sport file, an own population table), and turned into what a phone shows: key figures against
 * today, the edits in plain Dutch, and the map as SVG. Stored with the scenario, so every phone and every server
 * process serves the same result without evaluating again.
 */
import { createEvaluator, ScenarioError, type EvaluatorOptions } from '$lib/engine';
import type { RegionBundle } from '$lib/engine/geodata/schema';
import { ScenarioFormatError } from '$lib/export/scenario-files';
import { describeEdit, refusalMessage, type NameLookup } from '$lib/components/edit-text';
import { API_TEXT } from '$lib/live/live-text';
import { phoneMapSvg } from '$lib/live/phone-map';
import type { ScenarioFigures } from '$lib/live/types';
import { sectorTerms } from '$lib/sectors/terms';
import { validateSaveBody } from '../scenarios';
import type { ScenarioPreparer } from './service';
import { LiveError } from './storage';

export type BundleLoader = (region: string) => Promise<RegionBundle | null>;

/** The preparer of scenarios for rating, reading bundles with `loadBundle`. */
export function scenarioPreparer(loadBundle: BundleLoader): ScenarioPreparer {
  return async (session, body) => {
    let file;
    let name;
    try {
      const rest = { ...(body as Record<string, unknown>) };
      delete rest.open;
      ({ file, name } = validateSaveBody(rest));
    } catch (e) {
      if (e instanceof ScenarioFormatError) throw new LiveError(400, `Ongeldig scenario: ${e.message}`);
      throw e;
    }
    if (file.region !== session.region) {
      throw new LiveError(422, API_TEXT.scenarioRegion(String(file.region), session.region));
    }
    const bundle = await loadBundle(session.region);
    if (!bundle) throw new LiveError(422, API_TEXT.region(session.region));

    const options: EvaluatorOptions = {};
    if (file.preset) options.preset = file.preset;
    if (file.data?.facilities) options.facilities = file.data.facilities.facilities;
    if (file.data?.demand) options.demand = file.data.demand.units;
    const { years: _years, ...parameters } = file.parameters ?? {};
    void _years;
    const sector = file.sector as string; // validateSaveBody requires it
    const terms = sectorTerms(sector, file.preset);

    let evaluator;
    try {
      evaluator = createEvaluator(bundle, sector, parameters, options);
    } catch (e) {
      throw new LiveError(422, API_TEXT.scenarioInvalid(e instanceof Error ? e.message : String(e)));
    }
    const prepared = evaluator.prepared;
    const names = new Map(prepared.facilities.map((f) => [f.id, { name: f.name, place: f.place || null }]));
    for (const e of file.edits) if (e.op === 'open') names.set(e.id, { name: e.name, place: null });
    const lookup: NameLookup = (id) => names.get(id);

    const base = evaluator.evaluate([]);
    let result;
    try {
      result = evaluator.evaluate(file.edits);
    } catch (e) {
      if (e instanceof ScenarioError) {
        const why = refusalMessage(
          { message: e.message, editIndex: e.editIndex, problem: e.problem },
          file.edits,
          lookup,
          terms
        );
        throw new LiveError(422, API_TEXT.scenarioInvalid(why));
      }
      throw e;
    }

    let moved = 0;
    for (let i = 0; i < prepared.facilities.length; i++) {
      if (result.facilities.status[i] !== 0 && !prepared.isContext[i]) moved += prepared.pupilsBase[i];
    }
    const known = prepared.facilities.some((_, i) => prepared.pupilsKnown[i] === 1);
    const figures: ScenarioFigures = {
      openBefore: base.summary.openFacilities,
      openAfter: result.summary.openFacilities,
      meanBeforeM: base.summary.distanceM.mean,
      meanAfterM: result.summary.distanceM.mean,
      p90BeforeM: base.summary.distanceM.p90,
      p90AfterM: result.summary.distanceM.p90,
      moved: known ? Math.round(moved) : null,
      placesWithout: [...result.summary.placesWithoutFacility],
      edits: file.edits.map((e) => describeEdit(e, lookup, terms))
    };
    const mapSvg = phoneMapSvg({
      municipalities: bundle.municipalities,
      demand: prepared.demand,
      weight: prepared.weight,
      distanceM: result.demand.distanceM,
      facilities: [
        ...prepared.facilities,
        ...result.facilities.added.map((a) => ({ lon: a.lon, lat: a.lat, context: false, added: true }))
      ],
      status: result.facilities.status
    });
    return {
      name: name || 'Scenario',
      sector,
      body: JSON.stringify(file),
      figures,
      mapSvg
    };
  };
}
