// @ts-nocheck: the page build's stand-in for proj4 (see slimProj4 in vite.config.ts); typed by its user,
// src/lib/engine/projection.ts.
// The page converts coordinates only for the user's own files (imports, scenario files and links with data), so
// proj4 (src/lib/proj4-browser.js) loads when projectionReady() is first awaited, not with the page. A conversion
// before that is a programming error and says so.
let real = null;
let loading = null;

export default function proj4(from, to) {
  if (!real)
    throw new Error('proj4 is not loaded yet: await projectionReady() (src/lib/engine/projection.ts) first');
  return real(from, to);
}

proj4.ready = () =>
  (loading ??= import('./proj4-browser.js').then((m) => {
    real = m.default;
  }));
