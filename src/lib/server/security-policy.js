/**
 * The security headers of every response, in one place (plain JavaScript: svelte.config.js and server.js read it
 * too). Used by:
 *   - svelte.config.js: `kit.csp` with CSP_DIRECTIVES; SvelteKit adds the sha256 hash of its own inline start-up
 *     script to script-src on every page, so no inline script runs without being named in the policy;
 *   - src/hooks.server.ts: the same headers on every page and API response (and a CSP without hashes on the API);
 *   - server.js (npm start): the same headers on the static files (JavaScript, CSS, the service worker).
 *
 * Adjusting: add a source to a directive below (e.g. `blob:` to worker-src for a worker built from a blob URL).
 * 'wasm-unsafe-eval' lets WebAssembly (the HiGHS solver) compile; it does not allow eval() of JavaScript.
 * Embedding the atlas in another site (an intranet portal): set TRANSITIEATLAS_FRAME_ANCESTORS to the allowed
 * origins, e.g. `https://intranet.example.nl https://portaal.example.nl`; by default no site may frame it.
 */

/** @type {Record<string, string[]>} Keywords without quotes (SvelteKit adds them). */
export const CSP_DIRECTIVES = {
  'default-src': ['self'],
  'script-src': ['self', 'wasm-unsafe-eval'],
  'worker-src': ['self'],
  // Svelte writes element styles (style: directives) and its transitions add <style> elements.
  'style-src': ['self', 'unsafe-inline'],
  // Map snapshots and exports are data: and blob: URLs.
  'img-src': ['self', 'data:', 'blob:'],
  'font-src': ['self'],
  // Same origin only: the API, the region data, Server-Sent Events.
  'connect-src': ['self'],
  'manifest-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self'],
  'frame-ancestors': ['none']
};

const KEYWORDS = new Set([
  'self',
  'none',
  'unsafe-inline',
  'wasm-unsafe-eval',
  'unsafe-eval',
  'strict-dynamic'
]);

/**
 * The allowed framing origins from the environment, or null for the default ('none'). Anything that is not an
 * http(s) origin is ignored, so a typo cannot open the policy.
 * @param {Record<string, string | undefined>} env
 * @returns {string[] | null}
 */
export function frameAncestors(env) {
  const list = (env.TRANSITIEATLAS_FRAME_ANCESTORS ?? '')
    .split(/[\s,]+/)
    .filter((s) => /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(s));
  return list.length ? list : null;
}

/**
 * A Content-Security-Policy header value from directives (keywords quoted).
 * @param {Record<string, string[]>} directives
 * @returns {string}
 */
export function cspHeader(directives) {
  return Object.entries(directives)
    .map(([k, v]) => [k, ...v.map((s) => (KEYWORDS.has(s) ? `'${s}'` : s))].join(' '))
    .join('; ');
}

/**
 * The policy for responses other than pages (API, static files, the service worker): the page policy without
 * hashes; a worker script runs under the policy of its own response.
 * @param {Record<string, string | undefined>} env
 */
export function baseCsp(env) {
  const ancestors = frameAncestors(env);
  return cspHeader({ ...CSP_DIRECTIVES, ...(ancestors ? { 'frame-ancestors': ancestors } : {}) });
}

/**
 * The other security headers, the same on every response.
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string>}
 */
export function securityHeaders(env) {
  return {
    'x-content-type-options': 'nosniff',
    // Scenario links carry the edits in the query: never send them to another site.
    'referrer-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    // For browsers without CSP frame-ancestors; left out when framing is allowed.
    ...(frameAncestors(env) ? {} : { 'x-frame-options': 'DENY' })
  };
}
