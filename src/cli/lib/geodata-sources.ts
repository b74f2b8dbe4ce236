/**
 * The source files the geodata build reads, with publisher, licence and year as stated in the PROVENANCE.md next
 * to each file (opendata/<folder>/PROVENANCE.md, actieplan/README.md). Copied by hand; keep in step with those texts.
 */

export type SourceRoot = 'opendata' | 'actieplan';

export interface SourceFile {
  key:
    | 'regions'
    | 'municipalities'
    | 'pc4Table'
    | 'pc4Polygons'
    | 'grid'
    | 'schools'
    | 'normsCurrent'
    | 'normsSubAreas'
    | 'normsPerMunicipality'
    | 'normsPlaces';
  root: SourceRoot;
  /** Path inside the root folder, forward slashes. */
  path: string;
  publisher: string;
  licence: string;
  year: string;
}

const NORMS_PUBLISHER = 'Ministerie van OCW / DUO (Staatscourant), via statengeneraal/laws-markdown';
const NORMS_LICENCE = 'public domain (regulation, Auteurswet art. 11)';

export const SOURCE_FILES: readonly SourceFile[] = [
  {
    key: 'regions',
    root: 'actieplan',
    path: 'regios_actieplan_2016.csv',
    publisher: 'Ministerie van BZK, Actieplan Bevolkingsdaling (Bijlage II)',
    licence: 'not stated (Dutch government policy document)',
    year: '2016'
  },
  {
    key: 'municipalities',
    root: 'opendata',
    path: 'boundaries/gemeente_2016_wgs84.geojson',
    publisher: 'CBS / Kadaster (PDOK CBS Gebiedsindelingen, generalised), via edwindj/nl_maps',
    licence: 'CC-BY ("Bron: CBS / Kadaster, 2016")',
    year: '2016'
  },
  {
    key: 'pc4Table',
    root: 'opendata',
    path: 'population/pc4/pc4_2021_inwoners_leeftijd.csv',
    publisher: 'CBS (StatLine 83502NED), via certe-medical-epidemiology/certegis',
    licence: 'CC BY 4.0 (CBS); package GPL-2.0',
    year: '2021'
  },
  {
    key: 'pc4Polygons',
    root: 'opendata',
    path: 'population/pc4/pc4_2021_wgs84.geojson',
    publisher: 'CBS Kerncijfers per postcode 2020 (© CBS, © ESRI Nederland), via certegis',
    licence: 'CBS attribution ("© Centraal Bureau voor de Statistiek, © ESRI Nederland")',
    year: '2020 (geometry), 2021 (population)'
  },
  {
    key: 'grid',
    root: 'opendata',
    path: 'grid/nl_census2021_pop_1km_epsg3035.csv',
    publisher: 'Eurostat Census 2021 population grid (data for NL: CBS), via jgaffuri/tiled-census2021',
    licence: 'EUPL-1.2 (repository); Eurostat re-use with acknowledgement',
    year: '2021'
  },
  {
    key: 'schools',
    root: 'opendata',
    path: 'schools/scholen_duo_bag_2024-11-22_wgs84.geojson',
    publisher: 'DUO open onderwijsdata + Kadaster BAG, via edugis-repo/data-nl-scholen',
    licence: 'CC0 (DUO, BAG)',
    year: '2024 (addresses), 2023 (pupils 1-10-2023)'
  },
  {
    key: 'normsCurrent',
    root: 'opendata',
    path: 'norms/opheffingsnormen_po_geldend_2016.csv',
    publisher: NORMS_PUBLISHER,
    licence: NORMS_LICENCE,
    year: '2016'
  },
  {
    key: 'normsSubAreas',
    root: 'opendata',
    path: 'norms/opheffingsnormen_po_2013_2018_deelgebieden.csv',
    publisher: NORMS_PUBLISHER,
    licence: NORMS_LICENCE,
    year: '2013-2018'
  },
  {
    key: 'normsPerMunicipality',
    root: 'opendata',
    path: 'norms/opheffingsnormen_po_2013_2018_per_gemeente.csv',
    publisher: NORMS_PUBLISHER,
    licence: NORMS_LICENCE,
    year: '2013-2018'
  },
  {
    key: 'normsPlaces',
    root: 'opendata',
    path: 'norms/deelgebieden_woonplaatsen.csv',
    publisher: 'hand-made place list for sub-area norms (opendata/norms)',
    licence: 'geography facts, no licence',
    year: '2016'
  }
];
