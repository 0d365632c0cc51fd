// The chart glyphs are empty <i> elements shaped by CSS clip-paths (src/components/figures/charts/Glyph.astro);
// the timeline's SVG dots and the legends draw the same shapes from glyphPath() (src/lib/charts/categories.ts).
// If the two drifted, a legend would show a shape the chart does not draw. This test puts both side by side in
// the built story page, at 10x, and hit-tests a grid of points: Chromium answers for the CSS glyph from its
// clip-path and rounded box, and for the SVG from the filled or stroked path, so both are judged as drawn.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { CATEGORY_STYLE, glyphPath, type GlyphShape } from '../../src/lib/charts/categories.ts';
import { KIND_STYLE } from '../../src/lib/charts/timeline-kinds.ts';

const baseUrl = inject('baseUrl');
const SHAPES: GlyphShape[] = ['circle', 'square', 'diamond', 'triangle', 'cross', 'ring'];
/** Glyph size under test: the 12-unit box at 10x, so a grid step of 2 px is 0.2 units of the viewBox. */
const SIZE = 120;
const GRID = 60;

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await freshContext({ viewport: { width: 800, height: 600 } });
  page = await context.newPage();
  // The story page carries the glyph CSS; the test draws its own glyphs on top of it.
  await page.goto(baseUrl, { waitUntil: 'load' });
});
afterAll(async () => {
  await context?.close();
});

interface Coverage {
  css: number;
  svg: number;
  both: number;
  differ: number;
}

/** Hit-tests the CSS glyph `shape` against the SVG path of `against` (the same shape unless a test says otherwise). */
async function coverage(shape: GlyphShape, size: number, against: GlyphShape = shape): Promise<Coverage> {
  const { d, stroke } = glyphPath(against);
  return page.evaluate(
    ({ shape, d, stroke, size, grid }) => {
      document.getElementById('glyph-test')?.remove();
      const box = document.createElement('div');
      box.id = 'glyph-test';
      box.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;background:#fff;display:flex;gap:40px;padding:20px';
      const paint = stroke ? `fill="none" stroke="#000" stroke-width="2.2" stroke-linecap="round"` : 'fill="#000"';
      box.innerHTML =
        `<i class="gl gl--${shape}" style="color:#000;--gl-s:${size}px;vertical-align:top"></i>` +
        `<svg width="${size}" height="${size}" viewBox="0 0 12 12" style="display:block"><path d="${d}" ${paint}/></svg>`;
      document.body.append(box);
      const [css, svg] = [box.children[0]!.getBoundingClientRect(), box.children[1]!.getBoundingClientRect()];
      const out = { css: 0, svg: 0, both: 0, differ: 0 };
      for (let i = 0; i < grid; i++)
        for (let j = 0; j < grid; j++) {
          const fx = (i + 0.5) / grid;
          const fy = (j + 0.5) / grid;
          const inCss = document.elementFromPoint(css.left + fx * css.width, css.top + fy * css.height)?.tagName === 'I';
          const inSvg = document.elementFromPoint(svg.left + fx * svg.width, svg.top + fy * svg.height)?.tagName === 'path';
          out.css += +inCss;
          out.svg += +inSvg;
          out.both += +(inCss && inSvg);
          out.differ += +(inCss !== inSvg);
        }
      box.remove();
      return out;
    },
    { shape, d, stroke, size, grid: GRID }
  );
}

describe('chart glyphs: CSS clip-paths draw the shapes of glyphPath()', () => {
  it.each(SHAPES)('%s covers the area of the SVG path', async (shape) => {
    const c = await coverage(shape, SIZE);
    // Both drew something, and they agree on all but the anti-aliased edge and the cross's caps (squared off
    // where the SVG rounds them): fewer than 4% of the points of the box.
    expect(c.svg, 'SVG path drew nothing').toBeGreaterThan(GRID * GRID * 0.1);
    expect(c.css, 'CSS glyph drew nothing').toBeGreaterThan(GRID * GRID * 0.1);
    expect(c.differ / (GRID * GRID), `${shape}: ${JSON.stringify(c)}`).toBeLessThan(0.04);
    // The overlap is most of either shape: a shape shifted or scaled would fail here.
    expect(c.both / c.svg).toBeGreaterThan(0.9);
  });

  it('every shape a category or an event kind uses has a rule', () => {
    const used = new Set([...Object.values(CATEGORY_STYLE), ...Object.values(KIND_STYLE)].map((s) => s.shape));
    for (const shape of used) expect(SHAPES, shape).toContain(shape);
  });

  it.each([
    ['circle', 'ring'],
    ['square', 'diamond'],
    ['triangle', 'diamond'],
    ['cross', 'square'],
  ] as [GlyphShape, GlyphShape][])('a CSS %s does not pass for the SVG %s (the comparison can fail)', async (css, svg) => {
    const c = await coverage(css, SIZE, svg);
    expect(c.differ / (GRID * GRID)).toBeGreaterThan(0.04);
  });

  it('glyphs in the page keep their size: 12 px, 9 px for the smaller "moved from" glyph', async () => {
    const sizes = await page.evaluate(() => {
      const box = (sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height)];
      };
      return { chip: box('.pl-chip .gl'), from: box('.gl--from') };
    });
    expect(sizes.chip).toEqual([12, 12]);
    if (sizes.from) expect(sizes.from).toEqual([9, 9]);
  });

  it('in forced-colours mode a glyph is drawn in the text colour, not erased', async () => {
    const fc = await freshContext({ viewport: { width: 800, height: 600 }, forcedColors: 'active' });
    try {
      const p = await fc.newPage();
      await p.goto(baseUrl, { waitUntil: 'load' });
      const seen = await p.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const text = getComputedStyle(probe).color;
        const gl = document.querySelector('.pl-chip .gl')!;
        const cs = getComputedStyle(gl);
        return { text, colour: cs.color, background: cs.backgroundColor };
      });
      expect(seen.colour).toBe(seen.text);
      expect(seen.background).toBe(seen.text);
    } finally {
      await fc.close();
    }
  });
});
