import { describe, expect, it } from 'vitest';
import { dodgeDots, estimateLines, inRange, layoutTimeline, RANGE_DOMAINS, stackLabels, type LayoutOptions, type TimelineInput } from '../../src/lib/charts/timeline-layout.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const ev = (id: string, date: string, kind = 'coalition', title = 'Event', endDate?: string): TimelineInput => ({
  id,
  date: d(date),
  endDate: endDate ? d(endDate) : undefined,
  title,
  kind,
});

const events: TimelineInput[] = [
  ev('london', '2025-03-02', 'coalition', 'London summit'),
  ev('paris-sep', '2025-09-04', 'coalition', 'Paris summit: 26 countries pledge'),
  ev('berlin', '2025-12-14', 'us-russia', 'Berlin talks', '2025-12-15'),
  ev('nsa-kyiv', '2026-01-03', 'coalition', 'Security advisers meet in Kyiv'),
  ev('paris-jan', '2026-01-06', 'coalition', 'Declaration of Paris'),
  ev('commons', '2026-01-07', 'other', 'Starmer: Commons vote first'),
  ev('zakharova', '2026-01-08', 'russia', 'Russia: "legitimate targets"'),
  ev('oreshnik', '2026-01-09', 'russia', 'Oreshnik strike'),
  ev('oval', '2025-02-28', 'other', 'Oval Office clash'),
];

const opts = (priority: string[] = [], height = 440): LayoutOptions => ({
  height,
  labelWidth: 200,
  charWidth: 6.6,
  lineHeight: 16,
  gap: 4,
  maxShift: 40,
  priority: new Set(priority),
});

describe('timeline layout', () => {
  it.each([
    ['all', ['london', 'paris-sep', 'berlin', 'nsa-kyiv', 'paris-jan', 'commons', 'zakharova', 'oreshnik']],
    ['2025', ['london', 'paris-sep', 'berlin']],
    ['2026', ['nsa-kyiv', 'paris-jan', 'commons', 'zakharova', 'oreshnik']],
  ] as const)('range %s keeps events in its window, in date order', (range, ids) => {
    expect(layoutTimeline(events, range, opts()).events.map((p) => p.event.id)).toEqual(ids);
  });

  it('drops the pre-London context event from every range', () => {
    for (const r of ['all', '2025', '2026'] as const) expect(inRange(events.at(-1)!, r)).toBe(false);
  });

  it('places dots on a time scale: later is lower, ends below starts', () => {
    const l = layoutTimeline(events, 'all', opts());
    const ys = l.events.map((p) => p.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const berlin = l.events.find((p) => p.event.id === 'berlin')!;
    expect(berlin.yEnd).toBeGreaterThan(berlin.y);
    expect(ys[0]).toBeGreaterThan(0);
    expect(ys.at(-1)).toBeLessThan(440);
  });

  it.each(['all', '2025', '2026'] as const)('never overlaps labels and keeps them on the rail (%s)', (range) => {
    const l = layoutTimeline(events, range, opts());
    const boxes = l.events.flatMap((p) => (p.label ? [p.label] : [])).sort((a, b) => a.top - b.top);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.top + boxes[i - 1]!.height);
    for (const b of boxes) {
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.top + b.height).toBeLessThanOrEqual(l.height);
    }
  });

  it.each(['all', '2025', '2026'] as const)('keeps labels in date order, so leader lines never cross (%s)', (range) => {
    const l = layoutTimeline(events, range, opts(['paris-jan', 'zakharova']));
    const tops = l.events.flatMap((p) => (p.label ? [p.label.top] : []));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('keeps every label within maxShift of its dot', () => {
    const l = layoutTimeline(events, 'all', opts(['paris-jan']));
    for (const p of l.events) {
      if (p.label) expect(Math.abs(p.label.top + p.label.height / 2 - p.y)).toBeLessThanOrEqual(40 + 0.1);
    }
  });

  it('labels a highlighted event even in a crowded stretch', () => {
    const crowded = layoutTimeline(events, 'all', opts(['zakharova'], 200));
    expect(crowded.events.find((p) => p.event.id === 'zakharova')!.label).not.toBeNull();
    const without = layoutTimeline(events, 'all', opts([], 200));
    expect(without.events.some((p) => p.label === null)).toBe(true);
  });

  it('says so when a highlighted event cannot be labelled', () => {
    const ids = ['nsa-kyiv', 'paris-jan', 'commons', 'zakharova', 'oreshnik'];
    expect(() => layoutTimeline(events, 'all', opts(ids, 120))).toThrow(/no room to label highlighted event/);
  });

  it.each([
    ['all', 'Mar 2025', 'Jan 2026'],
    ['2025', 'Mar 2025', 'Dec'],
    ['2026', '1 Jan', '9 Jan'],
  ] as const)('ticks of %s run from %s to %s', (range, first, last) => {
    const t = layoutTimeline(events, range, opts()).ticks;
    expect(t[0]!.label).toBe(first);
    expect(t.at(-1)!.label).toBe(last);
  });

  it('is deterministic', () => {
    const a = layoutTimeline(events, 'all', opts(['paris-jan']));
    const b = layoutTimeline([...events].reverse(), 'all', opts(['paris-jan']));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it.each([
    ['short', 10, 1],
    ['two lines', 40, 2],
  ] as const)('estimates %s labels', (_, chars, lines) => {
    expect(estimateLines('x'.repeat(chars), { labelWidth: 200, charWidth: 6.6 })).toBe(lines);
  });

  it('domains start before London and end after 9 January 2026', () => {
    expect(RANGE_DOMAINS.all[0] < d('2025-03-02')).toBe(true);
    expect(RANGE_DOMAINS.all[1] > d('2026-01-09')).toBe(true);
  });
});

describe('stackLabels', () => {
  it.each<[string, { want: number; height: number }[], number, number[] | null]>([
    ['apart: untouched', [{ want: 0, height: 10 }, { want: 50, height: 10 }], 100, [0, 50]],
    ['overlapping pair: centred on their wants', [{ want: 20, height: 10 }, { want: 20, height: 10 }], 100, [14, 26]],
    ['pushed off the bottom edge', [{ want: 95, height: 10 }], 100, [90]],
    ['pushed off the top edge', [{ want: -5, height: 10 }], 100, [0]],
    ['a run merging into the previous cluster', [{ want: 10, height: 10 }, { want: 12, height: 10 }, { want: 14, height: 10 }], 100, [0, 12, 24]],
    ['too many to fit', [{ want: 0, height: 60 }, { want: 10, height: 60 }], 100, null],
  ])('%s', (_, blocks, height, expected) => {
    const tops = stackLabels(blocks, height, 2);
    if (expected === null) expect(tops).toBeNull();
    else expect(tops!.map((t) => Math.round(t * 10) / 10)).toEqual(expected);
  });
});

describe('dodgeDots', () => {
  it.each<[number[], number[]]>([
    [[0, 20, 40], [0, 0, 0]],
    [[0, 3, 6], [0, 1, 2]],
    [[0, 2, 4, 6, 8], [0, 1, 2, 3, 3]],
    [[0, 5, 30, 32], [0, 1, 0, 1]],
  ])('%j → steps %j', (ys, steps) => {
    expect(dodgeDots(ys, 11, 3)).toEqual(steps);
  });
});
