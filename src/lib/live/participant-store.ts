/**
 * The participant page's state (one zustand store per open session page) and its plain actions. Holds what the
 * server said (the session, the counts) and what this phone sent (answers with their state: sending, received,
 * failed). The controller (participant-controller.ts) talks to the server and calls these actions.
 */
import { createStore } from 'zustand/vanilla';
import type { StreamStatus } from './stream';
import type { AnswerValue, OwnAnswers, PublicTally, SessionView } from './types';

export type SendState = 'sending' | 'received' | 'failed';

export interface SentAnswer {
  value: AnswerValue;
  state: SendState;
  /** Dutch reason when failed. */
  error: string | null;
}

export interface ParticipantState {
  code: string;
  participant: string;
  nickname: string | null;
  phase: 'loading' | 'ready' | 'gone' | 'error';
  /** Why the page cannot show the session (phase gone / error). */
  message: string | null;
  session: SessionView | null;
  counts: PublicTally | null;
  /** By question id. */
  answers: Record<string, SentAnswer>;
  /** By scenario id. */
  ratings: Record<string, SentAnswer>;
  /** The value a number question's slider shows before it is sent, by question id. */
  drafts: Record<string, AnswerValue>;
  connection: StreamStatus;
}

export type ParticipantStore = ReturnType<typeof createParticipantStore>;

export function createParticipantStore(code: string, participant: string, nickname: string | null = null) {
  return createStore<ParticipantState>()(() => ({
    code,
    participant,
    nickname,
    phase: 'loading',
    message: null,
    session: null,
    counts: null,
    answers: {},
    ratings: {},
    drafts: {},
    connection: 'connecting'
  }));
}

/** A session view from a GET or the stream; an older one (by configVersion) never replaces a newer. */
export function sessionLoaded(store: ParticipantStore, session: SessionView): void {
  store.setState((s) =>
    s.session && s.session.configVersion > session.configVersion
      ? { phase: 'ready' }
      : { session, phase: 'ready' }
  );
}

export function countsUpdated(store: ParticipantStore, counts: PublicTally): void {
  store.setState((s) => (s.counts && s.counts.version > counts.version ? {} : { counts }));
}

export function sessionGone(store: ParticipantStore, message: string): void {
  store.setState({ phase: 'gone', message });
}

export function loadFailed(store: ParticipantStore, message: string): void {
  store.setState((s) => (s.phase === 'ready' ? {} : { phase: 'error', message }));
}

export function setConnection(store: ParticipantStore, connection: StreamStatus): void {
  store.setState({ connection });
}

export function setNickname(store: ParticipantStore, nickname: string | null): void {
  store.setState({ nickname });
}

export function setDraft(store: ParticipantStore, question: string, value: AnswerValue): void {
  store.setState((s) => ({ drafts: { ...s.drafts, [question]: value } }));
}

type Kind = 'answers' | 'ratings';

function put(store: ParticipantStore, kind: Kind, id: string, sent: SentAnswer): void {
  store.setState((s) => ({ [kind]: { ...s[kind], [id]: sent } }) as Partial<ParticipantState>);
}

export function sending(store: ParticipantStore, kind: Kind, id: string, value: AnswerValue): void {
  put(store, kind, id, { value, state: 'sending', error: null });
}

/** The server stored `value`; a newer value sent meanwhile keeps its own state. */
export function received(store: ParticipantStore, kind: Kind, id: string, value: AnswerValue): void {
  const current = store.getState()[kind][id];
  if (current && current.value !== value) return;
  put(store, kind, id, { value, state: 'received', error: null });
}

export function failed(
  store: ParticipantStore,
  kind: Kind,
  id: string,
  value: AnswerValue,
  error: string
): void {
  const current = store.getState()[kind][id];
  if (current && current.value !== value) return;
  put(store, kind, id, { value, state: 'failed', error });
}

/** What the server has of this phone (after a reload): shown as received. */
export function restoreOwn(store: ParticipantStore, own: OwnAnswers): void {
  store.setState((s) => {
    const answers = { ...s.answers };
    for (const [q, value] of Object.entries(own.votes))
      answers[q] ??= { value, state: 'received', error: null };
    const ratings = { ...s.ratings };
    for (const [id, value] of Object.entries(own.ratings))
      ratings[id] ??= { value, state: 'received', error: null };
    return { answers, ratings, nickname: s.nickname ?? own.nickname };
  });
}
