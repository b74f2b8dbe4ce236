/**
 * The browser's side of the live session API: one typed function per request, each either resolving with the
 * answer or throwing a LiveRequestError with a message (the server's own, in Dutch, or one for a network failure or a bare
 * status in the page's language).
 * `fetch` is passed in (the page's fetch, or Node's in the load test).
 */
import '$lib/i18n/parts/liveFacilitator';
import '$lib/i18n/parts/participant';
import { t } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages/types';
import { API_TEXT } from './live-text';
import type {
  AnswerValue,
  CreatedSession,
  OwnAnswers,
  SessionExport,
  SessionView,
  Tally,
  VoteAck
} from './types';

type Fetch = typeof fetch;

/** A failed request: `status` 0 when the server was not reached. */
export class LiveRequestError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
    this.name = 'LiveRequestError';
  }
}

export const OFFLINE_TEXT = t('liveFacilitator.offline');

/** The server's messages (Dutch) that a page in another language shows in its own. */
const SERVER_WORDS = new Map<string, MessageKey>(
  (
    [
      'notFound',
      'expired',
      'closedQuestion',
      'closedScenario',
      'rateLimited',
      'tooManyStreams',
      'closing'
    ] as const
  ).map((k) => [API_TEXT[k], `participant.server.${k}`])
);

/** A message of the server in the page's language when it is a known one; otherwise as the server wrote it. */
export function serverMessage(message: string): string {
  const key = SERVER_WORDS.get(message);
  return key ? t(key) : message;
}

const base = (code: string) => `/api/sessions/${encodeURIComponent(code)}`;

async function request<T>(
  fetchFn: Fetch,
  url: string,
  init: { method?: string; body?: unknown; token?: string } = {}
): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let res: Response;
  try {
    res = await fetchFn(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store'
    });
  } catch {
    throw new LiveRequestError(OFFLINE_TEXT, 0);
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as { error?: unknown } | null;
  if (!res.ok) {
    const message =
      data && typeof data.error === 'string'
        ? serverMessage(data.error)
        : t('liveFacilitator.status', { status: String(res.status) });
    throw new LiveRequestError(message, res.status);
  }
  return data as T;
}

export const createSession = (f: Fetch, region: string, sector: string) =>
  request<CreatedSession>(f, '/api/sessions', { method: 'POST', body: { region, sector } });

export const getSession = (f: Fetch, code: string) => request<SessionView>(f, base(code));

export const joinSession = (f: Fetch, code: string, participant: string, nickname: string | null) =>
  request<{ ok: true; version: number }>(f, `${base(code)}/participants`, {
    method: 'POST',
    body: { participant, nickname }
  });

export const ownAnswers = (f: Fetch, code: string, participant: string) =>
  request<OwnAnswers>(f, `${base(code)}/participants/${encodeURIComponent(participant)}`);

export const sendVote = (f: Fetch, code: string, participant: string, question: string, value: AnswerValue) =>
  request<VoteAck>(f, `${base(code)}/votes`, { method: 'POST', body: { participant, question, value } });

export const sendRating = (f: Fetch, code: string, participant: string, scenario: string, value: number) =>
  request<VoteAck>(f, `${base(code)}/ratings`, { method: 'POST', body: { participant, scenario, value } });

export const getTally = (f: Fetch, code: string, token: string) =>
  request<Tally>(f, `${base(code)}/tally`, { token });

export const setQuestionOpen = (f: Fetch, code: string, token: string, question: string, open: boolean) =>
  request<SessionView>(f, `${base(code)}/questions/${encodeURIComponent(question)}`, {
    method: 'PATCH',
    body: { open },
    token
  });

/** A scenario file (with its top-level "name") put up for rating. */
export const addScenario = (f: Fetch, code: string, token: string, body: Record<string, unknown>) =>
  request<{ id: string; session: SessionView }>(f, `${base(code)}/scenarios`, {
    method: 'POST',
    body,
    token
  });

export const setScenarioOpen = (f: Fetch, code: string, token: string, scenario: string, open: boolean) =>
  request<SessionView>(f, `${base(code)}/scenarios/${encodeURIComponent(scenario)}`, {
    method: 'PATCH',
    body: { open },
    token
  });

export const exportJson = (f: Fetch, code: string, token: string) =>
  request<SessionExport>(f, `${base(code)}/export?format=json`, { token });

export async function exportCsv(f: Fetch, code: string, token: string): Promise<Blob> {
  let res: Response;
  try {
    res = await f(`${base(code)}/export?format=csv`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new LiveRequestError(OFFLINE_TEXT, 0);
  }
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new LiveRequestError(data?.error ?? `status ${res.status}`, res.status);
  }
  return res.blob();
}

export const deleteSession = (f: Fetch, code: string, token: string) =>
  request<void>(f, base(code), { method: 'DELETE', token });
