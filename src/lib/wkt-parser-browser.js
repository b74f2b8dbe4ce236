// The WKT parser proj4 imports, for the browser build (see slimProj4 in vite.config.ts): the app gives proj4 only
// proj strings (src/lib/engine/projection.ts), so a WKT definition is a programming error, not a user's input.
export default function wkt() {
  throw new Error('WKT projection definitions are not available in the browser build (use a proj string)');
}
