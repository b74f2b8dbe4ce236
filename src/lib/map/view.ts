import { WebMercatorViewport, type MapViewState } from '@deck.gl/core';
import type { LonLat } from './prepare';

/** A view state that shows the bounds within a canvas of the given size, with padding in pixels. */
export function fitViewState(
  bounds: [LonLat, LonLat],
  width: number,
  height: number,
  padding = 32
): MapViewState {
  // fitBounds throws when the padding leaves no room (a collapsed container during layout).
  const w = Math.max(width, 2 * padding + 10);
  const h = Math.max(height, 2 * padding + 10);
  const { longitude, latitude, zoom } = new WebMercatorViewport({ width: w, height: h }).fitBounds(bounds, {
    padding
  });
  return { longitude, latitude, zoom, pitch: 0, bearing: 0, minZoom: 5, maxZoom: 15 };
}
