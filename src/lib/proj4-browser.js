// @ts-nocheck: proj4's own modules have no type declarations; src/lib/engine/projection.ts types the use.
// proj4 for the browser build: the library's core with only the projection the app uses (sterea, RD New).
// vite.config.ts resolves `proj4` to this file in the page and worker bundles; Node (CLI, tests, server) keeps the
// full package. The full build registers 36 projections and MGRS (~100 kB); proj4 supports such partial builds.
// Same API: proj4(from, to) -> { forward, inverse }.
import proj4 from 'proj4/lib/core.js';
import Proj from 'proj4/lib/Proj.js';
import sterea from 'proj4/lib/projections/sterea.js';

Proj.projections.add(sterea);

export default proj4;
