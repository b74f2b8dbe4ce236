/**
 * What the participant page does with the server: load the session, join (once per phone: the participant id
 * is kept in localStorage per session code), restore this phone's answers after a reload, follow the event
 * stream (polling when it fails), and send answers and ratings.
 *
 * Sending: one request per question at a time and the last tap wins (a tap while one is on its way is sent
 * after it, so the server never ends with an older answer); a request that did not reach the server (offline,
 * 429, 5xx) is tried again with a growing pause; a refusal (400/409/422) is shown as it is.
 */
import {
  getSession,
  joinSession,
  LiveRequestError,
  ownAnswers,
  sendRating,
  sendVote,
  serverMessage
} from './client';
import { MAX_NICKNAME } from './code';
import { checkAnswer, checkRating } from './questions';
import {
  countsUpdated,
  failed,
  loadFailed,
  received,
  restoreOwn,
  sending,
  sessionGone,
  sessionLoaded,
  setConnection,
  setNickname,
  type ParticipantStore
} from './participant-store';
import { LiveStream } from './stream';
import type { AnswerValue, PublicTally, SessionView } from './types';

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PARTICIPANT_KEY = (code: string) => `transitieatlas:live:deelnemer:${code}`;
export const NICKNAME_KEY = 'transitieatlas:live:bijnaam';
const RETRIES = [1000, 2000, 4000, 8000, 15000, 30000];

/** A random participant id (22 characters base64url). crypto.randomUUID needs https; getRandomValues does not. */
export function newParticipantId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function read(storage: KeyValue | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValue | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // private mode or full: the id lives as long as the page
  }
}

/** The phone's participant id for a session (made and kept on first use) and its nickname. */
export function participantIdentity(
  code: string,
  storage: KeyValue | null
): { id: string; nickname: string | null } {
  let id = read(storage, PARTICIPANT_KEY(code));
  if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
    id = newParticipantId();
    write(storage, PARTICIPANT_KEY(code), id);
  }
  return { id, nickname: read(storage, NICKNAME_KEY) };
}

export interface ParticipantController {
  answer(question: string, value: AnswerValue): void;
  rate(scenario: string, value: number): void;
  saveNickname(name: string): void;
  /** Load again after an error. */
  retry(): void;
  /** The page became visible again: reconnect at once. */
  wake(): void;
  stop(): void;
}

export function startParticipant(
  store: ParticipantStore,
  options: { fetch?: typeof fetch; storage: KeyValue | null }
): ParticipantController {
  const f = options.fetch ?? fetch;
  const { code, participant } = store.getState();
  let stopped = false;
  const inFlight = new Set<string>();
  const next = new Map<string, AnswerValue>();

  const stream = new LiveStream({
    url: `/api/sessions/${code}/events`,
    fetch: f,
    onEvent: (type, data) => {
      if (type === 'session') sessionLoaded(store, data as SessionView);
      else if (type === 'tally') countsUpdated(store, data as PublicTally);
      else if (type === 'gone') sessionGone(store, serverMessage((data as { error?: string }).error ?? ''));
    },
    onStatus: (s) => setConnection(store, s),
    poll: async () => {
      try {
        sessionLoaded(store, await getSession(f, code));
      } catch (e) {
        if (e instanceof LiveRequestError && (e.status === 404 || e.status === 410)) {
          sessionGone(store, e.message);
          stream.stop();
        }
      }
    }
  });

  async function load() {
    try {
      sessionLoaded(store, await getSession(f, code));
    } catch (e) {
      const err = e as LiveRequestError;
      if (err.status === 404 || err.status === 410) sessionGone(store, err.message);
      else loadFailed(store, err.message);
      return;
    }
    stream.start();
    try {
      await joinSession(f, code, participant, store.getState().nickname);
      restoreOwn(store, await ownAnswers(f, code, participant));
    } catch {
      // Not fatal: the first answer joins too.
    }
  }

  /** Sends the latest value of one question or scenario, one request at a time, retrying transient failures. */
  async function send(kind: 'answers' | 'ratings', id: string, value: AnswerValue) {
    const key = `${kind}:${id}`;
    next.set(key, value);
    sending(store, kind, id, value);
    if (inFlight.has(key)) return;
    inFlight.add(key);
    try {
      while (next.has(key) && !stopped) {
        const v = next.get(key)!;
        next.delete(key);
        for (let attempt = 0; ; attempt++) {
          try {
            if (kind === 'answers') await sendVote(f, code, participant, id, v);
            else await sendRating(f, code, participant, id, v as number);
            received(store, kind, id, v);
            break;
          } catch (e) {
            const err = e as LiveRequestError;
            const transient = err.status === 0 || err.status === 429 || err.status >= 500;
            if (!transient || attempt >= RETRIES.length || next.has(key) || stopped) {
              failed(store, kind, id, v, err.message);
              break;
            }
            await new Promise((r) => setTimeout(r, RETRIES[attempt]));
            if (next.has(key)) break; // a newer tap replaces this one
          }
        }
      }
    } finally {
      inFlight.delete(key);
    }
  }

  void load();
  return {
    answer(question, value) {
      const q = store.getState().session?.questions.find((x) => x.id === question);
      if (!q) return;
      const checked = checkAnswer(q, value);
      if (!checked.ok) {
        failed(store, 'answers', question, value, checked.message);
        return;
      }
      void send('answers', question, checked.value);
    },
    rate(scenario, value) {
      const checked = checkRating(value);
      if (!checked.ok) return;
      void send('ratings', scenario, checked.value);
    },
    saveNickname(name) {
      const clean = name.trim().slice(0, MAX_NICKNAME);
      setNickname(store, clean || null);
      write(options.storage, NICKNAME_KEY, clean);
      void joinSession(f, code, participant, clean || null).catch(() => {});
    },
    retry() {
      store.setState({ phase: 'loading', message: null });
      void load();
    },
    wake() {
      stream.nudge();
    },
    stop() {
      stopped = true;
      stream.stop();
    }
  };
}
