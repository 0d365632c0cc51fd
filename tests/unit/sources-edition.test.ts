// The "Sources and method" page in three languages: the edition check holds French and Ukrainian to every string,
// placeholder and link of the English page (and to a translation of every caveat in the data), the real content
// files pass it, and the page's inline markup, dates, numbers and region names come out as a reader should see them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editionProblems, sourcesPageKeys, type Edition } from '../../src/lib/edition-check.ts';
import { loadDataSet } from '../../src/data/load.ts';
import { inline, textVar } from '../../src/components/sources/inline.ts';
import { pageFormat } from '../../src/components/sources/format.ts';
import { regionName } from '../../src/components/figures/map/copy.ts';

const base = (lang: string, sourcesPage?: Record<string, string>): Edition => ({
  lang,
  steps: [],
  figures: [],
  ui: { source: 'Source' },
  ...(sourcesPage ? { sourcesPage } : {}),
});
const enPage = {
  heading: 'Sources and method',
  'method.latest': 'On {date}, the computed occupied area is {area}.',
  'credits.controlRights': 'Its [licence agreement](https://deepstatemap.live/license-en.html) governs their use.',
  'sourceNotes.rt-peskov': 'Russian state media; used only for what the Kremlin itself said.',
};
const frPage = {
  heading: 'Sources et méthode',
  'method.latest': 'Au {date}, la surface occupée calculée est de {area}.',
  'credits.controlRights': 'Son [contrat de licence](https://deepstatemap.live/license-en.html) en régit l’usage.',
  'sourceNotes.rt-peskov': 'Média d’État russe ; utilisé seulement pour ce que le Kremlin a lui-même déclaré.',
};

describe('edition check: the sources page', () => {
  it('accepts a complete translation', () => {
    expect(editionProblems([base('en', enPage), base('fr', frPage)])).toEqual([]);
  });

  it.each([
    {
      why: 'a missing string',
      edit: (p: Record<string, string>) => delete p['method.latest'],
      problem: 'fr: sources page "method.latest": missing (present in en)',
    },
    {
      why: 'an empty string',
      edit: (p: Record<string, string>) => (p.heading = '  '),
      problem: 'fr: sources page "heading": missing (present in en)',
    },
    {
      why: 'an untranslated caveat of a source',
      edit: (p: Record<string, string>) => delete p['sourceNotes.rt-peskov'],
      problem: 'fr: sources page "sourceNotes.rt-peskov": missing (present in en)',
    },
    {
      why: 'a dropped placeholder (a number would vanish)',
      edit: (p: Record<string, string>) => (p['method.latest'] = 'Au {date}, la surface occupée est calculée.'),
      problem: "fr: sources page \"method.latest\": placeholders {date} differ from en's {area, date}",
    },
    {
      why: 'a changed link address',
      edit: (p: Record<string, string>) => (p['credits.controlRights'] = 'Son [contrat](https://deepstatemap.live/license-fr.html).'),
      problem: "fr: sources page \"credits.controlRights\": link addresses differ from en's (https://deepstatemap.live/license-en.html)",
    },
    {
      why: 'a stale key',
      edit: (p: Record<string, string>) => (p['sourceNotes.gone'] = 'Ancienne note.'),
      problem: 'fr: sources page "sourceNotes.gone": not in en (stale: remove it)',
    },
  ])('names the language and the key for $why', ({ edit, problem }) => {
    const fr = { ...frPage };
    edit(fr);
    expect(editionProblems([base('en', enPage), base('fr', fr)])).toContain(problem);
  });

  it('names the missing file of a language', () => {
    const uk: Edition = { ...base('uk'), sourcesPage: undefined };
    expect(editionProblems([base('en', enPage), uk])).toContain('uk: sources page: no content/sources/uk.yaml');
  });

  it('adds the data’s caveats and corrections to the reference language only', () => {
    const data = {
      sources: [{ id: 'a', note: 'A caveat.' }, { id: 'b' }],
      corrections: [{ date: new Date('2026-02-01T00:00:00Z'), record: 'FRA', change: 'Fixed the date.' }],
    };
    expect(sourcesPageKeys({ lang: 'en', nav: { asOf: 'How current' } }, data)).toEqual({
      'nav.asOf': 'How current',
      'sourceNotes.a': 'A caveat.',
      'correctionNotes.2026-02-01/FRA': 'Fixed the date.',
    });
    expect(sourcesPageKeys({ lang: 'fr', nav: { asOf: 'Date des données' } })).toEqual({ 'nav.asOf': 'Date des données' });
  });
});

