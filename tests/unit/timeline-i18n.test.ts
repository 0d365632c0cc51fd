// The timeline figure's ticks and date labels in each edition (the layout itself is computed once, in English).
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/data/index.ts';
import { layoutTimeline, TIMELINE_RANGES } from '../../src/lib/charts/timeline-layout.ts';
import { chartStrings, dayMonthLabel, kindLabel, tickLabel } from '../../src/lib/charts/i18n.ts';
import { KIND_ORDER } from '../../src/lib/charts/timeline-kinds.ts';

const opts = { height: 384, labelWidth: 200, charWidth: 6.6, lineHeight: 16, gap: 3, maxShift: 44, priority: new Set<string>() };
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('timeline ticks', () => {
  it.each(TIMELINE_RANGES)('English tick labels of %s equal the layout labels', (range) => {
    for (const t of layoutTimeline(timeline(), range, opts).ticks) expect(tickLabel(t.date, t.style, 'en')).toBe(t.label);
  });

  it.each([
    ['all', 'fr', 'mars 2025', 'janv. 2026'],
    ['all', 'uk', 'бер. 2025 р.', 'січ. 2026 р.'],
    ['2026', 'fr', '1 janv.', '9 janv.'],
    ['2026', 'uk', '1 січ.', '9 січ.'],
  ] as const)('range %s in %s runs from %s to %s', (range, lang, first, last) => {
    const ticks = layoutTimeline(timeline(), range, opts).ticks;
    expect(tickLabel(ticks[0]!.date, ticks[0]!.style, lang)).toBe(first);
    expect(tickLabel(ticks.at(-1)!.date, ticks.at(-1)!.style, lang)).toBe(last);
  });
});

describe.each([
  ['fr', '6 janv.', 'Réunion ou décision de la coalition', 'Chronologie diplomatique, de mars 2025 à janvier 2026, par ordre de date.'],
  ['uk', '6 січ.', 'Засідання чи рішення коаліції', 'Хронологія дипломатії, березень 2025 — січень 2026, за датами.'],
])('timeline chrome in %s', (lang, day, coalition, caption) => {
  it('labels', () => {
    expect(dayMonthLabel(d('2026-01-06'), lang)).toBe(day);
    expect(kindLabel('coalition', lang)).toBe(coalition);
    expect(chartStrings(lang).tlCaption).toBe(caption);
  });
  it('translates every kind', () => {
    for (const k of KIND_ORDER) expect(kindLabel(k, lang)).not.toBe(kindLabel(k, 'en'));
  });
});
