import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Lighter libraries in the browser (page and workers); Node (server, CLI, vitest) keeps the full packages.
 *   - proj4: src/lib/proj4-lazy.js, which loads src/lib/proj4-browser.js (the library's core with the RD New
 *     projection only) on first need (projectionReady in src/lib/engine/projection.ts), and proj4's WKT parser
 *     becomes a stub (the app defines projections by proj strings). Only the user's own files and new locations
 *     need it: ~35 kB gzipped out of the first load.
 *   - loaders.gl: src/lib/loaders-browser.js, as the atlas never gives deck.gl a URL to load (~10 kB gzipped).
 */
function slimBrowser(): Plugin {
  const file = (name: string) => fileURLToPath(new URL(`./src/lib/${name}`, import.meta.url));
  const browser: Record<string, string> = {
    proj4: file('proj4-lazy.js'),
    'wkt-parser': file('wkt-parser-browser.js'),
    '@loaders.gl/core': file('loaders-browser.js'),
    '@loaders.gl/images': file('loaders-browser.js')
  };
  return {
    name: 'transitieatlas:slim-browser',
    enforce: 'pre',
    resolveId(source, _importer, options) {
      if (!(source in browser) || options?.ssr || process.env.VITEST) return null;
      return browser[source];
    }
  };
}

export default defineConfig({
  plugins: [slimBrowser(), sveltekit()],
  // deck.gl's published WebGL-only build (export condition `visgl:webgl-only`): the app draws with WebGL, so the
  // WebGPU shaders and paths stay out of the page (~20 kB gzipped).
  resolve: { conditions: ['visgl:webgl-only', ...defaultClientConditions] },
  // ES module workers (created with type 'module'), so the worker can load proj4 when it needs it.
  worker: { format: 'es', plugins: () => [slimBrowser()] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks'
  }
});
