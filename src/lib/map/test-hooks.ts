/**
 * A small, documented window hook for the end-to-end tests (tests/e2e). Tests assert on what is shown, but
 * they need to know when the first frame with data is on screen and where a lon/lat lands in the page.
 */
export interface AtlasTestHook {
  /** True once deck.gl has drawn a frame with every layer loaded. */
  ready: boolean;
  /** performance.now() (ms since navigation start) of that first complete frame, when deck.gl has drawn it. */
  readyAt: number | null;
  /** ... and when the page has put it on screen (the next animation frame after it; npm run bench:browser). */
  paintedAt?: number;
  /** Frames rendered so far (only grows while something changes; the map renders on demand). */
  frames: number;
  /** Page (client) pixel coordinates of a lon/lat in the current view. */
  project(lon: number, lat: number): { x: number; y: number } | null;
  /** Timing of the newest recompute (set by the workshop page once its frame is drawn). */
  lastRecompute?: RecomputeRecord;
  /** The last recomputes, oldest first (at most 50). */
  recomputes?: RecomputeRecord[];
  /** The map as a PNG data URL (the captureMap given to the scenario tools). */
  captureMap?: () => string | null;
}

export interface RecomputeRecord {
  /** Result version (data-version on the page). */
  version: number;
  edits: number;
  /** Store change (the click) to the worker's result on the main thread. */
  clickToResultMs: number;
  /** ... to the indicator panel showing it (DOM updated). */
  clickToIndicatorsMs: number;
  /** ... to the first map frame drawn with it. */
  clickToFrameMs: number;
  /** Time inside the engine, in the worker. */
  engineMs: number;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export {};
