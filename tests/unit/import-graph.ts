/**
 * The import graph of src/: which file imports which. Parses `import ... from`, `export ... from`, side-effect
 * `import '...'` and dynamic `import('...')` in .ts/.js/.svelte files (type-only imports count: a type cycle is
 * still a tangle for the reader), resolves `$lib` and relative paths, and checks the house rules on it: no cycle
 * anywhere, the engine imports nothing outside itself and nothing of svelte, the DOM or deck.gl.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

/** A file (relative to the root, forward slashes) and what it imports: resolved files, or bare package names. */
export interface ImportGraph {
  files: Map<string, { local: string[]; packages: string[] }>;
}

const SOURCE = /\.(ts|js|svelte)$/;
const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g
];

/** The module specifiers a source text imports (comments removed first, so an example in a comment is not one). */
export function specifiersOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found = new Set<string>();
  for (const re of SPECIFIERS) for (const m of code.matchAll(re)) found.add(m[1]);
  return [...found];
}

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

/** Resolve a specifier from a file to a file under root, or null for a package (or a virtual module). */
export function resolveSpecifier(
  root: string,
  from: string,
  spec: string,
  exists: (path: string) => boolean
): string | null {
  const bare = spec.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('$lib/') || bare === '$lib') base = join(root, 'src/lib', bare.slice(5));
  else if (bare.startsWith('.')) base = resolve(dirname(join(root, from)), bare);
  else return null;
  // SvelteKit's generated route types are virtual modules.
  if (/\/\$types$/.test(bare)) return null;
  // `./x.js` written for a .ts file (NodeNext style) resolves to x.ts.
  const candidates = [base, base.replace(/\.js$/, '.ts')];
  for (const c of candidates)
    for (const ext of EXTENSIONS) {
      const path = c + ext;
      if (SOURCE.test(path) && exists(path)) return relative(root, path).split(sep).join('/');
    }
  // A stylesheet or data file: a real file, but not part of the code graph.
  if (!SOURCE.test(base) && exists(base)) return null;
  return relative(root, base).split(sep).join('/') + ' (unresolved)';
}

/** Build the graph of every source file under root/src. */
export function buildImportGraph(root: string): ImportGraph {
  const files = new Map<string, { local: string[]; packages: string[] }>();
  const exists = (p: string) => existsSync(p) && statSync(p).isFile();
  for (const abs of listFiles(join(root, 'src'))) {
    const file = relative(root, abs).split(sep).join('/');
    const local: string[] = [];
    const packages: string[] = [];
    for (const spec of specifiersOf(readFileSync(abs, 'utf8'))) {
      const target = resolveSpecifier(root, file, spec, exists);
      if (target === null) packages.push(spec);
      else local.push(target);
    }
    files.set(file, { local, packages });
  }
  return { files };
}

/** Every group of files that import each other in a circle (strongly connected components of size > 1, or a file
 * importing itself), each sorted, found with Tarjan's algorithm. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.files.get(v)?.local ?? []) {
      if (!graph.files.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = graph.files.get(v)?.local.includes(v) ?? false;
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const v of graph.files.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

const ENGINE = 'src/lib/engine/';
/** Packages the engine may not use: the UI framework, the map, the store, the browser. */
const ENGINE_FORBIDDEN = /^(svelte|@sveltejs\/|\$app\/|\$env\/|@deck\.gl\/|deck\.gl|@luma\.gl\/|zustand)/;

/** Engine files that import outside the engine, or import svelte/deck.gl/the store: "file -> target" lines. */
export function engineViolations(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [file, { local, packages }] of graph.files) {
    if (!file.startsWith(ENGINE)) continue;
    if (file.endsWith('.svelte')) problems.push(`${file} is a svelte component`);
    for (const target of local) if (!target.startsWith(ENGINE)) problems.push(`${file} -> ${target}`);
    for (const p of packages) if (ENGINE_FORBIDDEN.test(p)) problems.push(`${file} -> ${p}`);
  }
  return problems.sort();
}

/** Local imports that resolve to no file (a typo the graph would otherwise silently ignore). */
export function unresolved(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [file, { local }] of graph.files)
    for (const target of local) if (target.endsWith('(unresolved)')) problems.push(`${file} -> ${target}`);
  return problems.sort();
}
