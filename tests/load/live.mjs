#!/usr/bin/env node
// npm run loadtest [-- --participants 200 --duration 60 --think 500-3000] [--postgres | --database-url URL]
//
// Load test of the live session: starts the BUILT server (build/, run `npm run build` first; this builds
// nothing) on 127.0.0.1 with a temporary database, creates a session and simulates participants for a while.
// Each participant listens to the event stream, answers every open question and then re-answers questions at
// random (a pause of `--think` ms between two answers). Measured: answers per second, acknowledgement latency
// (POST until the 2xx), the time from sending an answer to the first tally event on the participant's own
// stream that includes it (event id >= the version the acknowledgement named), and lost answers: after the
// run, the server's stored answers (export) are compared with the last acknowledged answer of every
// participant and question. Targets: 0 lost, p99 acknowledgement <= 100 ms, tally event <= 1 s (p99).
// Warm-up: all event streams are opened first (a room where everyone has joined), then the participants answer
// for `--warmup` seconds (default 5) that are not measured (a cold server compiles and prepares its statements;
// the figures of that phase are reported apart as "opwarmen"), then `--duration` seconds are measured. Lost
// answers are checked over both phases.
// Bounded: at most 1000 participants and 600 s. Writes test-results/loadtest.json; exit 1 when a target is
// missed, 2 for bad options or a missing build.
//
// Several processes: `--postgres` starts a throw-away PostgreSQL cluster (Debian's postgresql, as the tests do)
// and TWO server processes on it (`--database-url postgres://...` uses an existing, empty database instead;
// `--servers N` 2-4). Participants are spread over the processes: each answers through one process and listens
// to the event stream of ANOTHER, so "answer -> tally event" is measured across processes (LISTEN/NOTIFY). The
// facilitator listens on every process; at the end the tally of every process must be identical.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';
import { startCluster } from '../fixtures/pg-cluster.mjs';
import { startServers } from './servers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TARGETS = { lost: 0, ackP99Ms: 100, eventP99Ms: 1000 };

function fail(message) {
  console.error(message);
  process.exit(2);
}