describe('the real content/sources files', () => {
  const data = loadDataSet();
  const page = (lang: string) => parse(readFileSync(`content/sources/${lang}.yaml`, 'utf8')) as Record<string, unknown>;
  const editions = [
    base('en', sourcesPageKeys(page('en'), { sources: data.sources, corrections: data.meta.corrections })),
    base('fr', sourcesPageKeys(page('fr'))),
    base('uk', sourcesPageKeys(page('uk'))),
  ];

  it('give French and Ukrainian every string, placeholder, link and source caveat of English', () => {
    expect(editionProblems(editions)).toEqual([]);
    const notes = data.sources.filter((s) => s.note).length;
    expect(notes).toBeGreaterThan(10);
    for (const ed of editions.slice(1)) {
      expect(Object.keys(ed.sourcesPage!).filter((k) => k.startsWith('sourceNotes.'))).toHaveLength(notes);
    }
  });

  it('are translated, not copied: no French or Ukrainian heading equals the English one', () => {
    const en = editions[0]!.sourcesPage!;
    // Words that are the same in both languages.
    const SAME: Record<string, string[]> = { fr: ['corrections.heading'], uk: [] };
    for (const ed of editions.slice(1)) {
      const same = Object.keys(en).filter((k) => /heading$/.test(k) && ed.sourcesPage![k] === en[k] && !SAME[ed.lang]!.includes(k));
      expect(same, `${ed.lang}: headings left in English`).toEqual([]);
    }
  });
});

describe('inline markup of the page’s sentences', () => {
  it('escapes text and expands strong, cited titles, links and placeholders', () => {
    const html = inline('**Bold** <b>raw</b> in *PLoS ONE*, [the licence](https://example.org/a?b=1&c=2) on {date}.', 'en', {
      date: { html: '<time datetime="2026-01-31">31 January 2026</time>' },
    });
    expect(html).toBe(
      '<strong>Bold</strong> &lt;b&gt;raw&lt;/b&gt; in <cite>PLoS ONE</cite>, <a href="https://example.org/a?b=1&amp;c=2">the licence</a> on <time datetime="2026-01-31">31 January 2026</time>.'
    );
  });

  it('escapes a text placeholder', () => {
    expect(inline('Area: {a}', 'en', { a: textVar('1 < 2') })).toBe('Area: 1 &lt; 2');
  });

  it.each([
    [1, '1 член'],
    [3, '3 члени'],
    [35, '35 членів'],
    [21, '21 член'],
  ])('picks the Ukrainian plural form for %i', (n, expected) => {
    expect(inline('{n} {n:член|члени|членів}', 'uk', { n: { html: String(n), count: n } })).toBe(expected);
  });

  it('fails naming the file and key on an unknown placeholder', () => {
    expect(() => inline('On {dat}', 'fr', { date: textVar('x') }, 'content/sources/fr.yaml: method.latest')).toThrow(
      'content/sources/fr.yaml: method.latest: unknown placeholder {dat} (the page provides: date)'
    );
  });
});

describe('dates and numbers in the page’s language', () => {
  it.each([
    ['en', '1 September 2022', '115,107 km²', '19.2%'],
    ['fr', '1er septembre 2022', '115\u202f107\u00a0km²', '19,2\u00a0%'],
    ['uk', '1 вересня 2022 року', '115\u00a0107\u00a0км²', '19,2%'],
  ])('%s', (lang, day, km2, pct) => {
    const f = pageFormat(lang);
    expect(f.isoDay('2022-09-01')).toBe(day);
    expect(f.amount(115107.4, 'km2')).toBe(km2);
    expect(f.amount(19.234, 'percent')).toBe(pct);
  });
});

describe('region names on the maps and in the tables', () => {
  const data = loadDataSet();
  const unit = (iso: string) => data.territory.find((u) => u.iso === iso)!;

  it.each([
    ['UA-09', 'oblast de Louhansk', 'Louhansk', 'Луганська область', 'Luhansk Oblast'],
    ['UA-23', 'oblast de Zaporijjia', 'Zaporijjia', 'Запорізька область', 'Zaporizhzhia Oblast'],
    ['UA-43', 'République autonome de Crimée', 'Crimée', 'Автономна Республіка Крим', 'Autonomous Republic of Crimea'],
    ['UA-40', 'Sébastopol', 'Sébastopol', 'Севастополь', 'Sevastopol'],
  ])('%s', (iso, frFull, frShort, ukFull, enFull) => {
    expect(regionName('fr', unit(iso), 'full')).toBe(frFull);
    expect(regionName('fr', unit(iso), 'short')).toBe(frShort);
    expect(regionName('uk', unit(iso), 'full')).toBe(ukFull);
    expect(regionName('en', unit(iso), 'full')).toBe(enFull);
  });

  it('has a French name for each of the 27 units', () => {
    expect(data.territory).toHaveLength(27);
    for (const u of data.territory) expect(regionName('fr', u)).not.toBe(u.name);
  });

  it('refuses to print an English transliteration for an unknown unit in French', () => {
    expect(() => regionName('fr', { iso: 'UA-99', name: 'Nowhere Oblast', nameUk: 'Ніде' })).toThrow(/no French name for UA-99/);
  });
});
