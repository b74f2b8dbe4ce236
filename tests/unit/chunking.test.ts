import { describe, expect, it } from 'vitest';
import { sortModules, type ModuleNode } from '../../vite-chunks';

/** A small module graph: `imports` static, `lazy` dynamic; entries start with an upper-case letter. */
function graph(spec: Record<string, { imports?: string[]; lazy?: string[]; size?: number }>) {
  return new Map<string, ModuleNode>(
    Object.entries(spec).map(([id, m]) => [
      id,
      {
        entry: /^[A-Z]/.test(id),
        size: m.size ?? 10_000,
        imports: m.imports ?? [],
        lazy: m.lazy ?? []
      }
    ])
  );
}

// Start: the client entry; Layout: the root layout; Atlas, Home, Compare, Model: pages; App lazily imports every page.
const spec = {
  Start: { imports: ['kit', 'tinyStart'] },
  App: { lazy: ['Layout', 'Atlas', 'Home', 'Compare', 'Model'] },
  Layout: { imports: ['svelte'] },
  Atlas: { imports: ['workshop', 'svelte', 'kit', 'deck', 'i18n', 'tiny1', 'tiny2', 'pdfText', 'tinyStart'] },
  Home: { imports: ['i18n', 'tiny1'], lazy: ['pdf'] },
  Compare: { imports: ['deck', 'i18n', 'tiny2'] },
  Model: { imports: ['tiny2'] },
  workshop: { imports: ['map', 'store'], lazy: ['panel'] },
  map: { imports: ['deck'] },
  store: {},
  panel: { imports: ['store', 'panelOnly'] },
  panelOnly: {},
  deck: { size: 500_000 },
  svelte: {},
  kit: {},
  i18n: {},
  tiny1: { size: 100 },
  tinyStart: { size: 50 },
  tiny2: { size: 200 },
  pdf: { imports: ['pdfText'] },
  pdfText: {}
};
const isPage = (id: string) => id === 'Atlas';
const isEntryScript = (id: string) => ['Start', 'App'].includes(id);
const isLayout = (id: string) => id === 'Layout';

describe('atlas chunks (vite-chunks.ts)', () => {
  const g = graph(spec);
  const chunks = sortModules(g, isPage, isEntryScript, isLayout, 1000);

  it("puts the code only the atlas page can reach in 'atlas', also when App imports every page lazily", () => {
    for (const id of ['workshop', 'map', 'store']) expect(chunks.get(id)).toBe('atlas');
  });

  it('leaves the lazy parts and what only they import to the default chunking', () => {
    expect(chunks.has('panel')).toBe(false);
    expect(chunks.has('panelOnly')).toBe(false);
    expect(chunks.has('Atlas')).toBe(false);
  });

  it("keeps what a start-up script imports apart ('entry', runs before init), the layout's in 'layout'", () => {
    expect(chunks.get('kit')).toBe('entry');
    expect(chunks.get('svelte')).toBe('layout');
    expect(chunks.get('tinyStart')).toBe('entry');
  });

  it('groups the rest by the set of other pages that import it, small sets together', () => {
    expect(chunks.get('deck')).toMatch(/^shared-\d+$/);
    expect(chunks.get('i18n')).toMatch(/^shared-\d+$/);
    expect(chunks.get('deck')).not.toBe(chunks.get('i18n'));
    expect(chunks.get('tiny1')).toBe('shared-small');
    expect(chunks.get('tiny2')).toBe('shared-small');
    expect(chunks.get('pdfText')).toBe('lazy');
  });

  it("gives no page more code at first load than it imports, apart from 'shared-small'", () => {
    const members = new Map<string, string[]>();
    for (const [id, name] of chunks) members.set(name, [...(members.get(name) ?? []), id]);
    const closure = (root: string) => {
      const seen = new Set<string>();
      const todo = [root];
      while (todo.length) {
        const id = todo.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        todo.push(...g.get(id)!.imports);
      }
      return seen;
    };
    for (const page of ['Home', 'Compare', 'Model']) {
      const needed = new Set([...closure(page), ...closure('Start'), ...closure('Layout')]);
      const loaded = new Set(needed);
      for (const id of needed) for (const m of members.get(chunks.get(id) ?? '') ?? []) loaded.add(m);
      const extra = [...loaded].filter((id) => !needed.has(id));
      expect(extra.every((id) => chunks.get(id) === 'shared-small')).toBe(true);
      expect(extra.reduce((s, id) => s + g.get(id)!.size, 0)).toBeLessThan(1000);
    }
  });

  it('changes nothing when the page is not in the graph', () => {
    expect(sortModules(g, () => false, isEntryScript, isLayout).size).toBe(0);
  });
});
