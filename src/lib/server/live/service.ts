/**
 * The live session's request logic, without SvelteKit: the route files read the body and call one method each,
 * the SIGKILL test's child serves the same methods with node:http. Every method checks its input (Dutch
 * LiveErrors: 400 bad shape, 401/403 token, 404 unknown, 409 closed or full, 410 expired, 422 bad value, 429 too
 * fast), then calls the storage (which commits before it returns), then tells the notifier.
 *
 * Relative imports only (see storage.ts).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { cleanNickname, codeFrom, PARTICIPANT_PATTERN } from '../../live/code';
import { API_TEXT } from '../../live/live-text';
import { checkQuestion, checkRating, defaultQuestions, MAX_QUESTIONS } from '../../live/questions';
import type {
  CreatedSession,
  OwnAnswers,
  SessionExport,
  SessionView,
  Tally,
  VoteAck
} from '../../live/types';
import { LiveHub, type HubOptions } from './hub';
import { RateLimiter, type BucketOptions } from './limits';
import type { LiveNotifier } from './notifier';
import type { RegionDirectory } from './regions';
import {
  CodeTakenError,
  LiveError,
  type Limits,
  type LiveStorage,
  type NewScenario,
  type SessionRecord
} from './storage';

export const HOUR = 3600_000;
/** A session expires after this long without activity (votes, joins, facilitator actions). */
export const EXPIRY_MS = 24 * HOUR;
/** An expired session stays readable for its facilitator (tally, export) this long, then it is deleted. */
export const KEEP_EXPIRED_MS = 7 * 24 * HOUR;
export const DEFAULT_LIMITS: Limits = {
  maxParticipants: 2000,
  maxQuestions: MAX_QUESTIONS,
  maxScenarios: 20
};
/** Per phone: a burst of 20 requests, then 5 a second (a person taps; a script floods). */
export const PARTICIPANT_BUCKET: BucketOptions = { capacity: 20, perSecond: 5 };
/** New sessions per server process: 30 at once, then one every 2 s. */
export const CREATE_BUCKET: BucketOptions = { capacity: 30, perSecond: 0.5 };

/** Prepares a scenario for rating: validates the file, evaluates it, draws its map (see scenario-prep.ts). */
export type ScenarioPreparer = (
  session: { region: string },
  body: unknown
) => Promise<Omit<NewScenario, 'open'>>;

export interface LiveServiceOptions {
  storage: LiveStorage;
  notifier: LiveNotifier;
  regions: RegionDirectory;
  prepareScenario?: ScenarioPreparer;
  now?: () => number;
  expiryMs?: number;
  limits?: Partial<Limits>;
  participantBucket?: BucketOptions;
  createBucket?: BucketOptions;
  /** Base of the participant link (env TRANSITIEATLAS_PUBLIC_URL); default the request's origin. */
  publicUrl?: string | null;
  hub?: HubOptions;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const sha256 = (s: string) => createHash('sha256').update(s).digest();

function requireObject(body: unknown): Record<string, unknown> {
  if (!isObject(body)) throw new LiveError(400, API_TEXT.bodyObject);
  return body;
}

function participantOf(body: Record<string, unknown>): string {
  const p = body.participant;
  if (typeof p !== 'string' || !PARTICIPANT_PATTERN.test(p)) throw new LiveError(400, API_TEXT.participant);
  return p;
}

function openFlag(body: unknown): boolean {
  const b = requireObject(body);
  if (typeof b.open !== 'boolean') throw new LiveError(400, API_TEXT.open);
  return b.open;
}

export class LiveService {
  readonly storage: LiveStorage;
  readonly notifier: LiveNotifier;
  readonly hub: LiveHub;
  private readonly regions: RegionDirectory;
  private readonly prepare?: ScenarioPreparer;
  private readonly now: () => number;
  readonly expiryMs: number;
  private readonly limits: Limits;
  private readonly perParticipant: RateLimiter;
  private readonly creating: RateLimiter;
  private readonly publicUrl: string | null;
  private lastPurge = 0;