function options(argv) {
  const o = {
    servers: 1,
    postgres: false,
    databaseUrl: null,
    participants: 200,
    duration: 60,
    warmup: 5,
    thinkMin: 500,
    thinkMax: 3000,
    region: 'achterhoek',
    sector: 'po'
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--participants') o.participants = Number(value);
    else if (flag === '--duration') o.duration = Number(value);
    else if (flag === '--warmup') o.warmup = Number(value);
    else if (flag === '--think') [o.thinkMin, o.thinkMax] = String(value).split('-').map(Number);
    else if (flag === '--region') o.region = value;
    else if (flag === '--sector') o.sector = value;
    else if (flag === '--servers') o.servers = Number(value);
    else if (flag === '--database-url') o.databaseUrl = value;
    else if (flag === '--postgres') {
      o.postgres = true;
      i--;
    } else
      fail(
        `Onbekende optie '${flag}'. Gebruik: --participants N (1-1000) --duration S (1-600) --warmup S (0-60) --think MIN-MAX (ms) ` +
          '[--postgres | --database-url URL] [--servers N]'
      );
    i++;
  }
  if (!Number.isInteger(o.participants) || o.participants < 1 || o.participants > 1000)
    fail('--participants moet een geheel getal van 1 tot en met 1000 zijn');
  if (!(o.duration >= 1 && o.duration <= 600)) fail('--duration moet tussen 1 en 600 seconden liggen');
  if (!(o.warmup >= 0 && o.warmup <= 60)) fail('--warmup moet tussen 0 en 60 seconden liggen');
  if (o.databaseUrl !== null && !/^postgres(ql)?:\/\//.test(o.databaseUrl))
    fail('--database-url moet met postgres:// of postgresql:// beginnen');
  if ((o.postgres || o.databaseUrl) && o.servers === 1) o.servers = 2;
  if (!Number.isInteger(o.servers) || o.servers < 1 || o.servers > 4)
    fail('--servers moet een geheel getal van 1 tot en met 4 zijn');
  if (o.servers > 1 && !o.postgres && !o.databaseUrl)
    fail('--servers 2 of meer vraagt om PostgreSQL: geef --postgres of --database-url');
  if (!(o.thinkMin >= 50 && o.thinkMax >= o.thinkMin && o.thinkMax <= 60_000))
    fail('--think moet MIN-MAX in ms zijn, met 50 <= MIN <= MAX <= 60000');
  return o;
}

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

/**
 * Listens to a session's event stream; calls onTally(version, receivedAt) and onOpen() once the stream answered.
 * Returns a stop function.
 */
function listen(url, headers, onTally, onError, onOpen = () => {}) {
  const controller = new AbortController();
  (async () => {
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal
    });
    if (!res.ok) throw new Error(`event stream: status ${res.status}`);
    onOpen();
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
  let cluster = null;
  let servers = null;
  const stopAll = async () => {
    await servers?.stop();
    cluster?.destroy();
    cluster = null;
  };
  // Never outlive the run by much, whatever happens.
  const watchdog = setTimeout(
    () => {
      console.error('loadtest: tijdslimiet overschreden, gestopt');
      stopAll().finally(() => process.exit(1));
    },
    (o.duration + 180) * 1000
  );
  watchdog.unref();

  try {
    let env = { TRANSITIEATLAS_DB: join(dir, 'load.sqlite') };
    if (o.postgres) {
      cluster = await startCluster('loadtest');
      env = { DATABASE_URL: await cluster.createDatabase('loadtest') };
    } else if (o.databaseUrl) env = { DATABASE_URL: o.databaseUrl };
    servers = await startServers(root, o.servers, env);
    const bases = servers.bases;
    const base = bases[0];
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
        `${questions.length} open vragen, sessie ${code} op ${bases.join(' + ')}` +
        (env.DATABASE_URL ? ' (PostgreSQL)' : ' (SQLite)')
    );

    const ackMs = [];
    const eventMs = [];
    const warmAckMs = [];
    const warmEventMs = [];
    const errors = {};
    let acked = 0;
    let streamErrors = 0;
    /** participant -> question -> last acknowledged value */
    const last = new Map();
    const stops = [];
    /** The facilitator's last full tally event per process. */
    const fullTally = bases.map(() => null);
    bases.forEach((b, i) =>
      stops.push(
        listen(
          `${b}/api/sessions/${code}/events`,
          { authorization: `Bearer ${facilitatorToken}` },
          (v, at, data) => {
            fullTally[i] = { version: v, data };
          },
          () => streamErrors++
        )
      )
    );

    // Every participant's stream is open before anyone answers (resolved also on a stream error: counted).
    let opened = 0;
    let allOpen = () => {};
    const everyoneJoined = new Promise((r) => (allOpen = r));
    const joined = () => {
      if (++opened === o.participants) allOpen();
    };
    let measureFrom = Infinity;
    let end = Infinity;
    const participant = async (p) => {
      const id = `loadtest-participant-${String(p).padStart(4, '0')}`;
      const rand = rng(p + 1);
      // Answers through one process, listens to another (with one process: the same).
      const voteAt = bases[p % bases.length];
      const listenAt = bases[(p + 1) % bases.length];
      const mine = new Map();
      last.set(id, mine);
      /** version -> send time of answers waiting for a tally event that includes them */
      const waiting = [];
      let seen = 0;
      stops.push(
        listen(
          `${listenAt}/api/sessions/${code}/events`,
          {},
          (version, at) => {
            seen = Math.max(seen, version);
            for (let i = waiting.length - 1; i >= 0; i--) {
              if (waiting[i].version <= version) {
                (waiting[i].sent >= measureFrom ? eventMs : warmEventMs).push(at - waiting[i].sent);
                waiting.splice(i, 1);
              }
            }
          },
          () => {
            streamErrors++;
            joined();
          },
          joined
        )
      );
      await everyoneJoined;
      await sleep(rand() * 1000); // phones do not all start in the same millisecond
      let k = 0;
      while (performance.now() < end) {
        const q = k < questions.length ? questions[k] : questions[Math.floor(rand() * questions.length)];
        k++;
        const value = answerFor(q, rand);
        const sent = performance.now();
        let res;
        try {
          res = await fetch(`${voteAt}/api/sessions/${code}/votes`, {
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
          (sent >= measureFrom ? ackMs : warmAckMs).push(now - sent);
          mine.set(q.id, body.value);
          if (body.version <= seen) (sent >= measureFrom ? eventMs : warmEventMs).push(0);
          else waiting.push({ version: body.version, sent });
        } else errors[res.status] = (errors[res.status] ?? 0) + 1;
        await sleep(o.thinkMin + rand() * (o.thinkMax - o.thinkMin));
      }
      return waiting;
    };
    const running = Array.from({ length: o.participants }, (_, p) => participant(p));
    await everyoneJoined;
    measureFrom = performance.now() + o.warmup * 1000;
    end = measureFrom + o.duration * 1000;
    const pending = await Promise.all(running);
    const seconds = (performance.now() - measureFrom) / 1000;
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
    // The tally of every process (each reads the database) and the facilitator's last event on each.
    const tallies = [];
    for (const b of bases) {
      tallies.push(
        await (
          await fetch(`${b}/api/sessions/${code}/tally`, {
            headers: { authorization: `Bearer ${facilitatorToken}` }
          })
        ).json()
      );
    }
    const tally = tallies[0];
    const talliesIdentical = tallies.every((t) => JSON.stringify(t) === JSON.stringify(tally));
    const counted = tally.questions.reduce((s, q) => s + q.count, 0);
    const facilitatorUpToDate = fullTally.every(
      (f) => f !== null && JSON.stringify(JSON.parse(f.data)) === JSON.stringify(tally)
    );

    const result = {
      when: new Date().toISOString(),
      options: o,
      answers: acked,
      measuredAnswers: ackMs.length,
      answersPerSecond: Math.round((ackMs.length / seconds) * 10) / 10,
      ackMs: stats(ackMs),
      tallyEventMs: stats(eventMs),
      warmup: { ackMs: stats(warmAckMs), tallyEventMs: stats(warmEventMs) },
      tallyEventsMissing: unseen,
      errors,
      streamErrors,
      lost,
      storedAnswers: exported.votes.length,
      expectedAnswers,
      tallyCount: counted,
      facilitatorStreamMatchesTally: facilitatorUpToDate,
      servers: bases.length,
      database: env.DATABASE_URL ? 'postgres' : 'sqlite',
      talliesIdenticalOnAllServers: talliesIdentical,
      targets: TARGETS
    };
    const met = {
      lost: lost === 0 && counted === expectedAnswers && unseen === 0 && talliesIdentical,
      ack: result.ackMs.p99 !== null && result.ackMs.p99 <= TARGETS.ackP99Ms,
      event: result.tallyEventMs.p99 !== null && result.tallyEventMs.p99 <= TARGETS.eventP99Ms
    };
    const mark = (ok) => (ok ? 'gehaald' : 'NIET gehaald');
    console.log(
      `antwoorden:           ${ackMs.length} gemeten in ${seconds.toFixed(1)} s = ${result.answersPerSecond} per s (${acked} met het opwarmen)`
    );
    console.log(
      `opwarmen (${o.warmup} s):     bevestiging p50 ${result.warmup.ackMs.p50}, p99 ${result.warmup.ackMs.p99}, max ${result.warmup.ackMs.max}; stem -> tally p99 ${result.warmup.tallyEventMs.p99} (niet getoetst)`
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
    if (bases.length > 1) {
      console.log(
        `processen:            ${bases.length} op één PostgreSQL-database; tally op elk proces gelijk: ${talliesIdentical ? 'ja' : 'NEE'}`
      );
    }
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/loadtest.json'), JSON.stringify(result, null, 2));
    return met.lost && met.ack && met.event && streamErrors === 0 ? 0 : 1;
  } finally {
    await stopAll();
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
