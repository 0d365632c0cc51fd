// The data's free text in French and Ukrainian (src/i18n/data-text.ts, content/data/translations/<lang>.yaml):
// English passes through, translations are found, a gap or a stale key fails naming file, language, collection,
// record and field, and every English text a reader sees has a translation whose figures match the English.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  buildTranslations,
  englishDataTexts,
  localEvent,
  localPosition,
  localText,
  lookupText,
  missingIn,
  missingTexts,
  translationFile,
} from '../../src/i18n/data-text.ts';
import { TEXT_COLLECTIONS, type TextCollection } from '../../src/data/schemas/translations.ts';
import { positions, timeline } from '../../src/data/index.ts';
import { editionProblems, type Edition } from '../../src/lib/edition-check.ts';

const english = englishDataTexts();
const LANGS = ['fr', 'uk'] as const;
const fileOf = (lang: string) => parse(readFileSync(translationFile(lang), 'utf8')) as Record<string, Record<string, Record<string, string>>>;

/** One record of each collection, with the field a reader sees. */
const SAMPLES: [TextCollection, string, string][] = [
  ['positions', 'fra-2026-01', 'summary'],
  ['positions', 'fra-2026-01', 'conflictNote'],
  ['timeline', 'paris-declaration', 'title'],
  ['timeline', 'twenty-point-plan', 'summary'],
  ['statements', 'greenland-leaders', 'title'],
  ['published-figures', 'afp-isw-gain-2025', 'note'],
  ['meta', '2025-03', 'label'],
  ['meta', 'notes', 'asOfNote'],
  ['territory', 'UA-14', 'note'],
  ['territory', '2022-04-03', 'note'],
];

const englishOf = (c: TextCollection, id: string, field: string) => {
  const text = english[c].get(id)?.get(field);
  if (text === undefined) throw new Error(`test fixture: no English ${c} ${id} ${field}`);
  return text;
};

describe('localText', () => {
  it.each(SAMPLES)('returns the English for en: %s %s %s', (c, id, field) => {
    const en = englishOf(c, id, field);
    expect(localText('en', c, id, field, en)).toBe(en);
  });

  it.each(LANGS.flatMap((lang) => SAMPLES.map((s) => [lang, ...s] as const)))(
    'returns the %s translation: %s %s %s',
    (lang, c, id, field) => {
      const en = englishOf(c, id, field);
      const got = localText(lang, c, id, field, en);
      expect(got).toBe(fileOf(lang)[c]?.[id]?.[field]?.trim());
      expect(got).not.toBe(en);
    }
  );

  it('gives the season labels of the pledges chart, not month names', () => {
    expect(localText('fr', 'meta', '2025-03', 'label', 'Spring 2025')).toBe('Printemps 2025');
    expect(localText('uk', 'meta', '2025-09', 'label', 'Late summer 2025')).toBe('Кінець літа 2025');
  });

  it.each(LANGS)('%s: a missing translation throws naming file, language, collection, record and field', (lang) => {
    expect(() => localText(lang, 'timeline', 'paris-declaration', 'subtitle', 'x')).toThrow(
      new RegExp(`content/data/translations/${lang}\\.yaml: no \\w+ \\(${lang}\\) translation for timeline record "paris-declaration" field "subtitle"`)
    );
    expect(() => localText(lang, 'positions', 'xyz-2026-01', 'summary', 'x')).toThrow(/positions record "xyz-2026-01" field "summary"/);
  });

  it('names the language of a file that is not there', () => {
    expect(() => localText('de', 'timeline', 'paris-declaration', 'title', 'Declaration of Paris')).toThrow(
      /content\/data\/translations\/de\.yaml: missing — the de \(de\) edition/
    );
  });
});

