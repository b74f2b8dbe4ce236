/**
 * The message catalogue: every key in both languages with the same placeholders, every message valid ICU, the
 * locale picked from ?lang and the remembered choice, and the components already moved to the catalogue free of
 * hard-coded text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, INTL_LOCALE, LOCALE, t } from '../../src/lib/i18n/catalogue';
import { LAZY_NAMESPACES } from '../../src/lib/i18n/messages/lazy';
import { pickLocale } from '../../src/lib/i18n/locale';
import { formatCount, formatPointsDelta, SECTOR_LABEL } from '../../src/lib/i18n';
import { PROPOSAL_TEXT, proposalName } from '../../src/lib/text/proposal-text';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

type Tree = { [k: string]: string | Tree };

/** key -> message of a nested catalogue. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** The names of a message's placeholders. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** Keys of `a` that `b` lacks. */
const missing = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((k) => !b.has(k));

/** Both languages of every namespace: those every page has, and the lazy ones (messages/lazy.ts). */
async function wholeCatalogue(lang: 'nl' | 'en'): Promise<Tree> {
  const tree = { ...(CATALOGUE[lang] as unknown as Tree) };
  for (const ns of LAZY_NAMESPACES) {
    const mod = (await import(`../../src/lib/i18n/messages/${lang}/${ns}.ts`)) as Record<string, Tree>;
    tree[ns] = mod[ns];
  }
  return tree;
}

describe('the message catalogue', async () => {
  const nl = flatten(await wholeCatalogue('nl'));
  const en = flatten(await wholeCatalogue('en'));

  it('holds the lazy namespaces apart from the first page (nl.ts, en.ts) and has each of them', () => {
    for (const ns of LAZY_NAMESPACES) {
      expect(Object.keys(CATALOGUE.nl), ns).not.toContain(ns);
      expect(Object.keys(CATALOGUE.en!), ns).not.toContain(ns);
      expect(
        [...nl.keys()].some((k) => k.startsWith(`${ns}.`)),
        ns
      ).toBe(true);
    }
  });

  it('has every key in Dutch and English, none empty, with the same placeholders', () => {
    expect(nl.size).toBeGreaterThan(100);
    expect(missing(nl, en)).toEqual([]);
    expect(missing(en, nl)).toEqual([]);
    for (const [key, message] of nl) {
      expect(message.trim(), key).not.toBe('');
      expect(en.get(key)!.trim(), key).not.toBe('');
      expect(placeholders(en.get(key)!), key).toEqual(placeholders(message));
    }
  });

  it('the missing-key check fails when a key is missing in either language', () => {
    const cut = new Map(en);
    cut.delete('proposal.title');
    expect(missing(nl, cut)).toEqual(['proposal.title']);
    const extra = new Map(en).set('proposal.extra', 'x');
    expect(missing(extra, nl)).toEqual(['proposal.extra']);
  });

  it('every message is valid ICU and formats in its language', () => {
    for (const [locale, messages] of [
      ['nl', nl],
      ['en', en]
    ] as const)
      for (const [key, message] of messages) {
        const values = Object.fromEntries(placeholders(message).map((p) => [p, `<${p}>`]));
        const text = new IntlMessageFormat(message, locale).format(values) as string;
        for (const p of placeholders(message)) expect(text, `${locale} ${key}`).toContain(`<${p}>`);
      }
  });

  it('is Dutch outside the browser, with Dutch numbers, and the Dutch text is what it was', () => {
    expect(LOCALE).toBe('nl');
    expect(INTL_LOCALE).toBe('nl-NL');
    expect(formatCount(20637)).toBe('20.637');
    expect(formatPointsDelta(0.0123)).toBe('+1,2 %-punt');
    expect(SECTOR_LABEL.po).toBe('Basisonderwijs');
    expect(t('header.back')).toBe("← Alle regio's");
    expect(PROPOSAL_TEXT.firstKept(12)).toBe(
      'Het eerste voorstel (12 locaties) was er al, maar is niet bewezen het beste en heeft geen grafiek.'
    );
    expect(
      proposalName({ objective: 'fewest', keep: 12, maxDistanceKm: 3.5, minPupils: 'norm', year: 2030 }, {
        feasible: false
      } as Parameters<typeof proposalName>[1])
    ).toBe('Voorstel: minste locaties, 12 locaties, 3,5 km, norm, 2030 (haalt niet alles)');
  });
});

describe('the page language', () => {
  it('?lang wins, then the remembered choice, else Dutch; unknown values are ignored', () => {
    expect(pickLocale('?lang=en', 'nl')).toBe('en');
    expect(pickLocale('?lang=nl', 'en')).toBe('nl');
    expect(pickLocale('', 'en')).toBe('en');
    expect(pickLocale('?region=achterhoek', null)).toBe('nl');
    expect(pickLocale('?lang=de', 'fr')).toBe('nl');
  });
});

/**
 * Components that still show hard-coded (Dutch) words in their markup. Every other component and page must take
 * all its text from the catalogue; a file leaves this list once it does (and may never come back).
 */
const NOT_YET_CATALOGUED = [
  'src/lib/components/ScenarioBar.svelte',
  'src/lib/components/Workshop.svelte',
  'src/routes/atlas/[region]/+page.svelte'
];

/** Every component and page of the app. */
function svelteFiles(dir: string): string[] {
  return readdirSync(resolve(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.svelte'))
    .map((e) => relative(REPO_ROOT, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
const CATALOGUED = svelteFiles('src').filter((f) => !NOT_YET_CATALOGUED.includes(f));

/** The words a component's markup shows literally (script, style, comments, expressions and tags removed). */
function literalText(svelte: string): string[] {
  const markup = svelte
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<svelte:head>[\s\S]*?<\/svelte:head>/g, (m) => m.replace(/<\/?svelte:head>/g, ''));
  let depth = 0;
  let text = '';
  for (const ch of markup) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0) text += ch;
  }
  const outsideTags = text.replace(/<[^>]*>/g, ' ');
  return outsideTags.match(/\p{L}{2,}/gu) ?? [];
}

describe('components that speak through the catalogue', () => {
  it('the hard-coded-text check finds a Dutch word in markup', () => {
    expect(literalText('<script>const a = "Regio";</script><p>Alle {x} regio\'s</p>')).toEqual([
      'Alle',
      'regio'
    ]);
    expect(literalText('<p class="x">{t("a")}</p><!-- Uitleg -->')).toEqual([]);
  });

  it('the not-yet list names only files that exist and still have hard-coded text', () => {
    for (const file of NOT_YET_CATALOGUED)
      expect(literalText(readFileSync(resolve(REPO_ROOT, file), 'utf8')).length, file).toBeGreaterThan(0);
  });

  for (const file of CATALOGUED)
    it(`${file} has no hard-coded text`, () => {
      expect(literalText(readFileSync(resolve(REPO_ROOT, file), 'utf8'))).toEqual([]);
    });
});
