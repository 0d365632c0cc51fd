// axe-core on every built page (found in dist/, so new routes and languages are covered the day they land), at a
// phone and a desktop width, with JavaScript on and, on pages with steps, scrolled to the middle step so the
// sticky figure and an active step are what axe sees. No serious or critical violation is allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { scrollToStep } from '../support/story-page.ts';

const baseUrl = inject('baseUrl');
const DIST = process.env.OUT_DIR || 'dist';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// axe is loaded as a same-origin script URL rather than inline text: the renderer keeps the compiled script
// between navigations, which saves a few hundred milliseconds a page.
const AXE_URL = new URL('__axe-core__/axe.min.js', baseUrl).href;
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** Every reader-facing page in the build: each index.html (the dev/ previews excluded) and the 404 page. */
function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'dev' && e.name !== '_astro') walk(join(d, e.name));
      } else if (e.name === 'index.html' || (d === dir && e.name === '404.html')) {
        const rel = relative(dir, join(d, e.name)).split(sep).join('/');
        pages.push(rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

const PAGES = builtPages(DIST);

/** Serious and critical violations on one page at one width, after moving to the middle step if it has steps. */
async function audit(page: Page, path: string): Promise<Violation[]> {
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  const steps = await page.$$eval('[data-step]', (els) => els.map((e) => (e as HTMLElement).dataset.step ?? ''));
  if (steps.length > 0) await scrollToStep(page, steps[Math.floor(steps.length / 2)]!);
  await page.addScriptTag({ url: AXE_URL });
  const violations: Violation[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary ?? '' })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describeViolations(list: Violation[]): string {
  return list
    .map(
      (v) =>
        `\n[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})` +
        v.nodes
          .slice(0, 8)
          .map((n) => `\n    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`)
          .join('') +
        (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '')
    )
    .join('');
}

/** A fresh browser at one size that serves axe at AXE_URL. Reduced motion makes class changes land at once, so
 *  colour contrast is judged on the final colours rather than half-way through a fade; bypassCSP lets axe load
 *  whatever the page's policy. */
async function axeContext(width: number, height: number): Promise<BrowserContext> {
  const context = await freshContext({ viewport: { width, height }, reducedMotion: 'reduce', bypassCSP: true });
  await context.route(AXE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: AXE_SOURCE })
  );
  return context;
}

describe('axe-core at 390 and 1280 px', () => {
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];

  beforeAll(async () => {
    // One browser per width, audited side by side: axe is single-threaded and the story's DOM is large, so two
    // renderers on two cores halve the wall time.
    for (const { width, height } of WIDTHS) {
      const context = await axeContext(width, height);
      contexts.push(context);
      pages.push(await context.newPage());
    }
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  });

  it('finds built pages to check', () => {
    expect(PAGES.length, `no pages in ${DIST}/`).toBeGreaterThan(0);
  });

  it.each(PAGES)('/%s has no serious or critical violations', async (path) => {
    const found = await Promise.all(pages.map((page) => audit(page, path)));
    const report = WIDTHS.map((w, i) => (found[i]!.length ? `\nat ${w.width} px:${describeViolations(found[i]!)}` : '')).join('');
    expect(
      WIDTHS.flatMap((w, i) => found[i]!.map((v) => `${v.id} at ${w.width} px`)),
      `/${path}:${report}`
    ).toEqual([]);
  });
});

// The whole-page pass above sees one step. The steps that name countries in the pledges chart dim every other
// chip (by opacity, which axe folds into the colours it measures): each of those states must still read at AA.
// At desktop width, where no step card lies over the figure: on a phone the cards scroll across it and axe
// leaves every overlapped text unmeasured ("incomplete"), which would let this test pass without checking.
describe('pledges chart: the countries a step does not name keep AA contrast', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await axeContext(1280, 800);
    page = await context.newPage();
    await page.goto(new URL('', baseUrl).href, { waitUntil: 'load' });
    await page.addScriptTag({ url: AXE_URL });
  });
  afterAll(async () => {
    await context.close();
  });

  it('finds steps that name countries in the pledges chart', async () => {
    expect((await namingSteps()).length).toBeGreaterThan(0);
  });

  it('every such step: the other chips are dimmed and no text in the chart fails colour contrast', async () => {
    for (const id of await namingSteps()) {
      await scrollToStep(page, id);
      const dimmed = await page.$$eval('[data-figure="pledges"] .pl-snap.is-on .pl-c:not(.is-hl)', (els) =>
        els.filter((el) => Number(getComputedStyle(el).opacity) < 1).length
      );
      expect(dimmed, `${id}: chips not named are dimmed`).toBeGreaterThan(0);
      type Result = { nodes: { target: string[] }[] };
      const { failing, unmeasured, measured } = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<Record<'violations' | 'incomplete' | 'passes', Result[]>> } }).axe;
        const result = await axe.run(document.querySelector('[data-figure="pledges"] .pl-snap.is-on')!, { runOnly: ['color-contrast'] });
        const targets = (list: Result[]) => list.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
        return { failing: targets(result.violations), unmeasured: targets(result.incomplete), measured: targets(result.passes).length };
      });
      expect(failing, `${id}: colour contrast`).toEqual([]);
      expect(unmeasured, `${id}: text axe could not measure`).toEqual([]);
      expect(measured, `${id}: texts measured`).toBeGreaterThan(dimmed);
    }
  });

  async function namingSteps(): Promise<string[]> {
    return page.$$eval('[data-step]', (els) =>
      els
        .filter((el) => {
          const state = JSON.parse((el as HTMLElement).dataset.state ?? '{}') as { scene?: string; highlight?: string[] };
          return state.scene === 'pledges' && (state.highlight?.length ?? 0) > 0;
        })
        .map((el) => (el as HTMLElement).dataset.step ?? '')
    );
  }
});
