/**
 * Where the facilitator's browser keeps the credentials of the live session it runs for a region (so a reload
 * rejoins it). Its own small module: the workshop page reads it at start-up to decide whether the live session's
 * code (controller, event stream, panel, QR code) is needed at all; otherwise that loads on "Live sessie starten".
 */
export const liveStorageKey = (region: string): string => `transitieatlas:live:sessie:${region}`;

/** True when this browser holds a live session of the region (it may have ended on the server meanwhile). */
export function hasStoredSession(
  storage: { getItem(key: string): string | null } | null,
  region: string
): boolean {
  try {
    return !!storage?.getItem(liveStorageKey(region));
  } catch {
    return false;
  }
}
