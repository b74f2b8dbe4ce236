import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { CSP_DIRECTIVES } from './src/lib/server/security-policy.js';

// A fixed version name: `svelte-kit sync` (run by svelte-check and vitest) during a build must not give the
// server and client halves different hashes (pages would render blank).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    version: { name: pkg.version },
    // The Content-Security-Policy of every page; SvelteKit adds the hash of its inline start-up script (hash mode:
    // the page stays the same from request to request, so the service worker can keep it for offline use).
    // The directives and the other security headers: src/lib/server/security-policy.js.
    csp: { mode: 'hash', directives: CSP_DIRECTIVES },
    // Registered by the page once its first map is drawn (src/lib/offline/register.ts), not at start-up.
    serviceWorker: { register: false }
  }
};

export default config;
