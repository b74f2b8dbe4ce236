/**
 * National pupil numbers per VO track, the one source of the track shares (see PROVENANCE.md in this folder).
 *
 * Source: Ministerie van OCW, "Onderwijs in cijfers" (ocwincijfers.nl), page "Leerlingenaantallen voortgezet
 * onderwijs", table "Leerlingenaantallen in het vo naar onderwijssoort", year 2023 (teldatum 1 oktober 2023), from
 * DUO's "1 cijfer vo". https://www.ocwincijfers.nl/sectoren/voortgezet-onderwijs/leerlingen/leerlingenaantallen-voortgezet-onderwijs
 * (read 2026 from the stored copy of that page). The numbers below are copied from it; the shares are derived.
 */
export const TRACK_SOURCE = /* @__PURE__ */ Object.freeze({
  publisher: 'Ministerie van OCW / DUO',
  title: 'Onderwijs in cijfers: leerlingenaantallen in het vo naar onderwijssoort',
  year: 2023,
  date: '1 oktober 2023',
  url: 'https://www.ocwincijfers.nl/sectoren/voortgezet-onderwijs/leerlingen/leerlingenaantallen-voortgezet-onderwijs'
});

/** Pupils in the whole Netherlands on 1-10-2023 per onderwijssoort, as published (total 947,994). */
export const NATIONAL_PUPILS_2023 = /* @__PURE__ */ Object.freeze({
  praktijkonderwijs: 28924,
  brugjaarEnOngedeeld: 398800,
  vmboB: 31610,
  vmboK: 55175,
  vmboG: 28563,
  vmboT: 76392,
  havo: 157987,
  vwo: 163378,
  vavo: 7165
});
