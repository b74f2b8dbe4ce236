/**
 * Sectors as data: a preset says what a sector's facilities are, whom they serve, which distances matter and what
 * the number in a facility's "pupils" field means. The engine turns population per 5-year age band into demand
 * with `demandOf(ages, demandFor(preset, type))`, so a new sector needs a preset, not code.
 *
 * Every assumption carries its source, or 'aanname' when it is ours: the UI shows them, the user may edit them,
 * and the edited preset is stored with the scenario (check it with validatePreset on load).
 */
import { AGE_BANDS, type AgeBand } from '../geodata/schema';
import { SECTOR_BAND_WEIGHTS } from '../band-weights';

export const PRESET_SCHEMA_VERSION = 1 as const;

export type CapacityUnit = 'leerlingen' | 'bezoekers' | 'plaatsen' | 'patiënten' | 'kinderen' | 'deelnemers';
export const CAPACITY_UNITS: readonly CapacityUnit[] = [
  'leerlingen',
  'bezoekers',
  'plaatsen',
  'patiënten',
  'kinderen',
  'deelnemers'
];

/** Who a facility serves: participation (0..1, or more for repeat visits) per 5-year band of the population. */
export interface DemandAssumption {
  /** Dutch, e.g. "Kinderen van 4 t/m 11 jaar". */
  label: string;
  bandWeights: Partial<Record<AgeBand, number>>;
  /** Where the numbers come from, or starting with 'aanname' when they are an assumption. */
  source: string;
}

/** What the facility's number (Facility.pupils) counts. */
export interface CapacitySemantics {
  unit: CapacityUnit;
  meaning: string;
}

export interface FacilityType {
  /** Stored in Facility.type; for po/vo/so the DUO type. */
  id: string;
  /** Dutch label for the UI. */
  label: string;
  /** Other names people use in their files (matched case- and accent-insensitively). */
  aliases?: string[];
  /** Overrides of the preset defaults for this type (e.g. a pool draws from further away than a gym). */
  demand?: DemandAssumption;
  thresholdsM?: number[];
  capacity?: CapacitySemantics;
}

export interface SectorPreset {
  schemaVersion: typeof PRESET_SCHEMA_VERSION;
  /** Short id, e.g. 'po', 'sport'. */
  id: string;
  /** Dutch name. */
  name: string;
  description: string;
  facilityTypes: FacilityType[];
  /** Accept DUO combinations of types such as 'VBO/MAVO' (each part must be a known type). */
  combinedTypes?: boolean;
  demand: DemandAssumption;
  /** Three ascending distances in metres, as the engine's shares within 1, 3 and 5 km for po. */
  thresholdsM: number[];
  thresholdsSource: string;
  /** An opheffingsnorm (minimum size) applies; only po has norm data in the bundles. */
  normApplies: boolean;
  capacity: CapacitySemantics;
  /** 'real': in the region bundles (DUO). 'import': the user brings the facilities. */
  dataSource: 'real' | 'import';
  /** Example file under static/ ("voorbeeld (fictief)"), for presets without real data. */
  example?: string;
}

function everyone(weight: number): Partial<Record<AgeBand, number>> {
  return Object.fromEntries(AGE_BANDS.map((b) => [b, weight]));
}

const PO: SectorPreset = {
  schemaVersion: 1,
  id: 'po',
  name: 'Basisonderwijs',
  description: 'Basisscholen: vestigingen en leerlingen op 1 oktober 2023 (DUO). Kinderen van 4 t/m 11 jaar.',
  facilityTypes: [{ id: 'basisschool', label: 'Basisschool' }],
  demand: {
    label: 'Kinderen van 4 t/m 11 jaar',
    // The engine's weights (src/lib/engine/demand.ts): 0.2*a_0_4 + a_5_9 + 0.4*a_10_14.
    bandWeights: { ...SECTOR_BAND_WEIGHTS.po },
    source:
      'Schoolleeftijd 4-11 jaar; de 5-jaarsklassen van CBS zijn gelijk over de leeftijden verdeeld ' +
      '(4 jaar = 1/5 van 0-4, 10-11 jaar = 2/5 van 10-14), zoals in de rekenkern'
  },
  thresholdsM: [1000, 3000, 5000],
  thresholdsSource: 'aanname: gangbare loop- en fietsafstanden naar de basisschool',
  normApplies: true,
  capacity: {
    unit: 'leerlingen',
    meaning: 'Leerlingen op 1 oktober 2023 (DUO); de opheffingsnorm van de gemeente geldt'
  },
  dataSource: 'real'
};

