// The page's language is loaded before the app starts (src/hooks.client.ts): English only for an English page.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function fresh() {
  return await import('../../src/lib/i18n/load-language');
}

describe('loadPageLanguage', () => {
  it('loads nothing for a Dutch page', async () => {
    vi.stubGlobal('location', { search: '' });
    const m = await fresh();
    await m.loadPageLanguage();
    expect(m.loadedEnglish()).toBeNull();
  });

  it('loads the English messages for ?lang=en', async () => {
    vi.stubGlobal('location', { search: '?lang=en' });
    const m = await fresh();
    expect(m.loadedEnglish()).toBeNull();
    await m.loadPageLanguage();
    const { en } = await import('../../src/lib/i18n/messages/en');
    expect(m.loadedEnglish()).toBe(en);
    expect(m.loadedEnglish()?.common.sector.po).toBe('Primary education');
  });

  it('the page module gives catalogue.ts what was loaded', async () => {
    vi.stubGlobal('location', { search: '?lang=en' });
    const m = await fresh();
    await m.loadPageLanguage();
    const page = await import('../../src/lib/i18n/english-page');
    expect(page.english).toBe(m.loadedEnglish());
  });
});
