/**
 * Applying security-policy.js to a Response (hooks.server.ts does this for every page and API response).
 */
import { baseCsp, frameAncestors, securityHeaders } from './security-policy';

/**
 * The security headers on a response; a page's CSP (from kit.csp, with hashes) keeps its sources. A 304 is left
 * alone: its headers replace those of the browser's stored copy, and a page's copy must keep its hashes.
 */
export function withSecurityHeaders(response: Response, env: Record<string, string | undefined>): Response {
  if (response.status === 304) return response;
  let headers = response.headers;
  try {
    headers.set('x-probe', '1');
    headers.delete('x-probe');
  } catch {
    // Immutable headers (a fetched response passed through): copy them.
    response = new Response(response.body, response);
    headers = response.headers;
  }
  for (const [k, v] of Object.entries(securityHeaders(env))) if (!headers.has(k)) headers.set(k, v);
  const csp = headers.get('content-security-policy');
  const ancestors = frameAncestors(env);
  if (!csp) headers.set('content-security-policy', baseCsp(env));
  else if (ancestors)
    headers.set(
      'content-security-policy',
      csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors.join(' ')}`)
    );
  return response;
}
