/**
 * The live session API through its route handlers with real Requests on a temporary SQLite file: the contract
 * of the issue (shapes of POST /api/sessions, GET /api/sessions/{code}, votes, tally), status codes and Dutch
 * messages for bad input, the body limit, the facilitator token, opening and closing questions, a facilitator's
 * own question. Scenarios, ratings, exports: live-api-rating.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../../src/lib/server/db';
import { resetLiveService } from '../../src/lib/server/live';
import { POST as create } from '../../src/routes/api/sessions/+server';
import { GET as getSession } from '../../src/routes/api/sessions/[code]/+server';
import { POST as join_ } from '../../src/routes/api/sessions/[code]/participants/+server';
import { GET as own } from '../../src/routes/api/sessions/[code]/participants/[participant]/+server';
import { POST as vote } from '../../src/routes/api/sessions/[code]/votes/+server';
import { GET as tally } from '../../src/routes/api/sessions/[code]/tally/+server';
import { POST as addQuestion } from '../../src/routes/api/sessions/[code]/questions/+server';
import { PATCH as patchQuestion } from '../../src/routes/api/sessions/[code]/questions/[question]/+server';
import { Q } from '../../src/lib/live/questions';
import { BASE, call, expectError } from '../fixtures/live/api';
import type { SessionView, Tally } from '../../src/lib/live/types';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'live-api-'));
  process.env.TRANSITIEATLAS_DB = join(tmp, 'live.sqlite');
});
afterAll(() => {
  resetLiveService();
  closeDb();
  delete process.env.TRANSITIEATLAS_DB;
  rmSync(tmp, { recursive: true, force: true });
});

let code: string;
let token: string;
const P1 = 'phone-0000000001';
const P2 = 'phone-0000000002';
const at = (suffix = '') => `/api/sessions/${code}${suffix}`;

describe('POST /api/sessions', () => {
  it('201 { code, facilitatorToken, url } for a region and sector', async () => {
    const res = await call(
      create,
      '/api/sessions',
      {},
      { method: 'POST', body: { region: 'achterhoek', sector: 'po' } }
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['code', 'expiresAt', 'facilitatorToken', 'url']);
    expect(body.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    expect(body.url).toBe(`${BASE}/s/${body.code}`);
    expect(res.headers.get('location')).toBe(`/api/sessions/${body.code}`);
    code = body.code;
    token = body.facilitatorToken;
  });

  it('the link uses the origin the facilitator’s browser used (e.g. the laptop’s address on the venue network)', async () => {
    const res = await call(
      create,
      '/api/sessions',
      {},
      {
        method: 'POST',
        body: { region: 'achterhoek', sector: 'vo' },
        headers: { origin: 'http://192.168.1.20:3000' }
      }
    );
    const body = await res.json();
    expect(body.url).toBe(`http://192.168.1.20:3000/s/${body.code}`);
  });

  it('400 / 422 with a Dutch message naming the field', async () => {
    const post = (body: unknown) => call(create, '/api/sessions', {}, { method: 'POST', body });
    await expectError(await post({ sector: 'po' }), 400, /veld "region": ontbreekt/);
    await expectError(await post({ region: 'achterhoek' }), 400, /veld "sector": ontbreekt/);
    await expectError(
      await post({ region: 'atlantis', sector: 'po' }),
      422,
      'veld "region": onbekende regio \'atlantis\''
    );
    await expectError(
      await post({ region: 'achterhoek', sector: 'kerk' }),
      422,
      /onbekende sector 'kerk' \(kies 'po'/
    );
    await expectError(await post([1, 2]), 400, 'Het verzoek moet een JSON-object zijn');
    await expectError(await post('{"region":'), 400, /^Ongeldige JSON/);
    await expectError(
      await post({ region: 'achterhoek', sector: 'po', pad: 'x'.repeat(3000) }),
      413,
      /te groot/
    );
  });
});

describe('GET /api/sessions/{code}', () => {
  it('the session with its questions in the contract shape', async () => {
    const res = await call(getSession, at(), { code });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const s = (await res.json()) as SessionView;
    expect(s).toMatchObject({ code, region: 'achterhoek', sector: 'po', scenarios: [] });
    for (const q of s.questions) {
      expect(Object.keys(q).sort()).toEqual([
        'help',
        'id',
        'kind',
        'label',
        'max',
        'min',
        'open',
        'options',
        'step',
        'unit'
      ]);
      expect(['number', 'choice']).toContain(q.kind);
      for (const o of q.options) expect(Object.keys(o).sort()).toEqual(['label', 'value']);
    }
  });

  it('404 for an unknown or malformed code; a lower-case code is the same session', async () => {
    await expectError(
      await call(getSession, '/api/sessions/ZZZZZZ', { code: 'ZZZZZZ' }),
      404,
      /Sessie niet gevonden/
    );
    await expectError(
      await call(getSession, '/api/sessions/x', { code: '<x>' }),
      404,
      /Sessie niet gevonden/
    );
    expect((await call(getSession, at(), { code: code.toLowerCase() })).status).toBe(200);
  });
});

describe('votes and the tally', () => {
  const post = (body: unknown) => call(vote, at('/votes'), { code }, { method: 'POST', body });

  it('2xx once stored; answering again replaces; the tally (token) counts and takes the median', async () => {
    expect(
      (
        await call(
          join_,
          at('/participants'),
          { code },
          { method: 'POST', body: { participant: P1, nickname: '=HYPERLINK("x")' } }
        )
      ).status
    ).toBe(200);
    const first = await post({ participant: P1, question: Q.maxDistance, value: 4 });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ ok: true, value: 4 });
    await post({ participant: P1, question: Q.maxDistance, value: 6 });
    await post({ participant: P2, question: Q.maxDistance, value: 3 });
    await post({ participant: P2, question: Q.village, value: 'ja' });
    const res = await call(tally, at('/tally'), { code }, { token });
    expect(res.status).toBe(200);
    const t = (await res.json()) as Tally;
    expect(t.participants).toBe(2);
    const d = t.questions.find((q) => q.id === Q.maxDistance)!;
    expect(d).toMatchObject({ id: Q.maxDistance, count: 2, median: 4.5 });
    expect(t.questions.find((q) => q.id === Q.village)).toMatchObject({
      count: 1,
      counts: { ja: 1, groot: 0, nee: 0 }
    });
    expect(t.ratings).toEqual([]);
    expect(await (await call(own, at(`/participants/${P1}`), { code, participant: P1 })).json()).toEqual({
      nickname: '=HYPERLINK("x")',
      votes: { [Q.maxDistance]: 6 },
      ratings: {}
    });
  });

  it('bad votes: 400 shape, 422 value or question, 409 closed, 413 too large, 404 unknown session', async () => {
    await expectError(await post({ question: Q.maxDistance, value: 4 }), 400, /veld "participant"/);
    await expectError(
      await post({ participant: '<img src=x onerror=alert(1)>', question: Q.maxDistance, value: 4 }),
      400,
      /veld "participant"/
    );
    await expectError(await post({ participant: P1, value: 4 }), 400, /veld "question"/);
    await expectError(
      await post({ participant: P1, question: Q.maxDistance }),
      400,
      'veld "value": ontbreekt'
    );
    await expectError(
      await post({ participant: P1, question: Q.maxDistance, value: 'ver' }),
      400,
      'Het antwoord moet een getal zijn'
    );
    await expectError(
      await post({ participant: P1, question: Q.maxDistance, value: 99 }),
      422,
      /tussen 1 en 15 km/
    );
    await expectError(
      await post({ participant: P1, question: 'x', value: 1 }),
      422,
      "Deze sessie heeft geen vraag 'x'"
    );
    await expectError(
      await post({ participant: P1, question: Q.village, value: 'soms' }),
      422,
      /^Kies 'Ja, in elk dorp'/
    );
    await expectError(
      await post({ participant: P1, question: Q.maxDistance, value: 4, pad: 'x'.repeat(5000) }),
      413,
      /te groot/
    );
    await expectError(
      await call(
        vote,
        '/api/sessions/ZZZZZZ/votes',
        { code: 'ZZZZZZ' },
        { method: 'POST', body: { participant: P1, question: Q.maxDistance, value: 4 } }
      ),
      404,
      /niet gevonden/
    );

    const close = (t?: string) =>
      call(
        patchQuestion,
        at(`/questions/${Q.village}`),
        { code, question: Q.village },
        { method: 'PATCH', body: { open: false }, token: t }
      );
    await expectError(await close(), 401, /sleutel van de sessie ontbreekt/);
    expect((await close()).headers.get('www-authenticate')).toBe('Bearer');
    await expectError(await close('verkeerd'), 403, /klopt niet/);
    const closed = await close(token);
    expect(closed.status).toBe(200);
    expect(((await closed.json()) as SessionView).questions.find((q) => q.id === Q.village)!.open).toBe(
      false
    );
    await expectError(await post({ participant: P1, question: Q.village, value: 'ja' }), 409, /gesloten/);
    await call(
      patchQuestion,
      at(`/questions/${Q.village}`),
      { code, question: Q.village },
      { method: 'PATCH', body: { open: true }, token }
    );
    expect((await post({ participant: P1, question: Q.village, value: 'nee' })).status).toBe(200);
  });

  it('the tally needs the token: 401 without, 403 wrong', async () => {
    await expectError(await call(tally, at('/tally'), { code }), 401, /gespreksleider/);
    await expectError(
      await call(tally, at('/tally'), { code }, { token: 'x'.repeat(43) }),
      403,
      /klopt niet/
    );
  });

  it('a facilitator’s own question: 201, then it can be answered', async () => {
    const res = await call(
      addQuestion,
      at('/questions'),
      { code },
      {
        method: 'POST',
        token,
        body: { id: 'opvang', label: 'Kinderopvang in de school?', kind: 'choice', options: ['ja', 'nee'] }
      }
    );
    expect(res.status).toBe(201);
    expect((await post({ participant: P2, question: 'opvang', value: 'ja' })).status).toBe(200);
    await expectError(
      await call(
        addQuestion,
        at('/questions'),
        { code },
        { method: 'POST', token, body: { id: 'opvang', label: 'x', kind: 'choice', options: ['a', 'b'] } }
      ),
      409,
      /al een vraag 'opvang'/
    );
  });
});
