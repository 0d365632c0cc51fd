import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatSnapshot, formatSpan, type TroopFigure } from '../../src/lib/charts/format.ts';
import { troopRange, troopWords } from '../../src/lib/charts/i18n.ts';
import { troopScale } from '../../src/lib/charts/troop-scale.ts';
import { CATEGORY_ORDER, CATEGORY_STYLE } from '../../src/lib/charts/categories.ts';
import { contrast } from '../../src/lib/charts/contrast.ts';
import { POSITION_CATEGORIES } from '../../src/data/schemas/records.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('troop figures', () => {
  it.each<[Pick<TroopFigure, 'low' | 'high'>, string | null]>([
    [{ low: 6000, high: 8000 }, '6,000–8,000'],
    [{ low: 6000, high: 6000 }, '6,000'],
    [{ high: 7500 }, 'up to 7,500'],
    [{ low: 5000 }, 'at least 5,000'],
    [{ low: 100, high: 100 }, '100'],
    [{}, null],
  ])('range %j → %s', (t, expected) => {
    expect(troopRange(t, 'en')).toBe(expected);
  });

  it('rejects an inverted range', () => {
    expect(() => troopRange({ low: 8000, high: 6000 }, 'en')).toThrow(/below/);
  });

  it.each<[TroopFigure | undefined, string]>([
    [undefined, 'not stated'],
    [{ text: 'several thousand' }, 'several thousand'],
    [{ text: 'a division', low: 6000, high: 8000 }, 'a division (6,000–8,000)'],
    [{ text: 'about 6,000', low: 6000, high: 6000 }, 'about 6,000'],
    [{ text: '6,000–8,000', low: 6000, high: 8000 }, '6,000–8,000'],
    [{ text: ' ', high: 7500 }, 'up to 7,500'],
  ])('describe %j → %s', (t, expected) => {
    expect(troopWords(t, 'en')).toBe(expected);
  });

  it('groups thousands', () => {
    expect(formatCount(30000)).toBe('30,000');
    expect(formatCount(800000)).toBe('800,000');
  });
});

describe('dates', () => {
  it.each<[Date, Date | undefined, string]>([
    [d('2026-01-06'), undefined, '6 Jan 2026'],
    [d('2025-12-14'), d('2025-12-15'), '14–15 Dec 2025'],
    [d('2025-11-30'), d('2025-12-02'), '30 Nov – 2 Dec 2025'],
    [d('2025-12-31'), d('2026-01-01'), '31 Dec 2025 – 1 Jan 2026'],
    [d('2026-01-06'), d('2026-01-06'), '6 Jan 2026'],
  ])('%s to %s → %s', (a, b, expected) => {
    expect(formatSpan(a, b)).toBe(expected);
  });

  it.each([
    ['2025-03', 'long', 'March 2025'],
    ['2025-09', 'short', 'Sep 2025'],
    ['2026-01', 'long', 'January 2026'],
  ] as const)('snapshot %s (%s) → %s', (s, style, expected) => {
    expect(formatSnapshot(s, style)).toBe(expected);
  });
});

describe('troop scale', () => {
  it('has no scale when no figure has a number', () => {
    expect(troopScale([{ text: 'several thousand' }])).toBeNull();
  });

  it('starts at zero and places every kind of figure', () => {
    const s = troopScale([{ text: 'a', low: 6000, high: 8000 }, { text: 'b', high: 7500 }])!;
    expect(s.ticks[0]).toEqual({ value: 0, x: 0 });
    expect(s.max).toBeGreaterThanOrEqual(8000);
    const r = s.bar({ text: 'a', low: 6000, high: 8000 });
    expect(r.kind).toBe('range');
    expect(r.x0).toBeCloseTo((6000 / s.max) * 100, 1);
    expect(r.x1).toBeCloseTo((8000 / s.max) * 100, 1);
    expect(s.bar({ text: 'b', high: 7500 })).toMatchObject({ kind: 'up-to', x0: 0 });
    expect(s.bar({ text: 'c', low: 5000 })).toMatchObject({ kind: 'at-least', x1: 100 });
    expect(s.bar({ text: 'd', low: 5000, high: 5000 }).kind).toBe('point');
    expect(s.bar({ text: 'e' }).kind).toBe('words');
  });
});

describe('category styles', () => {
  it('cover every schema category exactly once, in reading order', () => {
    expect([...CATEGORY_ORDER].sort()).toEqual([...POSITION_CATEGORIES].sort());
  });

  it('use a distinct colour and a distinct shape per category', () => {
    const styles = CATEGORY_ORDER.map((c) => CATEGORY_STYLE[c]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
  });

  it.each(CATEGORY_ORDER.map((c) => [c, CATEGORY_STYLE[c].colour] as const))(
    '%s glyph colour %s has ≥ 3:1 contrast on white',
    (_, colour) => {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  );
});

describe('dates as precise as their source', () => {
  it.each([
    ['day', '6 Jan 2026'],
    ['month', 'Jan 2026'],
    ['year', '2026'],
  ] as const)('%s → %s', (precision, expected) => {
    expect(formatDate(d('2026-01-06'), precision)).toBe(expected);
  });
});
