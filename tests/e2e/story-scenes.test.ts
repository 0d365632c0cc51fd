// What a reader sees on key steps, in every language edition, checked against the data rather than against fixed
// numbers: the count of lit members is the data's member count, the territory step's visible label is the area
// computed from the geometry (printed in the edition's number format), the Donbas demand and the held part of
// Donetsk appear on their step, highlights follow the params. English at a phone and a desktop width, the other
// editions at the phone width; one browser for the whole file.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { EDITION_VIEWPORTS } from '../support/editions.ts';
import { scrollToStep } from '../support/story-page.ts';
import { members, statements } from '../../src/data/index.ts';
import { heldDonetskKm2, snapshotAreas } from '../../src/lib/geo/areas.ts';

const baseUrl = inject('baseUrl');
/**
 * Areas are printed rounded to the nearest 100 km², with the edition's thousands separator and unit. Spaces of
 * any kind (French and Ukrainian use no-break ones) read as one space, as `visible` returns them.
 */
const printed = (lang: string, km2: number) =>
  `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.round(km2 / 100) * 100)} ${lang === 'uk' ? 'км²' : 'km²'}`.replace(/\s+/g, ' ');

/** The drawn Donbas area (a group or a nested svg layer, as the map renderer draws it), not its labels. */
const DONBAS_AREA = ':is(g, svg)[data-layer="donbas"]';

let context: BrowserContext;
beforeAll(async () => {
  context = await freshContext({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await context?.close();
});

/** Marks of a figure that are really visible to the reader (layer on and not transparent). */
async function visible(page: Page, figure: string, selector: string): Promise<string[]> {
  return page.$$eval(
    `[data-figure="${figure}"] ${selector}`,
    (els) =>
      els
        .filter((el) => {
          let node: Element | null = el;
          while (node && !node.matches('[data-figure]')) {
            const style = getComputedStyle(node);
            if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
            node = node.parentElement;
          }
          return true;
        })
        .map((el) => el.getAttribute('data-key') ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim())
  );
}

describe.each(EDITION_VIEWPORTS)('key marks of each scene, $lang edition, at $width px', ({ lang, prefix, width, height }) => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${baseUrl}${prefix}`, { waitUntil: 'load' });
  });
  afterAll(async () => page?.close());

  it('coalition: as many members light up as the data has members, and the count says so', async () => {
    await scrollToStep(page, 'the-thirty-five');
    const lit = await visible(page, 'coalition-map', '[data-layer="members"] .member');
    expect(new Set(lit)).toEqual(new Set(members().map((m) => m.iso3)));
    const count = await page.locator('[data-figure="coalition-map"]').innerText();
    expect(count).toContain(String(members().length));
  });

  it('territory: the first snapshot’s area label shows the area computed from the geometry', async () => {
    await scrollToStep(page, 'control-over-time');
    const first = snapshotAreas().find((a) => a.date === '2022-02-23')!;
    const labels = await visible(page, 'territory-map', '.area-label');
    expect(labels).toHaveLength(1);
    expect(labels[0]).toContain(printed(lang, first.occupiedKm2));
  });

  it('territory: scrolling through the step advances the snapshot to January 2026', async () => {
    await scrollToStep(page, 'control-over-time');
    await page.evaluate(() => {
      const el = document.getElementById('control-over-time')!;
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.top + r.height * 0.97 - window.innerHeight / 2);
    });
    const last = snapshotAreas().find((a) => a.date === '2026-01-31')!;
    await expect
      .poll(() => visible(page, 'territory-map', '.area-label'), { timeout: 5000 })
      .toEqual([expect.stringContaining(printed(lang, last.occupiedKm2))]);
  });

  it('claims: the Donbas demand and the Ukrainian-held part of Donetsk, with its computed area, on their step', async () => {
    await scrollToStep(page, 'annexation-claims');
    expect(await visible(page, 'territory-map', DONBAS_AREA)).toHaveLength(0);
    await scrollToStep(page, 'the-whole-donbas');
    expect((await visible(page, 'territory-map', DONBAS_AREA)).length).toBeGreaterThan(0);
    const label = await visible(page, 'territory-map', '.map-label[data-layer="held-donetsk"]');
    expect(label.join(' ')).toContain(printed(lang, heldDonetskKm2('2026-01-31')));
  });

  it.each([
    { step: 'pledges-france-britain', keys: ['FRA', 'GBR'] },
    { step: 'pledges-no-soldiers', keys: ['ITA', 'CZE', 'GRC', 'DEU', 'POL', 'ROU'] },
  ])('pledges: $step highlights exactly its countries', async ({ step, keys }) => {
    await scrollToStep(page, step);
    const hl = await visible(page, 'pledges', '.pl-snap.is-on .pl-c.is-hl');
    expect(new Set(hl)).toEqual(new Set(keys));
  });

  it('timeline: the step’s event is the highlighted one', async () => {
    await scrollToStep(page, 'no-progress-on-land');
    expect(await visible(page, 'timeline', '.tl-ev.is-hl')).toEqual(['event:mar-a-lago']);
    await scrollToStep(page, 'legitimate-targets');
    expect(await visible(page, 'timeline', '.tl-ev.is-hl')).toEqual(['event:zakharova-targets']);
  });

  it('greenland: the statement’s signatories, and only they, are filled in the signatory colour', async () => {
    await scrollToStep(page, 'greenland-statement');
    const statement = statements().find((s) => s.signatories.length === 7)!;
    const marked = await page.$eval('[data-figure="greenland-map"] .graphic--map', (graphic) => {
      // Resolve the legend's signatory colour the way the browser paints it, then find the countries painted so.
      const probe = document.createElement('span');
      probe.style.color = 'var(--c-sig)';
      graphic.appendChild(probe);
      const sig = getComputedStyle(probe).color;
      probe.remove();
      return [...graphic.querySelectorAll('path[data-key]')]
        .filter((p) => getComputedStyle(p).fill === sig)
        .map((p) => p.getAttribute('data-key'));
    });
    expect(new Set(marked)).toEqual(new Set(statement.signatories));
  });
});
