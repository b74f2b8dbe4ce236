/** Broken files shared by import-problems-en.test.ts and import-problems-nl.test.ts: the same cases, two languages. */
import { getPreset } from '../../src/lib/engine/sectors/presets';
import { importDemand, importFacilities } from '../../src/lib/import';

const enc = (s: string) => new TextEncoder().encode(s);
const po = getPreset('po')!;

export const IMPORT_CASES = {
  brokenCsv: () =>
    importFacilities(
      {
        name: 'scholen.csv',
        bytes: enc(
          'id;naam;plaats;leerlingen;lon;lat\n' +
            '01;De Wingerd;Winterswijk;212;6,73441;51,97466\n' +
            '02;Het Palet;Groenlo;twaalf;6,609049;52,040895\n' +
            '03;;Neede;198;6,617298;52,136459\n' +
            '04;Sint Jozef;Aalten;87;0;0\n' +
            '05;De Vlinder;Ruurlo;120;52,1;6,6\n' +
            '01;Kiekeboe;Zelhem;80;6,342106;52,008082\n' +
            '07;Te veel;Lochem;80;6,4;52,1;extra\n'
        )
      },
      { preset: po }
    ).problems,
  missingName: () =>
    importFacilities({ name: 'a.csv', bytes: enc('id;lon;lat\n1;6,6;52,1\n') }, { preset: po }).problems,
  excel: () => importFacilities({ name: 'scholen.xlsx', bytes: enc('x') }, { preset: po }).problems,
  notJson: () =>
    importFacilities({ name: 'a.geojson', bytes: enc('id;naam\n1;a\n') }, { preset: po }).problems,
  geojsonLine: () =>
    importFacilities(
      {
        name: 'a.geojson',
        bytes: enc(
          JSON.stringify({
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                properties: { id: '1', naam: 'A' },
                geometry: {
                  type: 'LineString',
                  coordinates: [
                    [6.6, 52.1],
                    [6.7, 52.2]
                  ]
                }
              }
            ]
          })
        )
      },
      { preset: po }
    ).problems,
  tooLarge: () =>
    importFacilities({ name: 'a.csv', bytes: new Uint8Array(1_500_000) }, { preset: po, maxBytes: 1_000_000 })
      .problems,
  demand: () =>
    importDemand(
      { name: 'inwoners.csv', bytes: enc('postcode;inwoners\n7101;1200\n7141;-5\n7101;300\n') },
      {
        postcodes: new Map([
          ['7101', { lon: 6.7213, lat: 51.9716 }],
          ['7141', { lon: 6.6152, lat: 52.0421 }]
        ])
      }
    ).problems
} as const;

/** The messages of a case's problems, in order. */
export function messagesOf(run: () => readonly { message: string }[]): string[] {
  return run().map((p) => p.message);
}
