// Renders PledgesFigure and PledgesTable with the real data through Astro's container API (a Vite server compiles
// the .astro files) and checks the figure's promises: every country chip opens a disclosure, every snapshot has
// its layer, no troop number appears without a source, no bar is drawn without a stated number.
import { beforeAll, describe, expect, it } from 'vitest';
import { useAstroRenderer } from '../support/astro-render.ts';
import { state } from '../../src/scenes/pledges.ts';
import { positions } from '../../src/data/index.ts';

const render = useAstroRenderer('pledges');

/** The opening tags of elements whose class list contains `cls`. */
const tagsWithClass = (html: string, cls: string) =>
  [...html.matchAll(/<[a-z]+\b[^>]*>/g)].map((m) => m[0]).filter((t) => new RegExp(`class="(?:[^"]* )?${cls}(?: [^"]*)?"`).test(t));
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Inner HTML of each `<li>` with class `cls` (our list items do not nest another li of the same class). */
function items(html: string, cls: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<li\\b[^>]*class="(?:[^"]* )?${cls}(?: [^"]*)?"[^>]*>`, 'g');
  for (const m of html.matchAll(re)) {
    let depth = 1;
    let i = m.index! + m[0].length;
    const tag = /<(\/?)li\b[^>]*>/g;
    tag.lastIndex = i;
    for (let t = tag.exec(html); t; t = tag.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        out.push(html.slice(i, t.index));
        break;
      }
    }
  }
  return out;
}

describe('PledgesFigure (rendered)', () => {
  const initial = state({ snapshot: '2026-01', highlight: ['FRA', 'GBR'] });
  const states = [state({ snapshot: '2025-03' }), state({ snapshot: '2025-09' }), initial];
  let html = '';
  beforeAll(async () => {
    html = await render('/src/components/figures/PledgesFigure.astro', { figureId: 'pl', lang: 'en', initial, states });
  }, 60_000);

  it('draws one layer per snapshot, only the initial one on', () => {
    const layers = tagsWithClass(html, 'pl-snap');
    expect(layers.map((t) => attr(t, 'data-layer'))).toEqual(['snap:2025-03', 'snap:2025-09', 'snap:2026-01']);
    expect(layers.map((t) => / is-on/.test(attr(t, 'class')!))).toEqual([false, false, true]);
  });

  it('gives every country a chip in every snapshot, each opening an existing disclosure', () => {
    const chips = tagsWithClass(html, 'pl-c');
    const popovers = new Set(tagsWithClass(html, 'pl-pop').map((t) => attr(t, 'id')));
    const countries = new Set(chips.map((t) => attr(t, 'data-key')));
    expect(countries.size).toBeGreaterThanOrEqual(30);
    expect(chips.length).toBe(countries.size * 3);
    for (const inner of items(html, 'pl-c')) {
      const target = /<button type="button" class="pl-chip" popovertarget="([^"]+)"/.exec(inner)?.[1];
      expect(target, inner.slice(0, 120)).toBeDefined();
      expect(popovers.has(target)).toBe(true);
    }
    expect(popovers.size).toBe(countries.size);
  });

  it('marks the highlighted countries, and only them', () => {
    const hl = tagsWithClass(html, 'is-hl').map((t) => attr(t, 'data-key'));
    expect(new Set(hl)).toEqual(new Set(['FRA', 'GBR']));
  });

  it('marks, for the CSS, that the step names countries: one hidden marker before the stack, on for this step', () => {
    // The marker stands in for `:has()`: `.pl-named.is-on ~ .pl-stack …` dims the countries not named. One marker,
    // not one per country, so that naming other countries does not restyle the whole stack.
    const before = html.slice(0, html.indexOf('class="pl-stack"'));
    const markers = tagsWithClass(html, 'pl-named');
    expect(markers.length).toBe(1);
    expect(tagsWithClass(before, 'pl-named').length).toBe(1);
    expect(attr(markers[0]!, 'data-layer')).toBe('named');
    expect(markers[0]).toMatch(/\bhidden\b/);
    expect(/ is-on/.test(attr(markers[0]!, 'class')!)).toBe(true);
    expect(tagsWithClass(before, 'pl-hk')).toEqual([]);
  });

  it('puts a marker before a snapshot’s troop figures only for named countries that have a figure there', () => {
    const layers = html.split(/(?=<div\b[^>]*data-layer="snap:)/).slice(1);
    const named = layers.map((l) => {
      const figs = l.indexOf('class="pl-figs"');
      return tagsWithClass(figs < 0 ? '' : l.slice(0, figs), 'pl-hk').map((t) => attr(t, 'data-key'));
    });
    for (const [i, l] of layers.entries()) {
      const withFigure = new Set(tagsWithClass(l, 'pl-fig').map((t) => attr(t, 'data-key')));
      expect(named[i]!.every((k) => withFigure.has(k))).toBe(true);
      expect(new Set(named[i])).toEqual(new Set(['FRA', 'GBR'].filter((k) => withFigure.has(k))));
    }
  });

  it('emphasises, in every disclosure, the entry of the snapshot on screen', () => {
    const entries = tagsWithClass(html, 'pl-pop__snap');
    expect(entries.length).toBe(tagsWithClass(html, 'pl-pop').length * 3);
    const on = entries.filter((t) => / is-on/.test(attr(t, 'class')!)).map((t) => attr(t, 'data-layer'));
    expect(new Set(on)).toEqual(new Set(['snap:2026-01']));
    expect(on.length).toBe(tagsWithClass(html, 'pl-pop').length);
  });

  it('names every source of a disclosure entry once, linked, in its Sources line', () => {
    const entries = items(html, 'pl-pop__snap').filter((e) => e.includes('pl-pop__src'));
    expect(entries.length).toBe(positions().length);
    for (const entry of entries) {
      const line = /<p class="pl-pop__src">([\s\S]*?)<\/p>/.exec(entry)![1]!;
      const links = [...line.matchAll(/<a href="(https?:[^"]+)"/g)].map((m) => m[1]);
      expect(links.length, line.slice(0, 200)).toBeGreaterThan(0);
      expect(new Set(links).size).toBe(links.length);
    }
  });

  it('never shows a troop number without a source link', () => {
    const rows = [...items(html, 'pl-fig__row')];
    const popoverFigures = [...html.matchAll(/<p class="pl-pop__troops">([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of [...rows, ...popoverFigures]) {
      const text = row.replace(/<[^>]+>/g, '');
      if (/\d/.test(text)) expect(row, text).toMatch(/<a href="https?:\/\//);
    }
  });

  it('draws a bar only for a figure with a stated number', () => {
    for (const row of items(html, 'pl-fig__row')) {
      if (row.includes('pl-bar')) expect(row.replace(/<[^>]+>/g, '')).toMatch(/\d/);
    }
  });

  it('has a figure line for every position with troop figures, in its snapshot', () => {
    const withFigures = positions().filter((p) => p.troops || p.reportedTroops);
    const lines = tagsWithClass(html, 'pl-fig').length;
    expect(lines).toBe(withFigures.length);
  });

  it('puts no focusable element inside an aria-hidden container', () => {
    const hidden = [...html.matchAll(/<(\w+)\b[^>]*aria-hidden="true"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
    for (const inner of hidden) expect(inner).not.toMatch(/<(a|button|input|select|textarea)\b|tabindex="0"/);
  });

  it('fails the build on a highlight that is not a charted country', async () => {
    const bad = { ...initial, highlight: ['XYZ'] };
    await expect(render('/src/components/figures/PledgesFigure.astro', { figureId: 'pl', lang: 'en', initial: bad, states: [bad] })).rejects.toThrow(/highlight "XYZ"/);
  });
});

describe('PledgesTable (rendered)', () => {
  let html = '';
  beforeAll(async () => {
    html = await render('/src/components/figures/PledgesTable.astro', { figureId: 'pl', lang: 'en', scenes: ['pledges'] });
  }, 60_000);

  it('is a captioned table with column and row headers', () => {
    expect(html).toMatch(/<caption[^>]*>/);
    const cols = [...html.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(cols).toEqual(['Country', 'Snapshot', 'Position', 'Troop figure', 'Quote', 'Speaker', 'Date', 'Sources', 'Confidence']);
    expect(html).toMatch(/<th scope="row">/);
  });

  it('has one row per country and snapshot, "not stated" where no figure was given', () => {
    const rows = [...html.matchAll(/<tr data-key="([A-Z]{3})" data-snap="([0-9-]+)">([\s\S]*?)<\/tr>/g)];
    const countries = new Set(rows.map((r) => r[1]));
    expect(rows.length).toBe(countries.size * 3);
    const fra = rows.find((r) => r[1] === 'FRA' && r[2] === '2026-01')![3]!;
    expect(fra).toContain('several thousand');
    const notStated = rows.filter((r) => /<td>not stated/.test(r[3]!));
    expect(notStated.length).toBeGreaterThan(0);
  });
});
