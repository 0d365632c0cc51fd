// The "Sources and method" page in each language edition, as a reader opens it: /sources/, /fr/sources/ and
// /uk/sources/ are in their language (lang, title, headings, numbers and dates), cite the same sources, keep the
// section ids figures link to, point to each other (hreflang, language switcher), and each story links to the
// page in its own language. The map tables of the French and Ukrainian stories name regions in their language.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { sources } from '../../src/data/index.ts';

const baseUrl = inject('baseUrl');
const EDITIONS = [
  { lang: 'en', prefix: '', heading: 'Sources and method', title: /^Sources and method/ },
  { lang: 'fr', prefix: 'fr/', heading: 'Sources et méthode', title: /^Sources et méthode/ },
  { lang: 'uk', prefix: 'uk/', heading: 'Джерела й методологія', title: /^Джерела й методологія/ },
] as const;
/** Sections that figures and other pages link to (sources/#method …): the same ids in every language. */
const SECTION_IDS = ['as-of', 'downloads', 'thirty-five', 'method', 'areas', 'uncertain', 'corrections', 'sources', 'credits'];

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await freshContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
});

interface Seen {
  lang: string;
  title: string;
  h1: string;
  h2: string[];
  sectionIds: string[];
  cited: number;
  alternates: Record<string, string>;
  switcher: string[];
  method: string;
  main: string;
  licenceLang: string | null;
}

async function open(prefix: string): Promise<Seen> {
  const res = await page.goto(new URL(`${prefix}sources/`, baseUrl).href, { waitUntil: 'load' });
  expect(res?.status(), `${prefix}sources/`).toBe(200);
  return page.evaluate(() => {
    // Collapses layout whitespace only: the no-break spaces of French and Ukrainian numbers are what is checked.
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
    return {
      lang: document.documentElement.lang,
      title: document.title,
      h1: text(document.querySelector('h1')),
      h2: [...document.querySelectorAll('main h2')].map(text),
      sectionIds: [...document.querySelectorAll('main h2[id]')].map((h) => h.id),
      cited: document.querySelectorAll('section[aria-labelledby="sources"] li[id^="source-"]').length,
      alternates: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href])
      ),
      switcher: [...document.querySelectorAll('.lang-switch a')].map((a) => (a as HTMLAnchorElement).href),
      method: text(document.querySelector('section[aria-labelledby="method"]')),
      main: text(document.querySelector('main')),
      licenceLang: document.querySelector('.licence pre')?.getAttribute('lang') ?? null,
    };
  });
}

describe('Sources and method in every language', () => {
  const seen = new Map<string, Seen>();
  beforeAll(async () => {
    for (const e of EDITIONS) seen.set(e.lang, await open(e.prefix));
  });

  it.each(EDITIONS)('$lang: the page is in its language', ({ lang, heading, title }) => {
    const s = seen.get(lang)!;
    expect(s.lang).toBe(lang);
    expect(s.title).toMatch(title);
    expect(s.h1).toBe(heading);
    expect(s.sectionIds).toEqual(SECTION_IDS);
  });

  it('French and Ukrainian headings are translated, not the English ones', () => {
    const en = seen.get('en')!.h2;
    for (const lang of ['fr', 'uk']) {
      const own = seen.get(lang)!.h2;
      expect(own).toHaveLength(en.length);
      const untranslated = own.filter((h, i) => h === en[i] && h !== 'Corrections');
      expect(untranslated, `${lang}: headings still in English`).toEqual([]);
    }
  });

  it.each(EDITIONS)('$lang: cites every source of the data, as the English page does', ({ lang }) => {
    expect(seen.get(lang)!.cited).toBe(sources().length);
    expect(seen.get(lang)!.cited).toBe(seen.get('en')!.cited);
  });

  it.each(EDITIONS)('$lang: hreflang alternates and the language switcher lead to the other editions of this page', ({ lang }) => {
    const s = seen.get(lang)!;
    for (const other of EDITIONS) {
      expect(new URL(s.alternates[other.lang]!).pathname).toBe(new URL(`${other.prefix}sources/`, baseUrl).pathname);
      if (other.lang !== lang) {
        expect(s.switcher.map((h) => new URL(h).pathname)).toContain(new URL(`${other.prefix}sources/`, baseUrl).pathname);
      }
    }
  });

  it('prints numbers and dates in the page’s language', () => {
    // The method section gives the computed area and shares of the latest snapshot.
    expect(seen.get('en')!.method).toMatch(/\d{2,3},\d{3} km²: \d+\.\d% of the map's outline/);
    expect(seen.get('en')!.method).toMatch(/On \d{1,2} [A-Z][a-z]+ 20\d\d, the latest snapshot/);
    expect(seen.get('fr')!.method).toMatch(/\d{2,3}\u202f\d{3}\u00a0km²\u00a0: \d+,\d\u00a0% du contour de la carte/);
    expect(seen.get('fr')!.method).toMatch(/Au \d{1,2}(er)? [a-zéû]+ 20\d\d, dernier relevé/);
    expect(seen.get('uk')!.method).toMatch(/\d{2,3}\u00a0\d{3}\u00a0км²: \d+,\d% контуру карти/);
    expect(seen.get('uk')!.method).toMatch(/Станом на \d{1,2} [а-яіїєґ]+ 20\d\d року \(останній зріз\)/);
    for (const lang of ['fr', 'uk']) expect(seen.get(lang)!.method, lang).not.toMatch(/\d\.\d%|\d,\d{3} km²/);
    // A date that ends in an abbreviation must not leave a doubled full stop ("2026 р..") at the end of a sentence.
    for (const e of EDITIONS) expect(seen.get(e.lang)!.main.match(/.{20}[^.]\.\.(?!\.).{0,20}/g), e.lang).toBeNull();
  });

  it.each(EDITIONS)('$lang: the licence text is reproduced in its original English', ({ lang }) => {
    expect(seen.get(lang)!.licenceLang).toBe('en');
  });
});

describe('each story links to the sources page of its language', () => {
  it.each(EDITIONS)('$lang story', async ({ prefix }) => {
    await page.goto(new URL(prefix, baseUrl).href, { waitUntil: 'load' });
    const hrefs = await page.$$eval('a[href*="sources/"]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    const own = new URL(`${prefix}sources/`, baseUrl).pathname;
    expect(hrefs.filter((h) => h !== own), `links to another edition's sources page`).toEqual([]);
  });
});

describe('map tables name regions in the edition’s language', () => {
  it.each([
    { prefix: '', names: ['Luhansk Oblast', 'Zaporizhzhia Oblast', 'Autonomous Republic of Crimea'] },
    { prefix: 'fr/', names: ['Oblast de Louhansk', 'Oblast de Zaporijjia', 'République autonome de Crimée', 'Sébastopol'] },
    { prefix: 'uk/', names: ['Луганська область', 'Запорізька область', 'Автономна Республіка Крим', 'Севастополь'] },
  ])('$prefix', async ({ prefix, names }) => {
    await page.goto(new URL(prefix, baseUrl).href, { waitUntil: 'load' });
    const rows = await page.$$eval('.map-tables tbody th[scope="row"]', (ths) => ths.map((th) => (th.textContent ?? '').trim()));
    for (const name of names) expect(rows).toContain(name);
    if (prefix === 'fr/') expect(rows.filter((r) => /Luhansk|Zaporizhzhia|Oblast$/.test(r))).toEqual([]);
  });
});
