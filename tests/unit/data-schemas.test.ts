// The data loader must reject every kind of bad record with a message that names the file, the record and the
// field, so an editor can fix the YAML without reading code. Each case changes one line of a small valid fixture
// (tests/fixtures/data/valid/) and states the exact line the error must contain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_KEYS, fileName, type FileKey } from '../../src/data/files.ts';
import { buildDataSet, type DataTexts } from '../../src/data/load.ts';
import { DataError, fieldPath, formatProblem } from '../../src/data/problems.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures/data/valid');
const ATLAS = new Map([
  ['FRA', '250'],
  ['UKR', '804'],
  ['USA', '840'],
  ['POL', '616'],
]);

function fixtureTexts(): DataTexts {
  return Object.fromEntries(FILE_KEYS.map((key) => [key, readFileSync(join(FIXTURES, fileName(key)), 'utf8')])) as DataTexts;
}

/** Replaces one exact piece of a fixture file; fails loudly if the fixture no longer contains it. */
function edit(texts: DataTexts, key: FileKey, from: string, to: string): DataTexts {
  const text = texts[key];
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`fixture ${fileName(key)} does not contain ${JSON.stringify(from)}`);
  return { ...texts, [key]: text.slice(0, at) + to + text.slice(at + from.length) };
}

function errorOf(texts: DataTexts): DataError {
  try {
    buildDataSet(texts, { atlas: ATLAS });
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected the data to be rejected, but it loaded');
}

interface Case {
  name: string;
  file: FileKey;
  from: string;
  to: string;
  /** A line the error message must contain: file, record, field and the gist of the message. */
  expected: string;
}

const CASES: Case[] = [
  {
    name: 'missing sources (empty list)',
    file: 'positions',
    from: '  confidence: single-source\n  sources: [official-b]',
    to: '  confidence: single-source\n  sources: []',
    expected: 'content/data/positions.yaml: record "ukr-2025-09" (#2): sources: needs at least one source id',
  },
  {
    name: 'missing sources (no key)',
    file: 'timeline',
    from: '  confidence: confirmed\n  sources: [wire-a]',
    to: '  confidence: confirmed',
    expected: 'content/data/timeline.yaml: record "first-event" (#1): sources: is missing',
  },
  {
    name: 'unknown source id',
    file: 'positions',
    from: 'sources: [wire-a, official-b]',
    to: 'sources: [wire-a, no-such-source]',
    expected:
      'content/data/positions.yaml: record "fra-2026-01" (#1): sources[1]: unknown source id "no-such-source" (not in content/data/sources.yaml)',
  },
  {
    name: 'unknown source id in a press figure',
    file: 'positions',
    from: '      sources: [wire-a]\n      confidence: single-source',
    to: '      sources: [ghost]\n      confidence: single-source',
    expected: 'content/data/positions.yaml: record "fra-2026-01" (#1): reportedTroops[0].sources[0]: unknown source id "ghost"',
  },
  {
    name: 'unknown ISO code: position country not an actor',
    file: 'positions',
    from: '- id: ukr-2025-09\n  country: UKR',
    to: '- id: pol-2025-09\n  country: POL',
    expected: 'content/data/positions.yaml: record "pol-2025-09" (#2): country: unknown ISO code "POL" (not an actor',
  },
  {
    name: 'unknown ISO code: statement signatory not an actor',
    file: 'statements',
    from: 'signatories: [FRA, UKR]',
    to: 'signatories: [FRA, XYZ]',
    expected: 'content/data/statements.yaml: record "test-statement" (#1): signatories[1]: unknown ISO code "XYZ"',
  },
  {
    name: 'unknown ISO code: actor not in the world atlas',
    file: 'actors',
    from: 'iso3: FRA',
    to: 'iso3: FRX',
    expected: 'content/data/actors.yaml: record "FRX" (#1): iso3: unknown ISO code "FRX" (not a country of the world atlas)',
  },
  {
    name: 'ISO numeric not the atlas id',
    file: 'actors',
    from: 'isoNumeric: "804"',
    to: 'isoNumeric: "805"',
    expected: 'content/data/actors.yaml: record "UKR" (#2): isoNumeric: must be "804" for UKR (world atlas id), not "805"',
  },
  {
    name: 'unknown ISO 3166-2 code of Ukraine',
    file: 'territory',
    from: 'iso: UA-77,',
    to: 'iso: UA-99,',
    expected: 'content/data/territory.yaml: record "UA-99" (#27): iso: unknown ISO 3166-2 code "UA-99"',
  },
  {
    name: 'date after the "as of" date',
    file: 'publishedFigures',
    from: '  date: 2025-12-04',
    to: '  date: 2026-02-15',
    expected:
      'content/data/published-figures.yaml: record "test-share" (#1): date: 2026-02-15 is after the "as of" date (asOf 2026-01-31 in content/data/meta.yaml)',
  },
  {
    name: 'diplomacy date after diplomacyAsOf',
    file: 'timeline',
    from: '  date: 2026-01-07\n  endDate: 2026-01-08',
    to: '  date: 2026-01-07\n  endDate: 2026-01-12',
    expected:
      'content/data/timeline.yaml: record "second-event" (#2): endDate: 2026-01-12 is after the "as of" date (diplomacyAsOf 2026-01-09 in content/data/meta.yaml)',
  },
  {
    name: 'low above high',
    file: 'positions',
    from: '      low: 6000\n      high: 6000',
    to: '      low: 9000\n      high: 6000',
    expected: 'content/data/positions.yaml: record "fra-2026-01" (#1): reportedTroops[0].low: must not be above troops.high (9000 > 6000)',
  },
  {
    name: 'a number without its own sources',
    file: 'positions',
    from: '    text: several thousand\n',
    to: '    text: several thousand\n    low: 2000\n',
    expected: 'content/data/positions.yaml: record "fra-2026-01" (#1): troops.sources: is required when the figure has a number',
  },
  {
    name: 'category outside the list',
    file: 'positions',
    from: 'category: not-stated',
    to: 'category: peacekeepers',
    expected: 'content/data/positions.yaml: record "ukr-2025-09" (#2): category: must be one of: troops-in-ukraine, neighbouring-nato',
  },
  {
    name: 'duplicate id',
    file: 'timeline',
    from: '- id: second-event',
    to: '- id: first-event',
    expected: 'content/data/timeline.yaml: record "first-event" (#2): id: duplicate id "first-event" (also record #1)',
  },
  {
    name: 'duplicate source id',
    file: 'sources',
    from: '- id: official-b',
    to: '- id: wire-a',
    expected: 'content/data/sources.yaml: record "wire-a" (#2): id: duplicate id "wire-a" (also record #1)',
  },
  {
    name: 'malformed URL',
    file: 'sources',
    from: 'url: https://example.org/a',
    to: 'url: example.org/a',
    expected: 'content/data/sources.yaml: record "wire-a" (#1): url: must be a web address',
  },
  {
    name: 'URL with a scheme that is not http(s)',
    file: 'sources',
    from: 'url: https://gov.example.org/b',
    to: 'url: javascript:alert(1)',
    expected: 'content/data/sources.yaml: record "official-b" (#2): url: must be a web address',
  },
  {
    name: 'impossible calendar date',
    file: 'timeline',
    from: '  date: 2026-01-06',
    to: '  date: 2026-02-30',
    expected: 'content/data/timeline.yaml: record "first-event" (#1): date: must be a real date written YYYY-MM-DD (got "2026-02-30")',
  },
  {
    name: 'misspelt field',
    file: 'positions',
    from: '  summary: A second record',
    to: '  sumary: A second record',
    expected: 'content/data/positions.yaml: record "ukr-2025-09" (#2): sumary: is not a known field',
  },
  {
    name: 'conflicting without a note',
    file: 'positions',
    from: '  confidence: single-source\n  sources: [official-b]',
    to: '  confidence: conflicting\n  sources: [official-b]',
    expected: 'content/data/positions.yaml: record "ukr-2025-09" (#2): conflictNote: is required when confidence is "conflicting"',
  },
  {
    name: 'record confidence not the weakest of its parts',
    file: 'actors',
    from: '  endorsementConfidence: confirmed\n  date: 2026-01-06\n  confidence: confirmed\n  sources: [official-b]',
    to: '  endorsementConfidence: single-source\n  date: 2026-01-06\n  confidence: confirmed\n  sources: [official-b]',
    expected: 'content/data/actors.yaml: record "UKR" (#2): confidence: must be the weakest',
  },
  {
    name: 'position id not matching country and snapshot',
    file: 'positions',
    from: '- id: ukr-2025-09',
    to: '- id: ukr-2026-01',
    expected: 'content/data/positions.yaml: record "ukr-2026-01" (#2): id: must be "ukr-2025-09"',
  },
  {
    name: 'registered source never cited',
    file: 'sources',
    from: '- id: official-b',
    to: '- id: official-c',
    expected: 'content/data/sources.yaml: record "official-c" (#2): id: is not cited by any record',
  },
  {
    name: 'a record that is not an object',
    file: 'statements',
    from: '- id: test-statement',
    to: '- just a string\n- id: test-statement',
    expected: 'content/data/statements.yaml: record #1: ',
  },
  {
    name: 'YAML syntax error names the file and line',
    file: 'timeline',
    from: '  title: First event',
    to: '  title: [unclosed',
    expected: 'content/data/timeline.yaml: YAML syntax error at line 4: ',
  },
  {
    name: 'meta field error names meta.yaml and the field',
    file: 'meta',
    from: 'diplomacyAsOf: 2026-01-09',
    to: 'diplomacyAsOf: 2026-03-09',
    expected: 'content/data/meta.yaml: diplomacyAsOf: must not be after asOf',
  },
];

describe('data loader: valid fixture', () => {
  it('loads, so every failure below comes from its one edit', () => {
    const data = buildDataSet(fixtureTexts(), { atlas: ATLAS });
    expect(data.positions.map((p) => p.id)).toEqual(['fra-2026-01', 'ukr-2025-09']);
    expect(data.meta.asOf.toISOString().slice(0, 10)).toBe('2026-01-31');
    expect(data.territory).toHaveLength(27);
  });
});

describe('data loader: every bad record names file, record and field', () => {
  it.each(CASES)('$name', ({ file, from, to, expected }) => {
    const error = errorOf(edit(fixtureTexts(), file, from, to));
    expect(error.message).toContain(expected);
    // The structured problem carries the same three coordinates the message prints.
    const first = error.problems[0];
    expect(first?.file).toMatch(/^content\/data\/[a-z-]+\.yaml$/);
  });

  it('a missing territory unit is reported by code', () => {
    const texts = fixtureTexts();
    const kyiv = texts.territory.split('\n').find((line) => line.includes('iso: UA-30,'));
    expect(kyiv).toBeDefined();
    const error = errorOf(edit(texts, 'territory', `${kyiv}\n`, ''));
    expect(error.message).toContain('content/data/territory.yaml: missing units: UA-30 (all 27 must be listed)');
  });
});

describe('problem formatting', () => {
  it.each([
    [['troops', 'low'], 'troops.low'],
    [['sources', 1], 'sources[1]'],
    [['reportedTroops', 0, 'sources', 2], 'reportedTroops[0].sources[2]'],
    [[], ''],
  ] as const)('fieldPath(%j) = %s', (path, expected) => {
    expect(fieldPath(path)).toBe(expected);
  });

  it.each([
    [{ file: 'f.yaml', record: { id: 'x', index: 2 }, field: 'a.b', message: 'bad' }, 'f.yaml: record "x" (#3): a.b: bad'],
    [{ file: 'f.yaml', record: { index: 0 }, message: 'bad' }, 'f.yaml: record #1: bad'],
    [{ file: 'f.yaml', field: 'asOf', message: 'bad' }, 'f.yaml: asOf: bad'],
  ])('formatProblem → %s', (problem, expected) => {
    expect(formatProblem(problem)).toBe(expected);
  });
});
