// The map (deck.gl, WebGL) and the Web Worker only exist in the browser; server routes under api/ still run.
export const ssr = false;