describe('buildTranslations (pure core)', () => {
  const FILE = 'content/data/translations/xx.yaml';
  const cases: { name: string; yaml: string; error: RegExp }[] = [
    {
      name: 'a record that does not exist in English (stale)',
      yaml: 'timeline:\n  paris-summit-2027:\n    title: Sommet\n',
      error: /xx\.yaml: timeline: record "paris-summit-2027" does not exist in content\/data\/timeline\.yaml \(stale/,
    },
    {
      name: 'a field with no English text (stale)',
      yaml: 'positions:\n  fra-2026-01:\n    headline: Titre\n',
      error: /xx\.yaml: positions: record "fra-2026-01": field "headline" has no English text in content\/data\/positions\.yaml/,
    },
    {
      name: 'an optional field the English record does not have',
      yaml: 'timeline:\n  london-summit:\n    note: Une note\n',
      error: /timeline: record "london-summit": field "note" has no English text/,
    },
    {
      name: 'an unknown collection',
      yaml: 'actors:\n  FRA:\n    name: France\n',
      error: /Unrecognized key.*actors|actors/,
    },
    {
      name: 'an empty translation',
      yaml: 'meta:\n  "2025-03":\n    label: "  "\n',
      error: /xx\.yaml: meta\.2025-03\.label: must not be empty/,
    },
    {
      name: 'a key written twice',
      yaml: 'meta:\n  "2025-03":\n    label: A\n    label: B\n',
      error: /xx\.yaml: YAML syntax error/,
    },
  ];
  it.each(cases)('rejects $name', ({ yaml, error }) => {
    expect(() => buildTranslations(yaml, FILE, english)).toThrow(error);
  });

  it('lists every stale key at once', () => {
    const yaml = 'timeline:\n  gone-1:\n    title: A\n  gone-2:\n    title: B\n';
    expect(() => buildTranslations(yaml, FILE, english)).toThrow(/gone-1[\s\S]*gone-2/);
  });

  it('accepts a partial file and finds what it holds; a gap is named by lookupText', () => {
    const table = buildTranslations('meta:\n  "2026-01":\n    label: Janvier 2026\n', FILE, english);
    expect(lookupText(table, 'xx', FILE, 'meta', '2026-01', 'label')).toBe('Janvier 2026');
    expect(() => lookupText(table, 'xx', FILE, 'meta', '2026-01', 'description')).toThrow(
      'content/data/translations/xx.yaml: no xx (xx) translation for meta record "2026-01" field "description"'
    );
  });
});

/** Numbers as written in the English (1,400 → 1400; 19.2) and in a translation (1 400 / 1 400 → 1400; 19,2 → 19.2). */
function numbers(text: string): string[] {
  const joined = text
    // An ISO date (2022-11-15) is written out in the translation (15 novembre 2022): compare year and day.
    .replace(/\b(\d{4})-\d{2}-0?(\d{1,2})\b/g, '$1 $2')
    .replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1')
    .replace(/(\d),(?=\d)/g, '$1.');
  return [...joined.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]).sort();
}

/**
 * Where a translation writes a figure differently on purpose: "2026–27" as "2026–2027", "€90bn" keeps 90, words
 * the English spells as numerals or the reverse. Each entry: collection/id/field → numbers allowed to differ.
 */
const NUMBER_EXCEPTIONS: Record<string, { en: string[]; tr: string[] }> = {
  'timeline/european-council-loan/summary': { en: ['27'], tr: ['2027'] },
  // French keeps Macron's French original and drops the English gloss ("We are 35 around this table today").
  'meta/notes/whatThirtyFiveMeans@fr': { en: ['35'], tr: [] },
};

