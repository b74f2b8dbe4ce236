// The production server (npm start): adapter-node's build/index.js (PORT, HOST, graceful shutdown, ...) with the
// security headers of src/lib/server/security-policy.js on every response, also the static files that SvelteKit's
// hooks never see (JavaScript, CSS, the service worker). Pages and the API set their own (hooks.server.ts), which
// take precedence over these defaults. A 304 gets none: its headers would replace those of the browser's copy
// (a page's Content-Security-Policy carries the hash of its start-up script).
import { server } from './build/index.js';
import { baseCsp, securityHeaders } from './src/lib/server/security-policy.js';

const http = server?.server;
if (!http || typeof http.prependListener !== 'function')
  throw new Error('build/index.js exposes no HTTP server: adapter-node changed; see server.js');

const defaults = Object.entries({
  ...securityHeaders(process.env),
  'content-security-policy': baseCsp(process.env)
});

http.prependListener('request', (_req, res) => {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status !== 304)
      for (const [name, value] of defaults) if (!this.hasHeader(name)) this.setHeader(name, value);
    return writeHead.call(this, status, ...rest);
  };
});
