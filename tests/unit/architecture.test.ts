/**
 * The house rules on the real import graph of src/: no import cycle anywhere, the engine imports nothing outside
 * src/lib/engine and nothing of svelte, SvelteKit, deck.gl or the store. The checker itself is tried on a tiny
 * synthetic tree first, so a broken parser cannot pass the real check by finding no imports at all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImportGraph, engineViolations, findCycles, specifiersOf, unresolved } from './import-graph';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the import-graph checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('src/lib/engine/a.ts', "import { b } from './b';\nexport const a = 1;");
  write('src/lib/engine/b.ts', "import type {\n  X,\n  Y\n} from './c.js';\nexport const b = 2;");
  write('src/lib/engine/c.ts', "export { a } from './a';\n// import { nope } from '../../nowhere';");
  write('src/lib/engine/d.ts', "import { writable } from 'svelte/store';\nimport '$lib/state/store';");
  write(
    'src/lib/state/store.ts',
    "import { a } from '$lib/engine/a';\nconst w = import('../worker/w?worker');"
  );
  write('src/lib/worker/w.ts', "import { ScatterplotLayer } from '@deck.gl/layers';");
  write('src/lib/components/C.svelte', '<script lang="ts">\n  import { a } from \'$lib/engine\';\n</script>');
  write('src/lib/engine/index.ts', "export { a } from './a';");
  const graph = buildImportGraph(dir);

  it('reads multi-line, type-only, re-export, side-effect and dynamic imports, not comments', () => {
    expect(graph.files.get('src/lib/engine/b.ts')!.local).toEqual(['src/lib/engine/c.ts']);
    expect(graph.files.get('src/lib/engine/c.ts')!.local).toEqual(['src/lib/engine/a.ts']);
    expect(graph.files.get('src/lib/engine/d.ts')).toEqual({
      local: ['src/lib/state/store.ts'],
      packages: ['svelte/store']
    });
    expect(graph.files.get('src/lib/state/store.ts')!.local).toEqual([
      'src/lib/engine/a.ts',
      'src/lib/worker/w.ts'
    ]);
    expect(graph.files.get('src/lib/components/C.svelte')!.local).toEqual(['src/lib/engine/index.ts']);
    expect(specifiersOf("/* import x from 'y' */ const s = 'a'; // import('z')")).toEqual([]);
  });

  it('finds a cycle, and the engine reaching up or into svelte', () => {
    expect(findCycles(graph)).toEqual([
      ['src/lib/engine/a.ts', 'src/lib/engine/b.ts', 'src/lib/engine/c.ts']
    ]);
    expect(engineViolations(graph)).toEqual([
      'src/lib/engine/d.ts -> src/lib/state/store.ts',
      'src/lib/engine/d.ts -> svelte/store'
    ]);
    expect(unresolved(graph)).toEqual([]);
  });

  it('finds no cycle once it is broken, and names an import that resolves to nothing', () => {
    write('src/lib/engine/c.ts', "export const c = 3;\nimport { z } from './missing';");
    const fixed = buildImportGraph(dir);
    expect(findCycles(fixed)).toEqual([]);
    expect(unresolved(fixed)).toEqual(['src/lib/engine/c.ts -> src/lib/engine/missing (unresolved)']);
  });
});

describe('the import graph of src/', () => {
  const graph = buildImportGraph(REPO_ROOT);

  it('is the real tree (the engine, the store, the workshop screen are in it)', () => {
    expect(graph.files.size).toBeGreaterThan(200);
    expect(graph.files.get('src/lib/engine/index.ts')!.local.length).toBeGreaterThan(10);
    expect(graph.files.has('src/lib/state/store.ts')).toBe(true);
    expect(graph.files.has('src/lib/components/Workshop.svelte')).toBe(true);
  });

  it('every local import resolves to a file', () => {
    expect(unresolved(graph)).toEqual([]);
  });

  it('has no import cycle anywhere', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('the engine imports nothing outside src/lib/engine, nor svelte, SvelteKit, deck.gl or the store', () => {
    expect(engineViolations(graph)).toEqual([]);
  });
});