  constructor(o: LiveServiceOptions) {
    this.storage = o.storage;
    this.notifier = o.notifier;
    this.regions = o.regions;
    this.prepare = o.prepareScenario;
    this.now = o.now ?? Date.now;
    this.expiryMs = o.expiryMs ?? EXPIRY_MS;
    this.limits = { ...DEFAULT_LIMITS, ...o.limits };
    this.perParticipant = new RateLimiter(o.participantBucket ?? PARTICIPANT_BUCKET);
    this.creating = new RateLimiter(o.createBucket ?? CREATE_BUCKET);
    this.publicUrl = o.publicUrl ? o.publicUrl.replace(/\/+$/, '') : null;
    this.hub = new LiveHub(
      this.notifier,
      {
        state: async (code) => {
          const stamp = await this.storage.stamp(code);
          if (!stamp || this.expired(stamp.activeAt)) return null;
          const tally = await this.storage.tally(code);
          return tally ? { tally, configVersion: stamp.configVersion } : null;
        },
        view: async (code) => {
          const s = await this.storage.getSession(code);
          return s && !this.expired(s.activeAt) ? this.view(s) : null;
        }
      },
      o.hub
    );
  }

  private expired(activeAt: number): boolean {
    return this.now() - activeAt > this.expiryMs;
  }

  /** The session, 404 when unknown; 410 when expired unless `allowExpired` (the facilitator's reads). */
  private async session(code: string, allowExpired = false): Promise<SessionRecord> {
    const s = await this.storage.getSession(code);
    if (!s || this.expired(s.activeAt + KEEP_EXPIRED_MS)) throw new LiveError(404, API_TEXT.notFound);
    if (!allowExpired && this.expired(s.activeAt)) throw new LiveError(410, API_TEXT.expired);
    return s;
  }

  /** A live (not expired) session's existence, cheaply: for every participant request. */
  private async alive(code: string): Promise<void> {
    const stamp = await this.storage.stamp(code);
    if (!stamp) throw new LiveError(404, API_TEXT.notFound);
    if (this.expired(stamp.activeAt)) throw new LiveError(410, API_TEXT.expired);
  }

  /** 401 without a bearer token, 403 with a wrong one; compared in constant time. */
  private authorize(s: SessionRecord, authorization: string | null): void {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) throw new LiveError(401, API_TEXT.noToken, { 'www-authenticate': 'Bearer' });
    const given = sha256(m[1]);
    const stored = Buffer.from(s.tokenHash, 'hex');
    if (stored.length !== given.length || !timingSafeEqual(given, stored)) {
      throw new LiveError(403, API_TEXT.wrongToken);
    }
  }

  private throttle(code: string, participant: string): void {
    const t = this.perParticipant.take(`${code}:${participant}`, this.now());
    if (!t.ok) throw new LiveError(429, API_TEXT.rateLimited, { 'retry-after': String(t.retryAfterS) });
  }

  private changed(code: string): void {
    this.notifier.publish(code);
  }

  view(s: SessionRecord): SessionView {
    return {
      code: s.code,
      region: s.region,
      regionName: s.regionName,
      sector: s.sector,
      sectorName: s.sectorName,
      questions: s.questions,
      scenarios: s.scenarios.map((sc) => ({
        ...sc,
        mapUrl: `/api/sessions/${s.code}/scenarios/${encodeURIComponent(sc.id)}/map`
      })),
      version: s.version,
      configVersion: s.configVersion,
      expiresAt: new Date(s.activeAt + this.expiryMs).toISOString()
    };
  }

  /** Deletes sessions expired longer than KEEP_EXPIRED_MS; at most once a minute. */
  async purge(force = false): Promise<number> {
    const now = this.now();
    if (!force && now - this.lastPurge < 60_000) return 0;
    this.lastPurge = now;
    return this.storage.purge(now - this.expiryMs - KEEP_EXPIRED_MS);
  }

