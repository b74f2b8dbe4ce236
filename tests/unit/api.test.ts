/**
 * The scenario API, calling the route handlers directly with real Requests against a temp SQLite file:
 * status codes, Dutch JSON errors, the body size limit with and without Content-Length.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as getOne } from '../../src/routes/api/scenarios/[id]/+server';
import { GET as list, POST } from '../../src/routes/api/scenarios/+server';
import { closeDb } from '../../src/lib/server/db';
import { adapterBodyLimit, errorResponse, MAX_BODY_BYTES } from '../../src/lib/server/http';

const FIXTURE = readFileSync(join(__dirname, '../fixtures/scenario-files/v1-achterhoek-po.json'), 'utf8');
const SPORT = readFileSync(join(__dirname, '../fixtures/scenario-files/v2-achterhoek-sport.json'), 'utf8');
const BASE = 'http://localhost/api/scenarios';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'api-test-'));
  process.env.TRANSITIEATLAS_DB = join(tmp, 'api.sqlite');
});
afterAll(() => {
  closeDb();
  delete process.env.TRANSITIEATLAS_DB;
  rmSync(tmp, { recursive: true, force: true });
});

// The handlers use only request, url and params; the rest of a RequestEvent is not needed.
type Ev = Parameters<typeof POST>[0];
const event = (request: Request, params: Record<string, string> = {}) =>
  ({ request, url: new URL(request.url), params }) as unknown as Ev;

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  POST(
    event(
      new Request(BASE, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
    )
  );

const fetchOne = (id: string) =>
  getOne(
    event(new Request(`${BASE}/${encodeURIComponent(id)}`), { id }) as unknown as Parameters<typeof getOne>[0]
  );

const listQuery = (query: string) =>
  list(event(new Request(`${BASE}?${query}`)) as unknown as Parameters<typeof list>[0]);

async function expectError(res: Response, status: number, message: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatch(message);
  expect(body.error).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  return body.error as string;
}

/** A body streamed in chunks, so the request has no Content-Length. */
function streamed(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    }
  });
}

