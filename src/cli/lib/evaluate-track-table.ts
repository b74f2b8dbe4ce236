/**
 * The table of `npm run evaluate -- --sector vo --track havo`: the distance to the nearest open location offering
 * the track, for the region and per municipality (mean, P90, shares within 5/10/15 km), with the estimated
 * children of that track. Presentation only; the numbers are the report's `tracks`.
 */
import type { TrackReport, TrackStats } from '../../lib/engine/tracks/reach';
import type { ReachTrack } from '../../lib/engine/tracks/tracks';
import { REACH_TRACK_LABEL } from '../../lib/sectors/track-text';
import { table } from './text-table';

const int = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

const km = (m: number | null) => (m === null ? '–' : `${dec.format(m / 1000)} km`);
const share = (v: number | null) => (v === null ? '–' : pct.format(v));

function row(name: string, s: TrackStats): string[] {
  return [
    name,
    String(s.openLocations),
    int.format(s.demand),
    km(s.meanM),
    km(s.p90M),
    share(s.shareWithin['5000']),
    share(s.shareWithin['10000']),
    share(s.shareWithin['15000'])
  ];
}

export function renderTrackTable(report: TrackReport, track: ReachTrack): string {
  const label = REACH_TRACK_LABEL[track];
  const headers: [string, 'l' | 'r'][] = [
    ['Gemeente', 'l'],
    ['Locaties', 'r'],
    ['Kinderen (geschat)', 'r'],
    ['Gemiddeld', 'r'],
    ['P90', 'r'],
    ['≤ 5 km', 'r'],
    ['≤ 10 km', 'r'],
    ['≤ 15 km', 'r']
  ];
  const rows = [
    ...report.municipalities.map((m) => row(m.name, m.tracks[track])),
    row('Regio', report.region[track])
  ];
  const share = pct.format(report.shares[track]);
  return [
    `Afstand tot de dichtstbijzijnde open locatie met ${label}`,
    table(headers, rows),
    `Kinderen van 12-17 jaar × landelijk aandeel ${label} (${share}; ${report.source.publisher}, ` +
      `${report.source.year}): geschat. Locaties: open locaties met ${label}, ook net buiten de regio.`
  ].join('\n');
}