  // ---- the API ----------------------------------------------------------------------------------------

  async create(body: unknown, origin: string): Promise<CreatedSession> {
    const b = requireObject(body);
    if (b.region === undefined) throw new LiveError(400, API_TEXT.regionMissing);
    if (b.sector === undefined) throw new LiveError(400, API_TEXT.sectorMissing);
    const region = typeof b.region === 'string' ? this.regions.region(b.region) : null;
    if (!region) throw new LiveError(422, API_TEXT.region(String(b.region)));
    const sector = typeof b.sector === 'string' ? this.regions.sector(b.sector) : null;
    if (!sector) throw new LiveError(422, API_TEXT.sector(String(b.sector), this.regions.sectorIds));
    const t = this.creating.take('sessions', this.now());
    if (!t.ok) throw new LiveError(429, API_TEXT.busy, { 'retry-after': String(t.retryAfterS) });
    await this.purge();

    const token = randomBytes(32).toString('base64url');
    const questions = defaultQuestions({
      sector: sector.id,
      facilityCount: region.facilityCounts[sector.id] ?? null,
      one: sector.one,
      users: sector.users
    });
    const now = this.now();
    for (let attempt = 0; ; attempt++) {
      const code = codeFrom(randomInt);
      try {
        await this.storage.createSession({
          code,
          tokenHash: sha256(token).toString('hex'),
          region: region.id,
          regionName: region.name,
          sector: sector.id,
          sectorName: sector.name,
          questions,
          now
        });
        const base = this.publicUrl ?? origin.replace(/\/+$/, '');
        return {
          code,
          facilitatorToken: token,
          url: `${base}/s/${code}`,
          expiresAt: new Date(now + this.expiryMs).toISOString()
        };
      } catch (e) {
        if (!(e instanceof CodeTakenError) || attempt >= 20) throw e;
      }
    }
  }

  async get(code: string): Promise<SessionView> {
    return this.view(await this.session(code));
  }

  async join(code: string, body: unknown): Promise<{ ok: true; version: number }> {
    const b = requireObject(body);
    const participant = participantOf(b);
    if (b.nickname !== undefined && b.nickname !== null && typeof b.nickname !== 'string') {
      throw new LiveError(400, API_TEXT.nickname);
    }
    await this.alive(code);
    this.throttle(code, participant);
    const { version } = await this.storage.join(
      code,
      participant,
      cleanNickname(b.nickname),
      this.now(),
      this.limits
    );
    this.changed(code);
    return { ok: true, version };
  }

  async vote(code: string, body: unknown): Promise<VoteAck> {
    const b = requireObject(body);
    const participant = participantOf(b);
    if (typeof b.question !== 'string' || b.question.length === 0 || b.question.length > 40) {
      throw new LiveError(400, API_TEXT.question);
    }
    if (b.value === undefined) throw new LiveError(400, API_TEXT.value);
    await this.alive(code);
    this.throttle(code, participant);
    const r = await this.storage.vote(code, participant, b.question, b.value, this.now(), this.limits);
    this.changed(code);
    return { ok: true, version: r.version, value: r.value };
  }

  async rate(code: string, body: unknown): Promise<VoteAck> {
    const b = requireObject(body);
    const participant = participantOf(b);
    if (typeof b.scenario !== 'string' || b.scenario.length === 0 || b.scenario.length > 40) {
      throw new LiveError(400, API_TEXT.scenario);
    }
    const checked = checkRating(b.value);
    if (!checked.ok) throw new LiveError(checked.status, checked.message);
    await this.alive(code);
    this.throttle(code, participant);
    const r = await this.storage.rate(code, participant, b.scenario, checked.value, this.now(), this.limits);
    this.changed(code);
    return { ok: true, version: r.version, value: checked.value };
  }

