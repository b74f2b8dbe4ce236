import type { Plugin } from 'vite';

/**
 * Fewer files for the atlas page's first load (issue 16). The bundler's default splits code by the exact set of
 * entries that use it; with a route per page and ~20 lazy parts of the workshop, the atlas page loaded 45 files
 * before it could start, and on HTTP/1.1 (6 connections per server) every file costs a round trip.
 *
 * This plugin looks at the module graph of the client build and sorts every module that the atlas page imports
 * statically (`/atlas/[region]`, route node 3) into:
 *   - `atlas`: modules no other page, layout or entry can reach without going through the atlas page; they are
 *     loaded with the atlas page and only there, so one chunk changes nothing for anyone else;
 *   - `entry`: what SvelteKit's start-up scripts also import (it runs before the `init` hook, so nothing else
 *     may join it); `layout`: what the root layout or the error page also import (every page loads those);
 *   - one chunk per set of other pages that also import it statically: a page's first load fetches the code it
 *     did before, in fewer files;
 *   - `shared-small`: those sets that are small (under SMALL_BYTES of code) together, so a page may fetch a few
 *     kB it does not use; `lazy`: what other pages only load lazily.
 * Everything else (the lazy parts, the other pages' own code, the workers) keeps the default chunking. Measured
 * (npm run bench:browser): the atlas page loads 11 files instead of 45 and its map is ready ~150 ms sooner.
 * `npm run bench:browser` reports the atlas page's files and bytes; tests/unit/chunking.test.ts checks the rules.
 */
const ATLAS_ROUTE = '/src/routes/atlas/[region]/+page';
/** SvelteKit's client start-up scripts, and its root layout (node 0) and error page (node 1). */
const ENTRY_SCRIPT = /\/client-optimized\/app\.js$|\/runtime\/client\/entry\.js$/;
const LAYOUT = /\/client-optimized\/nodes\/[01]\.js$/;

export function atlasChunks(): {
  plugin: Plugin;
  group: { name: (id: string) => string | null; test: (id: string) => boolean };
} {
  let chunkOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'transitieatlas:atlas-chunks',
    apply: 'build',
    // SvelteKit asks for strict entry signatures; a group that leaves out its modules' dependencies needs
    // 'allow-extension' (a route node may then export more than SvelteKit reads).
    options(opts) {
      return { ...opts, preserveEntrySignatures: 'allow-extension' };
    },
    buildEnd() {
      chunkOf = new Map();
      if (this.environment?.name !== 'client') return;
      const ids = [...this.getModuleIds()];
      const graph = new Map(
        ids.map((id) => {
          const m = this.getModuleInfo(id);
          return [
            id,
            {
              entry: !!m?.isEntry,
              size: m?.code?.length ?? 0,
              imports: m?.importedIds ?? [],
              lazy: m?.dynamicallyImportedIds ?? []
            }
          ];
        })
      );
      // The route node of the atlas page: the generated entry that imports its +page files.
      const isPage = (id: string) =>
        !!graph.get(id)?.entry && graph.get(id)!.imports.some((i) => i.includes(ATLAS_ROUTE));
      chunkOf = sortModules(
        graph,
        isPage,
        (id) => ENTRY_SCRIPT.test(id),
        (id) => LAYOUT.test(id)
      );
      if (chunkOf.size === 0) this.warn(`no route node imports ${ATLAS_ROUTE}: default chunking`);
    }
  };
  return {
    plugin,
    group: { name: (id) => chunkOf.get(id) ?? null, test: (id) => chunkOf.has(id) }
  };
}

export interface ModuleNode {
  entry: boolean;
  /** Size of the module's code (characters). */
  size: number;
  imports: readonly string[];
  lazy: readonly string[];
}

/** Modules reached from `roots` (static imports only, or also dynamic ones), never entering `stop`. */
function reach(
  graph: Map<string, ModuleNode>,
  roots: string[],
  dynamic: boolean,
  stop: (id: string) => boolean
): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id) || stop(id)) continue;
    seen.add(id);
    const m = graph.get(id);
    if (!m) continue;
    todo.push(...m.imports);
    if (dynamic) todo.push(...m.lazy);
  }
  return seen;
}

/** Sets of shared modules smaller than this together go into one chunk `shared-small`. */
export const SMALL_BYTES = 8000;

/**
 * The chunk name of every module the page (`isPage`) imports statically, apart from entries: `atlas` for the
 * page's own code, `entry` and `layout` for what a start-up script or the root layout/error page also import, `shared-<n>` per other set of
 * entries that import it statically (n numbers the sets in a stable order), `lazy` for what other entries only
 * load lazily; sets under `smallBytes` of code together in `shared-small`.
 */
export function sortModules(
  graph: Map<string, ModuleNode>,
  isPage: (id: string) => boolean,
  isEntryScript: (id: string) => boolean,
  isLayout: (id: string) => boolean,
  smallBytes = SMALL_BYTES
): Map<string, string> {
  const ids = [...graph.keys()];
  const page = ids.find(isPage);
  const out = new Map<string, string>();
  if (!page) return out;
  const entries = ids.filter((id) => graph.get(id)!.entry && id !== page).sort();
  const mine = reach(graph, [page], false, () => false);
  const others = reach(graph, entries, true, isPage);
  const usedBy = new Map<string, string[]>();
  for (const e of entries)
    for (const id of reach(graph, [e], false, isPage)) {
      if (!mine.has(id)) continue;
      const list = usedBy.get(id) ?? [];
      list.push(e);
      usedBy.set(id, list);
    }
  // What the start-up scripts import runs before the app's `init` hook (which loads the page's language): it
  // stays a chunk of its own, so nothing else runs that early. What the root layout or error page import,
  // every page loads after `init`.
  const keyOf = (id: string) => {
    const list = usedBy.get(id);
    if (!list) return 'lazy';
    if (list.some(isEntryScript)) return 'entry';
    return list.some(isLayout) ? 'layout' : list.join('|');
  };
  const nameOf = (key: string, i: number) =>
    key === 'entry' || key === 'layout' || key === 'lazy' ? key : `shared-${i}`;
  const shared = [...mine].filter((id) => id !== page && !graph.get(id)!.entry && others.has(id));
  const sizes = new Map<string, number>();
  for (const id of shared) sizes.set(keyOf(id), (sizes.get(keyOf(id)) ?? 0) + graph.get(id)!.size);
  const keys = [...sizes.keys()].sort();
  for (const id of mine) {
    if (id === page || graph.get(id)!.entry) continue;
    if (!others.has(id)) out.set(id, 'atlas');
    else {
      const key = keyOf(id);
      const small = key !== 'entry' && sizes.get(key)! < smallBytes;
      out.set(id, small ? 'shared-small' : nameOf(key, keys.indexOf(key)));
    }
  }
  return out;
}
