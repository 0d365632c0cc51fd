// Downloads and the computed-vs-published comparison: CSV escaping, sources written out in full, and each
// published metric compared with the right computed quantity. Areas are a small fake, so the arithmetic is checkable.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/data/csv.ts';
import { computedFor, figureDate, formatAmount, partComparisons, snapshotRows, type AreasWithHeld } from '../../src/data/compare.ts';
import { PublishedFigure } from '../../src/data/schemas/published-figures.ts';
import { Source } from '../../src/data/schemas/records.ts';
import { groupSources, publishedLabel } from '../../src/data/source-groups.ts';
import { positionRows, sourcesCell, territoryColumns, expandSource } from '../../src/data/tables.ts';
import { loadDataSet } from '../../src/data/load.ts';

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [undefined, ''],
    [null, ''],
    [6000, '6000'],
    [false, 'false'],
  ] as const)('cell %j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes a header, rows in column order and CRLF line ends', () => {
    expect(toCsv(['b', 'a'], [{ a: 1, b: 'x,y' }])).toBe('b,a\r\n"x,y",1\r\n');
  });
});

const AREAS: AreasWithHeld = {
  ukraineKm2: 600_000,
  oblastKm2: { 'UA-14': 26_000, 'UA-09': 27_000, 'UA-65': 28_000 },
  snapshots: [
    { date: '2024-12-31', occupiedKm2: 110_000, shareOfUkraine: 110_000 / 600_000, byOblast: { 'UA-14': 18_000, 'UA-09': 26_500, 'UA-65': 20_000 } },
    { date: '2025-12-31', occupiedKm2: 114_000, shareOfUkraine: 114_000 / 600_000, byOblast: { 'UA-14': 20_800, 'UA-09': 27_000, 'UA-65': 21_000 } },
  ],
  heldDonetskKm2: (date) => (date === '2025-12-31' ? 5_200 : 8_000),
};

const figure = (fields: Record<string, unknown>) =>
  PublishedFigure.parse({ id: 'f', text: 't', estimateBy: 'A test estimate', date: '2025-12-04', confidence: 'confirmed', sources: ['s'], ...fields });

describe('computed counterpart of each published metric', () => {
  it.each([
    ['occupied-share', { metric: 'occupied-share', value: 19, unit: 'percent', compareSnapshot: '2025-12-31' }, 19, 'percent'],
    ['occupied-area', { metric: 'occupied-area', value: 1, unit: 'km2', compareSnapshot: '2025-12-31' }, 114_000, 'km2'],
    ['oblast share', { metric: 'oblast-occupied-share', oblast: 'UA-65', value: 75, unit: 'percent', compareSnapshot: '2025-12-31' }, 75, 'percent'],
    ['held Donetsk km²', { metric: 'held-donetsk-area', value: 5000, unit: 'km2', compareSnapshot: '2025-12-31' }, 5_200, 'km2'],
    ['held Donetsk share', { metric: 'held-donetsk-share', value: 20, unit: 'percent', compareSnapshot: '2025-12-31' }, 20, 'percent'],
    ['held Donbas share', { metric: 'held-donbas-share', value: 10, unit: 'percent', compareSnapshot: '2025-12-31' }, (5_200 / 53_000) * 100, 'percent'],
    ['area gained', { metric: 'area-gained', value: 5600, unit: 'km2', compareFrom: '2024-12-31', compareSnapshot: '2025-12-31' }, 4_000, 'km2'],
    ['Ukraine area', { metric: 'ukraine-area', value: 603628, unit: 'km2' }, 600_000, 'km2'],
    ['oblast area', { metric: 'oblast-area', oblast: 'UA-14', value: 26500, unit: 'km2' }, 26_000, 'km2'],
  ] as const)('%s', (_name, fields, value, unit) => {
    const computed = computedFor(figure(fields), AREAS);
    expect(computed?.unit).toBe(unit);
    expect(computed?.value).toBeCloseTo(value, 6);
  });

  it('has no counterpart when the snapshot is not computed', () => {
    expect(computedFor(figure({ metric: 'occupied-share', value: 7, unit: 'percent', compareSnapshot: '2022-02-23' }), AREAS)).toBeUndefined();
  });

  it('puts whole-country figures in the snapshot table and the rest in the parts table', () => {
    const figures = [
      figure({ id: 'a', metric: 'occupied-share', value: 19, unit: 'percent', compareSnapshot: '2025-12-31' }),
      figure({ id: 'b', metric: 'held-donetsk-area', value: 5000, unit: 'km2', compareSnapshot: '2025-12-31' }),
    ];
    const rows = snapshotRows(AREAS, figures, 603_628, (d) => d === '2024-12-31');
    expect(rows.map((r) => [r.date, r.lowQuality, r.published.map((f) => f.id)])).toEqual([
      ['2024-12-31', true, []],
      ['2025-12-31', false, ['a']],
    ]);
    expect(rows[1]?.pctOfOfficial).toBeCloseTo((114_000 / 603_628) * 100, 9);
    expect(partComparisons(figures, AREAS).map((p) => p.figure.id)).toEqual(['b']);
  });

  it.each([
    [{ date: '2025-12-04' }, '2025-12-04'],
    [{ date: '2025-12-01', datePrecision: 'month' }, '2025-12'],
    [{ date: '2026-01-01', datePrecision: 'year' }, '2026'],
  ] as const)('dates a published figure %j as %s', (fields, expected) => {
    expect(figureDate(figure({ metric: 'ukraine-area', unit: 'km2', ...fields }))).toBe(expected);
  });

  it.each([
    [115_224.6, 'km2', '115,225 km²'],
    [19.249, 'percent', '19.2%'],
    [Number.NaN, 'percent', '—'],
  ] as const)('formats %d %s as %s', (value, unit, expected) => {
    expect(formatAmount(value, unit)).toBe(expected);
  });
});