describe('POST /api/scenarios', () => {
  it('saves a scenario file: 201 with id and share url; GET returns the same file', async () => {
    const res = await post(JSON.stringify({ ...JSON.parse(FIXTURE), name: 'Sluiting Haarlo' }));
    expect(res.status).toBe(201);
    const { id, url } = await res.json();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(url).toBe(`/atlas/achterhoek?gedeeld=${id}`);
    expect(res.headers.get('location')).toBe(`/api/scenarios/${id}`);

    const got = await fetchOne(id);
    expect(got.status).toBe(200);
    const saved = await got.json();
    // A version-1 file is stored as version 3: the same body with the rules it was made with.
    const v1 = JSON.parse(FIXTURE);
    expect(saved.file).toEqual({
      ...v1,
      schemaVersion: 3,
      parameters: { ...v1.parameters, allocation: 'nearest', years: { prognosis: { birthTrend: 0 } } }
    });
    expect(saved).toMatchObject({
      id,
      url,
      region: 'achterhoek',
      sector: 'po',
      name: 'Sluiting Haarlo',
      editCount: 4
    });
  });

  it('413 for an oversized body announced by Content-Length, naming the limit', async () => {
    const big = JSON.stringify({ ...JSON.parse(FIXTURE), name: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await post(big, { 'content-length': String(Buffer.byteLength(big)) });
    await expectError(res, 413, /te groot \(maximaal 4 MiB\)\. .*exporteer het als bestand/);
  });

  it('413 for an oversized streamed body without Content-Length', async () => {
    const request = new Request(BASE, {
      method: 'POST',
      body: streamed(MAX_BODY_BYTES + 64 * 1024),
      headers: { 'content-type': 'application/json' },
      duplex: 'half'
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    await expectError(await POST(event(request)), 413, /4 MiB/);
  });

  it('accepts a streamed body under the limit', async () => {
    const enc = new TextEncoder().encode(FIXTURE);
    const body = new ReadableStream({
      start(c) {
        c.enqueue(enc.slice(0, 100));
        c.enqueue(enc.slice(100));
        c.close();
      }
    });
    const request = new Request(BASE, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect((await POST(event(request))).status).toBe(201);
  });

  it('400 for malformed JSON with the parser message', async () => {
    const msg = await expectError(await post('{"schemaVersion": 1,'), 400, /^Ongeldige JSON: /);
    expect(msg.length).toBeGreaterThan('Ongeldige JSON: '.length);
    await expectError(await post(''), 400, /lege body/);
  });

  it('400 for an unknown schema version, with a message', async () => {
    const res = await post(JSON.stringify({ ...JSON.parse(FIXTURE), schemaVersion: 7 }));
    await expectError(res, 400, /schemaVersion 7 wordt niet ondersteund/);
  });

  it('400 naming the field or edit for schema errors', async () => {
    const base = JSON.parse(FIXTURE);
    const edits = [...base.edits, { op: 'merge', facility: '04XW00' }];
    await expectError(
      await post(JSON.stringify({ ...base, edits })),
      400,
      /bewerking 5 \(merge\): veld "into" ontbreekt/
    );
    await expectError(
      await post(JSON.stringify({ ...base, parameters: { detourFactor: 'ver' } })),
      400,
      /veld "parameters.detourFactor": moet een getal zijn/
    );
    await expectError(await post(JSON.stringify({ ...base, region: 'atlantis' })), 400, /onbekende regio/);
    await expectError(await post('[]'), 400, /versie 0/);
  });
});

describe('scenarios that carry their data (version 2)', () => {
  it('saves and returns a sport scenario with its facilities', async () => {
    const res = await post(JSON.stringify({ ...JSON.parse(SPORT), name: 'Sport zonder gymzaal' }));
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const saved = await (await fetchOne(id)).json();
    expect(saved).toMatchObject({
      region: 'achterhoek',
      sector: 'sport',
      name: 'Sport zonder gymzaal',
      editCount: 2
    });
    // Stored as version 3 with the rules the version-2 file was made with.
    const v2 = JSON.parse(SPORT);
    expect(saved.file).toEqual({
      ...v2,
      schemaVersion: 3,
      parameters: { ...v2.parameters, allocation: 'nearest', years: { prognosis: { birthTrend: 0 } } }
    });
  });

  it('400 for a sport scenario without facilities or with broken data, naming the field', async () => {
    const { data: _data, ...bare } = JSON.parse(SPORT);
    await expectError(await post(JSON.stringify(bare)), 400, /bevat geen voorzieningen/);
    const broken = JSON.parse(SPORT);
    broken.data.facilities.facilities[3].lon = 'oost';
    await expectError(
      await post(JSON.stringify(broken)),
      400,
      /^Ongeldig scenario: veld "data.facilities.facilities\[3\].lon": moet een getal zijn$/
    );
  });

  it('takes a realistic file (1,000 facilities, ~200 KB) and answers 413 over the limit', async () => {
    const file = JSON.parse(SPORT);
    const one = file.data.facilities.facilities[0];
    const facilities = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...one,
        id: `SPORT-${String(i).padStart(5, '0')}`,
        name: `Sportaccommodatie nummer ${i} aan de lange straatnaam (fictief)`,
        lon: 6.3 + (i % 100) * 0.005123456789,
        lat: 51.9 + Math.floor(i / 100) * 0.012345678912,
        x: 230000.123456789 + i,
        y: 445000.987654321 + i,
        municipality: 'Oost Gelre'
      }));
    file.data.facilities.facilities = facilities(1000);
    file.edits = [{ op: 'close', facility: 'SPORT-00002' }];
    const body = JSON.stringify(file);
    expect(body.length).toBeGreaterThan(190_000);
    const res = await post(body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(res.status).toBe(201);
    const saved = await (await fetchOne((await res.json()).id)).json();
    expect(saved.file.data.facilities.facilities).toHaveLength(1000);

    // The format's caps (5,000 facilities, 20,000 units) with long names: over the body limit.
    file.data.facilities.facilities = facilities(5000).map((f) => ({ ...f, name: f.name.repeat(5) }));
    file.data.demand = {
      source: { name: 'bevolking.csv', example: false },
      kind: 'point',
      units: Array.from({ length: 20000 }, (_, i) => ({
        id: `punt-${i}`,
        lon: 6.3 + (i % 200) * 0.0025,
        lat: 51.9 + Math.floor(i / 200) * 0.0025,
        total: 12.5,
        ages: { a_0_4: 1, a_5_9: 1, a_10_14: 1 }
      }))
    };
    const big = JSON.stringify(file);
    expect(Buffer.byteLength(big)).toBeGreaterThan(MAX_BODY_BYTES);
    await expectError(
      await post(big, { 'content-length': String(Buffer.byteLength(big)) }),
      413,
      /^Het verzoek is te groot \(maximaal 4 MiB\)/
    );
  });

  it('reads the adapter limit as adapter-node does', () => {
    expect(adapterBodyLimit(undefined)).toBe(512 * 1024);
    expect(adapterBodyLimit('4M')).toBe(4 * 1024 * 1024);
    expect(adapterBodyLimit('300K')).toBe(300 * 1024);
    expect(adapterBodyLimit('1000000')).toBe(1_000_000);
    expect(adapterBodyLimit('Infinity')).toBe(Infinity);
  });
});

describe('GET /api/scenarios/[id]', () => {
  it('404 JSON for an unknown or malformed id', async () => {
    await expectError(await fetchOne('A'.repeat(22)), 404, /^Scenario niet gevonden$/);
    await expectError(await fetchOne('../../etc/passwd'), 404, /^Scenario niet gevonden$/);
  });
});

describe('GET /api/scenarios', () => {
  it('lists the given ids; the open listing is off unless enabled', async () => {
    const a = (await (await post(FIXTURE)).json()).id as string;
    const res = await listQuery(`ids=${a}`);
    expect(res.status).toBe(200);
    expect((await res.json()).scenarios.map((s: { id: string }) => s.id)).toEqual([a]);

    await expectError(await listQuery('region=achterhoek'), 403, /staat uit/);
    vi.stubEnv('TRANSITIEATLAS_PUBLIC_LIST', '1');
    try {
      const all = await (await listQuery('region=achterhoek&limit=2')).json();
      expect(all.scenarios).toHaveLength(2);
      expect(all.scenarios[0].id).toBe(a); // newest first
    } finally {
      vi.unstubAllEnvs();
    }
    await expectError(await listQuery('ids=a,b'), 400, /Ongeldige id/);
    await expectError(await listQuery(`ids=${a}&limit=0`), 400, /limit/);
    await expectError(await listQuery(`ids=${a}&region=Achter%20hoek`), 400, /Ongeldige regio/);
  });
});

describe('errors', () => {
  it('an unexpected error is a generic 500 without details; the details go to the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = errorResponse(new Error('secret /srv/path/db.sqlite'), 'test');
    const msg = await expectError(res, 500, /^Er ging iets mis op de server$/);
    expect(msg).not.toMatch(/secret/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('body stream errors', () => {
  it('a stream the adapter aborts (too large, or broken) is a JSON 413 / 400', async () => {
    const failing = (error: unknown) =>
      new Request(BASE, {
        method: 'POST',
        body: new ReadableStream({ pull: (c) => c.error(error) }),
        duplex: 'half'
      } as RequestInit);
    await expectError(
      await POST(event(failing(Object.assign(new Error('x'), { status: 413 })))),
      413,
      /maximaal 512 KiB/ // the Node adapter's default BODY_SIZE_LIMIT, lower than ours
    );
    vi.stubEnv('BODY_SIZE_LIMIT', '4M');
    try {
      await expectError(
        await POST(event(failing(Object.assign(new Error('x'), { status: 413 })))),
        413,
        /maximaal 4 MiB/
      );
    } finally {
      vi.unstubAllEnvs();
    }
    await expectError(await POST(event(failing(new Error('socket hang up')))), 400, /kon niet gelezen/);
  });
});
