import { WebMercatorViewport, type MapViewState } from '@deck.gl/core';
import type { LonLat } from './prepare';

/** Room for the map's overlays: buttons and messages at the top, the legend strip and source line at the bottom. */
const PADDING = { top: 56, bottom: 110, left: 32, right: 32 };

/** A view state that shows the bounds within a canvas of the given size. */
export function fitViewState(bounds: [LonLat, LonLat], width: number, height: number): MapViewState {
  // fitBounds throws when the padding leaves no room (a collapsed container during layout).
  const w = Math.max(width, PADDING.left + PADDING.right + 10);
  const h = Math.max(height, PADDING.top + PADDING.bottom + 10);
  const { longitude, latitude, zoom } = new WebMercatorViewport({ width: w, height: h }).fitBounds(bounds, {
    padding: PADDING
  });
  return { longitude, latitude, zoom, pitch: 0, bearing: 0, minZoom: 5, maxZoom: 15 };
}
