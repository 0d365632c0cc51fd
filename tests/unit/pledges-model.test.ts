import { describe, expect, it } from 'vitest';
import { buildPledges, moveDirection, type CountryInfo, type PledgeRecord } from '../../src/lib/charts/pledges-model.ts';

const names = new Map<string, CountryInfo>(
  [
    ['FRA', 'France'],
    ['GBR', 'United Kingdom'],
    ['POL', 'Poland'],
    ['ESP', 'Spain'],
    ['LUX', 'Luxembourg'],
    ['SVK', 'Slovakia'],
  ].map(([iso3, name]) => [iso3!, { iso3: iso3!, name: name!, outside: iso3 === 'SVK' }])
);

let n = 0;
const rec = (country: string, snapshot: PledgeRecord['snapshot'], category: PledgeRecord['category'], extra: Partial<PledgeRecord> = {}): PledgeRecord => ({
  id: `p${++n}`,
  country,
  snapshot,
  date: new Date('2026-01-06T00:00:00Z'),
  category,
  summary: 's',
  confidence: 'confirmed',
  sources: ['src'],
  ...extra,
});

const records: PledgeRecord[] = [
  rec('FRA', '2025-03', 'troops-in-ukraine'),
  rec('FRA', '2026-01', 'troops-in-ukraine', { troops: { text: 'several thousand' } }),
  rec('ESP', '2025-09', 'no-troops'),
  rec('ESP', '2026-01', 'undecided'),
  rec('POL', '2026-01', 'no-troops'),
  rec('GBR', '2026-01', 'troops-in-ukraine', { troops: { text: 'fewer than 7,500', high: 7500 } }),
  rec('SVK', '2026-01', 'no-troops'),
  rec('LUX', '2025-09', 'undecided'),
  rec('LUX', '2026-01', 'not-stated'),
];

describe('pledges model', () => {
  const model = buildPledges(records, names, ['LUX']);
  const view = (s: string) => model.views.find((v) => v.snapshot === s)!;
  const band = (s: string, c: string) => view(s).bands.find((b) => b.category === c)!;
  const isos = (cells: { country: CountryInfo }[]) => cells.map((c) => c.country.iso3);

  it('charts every country with a record plus the extra members, sorted by short name', () => {
    expect(model.countries.map((c) => c.iso3)).toEqual(['FRA', 'LUX', 'POL', 'SVK', 'ESP', 'GBR']);
  });

  it.each<[string, string, string[]]>([
    ['2026-01', 'troops-in-ukraine', ['FRA', 'GBR']],
    ['2026-01', 'undecided', ['ESP']],
    ['2026-01', 'no-troops', ['POL', 'SVK']],
    ['2026-01', 'not-stated', ['LUX']],
    ['2025-09', 'not-stated', ['FRA', 'POL', 'SVK', 'GBR']],
    ['2025-09', 'undecided', ['LUX']],
    ['2025-03', 'troops-in-ukraine', ['FRA']],
  ])('%s band %s holds %j', (s, c, expected) => {
    expect(isos(band(s, c).cells)).toEqual(expected);
  });

  it('puts every country in exactly one band of each snapshot', () => {
    for (const v of model.views) {
      const all = v.bands.flatMap((b) => isos(b.cells)).sort();
      expect(all).toEqual(model.countries.map((c) => c.iso3).sort());
    }
  });

  it('marks a move only between two recorded positions', () => {
    const esp = model.byCountry.get('ESP')!;
    expect(esp.get('2026-01')!.movedFrom).toBe('no-troops');
    expect(isos(band('2026-01', 'no-troops').ghosts)).toEqual(['ESP']);
    // France has no September record: no move is claimed into or out of "not stated".
    expect(model.byCountry.get('FRA')!.get('2026-01')!.movedFrom).toBeUndefined();
    expect(model.byCountry.get('FRA')!.get('2025-09')!.record).toBeUndefined();
    // Luxembourg went from undecided to a recorded "not stated": silence is not a change of position.
    expect(model.byCountry.get('LUX')!.get('2026-01')!.movedFrom).toBeUndefined();
    expect(isos(band('2026-01', 'undecided').ghosts)).toEqual([]);
  });

  it('lists stated figures in band order and never invents one', () => {
    expect(isos(view('2026-01').stated)).toEqual(['FRA', 'GBR']);
    expect(view('2025-09').stated).toEqual([]);
  });

  it('is independent of record order', () => {
    const again = buildPledges([...records].reverse(), names, ['LUX']);
    expect(JSON.stringify(again.views)).toBe(JSON.stringify(model.views));
  });

  it.each<[string, () => unknown, RegExp]>([
    ['a duplicate position', () => buildPledges([rec('FRA', '2026-01', 'no-troops'), rec('FRA', '2026-01', 'undecided')], names), /two positions for FRA at 2026-01/],
    ['an unnamed country', () => buildPledges([rec('XXX', '2026-01', 'no-troops')], names), /no country name for XXX/],
  ])('throws on %s', (_, fn, message) => {
    expect(fn).toThrow(message);
  });

  it.each([
    ['no-troops', 'undecided', 'up'],
    ['troops-in-ukraine', 'support-only', 'down'],
    ['undecided', 'undecided', 'none'],
  ] as const)('move %s → %s is %s', (from, to, dir) => {
    expect(moveDirection(from, to)).toBe(dir);
  });
});
