/**
 * A small, documented window hook for the end-to-end tests (tests/e2e). Tests assert on what is shown, but
 * they need to know when the first frame with data is on screen and where a lon/lat lands in the page.
 */
export interface AtlasTestHook {
  /** True once deck.gl has drawn a frame with every layer loaded. */
  ready: boolean;
  /** performance.now() (ms since navigation start) of that first complete frame. */
  readyAt: number | null;
  /** Frames rendered so far (only grows while something changes; the map renders on demand). */
  frames: number;
  /** Page (client) pixel coordinates of a lon/lat in the current view. */
  project(lon: number, lat: number): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export {};
