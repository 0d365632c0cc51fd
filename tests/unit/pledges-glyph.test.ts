// The glyphs of the charts are CSS masks (src/components/figures/charts/Glyph.astro) drawn from the same paths as
// the timeline's SVG dots (glyphPath in src/lib/charts/categories.ts). If the two drifted, a legend would show a
// shape the chart does not draw: this test reads the masks out of the component and compares them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLE, glyphPath, type GlyphShape } from '../../src/lib/charts/categories.ts';
import { KIND_STYLE } from '../../src/lib/charts/timeline-kinds.ts';

const source = readFileSync(new URL('../../src/components/figures/charts/Glyph.astro', import.meta.url), 'utf8');

/** The SVG inside the `.gl--<shape>` rule's mask-image data URL, decoded. */
function maskSvg(shape: string): string | undefined {
  const rule = new RegExp(`\\.gl--${shape}\\s*\\{\\s*mask-image:\\s*url\\("data:image/svg\\+xml,([^"]+)"\\)`).exec(source);
  return rule ? decodeURIComponent(rule[1]!) : undefined;
}

const SHAPES: GlyphShape[] = ['circle', 'square', 'diamond', 'triangle', 'cross', 'ring'];

describe('chart glyphs (CSS masks)', () => {
  it.each(SHAPES)('draws %s with the path of glyphPath()', (shape) => {
    const svg = maskSvg(shape);
    expect(svg, `no .gl--${shape} mask in Glyph.astro`).toBeDefined();
    const { d, stroke } = glyphPath(shape);
    const path = /<path d='([^']+)'([^/]*)\/>/.exec(svg!);
    expect(path?.[1]).toBe(d);
    // Outlines are strokes of the same weight as the SVG dots; filled shapes have no stroke.
    if (stroke) expect(path?.[2]).toMatch(/fill='none' stroke='#000' stroke-width='2\.2'/);
    else expect(path?.[2]).not.toMatch(/stroke/);
    expect(svg).toMatch(/viewBox='0 0 12 12'/);
  });

  it('has a mask for every shape a category or an event kind uses', () => {
    const used = new Set([...Object.values(CATEGORY_STYLE), ...Object.values(KIND_STYLE)].map((s) => s.shape));
    for (const shape of used) expect(maskSvg(shape), shape).toBeDefined();
  });

  it('keeps the shape visible in forced-colours mode and in print', () => {
    expect(source).toMatch(/@media \(forced-colors: active\)\s*\{\s*\.gl\s*\{[^}]*background: CanvasText/);
    expect(source).toMatch(/@media print\s*\{\s*\.gl\s*\{[^}]*print-color-adjust: exact/);
  });
});
