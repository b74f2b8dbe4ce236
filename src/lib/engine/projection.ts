import proj4 from 'proj4';

/**
 * RD New (EPSG:28992), the Dutch national grid. All distances in the engine are Euclidean metres in RD:
 * within the Netherlands its scale error is below 0.01 %, far under the 1 km resolution of the demand grid.
 * The towgs84 parameters are the EPSG 7-parameter Amersfoort -> WGS84 transformation (accuracy ~1 m).
 */
export const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

// Made on first use: importing this module costs nothing until a coordinate is converted.
interface Converter {
  forward(point: number[]): number[];
  inverse(point: number[]): number[];
}
let converter: Converter | null = null;
const rd = (): Converter => (converter ??= proj4('EPSG:4326', RD_NEW) as Converter);

/** Plausible RD bounds of the Netherlands (with a margin for border areas). */
export const RD_BOUNDS = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 } as const;

/** WGS84 lon/lat -> RD New [x, y] in metres. */
export function toRD(lon: number, lat: number): [number, number] {
  const [x, y] = rd().forward([lon, lat]);
  return [x, y];
}

/** RD New [x, y] in metres -> WGS84 [lon, lat]. */
export function fromRD(x: number, y: number): [number, number] {
  const [lon, lat] = rd().inverse([x, y]);
  return [lon, lat];
}

/**
 * Resolves when toRD and fromRD can be called: at once in Node and in the engine worker. The page's build loads
 * proj4 here, on first need (src/lib/proj4-lazy.js, see vite.config.ts), because the page converts coordinates
 * only for the user's own files; the map does not wait for it. Page code awaits this before such a conversion.
 */
export async function projectionReady(): Promise<void> {
  await (proj4 as unknown as { ready?: () => Promise<void> }).ready?.();
}