const source = (fields: Record<string, unknown>) =>
  Source.parse({ id: 'x', publisher: 'Pub', title: 'Title', url: 'https://example.org', kind: 'news', ...fields });

describe('sources as printed and downloaded', () => {
  it.each([
    [{ published: '2026-01-06' }, '6 January 2026', '2026-01-06'],
    [{ published: '2026-01-01', publishedPrecision: 'month' }, 'January 2026', '2026-01'],
    [{ published: '2026-01-01', publishedPrecision: 'year' }, '2026', '2026'],
    [{}, 'date not recorded', null],
  ] as const)('date %j prints as %s', (fields, label, downloaded) => {
    const s = source(fields);
    expect(publishedLabel(s)).toBe(label);
    expect(expandSource(s).published).toBe(downloaded);
  });

  it('names the wire of a copy and the date in the CSV cell', () => {
    const cell = sourcesCell([expandSource(source({ publisher: 'Copy', via: 'AFP', title: 'Report', published: '2026-01-07' }))]);
    expect(cell).toBe('Copy (via AFP): Report, 2026-01-07, https://example.org');
  });

  it('groups official sources first and sorts each group newest first', () => {
    const groups = groupSources([
      source({ id: 'n-old', published: '2025-01-01' }),
      source({ id: 'o', kind: 'official', published: '2024-01-01' }),
      source({ id: 'n-new', published: '2026-01-01' }),
      source({ id: 'n-undated' }),
    ]);
    expect(groups.map((g) => [g.kind, g.sources.map((s) => s.id)])).toEqual([
      ['official', ['o']],
      ['news', ['n-new', 'n-old', 'n-undated']],
    ]);
  });
});

describe('download tables from the real data', () => {
  const data = loadDataSet();

  it('one positions row per record, with every source written out', () => {
    const rows = positionRows(data);
    expect(rows).toHaveLength(data.positions.length);
    const fra = rows.find((r) => r.id === 'fra-2026-01');
    expect(fra?.troops_stated).toBe('several thousand');
    expect(fra?.troops_stated_low).toBeUndefined();
    expect(String(fra?.sources)).toContain('Interfax-Ukraine');
    expect(String(fra?.source_urls)).toContain('https://en.interfax.com.ua/news/general/1134259.html');
  });

  it('territory columns carry the area and one occupied column per snapshot', () => {
    expect(territoryColumns(AREAS)).toEqual(
      expect.arrayContaining(['area_km2', 'occupied_km2_2024-12-31', 'occupied_km2_2025-12-31', 'occupied_pct_of_unit_2025-12-31'])
    );
  });
});