/** `list` without one occurrence of each of `drop`. */
function without(list: string[], drop: readonly string[]): string[] {
  const out = [...list];
  for (const d of drop) {
    const i = out.indexOf(d);
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}

describe('completeness and figures', () => {
  it.each(LANGS)('%s: every English text a reader sees has a translation (edition check lists none missing)', (lang) => {
    expect(missingTexts(lang)).toEqual([]);
  });

  it.each(LANGS)('%s: the check lists every gap at once when texts are missing', (lang) => {
    // The English set has a text per visible field; the counts are what the edition check walks.
    const total = TEXT_COLLECTIONS.reduce((n, c) => n + [...english[c].values()].reduce((m, f) => m + f.size, 0), 0);
    expect(total).toBeGreaterThan(200);
    const file = fileOf(lang);
    const translated = TEXT_COLLECTIONS.reduce(
      (n, c) => n + Object.values(file[c] ?? {}).reduce((m, f) => m + Object.keys(f).length, 0),
      0
    );
    expect(translated).toBe(total);
  });

  it.each(LANGS)('%s: every number in the English is in the translation', (lang) => {
    const problems: string[] = [];
    for (const c of TEXT_COLLECTIONS) {
      for (const [id, fields] of english[c]) {
        for (const [field, en] of fields) {
          const key = `${c}/${id}/${field}`;
          const ex = NUMBER_EXCEPTIONS[`${key}@${lang}`] ?? NUMBER_EXCEPTIONS[key] ?? { en: [], tr: [] };
          const want = without(numbers(en), ex.en);
          const got = without(numbers(localText(lang, c, id, field, en)), ex.tr);
          if (want.join(' ') !== got.join(' ')) problems.push(`${key}: English ${want.join(' ')} | ${lang} ${got.join(' ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGS)('%s: no text is left in English (except proper names)', (lang) => {
    const same: string[] = [];
    for (const c of TEXT_COLLECTIONS) {
      for (const [id, fields] of english[c]) {
        for (const [field, en] of fields) if (localText(lang, c, id, field, en) === en) same.push(`${c}/${id}/${field}`);
      }
    }
    // Outlet names are the same in every language.
    expect(same.sort()).toEqual([
      'published-figures/afp-held-donetsk-20pc/estimateBy',
      'published-figures/afp-held-donetsk-5000/estimateBy',
      'published-figures/euronews-held-donetsk-6600/estimateBy',
    ]);
  });
});

describe('edition check', () => {
  const FILE = 'content/data/translations/xx.yaml';
  it('lists every missing text at once, each naming language, collection, record and field', () => {
    const table = buildTranslations('meta:\n  "2026-01":\n    label: Janvier 2026\n', FILE, english);
    const missing = missingIn(table, 'xx', FILE, english);
    const total = TEXT_COLLECTIONS.reduce((n, c) => n + [...english[c].values()].reduce((m, f) => m + f.size, 0), 0);
    expect(missing).toHaveLength(total - 1);
    expect(missing).toContain('content/data/translations/xx.yaml: no xx (xx) translation for timeline record "london-summit" field "title"');
    expect(missing).toContain('content/data/translations/xx.yaml: no xx (xx) translation for meta record "2026-01" field "description"');
    expect(missing.some((m) => m.includes('"2026-01" field "label"'))).toBe(false);
  });

  it('fails the build through editionProblems with the language named', () => {
    const base: Omit<Edition, 'lang'> = { steps: [], figures: [], ui: { a: 'b' } };
    const problems = editionProblems([
      { lang: 'en', ...base },
      { lang: 'fr', ...base, dataTextMissing: ['content/data/translations/fr.yaml: no French (fr) translation for timeline record "x" field "title"'] },
      { lang: 'uk', ...base, dataTextMissing: missingTexts('uk') },
    ]);
    expect(problems).toEqual(['fr: data text: content/data/translations/fr.yaml: no French (fr) translation for timeline record "x" field "title"']);
  });
});

describe('record helpers used by the renderers', () => {
  it('localEvent translates title, summary and note, and passes English through', () => {
    const e = timeline().find((t) => t.id === 'paris-declaration')!;
    expect(localEvent('en', e)).toBe(e);
    const fr = localEvent('fr', e);
    expect(fr.title).toBe('Déclaration de Paris');
    expect(fr.date).toBe(e.date);
    expect(localEvent('uk', e).title).toBe('Паризька декларація');
  });

  it('localPosition translates summary, notes and troop words; keeps the quote verbatim and adds our translation', () => {
    const p = positions().find((r) => r.id === 'fra-2026-01')!;
    const uk = localPosition('uk', p);
    expect(uk.summary).toMatch(/^Франція розгорне війська/);
    expect(uk.conflictNote).toMatch(/^Макрон не назвав/);
    expect(uk.troops?.text).toBe('кілька тисяч');
    expect(uk.reportedTroops?.map((r) => r.text)).toEqual(p.reportedTroops?.map((r, k) => localText('uk', 'positions', p.id, `reported${k + 1}`, r.text)));
    expect(uk.reportedTroops?.[0]?.text).toMatch(/^близько 6\s000$/);
    expect(uk.reportedTroops?.map((r) => r.low)).toEqual(p.reportedTroops?.map((r) => r.low));
    expect(uk.quote?.text).toBe(p.quote?.text);
    expect(uk.quote?.language).toBe('en');
    expect(uk.quote?.translation).toBe('це не сили, які беруть участь у бойових діях');
    expect(uk.quote?.translationBy).toBe('authors');
    expect(localPosition('en', p)).toBe(p);
    expect(localPosition('fr', positions().find((r) => r.id === 'gbr-2025-03')!).conflictNote).toBeUndefined();
  });
});
