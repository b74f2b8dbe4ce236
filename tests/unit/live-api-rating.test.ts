/**
 * The live session API, part 2: a real Achterhoek scenario put up for rating (evaluated on the server, its map
 * drawn from the engine's result), ratings, the JSON and CSV exports and the end of a session, through the route
 * handlers on a temporary SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../../src/lib/server/db';
import { resetLiveService } from '../../src/lib/server/live';
import { POST as create } from '../../src/routes/api/sessions/+server';
import { DELETE as remove, GET as getSession } from '../../src/routes/api/sessions/[code]/+server';
import { POST as join_ } from '../../src/routes/api/sessions/[code]/participants/+server';
import { POST as vote } from '../../src/routes/api/sessions/[code]/votes/+server';
import { POST as rate } from '../../src/routes/api/sessions/[code]/ratings/+server';
import { GET as tally } from '../../src/routes/api/sessions/[code]/tally/+server';
import { GET as events } from '../../src/routes/api/sessions/[code]/events/+server';
import { POST as addScenario } from '../../src/routes/api/sessions/[code]/scenarios/+server';
import { PATCH as patchScenario } from '../../src/routes/api/sessions/[code]/scenarios/[scenario]/+server';
import { GET as map } from '../../src/routes/api/sessions/[code]/scenarios/[scenario]/map/+server';
import { GET as exportSession } from '../../src/routes/api/sessions/[code]/export/+server';
import { Q } from '../../src/lib/live/questions';
import type { SessionExport, SessionView, Tally } from '../../src/lib/live/types';
import { call, expectError } from '../fixtures/live/api';

const KILDER = '14ZK00'; // Basisschool Laetare, the only school of Kilder
const HAARLO = '11TN00';
const P1 = 'phone-0000000001';
const P2 = 'phone-0000000002';

let tmp: string;
let code: string;
let token: string;
const at = (suffix = '') => `/api/sessions/${code}${suffix}`;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'live-api-rating-'));
  process.env.TRANSITIEATLAS_DB = join(tmp, 'live.sqlite');
  const res = await call(
    create,
    '/api/sessions',
    {},
    { method: 'POST', body: { region: 'achterhoek', sector: 'po' } }
  );
  ({ code, facilitatorToken: token } = await res.json());
  await call(
    join_,
    at('/participants'),
    { code },
    { method: 'POST', body: { participant: P1, nickname: '=HYPERLINK("x")' } }
  );
  for (const [participant, value] of [
    [P1, 6],
    [P2, 3]
  ] as const) {
    await call(
      vote,
      at('/votes'),
      { code },
      { method: 'POST', body: { participant, question: Q.maxDistance, value } }
    );
  }
});
afterAll(() => {
  resetLiveService();
  closeDb();
  delete process.env.TRANSITIEATLAS_DB;
  rmSync(tmp, { recursive: true, force: true });
});

describe('a scenario put up for rating', () => {
  const scenario = (edits: unknown[], extra: Record<string, unknown> = {}) => ({
    schemaVersion: 2,
    region: 'achterhoek',
    sector: 'po',
    name: 'Kilder en Haarlo dicht',
    edits,
    ...extra
  });

  it('is evaluated on the server: key figures, edits in Dutch and a map of the real Achterhoek', async () => {
    const res = await call(
      addScenario,
      at('/scenarios'),
      { code },
      {
        method: 'POST',
        token,
        body: scenario([
          { op: 'close', facility: KILDER },
          { op: 'close', facility: HAARLO }
        ])
      }
    );
    expect(res.status).toBe(201);
    const { id, session } = (await res.json()) as { id: string; session: SessionView };
    expect(id).toBe('s1');
    const s = session.scenarios[0];
    expect(s).toMatchObject({
      id: 's1',
      name: 'Kilder en Haarlo dicht',
      open: true,
      mapUrl: `/api/sessions/${code}/scenarios/s1/map`
    });
    expect(s.figures.openAfter).toBe(s.figures.openBefore - 2);
    expect(s.figures.openBefore).toBe(132);
    expect(s.figures.meanAfterM!).toBeGreaterThan(s.figures.meanBeforeM!);
    expect(s.figures.edits[0]).toBe('Sluit Basisschool Laetare, Kilder');
    expect(s.figures.placesWithout).toEqual(expect.arrayContaining(['Kilder', 'Haarlo']));
    expect(s.figures.moved).toBeGreaterThan(0);

    const svgRes = await call(map, at('/scenarios/s1/map'), { code, scenario: 's1' });
    expect(svgRes.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await svgRes.text();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const layer = (name: string) => new RegExp(`data-layer="${name}"[^>]*>(.*?)</g>`).exec(svg)?.[1] ?? '';
    expect(layer('open').match(/<circle/g)).toHaveLength(130);
    const closed = /data-layer="closed"[^>]* d="([^"]*)"/.exec(svg)![1];
    expect(closed.match(/M/g)).toHaveLength(4); // two crosses of two strokes
    expect(svg).not.toMatch(/Kilder|Laetare/); // no text in the markup
  });

  it('ratings 1-5 go into the tally; a closed scenario refuses them', async () => {
    const r = (participant: string, value: unknown) =>
      call(rate, at('/ratings'), { code }, { method: 'POST', body: { participant, scenario: 's1', value } });
    expect((await r(P1, 4)).status).toBe(200);
    expect((await r(P2, 2)).status).toBe(200);
    await expectError(await r(P1, 6), 422, /1 tot en met 5/);
    const t = (await (await call(tally, at('/tally'), { code }, { token })).json()) as Tally;
    expect(t.ratings).toEqual([
      { scenario: 's1', count: 2, mean: 3, median: 3, counts: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 } }
    ]);
    await call(
      patchScenario,
      at('/scenarios/s1'),
      { code, scenario: 's1' },
      { method: 'PATCH', body: { open: false }, token }
    );
    await expectError(await r(P1, 5), 409, /niet \(meer\) gestemd/);
  });

  it('a scenario that cannot be evaluated is refused with the reason (422 / 400)', async () => {
    const post = (body: unknown) =>
      call(addScenario, at('/scenarios'), { code }, { method: 'POST', token, body });
    await expectError(
      await post(scenario([{ op: 'close', facility: 'XXXX99' }])),
      422,
      /kan niet worden doorgerekend: Ingreep 1/
    );
    await expectError(await post(scenario([], { region: 'parkstad' })), 422, /hoort bij regio 'parkstad'/);
    await expectError(
      await post({ schemaVersion: 2, region: 'achterhoek', sector: 'po', edits: 'x' }),
      400,
      /^Ongeldig scenario/
    );
    await expectError(
      await call(addScenario, at('/scenarios'), { code }, { method: 'POST', body: scenario([]) }),
      401,
      /gespreksleider/
    );
  });
});

describe('export and the end of a session', () => {
  it('JSON: session, tally and every stored answer; CSV for Dutch Excel with formulas defused', async () => {
    const res = await call(exportSession, at('/export?format=json'), { code }, { token });
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="live-sessie-achterhoek-${code}.json"`
    );
    const data = (await res.json()) as SessionExport;
    expect(data.kind).toBe('transitieatlas-live-sessie');
    expect(data.votes.filter((v) => v.participant === P1 && v.question === Q.maxDistance)).toEqual([
      expect.objectContaining({ value: 6, kind: 'number', nickname: '=HYPERLINK("x")' })
    ]);
    expect(data.tally.participants).toBe(2);

    const bytes = new Uint8Array(
      await (await call(exportSession, at('/export?format=csv'), { code }, { token })).arrayBuffer()
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const csv = new TextDecoder().decode(bytes); // drops the BOM
    expect(csv.startsWith('deelnemer;bijnaam;vraag;vraagtekst;soort;waarde;antwoord;tijd (UTC)')).toBe(true);
    const rows = Papa.parse<string[]>(csv.trim(), { delimiter: ';' }).data;
    expect(rows.length - 1).toBe(data.votes.length);
    const p1 = rows.find((r) => r[0] === P1 && r[2] === Q.maxDistance)!;
    expect(p1[1]).toBe(`'=HYPERLINK("x")`);
    expect(p1[6]).toBe('6 km');
    expect(rows.find((r) => r[4] === 'rating')![6]).toMatch(/van 5$/);
    await expectError(
      await call(exportSession, at('/export?format=xml'), { code }, { token }),
      400,
      /format/
    );
    await expectError(await call(exportSession, at('/export'), { code }), 401, /gespreksleider/);
  });

  it('the event stream answers text/event-stream without caching; DELETE ends the session', async () => {
    const res = await call(events, at('/events'), { code });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    await res.body!.cancel();
    expect((await call(remove, at(), { code }, { method: 'DELETE', token })).status).toBe(204);
    await expectError(await call(getSession, at(), { code }), 404, /niet gevonden/);
  });
});
