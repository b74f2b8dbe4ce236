/**
 * The facilitator's live session in the atlas store: which session runs (code, token, link), whether its panel is
 * shown, and the latest session view and tally the server sent (server data, never computed here). Only code,
 * token and link are kept in the browser (facilitator-controller.ts), so a reload rejoins the running session.
 */
import type { StreamStatus } from '$lib/live/stream';
import type { SessionView, Tally } from '$lib/live/types';

export interface LiveFacilitator {
  code: string;
  token: string;
  /** The participant link `<origin>/s/<code>`. */
  url: string;
  region: string;
  sector: string;
  panelOpen: boolean;
  session: SessionView | null;
  tally: Tally | null;
  connection: StreamStatus;
  /** Dutch message of the last failed action (null: none). */
  error: string | null;
  /** A facilitator action is on its way to the server. */
  busy: boolean;
  /** Which answer of the room becomes a criterion: 0.5 the median (see live/criteria.ts). */
  quantile: number;
  /** Workshop scenario id -> the id it got in the session when put up for rating. */
  posted: Record<string, string>;
}

export interface LiveCredentials {
  code: string;
  token: string;
  url: string;
  region: string;
  sector: string;
  posted?: Record<string, string>;
}
