/**
 * The English messages as catalogue.ts gets them. In Node (server, CLI, unit tests) and in workers this is the
 * English catalogue itself. In the page, vite.config.ts puts english-page.ts in its place: the English messages
 * are a chunk of their own that only an English page loads (src/hooks.client.ts, before any page module runs),
 * so a Dutch page does not carry them in its first load.
 */
export { en as english } from './messages/en';
