// Checks the timeline figure's assumptions against the real data (content/data/timeline.yaml).
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/data/index.ts';
import { TURNING_POINTS, KIND_STYLE } from '../../src/lib/charts/timeline-kinds.ts';
import { inRange, layoutTimeline, TIMELINE_RANGES } from '../../src/lib/charts/timeline-layout.ts';

describe('timeline data as the figure uses it', () => {
  const events = timeline();
  const ids = new Set(events.map((e) => e.id));

  it.each(TURNING_POINTS)('turning point "%s" is an event of timeline.yaml', (id) => {
    expect(ids.has(id)).toBe(true);
  });

  it('has a style for every event kind', () => {
    for (const e of events) expect(KIND_STYLE[e.kind], e.kind).toBeDefined();
  });

  it('starts at the London summit and reaches 9 January 2026', () => {
    const shown = events.filter((e) => inRange(e, 'all')).map((e) => e.date.toISOString().slice(0, 10)).sort();
    expect(shown[0]).toBe('2025-03-02');
    expect(shown.at(-1)).toBe('2026-01-09');
  });

  it.each(TIMELINE_RANGES)('labels every turning point of range %s that the layout can fit', (range) => {
    const layout = layoutTimeline(events, range, {
      height: 384,
      labelWidth: 200,
      charWidth: 6.6,
      lineHeight: 16,
      gap: 3,
      maxShift: 44,
      priority: new Set(),
      prefer: new Set(TURNING_POINTS),
    });
    const labelled = layout.events.filter((p) => p.label).map((p) => p.event.id);
    expect(labelled.length).toBeGreaterThan(3);
  });
});