const VO: SectorPreset = {
  schemaVersion: 1,
  id: 'vo',
  name: 'Voortgezet onderwijs',
  description: 'Vo-scholen: vestigingen en leerlingen op 1 oktober 2023 (DUO). Jongeren van 12 t/m 17 jaar.',
  facilityTypes: [
    { id: 'PRO', label: 'Praktijkonderwijs' },
    { id: 'VBO', label: 'Vmbo (beroepsgericht)', aliases: ['vmbo'] },
    { id: 'MAVO', label: 'Mavo / vmbo-tl' },
    { id: 'HAVO', label: 'Havo' },
    { id: 'VWO', label: 'Vwo' },
    { id: 'BRUGJAAR', label: 'Brugjaar', aliases: ['brugklas'] }
  ],
  combinedTypes: true,
  demand: {
    label: 'Jongeren van 12 t/m 17 jaar',
    // The engine's weights (src/lib/engine/demand.ts): 0.6*a_10_14 + 0.6*a_15_19.
    bandWeights: { ...SECTOR_BAND_WEIGHTS.vo },
    source:
      'Schoolleeftijd 12-17 jaar; 3/5 van de klassen 10-14 en 15-19 (CBS), gelijk verdeeld, zoals in de rekenkern'
  },
  thresholdsM: [5000, 10000, 15000],
  thresholdsSource: 'aanname: fietsafstanden naar het voortgezet onderwijs',
  // VO has opheffingsnormen per school, but they are not in the open data the bundles are built from.
  normApplies: false,
  capacity: { unit: 'leerlingen', meaning: 'Leerlingen op 1 oktober 2023 (DUO)' },
  dataSource: 'real'
};

const SO: SectorPreset = {
  schemaVersion: 1,
  id: 'so',
  name: 'Speciaal onderwijs',
  description:
    'Speciaal basisonderwijs en (voortgezet) speciaal onderwijs (DUO, 1 oktober 2023). Regionale voorzieningen: ' +
    'weinig leerlingen per leeftijdsjaar, grote afstanden, vaak leerlingenvervoer.',
  facilityTypes: [
    { id: 'SBAO', label: 'Speciaal basisonderwijs (SBAO)', aliases: ['sbo', 'speciaal basisonderwijs'] },
    { id: 'SO', label: 'Speciaal onderwijs (SO)', aliases: ['speciaal onderwijs'] },
    { id: 'VSO', label: 'Voortgezet speciaal onderwijs (VSO)', aliases: ['voortgezet speciaal onderwijs'] },
    { id: '(V)SO', label: 'Speciaal en voortgezet speciaal onderwijs ((V)SO)', aliases: ['vso/so', 'so/vso'] }
  ],
  demand: {
    label: 'Kinderen en jongeren van 4 t/m 19 jaar (klein aandeel)',
    bandWeights: { a_0_4: 0.008, a_5_9: 0.04, a_10_14: 0.04, a_15_19: 0.04 },
    source:
      'Afgeleid: circa 4% van de 4- t/m 19-jarigen gaat naar SBAO, SO of VSO (Achterhoek: 2.203 leerlingen op ' +
      '1-10-2023 bij DUO tegenover circa 51.000 inwoners van 4-19 jaar bij CBS 2021); de verdeling over de ' +
      'leeftijden is een aanname'
  },
  thresholdsM: [10000, 20000, 30000],
  thresholdsSource: 'aanname: regionale voorzieningen, leerlingen komen van ver (vaak met leerlingenvervoer)',
  normApplies: false,
  capacity: { unit: 'leerlingen', meaning: 'Leerlingen op 1 oktober 2023 (DUO)' },
  dataSource: 'real'
};

