/**
 * Dutch messages, namespace `presetText` (lazy: messages/lazy.ts): what a sector's preset says about itself in the
 * import dialog. Exactly the engine's own texts (src/lib/engine/sectors/presets.ts; tests/unit/preset-text.test.ts
 * fails when they drift apart): the engine keeps its Dutch data, the page shows it in its language.
 */
export const presetText = {
  description: {
    po: 'Basisscholen: vestigingen en leerlingen op 1 oktober 2023 (DUO). Kinderen van 4 t/m 11 jaar.',
    vo: 'Vo-scholen: vestigingen en leerlingen op 1 oktober 2023 (DUO). Jongeren van 12 t/m 17 jaar.',
    so: 'Speciaal basisonderwijs en (voortgezet) speciaal onderwijs (DUO, 1 oktober 2023). Regionale voorzieningen: weinig leerlingen per leeftijdsjaar, grote afstanden, vaak leerlingenvervoer.',
    sport:
      'Sporthallen, gymzalen, zwembaden en sportparken. Geen open landelijke lijst: importeer de eigen gegevens van de gemeente.',
    zorg: 'Huisartsen, verpleeghuizen en wonen met zorg, consultatiebureaus. Importeer de eigen gegevens van de gemeente of de zorgaanbieders.',
    welzijn: 'Dorpshuizen en andere ontmoetingsplekken. Importeer de eigen gegevens van de gemeente.'
  },
  meaning: {
    po: 'Leerlingen op 1 oktober 2023 (DUO); de opheffingsnorm van de gemeente geldt',
    vo: 'Leerlingen op 1 oktober 2023 (DUO)',
    so: 'Leerlingen op 1 oktober 2023 (DUO)',
    sport: 'Bezoeken per week (schatting); vul in wat bekend is',
    zorg: 'Ingeschreven patiënten, plaatsen of kinderen, zie het type',
    welzijn: 'Bezoekers per week (schatting)'
  }
} as const;
