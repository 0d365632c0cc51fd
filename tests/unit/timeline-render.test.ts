// Renders TimelineFigure and TimelineTable with the real data through Astro's container API and checks the
// marks the client and the story rely on: one layer per range, event keys, the highlighted event labelled.
import { beforeAll, describe, expect, it } from 'vitest';
import { useAstroRenderer } from '../support/astro-render.ts';
import { state } from '../../src/scenes/timeline.ts';
import { timeline } from '../../src/data/index.ts';
import { inRange } from '../../src/lib/charts/timeline-layout.ts';

const render = useAstroRenderer('timeline');

const tags = (html: string) => [...html.matchAll(/<[a-z]+\b[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const hasClass = (tag: string, cls: string) => new RegExp(`class="(?:[^"]* )?${cls}(?: [^"]*)?"`).test(tag);

describe('TimelineFigure (rendered)', () => {
  const events = timeline();
  const paris = events.find((e) => e.id === 'paris-declaration')!;
  const initial = state({ range: 'all', event: paris.id });
  const states = [initial, state({ range: '2026', event: paris.id }), state({ range: '2025' })];
  let html = '';
  beforeAll(async () => {
    html = await render('/src/components/figures/TimelineFigure.astro', { figureId: 'tl', lang: 'en', initial, states });
  }, 60_000);

  it('draws one layer per range, only the initial one on', () => {
    const layers = tags(html).filter((t) => hasClass(t, 'tl-layer'));
    expect(layers.map((t) => attr(t, 'data-layer'))).toEqual(['range:2025', 'range:2026', 'range:all']);
    expect(layers.map((t) => hasClass(t, 'is-on'))).toEqual([false, false, true]);
  });

  it.each(['2025', '2026', 'all'] as const)('gives every event of range %s a dot and a label with its key', (range) => {
    const layer = html.split(/(?=<div\b[^>]*data-layer="range:)/).find((s) => s.includes(`data-layer="range:${range}"`))!;
    const keys = (cls: string) => tags(layer).filter((t) => hasClass(t, cls)).map((t) => attr(t, 'data-key'));
    const expected = events.filter((e) => inRange(e, range)).map((e) => `event:${e.id}`).sort();
    expect([...keys('tl-ev')].sort()).toEqual(expected);
    expect([...keys('tl-lab')].sort()).toEqual(expected);
  });

  it('emphasises the highlighted event and gives it a visible label', () => {
    const hl = tags(html).filter((t) => hasClass(t, 'is-hl'));
    expect(new Set(hl.map((t) => attr(t, 'data-key')))).toEqual(new Set(['event:paris-declaration']));
    const labels = hl.filter((t) => hasClass(t, 'tl-lab'));
    expect(labels.length).toBe(2); // in the 2026 and all layers
    for (const l of labels) {
      expect(hasClass(l, 'visually-hidden')).toBe(false);
      expect(attr(l, 'style')).toMatch(/^top:[\d.]+%$/);
    }
  });

  it('marks, for the CSS, that the step names an event: hidden markers before the stack, one per named event', () => {
    // `.tl-hk.is-hl ~ .tl-stack …` lets the other events recede without `:has()`.
    const head = html.slice(0, html.indexOf('class="tl-stack"'));
    const markers = tags(head).filter((t) => hasClass(t, 'tl-hk'));
    expect(markers.map((t) => attr(t, 'data-key'))).toEqual(['event:paris-declaration']);
    expect(markers.every((t) => /\bhidden\b/.test(t) && hasClass(t, 'is-hl'))).toBe(true);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['an unknown event', { event: 'no-such-event' }, /"no-such-event" is not in/],
    ['an event outside its range', { event: 'london-summit', range: '2026' }, /outside range "2026"/],
  ])('fails the build on %s', async (_, params, message) => {
    const bad = state(params);
    await expect(render('/src/components/figures/TimelineFigure.astro', { figureId: 'tl', lang: 'en', initial: bad, states: [bad] })).rejects.toThrow(message);
  });
});

describe('TimelineTable (rendered)', () => {
  it('lists every event with date, sources and confidence', async () => {
    const html = await render('/src/components/figures/TimelineTable.astro', { figureId: 'tl', lang: 'en', scenes: ['timeline'] });
    expect(html).toMatch(/<caption[^>]*>/);
    expect([...html.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(['Date', 'Event', 'Kind', 'Sources', 'Confidence']);
    const rows = [...html.matchAll(/<tr data-key="event:([a-z0-9-]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((r) => r[1]).sort()).toEqual(timeline().map((e) => e.id).sort());
    for (const r of rows) expect(r[2]).toMatch(/<a href="https?:\/\//);
  }, 60_000);
});
