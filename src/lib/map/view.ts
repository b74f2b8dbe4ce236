import { WebMercatorViewport, type MapViewState } from '@deck.gl/core';
import type { LonLat } from './prepare';

export interface FitPadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Room for the map's overlays: the fit button top left, the source line at the bottom. */
export const DEFAULT_PADDING: FitPadding = { top: 48, bottom: 44, left: 32, right: 32 };

/** A view state that shows the bounds within a canvas of the given size, clear of the overlays. */
export function fitViewState(
  bounds: [LonLat, LonLat],
  width: number,
  height: number,
  padding: FitPadding = DEFAULT_PADDING
): MapViewState {
  // fitBounds throws when the padding leaves no room (a collapsed container during layout).
  const w = Math.max(width, padding.left + padding.right + 10);
  const h = Math.max(height, padding.top + padding.bottom + 10);
  const { longitude, latitude, zoom } = new WebMercatorViewport({ width: w, height: h }).fitBounds(bounds, {
    padding
  });
  return { longitude, latitude, zoom, pitch: 0, bearing: 0, minZoom: 5, maxZoom: 15 };
}
