#!/usr/bin/env node
// npm run loadtest [-- --participants 200 --duration 60 --think 500-3000]
//
// Load test of the live session: starts the BUILT server (build/, run `npm run build` first; this builds
// nothing) on 127.0.0.1 with a temporary database, creates a session and simulates participants for a while.
// Each participant listens to the event stream, answers every open question and then re-answers questions at
// random (a pause of `--think` ms between two answers). Measured: answers per second, acknowledgement latency
// (POST until the 2xx), the time from sending an answer to the first tally event on the participant's own
// stream that includes it (event id >= the version the acknowledgement named), and lost answers: after the
// run, the server's stored answers (export) are compared with the last acknowledged answer of every
// participant and question. Targets: 0 lost, p99 acknowledgement <= 100 ms, tally event <= 1 s (p99).
// Bounded: at most 1000 participants and 600 s. Writes test-results/loadtest.json; exit 1 when a target is
// missed, 2 for bad options or a missing build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { lost: 0, ackP99Ms: 100, eventP99Ms: 1000 };

function fail(message) {
  console.error(message);
  process.exit(2);
}

function options(argv) {
  const o = {
    participants: 200,
    duration: 60,
    thinkMin: 500,
    thinkMax: 3000,
    region: 'achterhoek',
    sector: 'po'
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--participants') o.participants = Number(value);
    else if (flag === '--duration') o.duration = Number(value);
    else if (flag === '--think') [o.thinkMin, o.thinkMax] = String(value).split('-').map(Number);
    else if (flag === '--region') o.region = value;
    else if (flag === '--sector') o.sector = value;
    else
      fail(
        `Onbekende optie '${flag}'. Gebruik: --participants N (1-1000) --duration S (1-600) --think MIN-MAX (ms)`
      );
    i++;
  }
  if (!Number.isInteger(o.participants) || o.participants < 1 || o.participants > 1000)
    fail('--participants moet een geheel getal van 1 tot en met 1000 zijn');
  if (!(o.duration >= 1 && o.duration <= 600)) fail('--duration moet tussen 1 en 600 seconden liggen');
  if (!(o.thinkMin >= 50 && o.thinkMax >= o.thinkMin && o.thinkMax <= 60_000))
    fail('--think moet MIN-MAX in ms zijn, met 50 <= MIN <= MAX <= 60000');
  return o;
}

const freePort = () =>
  new Promise((ok, ko) => {
    const s = createServer();
    s.once('error', ko);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const r = (x) => (x === null ? null : Math.round(x * 10) / 10);
  return { n: s.length, p50: r(quantile(s, 0.5)), p99: r(quantile(s, 0.99)), max: r(s.at(-1) ?? null) };
}

// A seeded generator (mulberry32): the same options give the same sequence of answers.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid random answer to a question of the session. */
function answerFor(q, rand) {
  if (q.kind === 'choice') return q.options[Math.floor(rand() * q.options.length)].value;
  if (q.options.length && rand() < 0.15) return q.options[0].value;
  const steps = Math.round((q.max - q.min) / q.step);
  return Number((q.min + Math.floor(rand() * (steps + 1)) * q.step).toFixed(9));
}

/** Listens to a session's event stream; calls onTally(version, receivedAt). Returns a stop function. */
function listen(url, headers, onTally, onError) {
  const controller = new AbortController();
  (async () => {
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal
    });
    if (!res.ok) throw new Error(`event stream: status ${res.status}`);
    const parser = createParser({
      onEvent: (e) => {
        if (e.event === 'tally' && e.id) onTally(Number(e.id), performance.now(), e.data);
      }
    });
    const decoder = new TextDecoder();
    for await (const chunk of res.body) parser.feed(decoder.decode(chunk, { stream: true }));
  })().catch((e) => {
    if (!controller.signal.aborted) onError(e);
  });
  return () => controller.abort();
}