const SPORT: SectorPreset = {
  schemaVersion: 1,
  id: 'sport',
  name: 'Sport',
  description:
    'Sporthallen, gymzalen, zwembaden en sportparken. Geen open landelijke lijst: importeer de eigen gegevens ' +
    'van de gemeente.',
  facilityTypes: [
    { id: 'sporthal', label: 'Sporthal', aliases: ['sportzaal', 'sportcentrum'] },
    {
      id: 'gymzaal',
      label: 'Gymzaal',
      aliases: ['gymlokaal', 'gymnastieklokaal'],
      thresholdsM: [1000, 2000, 5000]
    },
    {
      id: 'zwembad',
      label: 'Zwembad',
      aliases: ['overdekt zwembad', 'binnenbad', 'buitenbad', 'openluchtbad'],
      thresholdsM: [5000, 10000, 20000]
    },
    { id: 'sportpark', label: 'Sportpark', aliases: ['sportvelden', 'sportveld', 'buitensportaccommodatie'] }
  ],
  demand: {
    label: 'Inwoners die wekelijks sporten',
    bandWeights: {
      a_0_4: 0.2,
      a_5_9: 0.7,
      a_10_14: 0.75,
      a_15_19: 0.65,
      a_20_24: 0.55,
      a_25_29: 0.5,
      a_30_34: 0.5,
      a_35_39: 0.5,
      a_40_44: 0.5,
      a_45_49: 0.45,
      a_50_54: 0.45,
      a_55_59: 0.45,
      a_60_64: 0.45,
      a_65_69: 0.4,
      a_70_74: 0.4,
      a_75_79: 0.3,
      a_80_84: 0.2,
      a_85_89: 0.1,
      a_90_94: 0.05,
      a_95plus: 0.05
    },
    source:
      'aanname: orde van grootte van de wekelijkse sportdeelname naar leeftijd; vervang door lokale cijfers ' +
      '(bijvoorbeeld de sportmonitor van de gemeente)'
  },
  thresholdsM: [2000, 5000, 10000],
  thresholdsSource: 'aanname: fietsafstanden; per type aangepast (gymzaal dichterbij, zwembad verder weg)',
  normApplies: false,
  capacity: { unit: 'bezoekers', meaning: 'Bezoeken per week (schatting); vul in wat bekend is' },
  dataSource: 'import',
  example: '/voorbeelden/sport-achterhoek-voorbeeld.csv'
};

const ZORG: SectorPreset = {
  schemaVersion: 1,
  id: 'zorg',
  name: 'Zorg',
  description:
    'Huisartsen, verpleeghuizen en wonen met zorg, consultatiebureaus. Importeer de eigen gegevens van de ' +
    'gemeente of de zorgaanbieders.',
  facilityTypes: [
    {
      id: 'huisarts',
      label: 'Huisarts',
      aliases: ['huisartsenpraktijk', 'huisartspraktijk', 'gezondheidscentrum'],
      capacity: { unit: 'patiënten', meaning: 'Ingeschreven patiënten' }
    },
    {
      id: 'verpleeghuis',
      label: 'Verpleeghuis / wonen met zorg',
      aliases: [
        'wonen met zorg',
        'verzorgingshuis',
        'woonzorgcentrum',
        'zorgcentrum',
        'verpleeg- en verzorgingshuis'
      ],
      demand: {
        label: 'Ouderen die in een verpleeghuis wonen',
        bandWeights: {
          a_65_69: 0.003,
          a_70_74: 0.007,
          a_75_79: 0.015,
          a_80_84: 0.04,
          a_85_89: 0.1,
          a_90_94: 0.22,
          a_95plus: 0.35
        },
        source:
          'aanname: orde van grootte van het aandeel ouderen dat in een verpleeghuis woont, naar leeftijd'
      },
      thresholdsM: [5000, 10000, 20000],
      capacity: { unit: 'plaatsen', meaning: 'Wooneenheden of bedden' }
    },
    {
      id: 'consultatiebureau',
      label: 'Consultatiebureau',
      aliases: ['jgz', 'jeugdgezondheidszorg', 'centrum voor jeugd en gezin', 'cjg'],
      demand: {
        label: 'Kinderen van 0 t/m 3 jaar en hun ouders',
        bandWeights: { a_0_4: 0.8 },
        source: 'Jeugdgezondheidszorg 0-4 jaar: 4 van de 5 leeftijden in klasse 0-4 (aanname: iedereen komt)'
      },
      capacity: { unit: 'kinderen', meaning: 'Kinderen in zorg' }
    }
  ],
  demand: {
    label: 'Alle inwoners',
    bandWeights: everyone(1),
    source: 'aanname: iedere inwoner staat ingeschreven bij een huisarts'
  },
  thresholdsM: [2000, 5000, 10000],
  thresholdsSource: 'aanname: afstanden die in werkateliers over huisartsenzorg worden genoemd',
  normApplies: false,
  capacity: { unit: 'patiënten', meaning: 'Ingeschreven patiënten, plaatsen of kinderen, zie het type' },
  dataSource: 'import',
  example: '/voorbeelden/zorg-achterhoek-voorbeeld.csv'
};

