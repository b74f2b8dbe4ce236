import type { Allocation, Edit } from '$lib/engine/types';
import { PRESET_IDS } from '$lib/sectors/presets';
import {
  activeScenario,
  DEFAULT_PARAMETERS,
  YEAR_FIRST,
  YEAR_LAST,
  type AtlasState,
  type Parameters,
  type SectorId
} from './store';

/**
 * The shareable part of the workshop state in the URL: sector, detour factor and the active scenario's edits.
 * `?sector=vo&omweg=1.3&toewijzing=dichtstbij&ingrepen=<base64url JSON edit list>` (`toewijzing` only for the
 * nearest rule: the choice model is the default). A reload or a copied link restores it exactly.
 * The edit list is only decoded here; whether its facilities exist is the engine's verdict.
 */

export interface UrlState {
  sector: SectorId;
  parameters: Parameters;
  edits: Edit[];
  /** The year slider (`jaar=`); absent means YEAR_FIRST. */
  year?: number;
}

export class UrlStateError extends Error {}

const MAX_EDITS_PARAM = 200_000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string {
  const b64 = data.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The allocation rule in the link (`toewijzing`), in Dutch. */
const ALLOCATION_URL: Record<Allocation, string> = { choice: 'keuzemodel', nearest: 'dichtstbij' };

export function encodeUrlState(s: UrlState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.sector !== 'po') p.set('sector', s.sector);
  if (s.parameters.detourFactor !== DEFAULT_PARAMETERS.detourFactor)
    p.set('omweg', String(s.parameters.detourFactor));
  if (s.parameters.allocation !== DEFAULT_PARAMETERS.allocation)
    p.set('toewijzing', ALLOCATION_URL[s.parameters.allocation]);
  if (s.edits.length > 0) p.set('ingrepen', toBase64Url(JSON.stringify(s.edits)));
  if (s.year !== undefined && s.year !== YEAR_FIRST) p.set('jaar', String(s.year));
  return p;
}

/** Reads the state from a query string; throws UrlStateError with a Dutch message naming the parameter. */
export function decodeUrlState(p: URLSearchParams): UrlState {
  const sectorRaw = p.get('sector') ?? 'po';
  if (!PRESET_IDS.includes(sectorRaw)) {
    throw new UrlStateError(
      `Onbekende sector '${sectorRaw}' in de link (parameter 'sector': ${PRESET_IDS.join(', ')}).`
    );
  }
  const detourRaw = p.get('omweg');
  let detourFactor = DEFAULT_PARAMETERS.detourFactor;
  if (detourRaw !== null) {
    detourFactor = Number(detourRaw);
    if (!Number.isFinite(detourFactor) || detourFactor < 1 || detourFactor > 3) {
      throw new UrlStateError(
        `Ongeldige omwegfactor '${detourRaw}' in de link (parameter 'omweg': 1 tot 3).`
      );
    }
  }
  const allocationRaw = p.get('toewijzing');
  let allocation = DEFAULT_PARAMETERS.allocation;
  if (allocationRaw !== null) {
    const found = (Object.keys(ALLOCATION_URL) as Allocation[]).find(
      (a) => ALLOCATION_URL[a] === allocationRaw
    );
    if (!found) {
      throw new UrlStateError(
        `Onbekende toewijzing '${allocationRaw}' in de link (parameter 'toewijzing': keuzemodel of dichtstbij).`
      );
    }
    allocation = found;
  }
  const raw = p.get('ingrepen');
  let edits: Edit[] = [];
  if (raw) {
    if (raw.length > MAX_EDITS_PARAM) throw new UrlStateError('De ingrepen in de link zijn te lang.');
    let parsed: unknown;
    try {
      parsed = JSON.parse(fromBase64Url(raw));
    } catch {
      throw new UrlStateError("De ingrepen in de link zijn beschadigd (parameter 'ingrepen').");
    }
    if (!Array.isArray(parsed) || parsed.some((e) => typeof e !== 'object' || e === null || !('op' in e))) {
      throw new UrlStateError("De ingrepen in de link hebben een onbekende vorm (parameter 'ingrepen').");
    }
    edits = parsed as Edit[];
  }
  const yearRaw = p.get('jaar');
  let year: number | undefined;
  if (yearRaw !== null) {
    year = Number(yearRaw);
    if (!Number.isInteger(year) || year < YEAR_FIRST || year > YEAR_LAST) {
      throw new UrlStateError(
        `Ongeldig jaar '${yearRaw}' in de link (parameter 'jaar': ${YEAR_FIRST} tot en met ${YEAR_LAST}).`
      );
    }
  }
  return {
    sector: sectorRaw,
    parameters: { ...DEFAULT_PARAMETERS, detourFactor, allocation },
    edits,
    ...(year !== undefined ? { year } : {})
  };
}

/**
 * The query string for the active scenario: a read-only shared scenario is its share id alone
 * (`?gedeeld=<id>`); anything else is sector, detour factor and edits (`encodeUrlState`).
 */
export function scenarioQuery(state: AtlasState): URLSearchParams {
  const s = activeScenario(state);
  if (s.readOnly && s.sharedId) return new URLSearchParams({ gedeeld: s.sharedId });
  return encodeUrlState({
    sector: s.sector,
    parameters: state.parameters,
    edits: s.edits,
    year: state.year
  });
}