async function main() {
  const o = options(process.argv.slice(2));
  if (!existsSync(join(root, 'build/index.js')))
    fail('build/ ontbreekt: voer eerst `npm run build` uit (de loadtest bouwt niets).');
  const dir = mkdtempSync(join(tmpdir(), 'transitieatlas-loadtest-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let serverLog = '';
  const server = spawn(process.execPath, ['build/index.js'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TRANSITIEATLAS_DB: join(dir, 'load.sqlite')
    },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const stopServer = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  // Never outlive the run by much, whatever happens.
  const watchdog = setTimeout(
    () => {
      console.error('loadtest: tijdslimiet overschreden, gestopt');
      stopServer();
      process.exit(1);
    },
    (o.duration + 120) * 1000
  );
  watchdog.unref();

  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/regions`)).status < 500) break;
      } catch {
        // not listening yet
      }
      if (i > 150 || server.exitCode !== null) throw new Error(`de server startte niet:\n${serverLog}`);
      await sleep(200);
    }
    const created = await (
      await fetch(`${base}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ region: o.region, sector: o.sector })
      })
    ).json();
    if (!created.code) throw new Error(`geen sessie: ${JSON.stringify(created)}`);
    const { code, facilitatorToken } = created;
    const session = await (await fetch(`${base}/api/sessions/${code}`)).json();
    const questions = session.questions.filter((q) => q.open);
    console.log(
      `loadtest: ${o.participants} deelnemers, ${o.duration} s, denktijd ${o.thinkMin}-${o.thinkMax} ms, ` +
        `${questions.length} open vragen, sessie ${code} op ${base}`
    );

    const ackMs = [];
    const eventMs = [];
    const errors = {};
    let acked = 0;
    let streamErrors = 0;
    /** participant -> question -> last acknowledged value */
    const last = new Map();
    const stops = [];
    let fullTally = null;
    stops.push(
      listen(
        `${base}/api/sessions/${code}/events`,
        { authorization: `Bearer ${facilitatorToken}` },
        (v, at, data) => {
          fullTally = { version: v, data };
        },
        () => streamErrors++
      )
    );

    const end = performance.now() + o.duration * 1000;
    const participant = async (p) => {
      const id = `loadtest-participant-${String(p).padStart(4, '0')}`;
      const rand = rng(p + 1);
      const mine = new Map();
      last.set(id, mine);
      /** version -> send time of answers waiting for a tally event that includes them */
      const waiting = [];
      let seen = 0;
      stops.push(
        listen(
          `${base}/api/sessions/${code}/events`,
          {},
          (version, at) => {
            seen = Math.max(seen, version);
            for (let i = waiting.length - 1; i >= 0; i--) {
              if (waiting[i].version <= version) {
                eventMs.push(at - waiting[i].sent);
                waiting.splice(i, 1);
              }
            }
          },
          () => streamErrors++
        )
      );
      await sleep(rand() * 1000); // phones do not all start in the same millisecond
      let k = 0;
      while (performance.now() < end) {
        const q = k < questions.length ? questions[k] : questions[Math.floor(rand() * questions.length)];
        k++;
        const value = answerFor(q, rand);
        const sent = performance.now();
        let res;
        try {
          res = await fetch(`${base}/api/sessions/${code}/votes`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ participant: id, question: q.id, value })
          });
        } catch (e) {
          errors.network = (errors.network ?? 0) + 1;
          continue;
        }
        const body = await res.json().catch(() => null);
        const now = performance.now();
        if (res.ok && body?.ok) {
          acked++;
          ackMs.push(now - sent);
          mine.set(q.id, body.value);
          if (body.version <= seen) eventMs.push(0);
          else waiting.push({ version: body.version, sent });
        } else errors[res.status] = (errors[res.status] ?? 0) + 1;
        await sleep(o.thinkMin + rand() * (o.thinkMax - o.thinkMin));
      }
      return waiting;
    };
    const t0 = performance.now();
    const pending = await Promise.all(Array.from({ length: o.participants }, (_, p) => participant(p)));
    const seconds = (performance.now() - t0) / 1000;
    await sleep(2000); // the last tally events
    const unseen = pending.reduce((s, w) => s + w.length, 0);
    for (const stop of stops) stop();

    // Lost answers: the stored answer of every participant and question against the last acknowledged one.
    const exported = await (
      await fetch(`${base}/api/sessions/${code}/export?format=json`, {
        headers: { authorization: `Bearer ${facilitatorToken}` }
      })
    ).json();
    const stored = new Map(exported.votes.map((v) => [`${v.participant}|${v.question}`, v.value]));
    let lost = 0;
    let expectedAnswers = 0;
    for (const [id, mine] of last) {
      for (const [q, value] of mine) {
        expectedAnswers++;
        if (stored.get(`${id}|${q}`) !== value) lost++;
      }
    }
    const tally = await (
      await fetch(`${base}/api/sessions/${code}/tally`, {
        headers: { authorization: `Bearer ${facilitatorToken}` }
      })
    ).json();
    const counted = tally.questions.reduce((s, q) => s + q.count, 0);
    const facilitatorUpToDate =
      fullTally !== null && JSON.stringify(JSON.parse(fullTally.data)) === JSON.stringify(tally);

    const result = {
      when: new Date().toISOString(),
      options: o,
      answers: acked,
      answersPerSecond: Math.round((acked / seconds) * 10) / 10,
      ackMs: stats(ackMs),
      tallyEventMs: stats(eventMs),
      tallyEventsMissing: unseen,
      errors,
      streamErrors,
      lost,
      storedAnswers: exported.votes.length,
      expectedAnswers,
      tallyCount: counted,
      facilitatorStreamMatchesTally: facilitatorUpToDate,
      targets: TARGETS
    };
    const met = {
      lost: lost === 0 && counted === expectedAnswers && unseen === 0,
      ack: result.ackMs.p99 !== null && result.ackMs.p99 <= TARGETS.ackP99Ms,
      event: result.tallyEventMs.p99 !== null && result.tallyEventMs.p99 <= TARGETS.eventP99Ms
    };
    const mark = (ok) => (ok ? 'gehaald' : 'NIET gehaald');
    console.log(
      `antwoorden:           ${acked} in ${seconds.toFixed(1)} s = ${result.answersPerSecond} per s`
    );
    console.log(
      `bevestiging (ms):     p50 ${result.ackMs.p50}, p99 ${result.ackMs.p99}, max ${result.ackMs.max}  (doel p99 <= ${TARGETS.ackP99Ms}: ${mark(met.ack)})`
    );
    console.log(
      `stem -> tally (ms):   p50 ${result.tallyEventMs.p50}, p99 ${result.tallyEventMs.p99}, max ${result.tallyEventMs.max}  (doel p99 <= ${TARGETS.eventP99Ms}: ${mark(met.event)})`
    );
    console.log(
      `verloren antwoorden:  ${lost} van ${expectedAnswers}; tally telt ${counted}; zonder tally-event ${unseen}  (doel 0: ${mark(met.lost)})`
    );
    console.log(
      `fouten:               ${JSON.stringify(errors)}; streamfouten ${streamErrors}; gespreksleider-stream gelijk aan tally: ${facilitatorUpToDate ? 'ja' : 'nee'}`
    );
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/loadtest.json'), JSON.stringify(result, null, 2));
    return met.lost && met.ack && met.event && streamErrors === 0 ? 0 : 1;
  } finally {
    stopServer();
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`loadtest afgebroken: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
);
