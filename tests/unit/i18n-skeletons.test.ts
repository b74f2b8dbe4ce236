// The browser build leaves the ICU skeleton parser out (vite.config.ts, src/lib/icu-skeletons-browser.js): no
// message of either language may use a skeleton (`{n, number, ::currency/EUR}`), which the page could not parse.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/lib/i18n/catalogue';
import { LAZY_NAMESPACES } from '../../src/lib/i18n/messages/lazy';
import * as stub from '../../src/lib/icu-skeletons-browser.js';

type Tree = { [k: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)
  );

describe('ICU skeletons', () => {
  it('no message in Dutch or English uses one', async () => {
    const all: [string, string][] = [];
    for (const lang of ['nl', 'en'] as const) {
      all.push(...leaves(CATALOGUE[lang] as unknown as Tree, `${lang}:`));
      for (const ns of LAZY_NAMESPACES) {
        const mod = (await import(`../../src/lib/i18n/messages/${lang}/${ns}.ts`)) as Record<string, Tree>;
        all.push(...leaves(mod[ns], `${lang}:${ns}.`));
      }
    }
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, m]) => /,\s*::/.test(m)).map(([k]) => k)).toEqual([]);
  });

  it('the browser stand-in fails with a message naming the cause', () => {
    expect(() => stub.parseNumberSkeletonFromString()).toThrow('ICU skeletons (::) are not in this build');
    expect(() => stub.getBestPattern()).toThrow('format the value before t()');
  });
});
