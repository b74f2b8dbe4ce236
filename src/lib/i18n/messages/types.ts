import type { LazyNl } from './lazy';
import type { nl } from './nl';

/** The shape of the Dutch catalogue with every message a string: what every other language must give. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The namespaces every page has (nl.ts, en.ts). */
export type Messages = Strings<typeof nl>;

/** Every message's dotted key, e.g. 'proposal.title', 'common.sector.po' (also of the lazy namespaces). */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<typeof nl & LazyNl>;
