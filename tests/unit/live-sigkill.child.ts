/**
 * Child process of live-sigkill.test.ts: the live session service on a SQLite file, served with node:http
 * (the same LiveService methods the SvelteKit routes call). Prints `port <n>` when listening.
 * Usage: node --import tsx tests/unit/live-sigkill.child.ts <db-file>
 */
import { createServer } from 'node:http';
import { writeSync } from 'node:fs';
import { openDatabase } from '../../src/lib/server/db';
import { HttpError } from '../../src/lib/server/http';
import { InProcessNotifier } from '../../src/lib/server/live/notifier';
import { manifestDirectory } from '../../src/lib/server/live/regions';
import { LiveService } from '../../src/lib/server/live/service';
import { SqliteLiveStorage } from '../../src/lib/server/live/sqlite';

const service = new LiveService({
  storage: new SqliteLiveStorage(openDatabase(process.argv[2])),
  notifier: new InProcessNotifier(),
  regions: manifestDirectory,
  // This test is about durability, not about throttling a fast client.
  participantBucket: { capacity: 1e9, perSecond: 1e9 }
});

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    try {
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const m = /^\/api\/sessions\/([A-Z0-9]+)\/(votes|tally)$/.exec(url.pathname);
      if (req.method === 'POST' && url.pathname === '/api/sessions') {
        send(201, await service.create(body, 'http://127.0.0.1'));
      } else if (req.method === 'POST' && m?.[2] === 'votes') {
        send(200, await service.vote(m[1], body));
      } else if (req.method === 'GET' && m?.[2] === 'tally') {
        send(200, await service.tally(m[1], req.headers.authorization ?? null));
      } else send(404, { error: 'niet gevonden' });
    } catch (e) {
      send(e instanceof HttpError ? e.status : 500, { error: String((e as Error).message) });
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  writeSync(1, `port ${typeof address === 'object' && address ? address.port : 0}\n`);
});
