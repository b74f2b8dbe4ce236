import { describe, expect, it } from 'vitest';
import { swRoute, type SwRequest } from '../../src/lib/offline/sw-routes';

const ORIGIN = 'https://atlas.example.nl';
const ASSETS = new Set(['/_app/version.json', '/favicon.svg', '/voorbeelden/sport-achterhoek-fictief.csv']);

function route(path: string, patch: Partial<SwRequest> = {}) {
  return swRoute({
    method: 'GET',
    url: ORIGIN + path,
    origin: ORIGIN,
    mode: 'cors',
    accept: '*/*',
    isAsset: (p) => ASSETS.has(p),
    ...patch
  });
}

describe('the service worker answers only what it may keep', () => {
  it('never touches the live session API, its event streams, or saving and sharing', () => {
    for (const path of [
      '/api/sessions',
      '/api/sessions/ABC123',
      '/api/sessions/ABC123/events',
      '/api/sessions/ABC123/tally',
      '/api/sessions/ABC123/scenarios/1/map',
      '/api/scenarios',
      '/api/scenarios/x7Yq3k9ZP1mVfT0bW2sLdA'
    ]) {
      expect(route(path), path).toBeNull();
      expect(route(path, { mode: 'navigate', accept: 'text/html' }), path).toBeNull();
    }
    expect(route('/api/sessions/ABC123/events', { accept: 'text/event-stream' })).toBeNull();
  });

  it('never touches a request other than GET, not even to a path it keeps', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'])
      for (const path of ['/api/sessions/ABC123/votes', '/api/regions', '/atlas/achterhoek', '/favicon.svg'])
        expect(route(path, { method }), `${method} ${path}`).toBeNull();
  });

  it('never touches an event stream or another origin', () => {
    expect(route('/atlas/achterhoek', { accept: 'text/event-stream', mode: 'navigate' })).toBeNull();
    expect(route('/favicon.svg', { url: 'https://elders.example.com/favicon.svg' })).toBeNull();
  });

  it('keeps region data, the region list, the app and the atlas pages', () => {
    expect(route('/api/regions/achterhoek/bundle.0123456789abcdef.bin')).toBe('region');
    expect(route('/api/regions')).toBe('list');
    expect(route('/favicon.svg')).toBe('shell');
    expect(route('/_app/immutable/chunks/abc.js')).toBe('shell');
    expect(route('/atlas/achterhoek?gedeeld=abc', { mode: 'navigate' })).toBe('page');
    expect(route('/compare/parkstad', { mode: 'navigate' })).toBe('page');
    expect(route('/', { mode: 'navigate' })).toBe('page');
  });

  it('leaves other pages and other region requests to the network', () => {
    expect(route('/s/ABC123', { mode: 'navigate' })).toBeNull();
    expect(route('/model/achterhoek', { mode: 'navigate' })).toBeNull();
    expect(route('/atlas/achterhoek')).toBeNull(); // not a navigation
    expect(route('/api/regions/achterhoek')).toBeNull();
    expect(route('/api/regions/achterhoek/bundle.xyz.bin')).toBeNull();
  });
});
