// Renders MapFigure and MapTables with the real data through Astro's container API (a Vite server compiles the
// .astro files, as in pledges-render.test.ts) and checks the map's promises: one member mark per member, one
// control layer per snapshot with its area label, every SVG number at one decimal, the svg hidden from
// assistive technology, accessible tables.
import { describe, expect, it } from 'vitest';
import { useAstroRenderer } from '../support/astro-render.ts';
import { MAP_SCENES } from '../../src/scenes/map-scenes.ts';
import { members } from '../../src/data/index.ts';
import type { FigureState } from '../../src/scenes/types.ts';

const render = useAstroRenderer('map');

/** Opening tags whose class list contains the token `cls`. */
const tagsWithClass = (html: string, cls: string) =>
  [...html.matchAll(/<[a-z]+\b[^>]*>/g)].map((m) => m[0]).filter((t) => new RegExp(`class="(?:[^"]* )?${cls}(?: [^"]*)?"`).test(t));
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
/** Every SVG layer of the map (the HTML camera wrapper holds them). */
const svgOf = (html: string) => /<div class="map-cam"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';

const coalition: FigureState[] = [
  ...['members', 'paris', 'endorsement', 'outside'].map((show) => MAP_SCENES.coalition({ show })),
  ...['contact-line', 'hubs', 'neighbours', 'sea-air', 'monitoring'].map((focus) => MAP_SCENES.forces({ focus })),
];
const territory: FigureState[] = [MAP_SCENES.territory({}), ...['annexed', 'held-donetsk', 'dmz'].map((show) => MAP_SCENES.claims({ show }))];

describe('MapFigure', () => {
  it('draws one member mark per coalition member, inside the members layer', async () => {
    const html = await render('/src/components/figures/MapFigure.astro', { figureId: 'coalition-map', lang: 'en', initial: coalition[0], states: coalition });
    const marks = tagsWithClass(html, 'member');
    expect(marks).toHaveLength(members().length);
    expect(members().length).toBe(35);
    expect(new Set(marks.map((t) => attr(t, 'data-key')))).toEqual(new Set(members().map((a) => a.iso3)));
    // Every mark sits inside an element with data-layer="members": after an opening tag of that layer.
    const firstLayer = html.search(/data-layer="members"/);
    expect(firstLayer).toBeGreaterThan(-1);
    expect(html.indexOf('class="member') > firstLayer).toBe(true);
    // The headline number is the data count.
    expect(html).toContain(`<span class="headline__n">${members().length}</span>`);
  }, 60_000);

  it('writes every SVG number at one decimal and hides the svg from assistive technology', async () => {
    const html = await render('/src/components/figures/MapFigure.astro', { figureId: 'territory-map', lang: 'en', initial: territory[0], states: territory });
    const svg = svgOf(html);
    const tags = svg.match(/<svg\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) {
      expect(tag).toMatch(/aria-hidden="true"/);
      expect(tag).toMatch(/viewBox="0 0 1000 1000"/);
    }
    const long = svg.match(/\d\.\d{2,}/g) ?? [];
    expect(long).toEqual([]);
  }, 60_000);

  it('has one control layer per snapshot of the step, each with its dated area label', async () => {
    const html = await render('/src/components/figures/MapFigure.astro', { figureId: 'territory-map', lang: 'en', initial: territory[0], states: territory });
    const keys = territory[0]!.progress!.keys;
    for (const key of keys) {
      expect(html).toContain(`<svg data-layer="${key}"`);
      const label = tagsWithClass(html, 'area-label').find((t) => attr(t, 'data-layer') === key);
      expect(label, key).toBeDefined();
    }
    expect(html).toMatch(/<svg data-layer="donbas"/);
    const held = /<div[^>]*data-label="held-donetsk"[^>]*>[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(held).toMatch(/^<div data-layer="held-donetsk"/);
    expect(held.replace(/<[^>]+>/g, '')).toMatch(/^Held by Ukraine: \d{1,2},\d00\u00a0km² \(\d{1,2}\.\d% of Donetsk oblast\)$/);
  }, 60_000);

  it('emits the camera transforms the states use, as custom properties', async () => {
    const html = await render('/src/components/figures/MapFigure.astro', { figureId: 'territory-map', lang: 'en', initial: territory[0], states: territory });
    const style = attr(/<div class="graphic graphic--map[^"]*"[^>]*>/.exec(html)![0], 'style') ?? '';
    // Translations in % of the stage (the camera moves an HTML wrapper), with the zoom's inverse for strokes.
    expect(style).toMatch(/--cam-ukraine:translate\(-?\d+(\.\d+)?%,-?\d+(\.\d+)?%\) scale\(\d+(\.\d+)?\);--ik-ukraine:0\.\d+/);
    expect(style).toMatch(/--cam-donbas:/);
    expect(style).not.toMatch(/--cam-europe:/);
  }, 60_000);
});

describe('MapTables', () => {
  it('renders captioned tables with header scopes', async () => {
    const html = await render('/src/components/figures/MapTables.astro', { lang: 'en', scenes: ['coalition', 'territory', 'claims', 'greenland'] });
    expect((html.match(/<table>/g) ?? []).length).toBe(5);
    expect((html.match(/<caption>/g) ?? []).length).toBe(5);
    expect(html).toContain('<th scope="col">');
    expect((html.match(/<th scope="row">/g) ?? []).length).toBeGreaterThan(members().length);
  }, 60_000);
});