const WELZIJN: SectorPreset = {
  schemaVersion: 1,
  id: 'welzijn',
  name: 'Welzijn',
  description: 'Dorpshuizen en andere ontmoetingsplekken. Importeer de eigen gegevens van de gemeente.',
  facilityTypes: [
    {
      id: 'dorpshuis',
      label: 'Dorpshuis',
      aliases: ['kulturhus', 'gemeenschapshuis', 'mfa', 'multifunctionele accommodatie', 'dorpscentrum']
    },
    {
      id: 'ontmoetingsplek',
      label: 'Ontmoetingsplek',
      aliases: ['buurthuis', 'wijkcentrum', 'buurtcentrum', 'ontmoetingsruimte']
    }
  ],
  demand: {
    label: 'Alle inwoners',
    bandWeights: everyone(1),
    source: 'aanname: een dorpshuis is er voor iedere inwoner'
  },
  thresholdsM: [1000, 2500, 5000],
  thresholdsSource: 'aanname: het dorpshuis hoort in het eigen dorp of de eigen kern',
  normApplies: false,
  capacity: { unit: 'bezoekers', meaning: 'Bezoekers per week (schatting)' },
  dataSource: 'import',
  example: '/voorbeelden/welzijn-achterhoek-voorbeeld.geojson'
};

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** The built-in presets, in display order. Frozen: edit a `clonePreset` copy. */
export const PRESETS: readonly SectorPreset[] = /* @__PURE__ */ deepFreeze([
  PO,
  VO,
  SO,
  SPORT,
  ZORG,
  WELZIJN
]);
export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

export function getPreset(id: string): SectorPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** A mutable deep copy, e.g. for the assumptions editor. */
export function clonePreset(preset: SectorPreset): SectorPreset {
  return structuredClone(preset) as SectorPreset;
}

function typeOf(preset: SectorPreset, typeId?: string): FacilityType | undefined {
  return typeId === undefined ? undefined : preset.facilityTypes.find((t) => t.id === typeId);
}

/** The demand a facility type serves (type override or preset default). */
export function demandFor(preset: SectorPreset, typeId?: string): DemandAssumption {
  return typeOf(preset, typeId)?.demand ?? preset.demand;
}

export function thresholdsFor(preset: SectorPreset, typeId?: string): number[] {
  return typeOf(preset, typeId)?.thresholdsM ?? preset.thresholdsM;
}

export function capacityFor(preset: SectorPreset, typeId?: string): CapacitySemantics {
  return typeOf(preset, typeId)?.capacity ?? preset.capacity;
}

/** Demand of a population: sum over bands of inhabitants times the band's weight. */
export function demandOf(ages: Partial<Record<AgeBand, number>>, demand: DemandAssumption): number {
  let sum = 0;
  for (const band of AGE_BANDS) sum += (ages[band] ?? 0) * (demand.bandWeights[band] ?? 0);
  return sum;
}

/** Lower case, no accents, single spaces: how type names from files are compared. */
export function typeKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The preset's type id for a type name from a file ('Zwembad', 'wonen met zorg', 'VBO/MAVO'), or null when the
 * preset does not know it.
 */
export function resolveType(preset: SectorPreset, text: string): string | null {
  const key = typeKey(text);
  if (key === '') return null;
  for (const t of preset.facilityTypes) {
    if (typeKey(t.id) === key || typeKey(t.label) === key) return t.id;
    if (t.aliases?.some((a) => typeKey(a) === key)) return t.id;
  }
  if (preset.combinedTypes && key.includes('/')) {
    const parts = key.split('/').map((p) => resolveType({ ...preset, combinedTypes: false }, p));
    if (parts.every((p) => p !== null)) return parts.join('/');
  }
  return null;
}