  async own(code: string, participant: string): Promise<OwnAnswers> {
    if (!PARTICIPANT_PATTERN.test(participant)) throw new LiveError(400, API_TEXT.participant);
    await this.alive(code);
    return this.storage.ownAnswers(code, participant);
  }

  async tally(code: string, authorization: string | null): Promise<Tally> {
    const s = await this.session(code, true);
    this.authorize(s, authorization);
    const t = await this.storage.tally(code);
    if (!t) throw new LiveError(404, API_TEXT.notFound);
    return t;
  }

  /** A facilitator change: checks the token on a live session, runs `fn`, tells the streams. */
  private async facilitate<T>(
    code: string,
    authorization: string | null,
    fn: (s: SessionRecord) => Promise<T>
  ) {
    const s = await this.session(code, true);
    this.authorize(s, authorization);
    if (this.expired(s.activeAt)) throw new LiveError(410, API_TEXT.expired);
    const out = await fn(s);
    this.changed(code);
    return out;
  }

  async setQuestionOpen(code: string, question: string, body: unknown, authorization: string | null) {
    const open = openFlag(body);
    return this.facilitate(code, authorization, async () => {
      await this.storage.setQuestionOpen(code, question, open, this.now());
      return this.view(await this.session(code));
    });
  }

  async addQuestion(code: string, body: unknown, authorization: string | null): Promise<SessionView> {
    const checked = checkQuestion(body);
    if (!checked.ok) throw new LiveError(checked.status, checked.message);
    return this.facilitate(code, authorization, async () => {
      await this.storage.addQuestion(code, checked.value, this.now(), this.limits);
      return this.view(await this.session(code));
    });
  }

  async addScenario(code: string, body: unknown, authorization: string | null) {
    const b = requireObject(body);
    const open = b.open === undefined ? true : b.open === true;
    return this.facilitate(code, authorization, async (s) => {
      if (!this.prepare)
        throw new LiveError(503, API_TEXT.scenarioInvalid('de server kan geen kaarten maken'));
      const prepared = await this.prepare({ region: s.region }, b);
      const { id } = await this.storage.addScenario(code, { ...prepared, open }, this.now(), this.limits);
      return { id, session: this.view(await this.session(code)) };
    });
  }

  async setScenarioOpen(code: string, scenario: string, body: unknown, authorization: string | null) {
    const open = openFlag(body);
    return this.facilitate(code, authorization, async () => {
      await this.storage.setScenarioOpen(code, scenario, open, this.now());
      return this.view(await this.session(code));
    });
  }

  async scenarioMap(code: string, scenario: string): Promise<string> {
    await this.alive(code);
    const svg = await this.storage.scenarioMap(code, scenario);
    if (svg === null) throw new LiveError(404, API_TEXT.unknownScenario(scenario));
    return svg;
  }

  async export(code: string, authorization: string | null): Promise<SessionExport> {
    const s = await this.session(code, true);
    this.authorize(s, authorization);
    const [tally, votes] = await Promise.all([this.storage.tally(code), this.storage.exportVotes(code)]);
    if (!tally) throw new LiveError(404, API_TEXT.notFound);
    return {
      kind: 'transitieatlas-live-sessie',
      schemaVersion: 1,
      exportedAt: new Date(this.now()).toISOString(),
      session: this.view(s),
      tally,
      votes
    };
  }

  async remove(code: string, authorization: string | null): Promise<void> {
    const s = await this.session(code, true);
    this.authorize(s, authorization);
    await this.storage.deleteSession(code);
    this.changed(code);
  }

  /** An event stream: the full tally with a valid token, the participants' counts without one. */
  async events(code: string, authorization: string | null, lastEventId: number | null) {
    const s = await this.session(code, authorization !== null);
    if (authorization !== null) this.authorize(s, authorization);
    if (this.expired(s.activeAt)) throw new LiveError(410, API_TEXT.expired);
    return this.hub.open(code, authorization !== null, lastEventId);
  }
}
