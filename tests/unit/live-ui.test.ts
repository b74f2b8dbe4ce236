/**
 * The live session's state and documents: the store's live actions (newer server data wins, the workshop's
 * scenarios stay untouched), the participant store, the QR code path, and the session PDF built from a real
 * session (votes through the service, a real Achterhoek scenario evaluated on the server).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/lib/engine/geodata/validate';
import { roomCriteria } from '../../src/lib/live/criteria';
import {
  createParticipantStore,
  failed,
  received,
  restoreOwn,
  sending
} from '../../src/lib/live/participant-store';
import { sessionPdf } from '../../src/lib/live/pdf';
import { qrPath } from '../../src/lib/live/qr';
import { Q } from '../../src/lib/live/questions';
import type { SessionView, Tally } from '../../src/lib/live/types';
import { openDatabase } from '../../src/lib/server/db';
import { InProcessNotifier } from '../../src/lib/server/live/notifier';
import { manifestDirectory } from '../../src/lib/server/live/regions';
import { scenarioPreparer } from '../../src/lib/server/live/scenario-prep';
import { LiveService } from '../../src/lib/server/live/service';
import { SqliteLiveStorage } from '../../src/lib/server/live/sqlite';
import {
  liveEnded,
  livePosted,
  liveSessionUpdated,
  liveStarted,
  liveTallyUpdated,
  setLiveQuantile
} from '../../src/lib/state/live-actions';
import { addEdit } from '../../src/lib/state/actions';
import { createAtlasStore } from '../../src/lib/state/store';

const tmp = mkdtempSync(join(tmpdir(), 'live-ui-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CREDENTIALS = {
  code: 'ABC234',
  token: 't'.repeat(43),
  url: 'http://zaal/s/ABC234',
  region: 'achterhoek',
  sector: 'po'
};
const tally = (version: number, participants: number): Tally => ({
  version,
  participants,
  questions: [],
  ratings: []
});

describe('the store’s live session', () => {
  it('starts with no session; a start opens the panel; newer tallies and views win; the end clears it', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    expect(store.getState().live).toBeNull();
    liveStarted(store, CREDENTIALS);
    expect(store.getState().live).toMatchObject({
      code: 'ABC234',
      panelOpen: true,
      connection: 'connecting',
      quantile: 0.5
    });
    liveTallyUpdated(store, tally(5, 10));
    liveTallyUpdated(store, tally(4, 9)); // late answer of a poll
    expect(store.getState().live!.tally!.participants).toBe(10);
    const view = { configVersion: 3 } as SessionView;
    liveSessionUpdated(store, view);
    liveSessionUpdated(store, { configVersion: 2 } as SessionView);
    expect(store.getState().live!.session).toBe(view);
    setLiveQuantile(store, 7);
    expect(store.getState().live!.quantile).toBe(0.5);
    setLiveQuantile(store, 0.25);
    expect(store.getState().live!.quantile).toBe(0.25);
    livePosted(store, 's1', 's1');
    expect(store.getState().live!.posted).toEqual({ s1: 's1' });
    liveEnded(store);
    expect(store.getState().live).toBeNull();
  });

  it('tallies arriving do not touch the scenarios (no save, no URL change, no recompute)', () => {
    const store = createAtlasStore({ region: 'achterhoek' });
    addEdit(store, { op: 'close', facility: '14ZK00' });
    const scenarios = store.getState().scenarios;
    liveStarted(store, CREDENTIALS);
    for (let v = 1; v < 20; v++) liveTallyUpdated(store, tally(v, v));
    expect(store.getState().scenarios).toBe(scenarios);
  });
});

describe('the participant store', () => {
  it('the last sent value keeps its state; a late answer of an older value changes nothing', () => {
    const p = createParticipantStore('ABC234', 'participant-1');
    sending(p, 'answers', Q.village, 'ja');
    sending(p, 'answers', Q.village, 'nee');
    received(p, 'answers', Q.village, 'ja');
    expect(p.getState().answers[Q.village]).toEqual({ value: 'nee', state: 'sending', error: null });
    received(p, 'answers', Q.village, 'nee');
    expect(p.getState().answers[Q.village].state).toBe('received');
    failed(p, 'answers', Q.village, 'ja', 'weg');
    expect(p.getState().answers[Q.village].state).toBe('received');
  });

  it('restoreOwn shows the server’s answers after a reload, without overriding what this page sent', () => {
    const p = createParticipantStore('ABC234', 'participant-1');
    sending(p, 'answers', Q.maxDistance, 6);
    restoreOwn(p, { nickname: 'Els', votes: { [Q.maxDistance]: 4, [Q.village]: 'ja' }, ratings: { s1: 5 } });
    const s = p.getState();
    expect(s.answers[Q.maxDistance].value).toBe(6);
    expect(s.answers[Q.village]).toEqual({ value: 'ja', state: 'received', error: null });
    expect(s.ratings.s1.value).toBe(5);
    expect(s.nickname).toBe('Els');
  });
});

describe('qrPath', () => {
  it('draws the modules of the qrcode package: finder patterns in three corners, quiet zone of 4', () => {
    const url = 'http://192.168.1.20:3000/s/ABC234';
    const { size, d } = qrPath(url);
    expect(size).toBe(QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size);
    expect(d.startsWith('M4 4h7v1h-7z')).toBe(true); // top row of the top-left finder
    expect(d).toContain(`M${size - 7 + 4} 4h7v1h-7z`); // top-right finder
    expect(d).toContain(`M4 ${size - 1 + 4}h7v1h-7z`); // bottom row of the bottom-left finder
    const squares = [...d.matchAll(/h(\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
    const dark = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.data.filter(Boolean).length;
    expect(squares).toBe(dark);
  });
});

function pdfStrings(pdf: string): string[] {
  const out: string[] = [];
  const re = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  for (let m = re.exec(pdf); m; m = re.exec(pdf)) {
    out.push(
      m[1].replace(/\\([()\\])/g, '$1').replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)))
    );
  }
  return out;
}

describe('sessionPdf', () => {
  it('holds the tallies, the criteria and the rated scenario of a real session', async () => {
    const file = join(__dirname, '../../geodata/bundles/achterhoek.json');
    const bundle = validateBundle(JSON.parse(readFileSync(file, 'utf8')), file);
    const db = openDatabase(join(tmp, 'pdf.sqlite'));
    const service = new LiveService({
      storage: new SqliteLiveStorage(db),
      notifier: new InProcessNotifier(),
      regions: manifestDirectory,
      prepareScenario: scenarioPreparer(async () => bundle)
    });
    try {
      const { code, facilitatorToken } = await service.create({ region: 'achterhoek', sector: 'po' }, 'x');
      const auth = `Bearer ${facilitatorToken}`;
      for (let i = 0; i < 7; i++) {
        await service.vote(code, { participant: `participant-${i}`, question: Q.maxDistance, value: 3 + i });
        await service.vote(code, {
          participant: `participant-${i}`,
          question: Q.village,
          value: i < 4 ? 'ja' : 'nee'
        });
      }
      await service.addScenario(
        code,
        {
          schemaVersion: 2,
          region: 'achterhoek',
          sector: 'po',
          name: 'Kilder dicht',
          edits: [{ op: 'close', facility: '14ZK00' }]
        },
        auth
      );
      await service.rate(code, { participant: 'participant-1', scenario: 's1', value: 4 });
      await service.rate(code, { participant: 'participant-2', scenario: 's1', value: 2 });
      const data = await service.export(code, auth);
      const denominations = bundle.facilities
        .filter((f) => f.sector === 'po' && !f.context)
        .map((f) => f.denomination);
      const criteria = roomCriteria(data.tally, { sector: 'po', denominations });
      const text = pdfStrings(
        sessionPdf(
          { data, date: new Date(Date.UTC(2026, 10, 30, 10)), criteria },
          { compress: false }
        ).output()
      ).join('\n');
      expect(text).toContain(`Live sessie ${code} · Achterhoek`);
      expect(text).toContain('Hoe ver mag de dichtstbijzijnde school hoogstens zijn?');
      expect(text).toContain('7 antwoorden · mediaan 6 km');
      expect(text).toContain('Ja, in elk dorp');
      expect(text).toContain('Kilder dicht');
      expect(text).toContain('gemiddeld 3 (2 stemmen)');
      expect(text).toContain('1. Sluit Basisschool Laetare, Kilder');
      expect(text).toMatch(/De mediaan van 7 antwoorden: 6 km -> elk kind binnen 6 km/);
      expect(text).not.toContain('→');
    } finally {
      service.hub.close();
      db.close();
    }
  });
});
