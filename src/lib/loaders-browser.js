/**
 * deck.gl's use of loaders.gl, in the browser build (vite.config.ts, slimBrowser): deck.gl can load layer data,
 * textures and icons from URLs through loaders.gl, and registers an image loader at start-up. The atlas never gives
 * a layer a URL (its data are arrays; text glyphs are drawn on a canvas), so these stand-ins replace the library
 * (~10 kB gzipped out of the first load). A layer that gets a URL after all fails with a message naming the cause.
 */

/** @param {unknown} url */
export function load(url) {
  return Promise.reject(
    new Error(
      `loaders.gl is not in this build (vite.config.ts): layer data must be arrays, not ${String(url)}`
    )
  );
}
export const parse = load;
export const fetchFile = (/** @type {RequestInfo} */ url) => fetch(url);
export function registerLoaders() {}

/** The image loader deck.gl registers at start-up: never used for loading here. */
export const ImageLoader = {
  id: 'image',
  name: 'Images',
  module: 'images',
  version: 'stub',
  mimeTypes: [],
  extensions: [],
  options: {}
};
