/**
 * Check a preset that a user edited or that comes back from a stored scenario. Problems are Dutch sentences that
 * name the field, so the assumptions editor can show them next to the input. Returns a clean copy (unknown fields
 * dropped) so the caller never keeps a reference into untrusted data.
 */
import { AGE_BANDS, type AgeBand } from '../geodata/schema';
import {
  CAPACITY_UNITS,
  PRESET_SCHEMA_VERSION,
  type CapacitySemantics,
  type DemandAssumption,
  type FacilityType,
  type SectorPreset
} from './presets';

export type PresetValidation = { ok: true; preset: SectorPreset } | { ok: false; problems: string[] };

/** Participation above this is surely a typo (10 visits per inhabitant per week). */
const MAX_WEIGHT = 10;
const MAX_THRESHOLD_M = 100_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

class Checker {
  problems: string[] = [];
  fail(msg: string): void {
    this.problems.push(msg);
  }

  text(o: Obj, key: string, where: string, optional = false): string {
    const v = o[key];
    if (optional && v === undefined) return '';
    if (!isText(v)) this.fail(`${where}: '${key}' moet een niet-lege tekst zijn.`);
    return typeof v === 'string' ? v : '';
  }

  demand(v: unknown, where: string): DemandAssumption | undefined {
    if (!isObj(v)) {
      this.fail(`${where}: ontbreekt of is geen object met label, bandWeights en source.`);
      return undefined;
    }
    const label = this.text(v, 'label', where);
    const source = this.text(v, 'source', where);
    const bandWeights: Partial<Record<AgeBand, number>> = {};
    if (!isObj(v.bandWeights)) this.fail(`${where}: 'bandWeights' moet een object zijn, bijv. {"a_5_9": 1}.`);
    else {
      let positive = 0;
      for (const [band, w] of Object.entries(v.bandWeights)) {
        if (!(AGE_BANDS as readonly string[]).includes(band)) {
          this.fail(`${where}: onbekende leeftijdsklasse '${band}' (gebruik a_0_4, a_5_9, ..., a_95plus).`);
        } else if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > MAX_WEIGHT) {
          this.fail(
            `${where}: gewicht voor ${band} moet een getal van 0 t/m ${MAX_WEIGHT} zijn, niet '${w}'.`
          );
        } else {
          bandWeights[band as AgeBand] = w;
          if (w > 0) positive++;
        }
      }
      if (positive === 0)
        this.fail(`${where}: minstens één leeftijdsklasse moet een gewicht boven 0 hebben.`);
    }
    return { label, bandWeights, source };
  }

  thresholds(v: unknown, where: string): number[] {
    const ok =
      Array.isArray(v) &&
      v.length === 3 &&
      v.every((d, i) => typeof d === 'number' && d > 0 && d <= MAX_THRESHOLD_M && (i === 0 || d > v[i - 1]));
    if (!ok) {
      this.fail(
        `${where}: verwacht drie oplopende afstanden in meters tussen 0 en ${MAX_THRESHOLD_M}, bijv. [1000, 3000, 5000].`
      );
      return [];
    }
    return [...(v as number[])];
  }

  capacity(v: unknown, where: string): CapacitySemantics {
    if (!isObj(v) || !(CAPACITY_UNITS as readonly unknown[]).includes(v.unit)) {
      this.fail(`${where}: 'unit' moet een van ${CAPACITY_UNITS.join(', ')} zijn.`);
      return { unit: 'leerlingen', meaning: '' };
    }
    return { unit: v.unit as CapacitySemantics['unit'], meaning: this.text(v, 'meaning', where) };
  }

  facilityType(v: unknown, i: number): FacilityType | undefined {
    const where = `Type ${i + 1}`;
    if (!isObj(v)) {
      this.fail(`${where}: moet een object met id en label zijn.`);
      return undefined;
    }
    const t: FacilityType = { id: this.text(v, 'id', where), label: this.text(v, 'label', where) };
    if (v.aliases !== undefined) {
      if (!Array.isArray(v.aliases) || !v.aliases.every(isText))
        this.fail(`${where} (${t.id}): 'aliases' moet een lijst van teksten zijn.`);
      else t.aliases = [...v.aliases];
    }
    if (v.demand !== undefined) t.demand = this.demand(v.demand, `${where} (${t.id}), vraag`);
    if (v.thresholdsM !== undefined)
      t.thresholdsM = this.thresholds(v.thresholdsM, `${where} (${t.id}), afstanden`);
    if (v.capacity !== undefined) t.capacity = this.capacity(v.capacity, `${where} (${t.id}), capaciteit`);
    return t;
  }
}

export function validatePreset(data: unknown): PresetValidation {
  const c = new Checker();
  if (!isObj(data)) return { ok: false, problems: ['De sectorinstelling is geen object.'] };
  if (data.schemaVersion !== PRESET_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        `Onbekende versie van de sectorinstelling: ${JSON.stringify(data.schemaVersion)} (verwacht ${PRESET_SCHEMA_VERSION}).`
      ]
    };
  }
  const where = 'Sector';
  const id = c.text(data, 'id', where);
  if (id && !/^[a-z0-9-]+$/.test(id))
    c.fail(`Sector: 'id' mag alleen kleine letters, cijfers en - bevatten.`);
  const name = c.text(data, 'name', where);
  const description = c.text(data, 'description', where, true);

  const facilityTypes: FacilityType[] = [];
  if (!Array.isArray(data.facilityTypes) || data.facilityTypes.length === 0) {
    c.fail(`Sector: 'facilityTypes' moet een lijst met minstens één type zijn.`);
  } else {
    const seen = new Set<string>();
    data.facilityTypes.forEach((v, i) => {
      const t = c.facilityType(v, i);
      if (!t) return;
      if (seen.has(t.id)) c.fail(`Type ${i + 1}: id '${t.id}' komt twee keer voor.`);
      seen.add(t.id);
      facilityTypes.push(t);
    });
  }
  if (data.combinedTypes !== undefined && typeof data.combinedTypes !== 'boolean')
    c.fail(`Sector: 'combinedTypes' moet true of false zijn.`);

  const demand = c.demand(data.demand, 'Vraag');
  const thresholdsM = c.thresholds(data.thresholdsM, 'Afstanden');
  const thresholdsSource = c.text(data, 'thresholdsSource', 'Afstanden');
  if (typeof data.normApplies !== 'boolean') c.fail(`Sector: 'normApplies' moet true of false zijn.`);
  const capacity = c.capacity(data.capacity, 'Capaciteit');
  if (data.dataSource !== 'real' && data.dataSource !== 'import')
    c.fail(`Sector: 'dataSource' moet 'real' of 'import' zijn.`);
  if (data.example !== undefined && !isText(data.example)) c.fail(`Sector: 'example' moet een tekst zijn.`);

  if (c.problems.length > 0 || !demand) return { ok: false, problems: c.problems };
  const preset: SectorPreset = {
    schemaVersion: PRESET_SCHEMA_VERSION,
    id,
    name,
    description,
    facilityTypes,
    demand,
    thresholdsM,
    thresholdsSource,
    normApplies: data.normApplies as boolean,
    capacity,
    dataSource: data.dataSource as SectorPreset['dataSource']
  };
  if (data.combinedTypes !== undefined) preset.combinedTypes = data.combinedTypes as boolean;
  if (data.example !== undefined) preset.example = data.example as string;
  return { ok: true, preset };
}
