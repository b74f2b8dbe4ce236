// The built app on PostgreSQL (DATABASE_URL), as several servers behind a load balancer would run it: two
// processes on one throw-away cluster (Debian's postgresql). A vote posted to process B reaches the event stream
// held by process A; a save on B is read on A; the database stopped during use gives 503 in Dutch and the same
// processes serve again once it is back; SIGTERM ends the event streams, finishes the request in progress and
// exits 0; an unreachable DATABASE_URL stops the start with one clear line and exit code 1.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createParser } from 'eventsource-parser';
import { freePort, startCluster } from '../fixtures/pg-cluster.mjs';
import { startServers } from '../load/servers.mjs';

const UNAVAILABLE = /^De database is tijdelijk niet bereikbaar; probeer het over een paar seconden opnieuw/;
const SCENARIO = {
  schemaVersion: 2,
  region: 'achterhoek',
  sector: 'po',
  name: 'Sluiting Kilder',
  edits: [{ op: 'close', facility: '14ZK00' }]
};

const post = (url, body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body)
  });

/** An event stream; `until(fn)` resolves with the first event for which fn(event) is true. */
function stream(url, headers = {}) {
  const controller = new AbortController();
  const events = [];
  let wake = () => {};
  let ended = false;
  const done = (async () => {
    const res = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: controller.signal
    });
    assert.equal(res.status, 200);
    const parser = createParser({
      onEvent: (e) => {
        events.push(e);
        wake();
      }
    });
    const decoder = new TextDecoder();
    for await (const chunk of res.body) parser.feed(decoder.decode(chunk, { stream: true }));
  })()
    .catch(() => {})
    .finally(() => {
      ended = true;
      wake();
    });
  return {
    done,
    get ended() {
      return ended;
    },
    async until(fn, ms = 15_000) {
      const end = Date.now() + ms;
      for (;;) {
        const hit = events.find(fn);
        if (hit) return hit;
        if (ended || Date.now() > end) throw new Error(`no matching event (${events.length} events)`);
        await new Promise((r) => {
          wake = r;
          setTimeout(r, 200);
        });
      }
    },
    close: () => controller.abort()
  };
}

const countOf = (e, question) =>
  e.event === 'tally' ? JSON.parse(e.data).questions.find((q) => q.id === question)?.count : undefined;

export default function (test) {
  test(
    'postgres: two processes on one database share votes (events across processes), saves, 503 and recovery, SIGTERM',
    async ({ root, log }) => {
      const cluster = await startCluster('e2e');
      let servers = null;
      const streams = [];
      try {
        const url = await cluster.createDatabase('atlas');
        servers = await startServers(root, 2, { DATABASE_URL: url });
        const [A, B] = servers.bases;
        assert.match(
          servers.log(),
          /\[db\] PostgreSQL postgres:\/\/postgres@127\.0\.0\.1:\d+\/atlas \(schemaversie 2\)/
        );

        const created = await (
          await post(`${A}/api/sessions`, { region: 'achterhoek', sector: 'po' })
        ).json();
        const { code, facilitatorToken } = created;
        const auth = { authorization: `Bearer ${facilitatorToken}` };
        const question = (await (await fetch(`${B}/api/sessions/${code}`)).json()).questions[0].id;
        const facilitator = stream(`${A}/api/sessions/${code}/events`, auth);
        streams.push(facilitator);
        await facilitator.until((e) => countOf(e, question) === 0);

        const sent = performance.now();
        const vote = await post(`${B}/api/sessions/${code}/votes`, {
          participant: 'phone-e2e-000001',
          question,
          value: 3
        });
        assert.equal(vote.status, 200);
        await facilitator.until((e) => countOf(e, question) === 1);
        log(`vote on B -> tally event on A: ${Math.round(performance.now() - sent)} ms`);
        const [ta, tb] = await Promise.all(
          [A, B].map(async (b) => (await fetch(`${b}/api/sessions/${code}/tally`, { headers: auth })).json())
        );
        assert.deepEqual(ta, tb);

        const saved = await (await post(`${B}/api/scenarios`, SCENARIO)).json();
        const read = await (await fetch(`${A}/api/scenarios/${saved.id}`)).json();
        assert.equal(read.name, 'Sluiting Kilder');
        assert.deepEqual(read.file.edits, SCENARIO.edits);

        // The database goes away: 503 with a Dutch message, on both processes; then it comes back.
        cluster.stop('fast');
        for (const b of [A, B]) {
          const res = await post(`${b}/api/sessions/${code}/votes`, {
            participant: 'phone-e2e-000002',
            question,
            value: 4
          });
          assert.equal(res.status, 503);
          assert.match((await res.json()).error, UNAVAILABLE);
          const save = await post(`${b}/api/scenarios`, SCENARIO);
          assert.equal(save.status, 503);
          assert.match((await save.json()).error, UNAVAILABLE);
        }
        cluster.start();
        const again = await post(`${B}/api/sessions/${code}/votes`, {
          participant: 'phone-e2e-000002',
          question,
          value: 4
        });
        assert.equal(again.status, 200, 'the same process serves again without a restart');
        await facilitator.until((e) => countOf(e, question) === 2); // A's stream survived and hears B again
        assert.equal((await post(`${A}/api/scenarios`, SCENARIO)).status, 201);

        // SIGTERM on A: its event stream ends, a request in progress is finished, the process exits 0.
        const slow = new ReadableStream({
          async start(c) {
            const text = JSON.stringify({ ...SCENARIO, name: 'Tijdens het stoppen' });
            c.enqueue(new TextEncoder().encode(text.slice(0, 20)));
            await new Promise((r) => setTimeout(r, 800));
            c.enqueue(new TextEncoder().encode(text.slice(20)));
            c.close();
          }
        });
        const inFlight = fetch(`${A}/api/scenarios`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: slow,
          duplex: 'half'
        });
        await new Promise((r) => setTimeout(r, 300));
        const child = servers.children[0];
        const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
        child.kill('SIGTERM');
        const res = await inFlight;
        assert.equal(res.status, 201, 'the request in progress at SIGTERM is finished');
        const { id } = await res.json();
        await facilitator.done;
        assert.ok(facilitator.ended, 'the event stream was ended');
        assert.deepEqual(await exited, { code: 0, signal: null });
        assert.equal((await (await fetch(`${B}/api/scenarios/${id}`)).json()).name, 'Tijdens het stoppen');
      } finally {
        for (const s of streams) s.close();
        await servers?.stop();
        cluster.destroy();
      }
    },
    { timeout: 180_000 }
  );

  test('postgres: an unreachable DATABASE_URL stops the start with one clear line and exit code 1', async ({
    root
  }) => {
    const port = await freePort();
    const child = spawn(process.execPath, ['build/index.js'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        DATABASE_URL: `postgres://atlas:geheim@127.0.0.1:${port}/atlas`
      },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.once('exit', r));
    assert.equal(code, 1);
    const lines = err.trim().split('\n');
    assert.equal(lines.length, 1, `one line on stderr, got:\n${err}`);
    assert.match(
      lines[0],
      /^Transitieatlas start niet: de database postgres:\/\/atlas:\*\*\*@127\.0\.0\.1:\d+\/atlas is niet bereikbaar \(.*ECONNREFUSED.*\)\. Controleer DATABASE_URL en of PostgreSQL draait\.$/
    );
    assert.doesNotMatch(out + err, /geheim/);
    assert.doesNotMatch(out, /Listening on/);
  });
}
