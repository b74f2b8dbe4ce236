/**
 * Lazy namespaces (src/lib/i18n/messages/lazy.ts): their messages come with the modules that use them. Every
 * module that names a key of one imports its registration ($lib/i18n/parts/<namespace>), and a key whose
 * namespace was never registered is a loud error, not a silent key on the screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { LAZY_NAMESPACES } from '../../src/lib/i18n/messages/lazy';
import type { MessageKey } from '../../src/lib/i18n/messages/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${join('i18n', 'messages')}`) && !f.includes(join('i18n', 'parts')));
}

/** A source without its comments (a comment may mention `report.sector` without using a message). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('lazy namespaces', () => {
  const files = sources('src').map((f) => ({ f, text: code(readFileSync(f, 'utf8')) }));

  it('every module that uses a key of a lazy namespace imports its registration', () => {
    const problems: string[] = [];
    let users = 0;
    for (const ns of LAZY_NAMESPACES) {
      const uses = new RegExp(`['"\`]${ns}\\.[a-zA-Z]`);
      const imports = new RegExp(`import '[^']*i18n/parts/${ns}';`);
      for (const { f, text } of files) {
        // src/lib/import names its messages relative to importProblems (`say('csv.noRows')`), through text.ts.
        if (ns !== 'importProblems' && f.includes(join('src', 'lib', 'import', ''))) continue;
        if (!uses.test(text)) continue;
        users++;
        if (!imports.test(text))
          problems.push(`${f.slice(ROOT.length + 1)} uses '${ns}.…' without importing $lib/i18n/parts/${ns}`);
      }
    }
    expect(problems).toEqual([]);
    expect(users).toBeGreaterThan(LAZY_NAMESPACES.length);
  });

  it('a key of a namespace that was not registered throws, naming what to import; after the import it works', async () => {
    vi.resetModules();
    const { t } = await import('../../src/lib/i18n/catalogue');
    expect(() => t('method.title' as MessageKey)).toThrow(
      "namespace 'method' is not loaded: the module that uses it must import $lib/i18n/parts/method"
    );
    await import('../../src/lib/i18n/parts/method');
    const { method } = await import('../../src/lib/i18n/messages/nl/method');
    expect(t('method.title' as MessageKey)).toBe(method.title);
  });
});
