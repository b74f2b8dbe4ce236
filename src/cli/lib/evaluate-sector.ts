/**
 * The sector inputs of `npm run evaluate`: an edited preset (`--preset FILE`), the facilities of a file
 * (`--facilities FILE`) and a population table (`--demand FILE`), through the same imports as the atlas. Reading
 * and reporting only; the engine decides.
 * Import problems are printed in Dutch with their row and column, one per line on stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RegionBundle } from '../../lib/engine/geodata/schema';
import type { DemandInput, FacilityInput } from '../../lib/engine/index';
import {
  checkFileSize,
  importDemand,
  importFacilities,
  postcodeLookup,
  type Problem
} from '../../lib/import/index';
import { validatePreset, type SectorPreset } from '../../lib/sectors/index';

/** Invalid input (exit 1); the message is printed after `Fout: `. */
export class SectorInputError extends Error {
  constructor(
    message: string,
    /** Further lines for stderr (each printed as is). */
    readonly lines: string[] = []
  ) {
    super(message);
    this.name = 'SectorInputError';
  }
}

function cannotRead(file: string, e: unknown): SectorInputError {
  return new SectorInputError(
    `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`
  );
}

/** An edited preset from a JSON file, checked with validatePreset (its Dutch problems on failure). */
export function readPresetFile(file: string): SectorPreset {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw cannotRead(file, e);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new SectorInputError(`${file}: geen geldige JSON (${(e as Error).message.replace(/\s+/g, ' ')})`);
  }
  const v = validatePreset(data);
  if (!v.ok) {
    throw new SectorInputError(
      `${file}: de sectorinstelling is ongeldig`,
      v.problems.map((p) => `Fout: ${file}: ${p}`)
    );
  }
  return v.preset;
}

const line = (file: string, p: Problem) =>
  `${p.severity === 'fout' ? 'Fout' : 'Waarschuwing'}: ${file}: ${p.message.replace(/\s+/g, ' ').trim()}`;

/** The bytes of an import file, after the size check. */
function readImportFile(file: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw cannotRead(file, e);
  }
  const tooLarge = checkFileSize(size);
  if (tooLarge) throw new SectorInputError(`${file}: ${tooLarge.message}`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    throw cannotRead(file, e);
  }
}

/** Any error throws a SectorInputError listing every problem; warnings go to `warn`. */
function reportProblems(
  file: string,
  report: { ok: boolean; problems: Problem[] },
  warn: (text: string) => void
): void {
  if (!report.ok) {
    const n = report.problems.filter((p) => p.severity === 'fout').length;
    throw new SectorInputError(
      `${file}: ${n === 1 ? '1 fout' : `${n} fouten`}; er is niets ingelezen`,
      report.problems.map((p) => line(file, p))
    );
  }
  for (const p of report.problems) warn(line(file, p) + '\n');
}

/**
 * The facilities of a file, imported as the atlas does (PC4 points of the region for rows with a postcode only,
 * the region's bbox for the outside-region warning). Warnings and the placement count go to `warn`; any error
 * throws a SectorInputError listing every problem. Locations the import found far outside the region are kept
 * and count as context (the engine's rule for `outsideRegion`).
 */
export function readFacilityFile(
  file: string,
  preset: SectorPreset,
  bundle: RegionBundle,
  warn: (text: string) => void
): FacilityInput[] {
  const bytes = readImportFile(file);
  const report = importFacilities(
    { name: basename(file), bytes },
    { preset, postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox }
  );
  reportProblems(file, report, warn);
  const s = report.stats;
  warn(
    `${file}: ${s.facilities} ${s.facilities === 1 ? 'locatie' : 'locaties'} ingelezen als ${preset.name}; ` +
      `${s.placedByPostcode} geplaatst op het midden van het postcodegebied (PC4)` +
      (s.outsideRegion > 0 ? `, ${s.outsideRegion} buiten de regio (tellen als context)` : '') +
      '\n'
  );
  return report.facilities;
}

/**
 * A population table (per PC4 or per point) imported as the atlas does: PC4 areas are placed at the bundle's PC4
 * points, points far outside the region get a warning. Warnings and a count line go to `warn`; any error throws a
 * SectorInputError listing every problem with its row and column.
 */
export function readDemandFile(
  file: string,
  bundle: RegionBundle,
  warn: (text: string) => void
): DemandInput[] {
  const bytes = readImportFile(file);
  const report = importDemand(
    { name: basename(file), bytes },
    { postcodes: postcodeLookup(bundle.postcodes), regionBbox: bundle.meta.bbox }
  );
  reportProblems(file, report, warn);
  const s = report.stats;
  const n = report.units.length;
  if (n === 0) throw new SectorInputError(`${file}: het bestand bevat geen inwoners; er is niets ingelezen`);
  warn(
    `${file}: ${n} ${n === 1 ? 'eenheid' : 'eenheden'} ` +
      `${s.kind === 'pc4' ? 'per postcodegebied (PC4)' : 'per punt'} ingelezen, ` +
      `${new Intl.NumberFormat('nl-NL').format(s.total)} inwoners` +
      (s.bands.length > 0 ? `, ${s.bands.length} leeftijdsklassen` : '') +
      '\n'
  );
  return report.units;
}

/** The Dutch message for a sector without facilities in the bundle and without --facilities. */
export function noDataMessage(sector: string, preset: SectorPreset, region: string): string {
  return preset.dataSource === 'import'
    ? `Voor sector '${sector}' zijn geen open gegevens; geef een bestand met --facilities`
    : `De regio '${region}' heeft geen locaties van sector '${sector}'; geef een bestand met --facilities`;
}
