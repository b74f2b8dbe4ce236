import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { atlasChunks } from './vite-chunks';

/**
 * Lighter libraries in the browser (page and workers); Node (server, CLI, vitest) keeps the full packages.
 *   - proj4: src/lib/proj4-lazy.js, which loads src/lib/proj4-browser.js (the library's core with the RD New
 *     projection only) on first need (projectionReady in src/lib/engine/projection.ts), and proj4's WKT parser
 *     becomes a stub (the app defines projections by proj strings). Only the user's own files and new locations
 *     need it: ~35 kB gzipped out of the first load.
 *   - loaders.gl: src/lib/loaders-browser.js, as the atlas never gives deck.gl a URL to load (~10 kB gzipped).
 *   - ICU skeletons (`{n, number, ::…}`): the message parser's skeleton parser and hour-cycle table become
 *     src/lib/icu-skeletons-browser.js; no message uses a skeleton (~4 kB gzipped).
 *   - the English messages (page only, not workers): src/lib/i18n/english.ts becomes english-page.ts, so only an
 *     English page loads them, as a chunk of their own before it starts (src/hooks.client.ts; ~15 kB gzipped).
 */
function slimBrowser({ page }: { page: boolean }): Plugin {
  const file = (name: string) => fileURLToPath(new URL(`./src/lib/${name}`, import.meta.url));
  const browser: Record<string, string> = {
    proj4: file('proj4-lazy.js'),
    'wkt-parser': file('wkt-parser-browser.js'),
    '@loaders.gl/core': file('loaders-browser.js'),
    '@loaders.gl/images': file('loaders-browser.js'),
    '@formatjs/icu-skeleton-parser': file('icu-skeletons-browser.js')
  };
  return {
    name: 'transitieatlas:slim-browser',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (options?.ssr || process.env.VITEST) return null;
      if (page && source === './english' && importer?.endsWith('/src/lib/i18n/catalogue.ts'))
        return file('i18n/english-page.ts');
      if (source === './date-time-pattern-generator' && importer?.includes('icu-messageformat-parser'))
        return file('icu-skeletons-browser.js');
      if (!(source in browser)) return null;
      return browser[source];
    }
  };
}

const chunks = atlasChunks();

export default defineConfig({
  plugins: [slimBrowser({ page: true }), sveltekit(), chunks.plugin],
  // The atlas page's first load in a few files instead of 45 (vite-chunks.ts). The group leaves each module's
  // dependencies where they belong (they have groups of their own or keep the default chunking).
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ ...chunks.group, includeDependenciesRecursively: false }] }
      }
    }
  },
  // deck.gl's published WebGL-only build (export condition `visgl:webgl-only`): the app draws with WebGL, so the
  // WebGPU shaders and paths stay out of the page (~20 kB gzipped).
  resolve: { conditions: ['visgl:webgl-only', ...defaultClientConditions] },
  // ES module workers (created with type 'module'), so the worker can load proj4 when it needs it.
  worker: { format: 'es', plugins: () => [slimBrowser({ page: false })] },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks'
  }
});
