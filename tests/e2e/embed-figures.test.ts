// Single-figure embeds (/embed/<figure-id>/, and /fr/embed/…, /uk/embed/… for the other editions), each edition
// held to the same checks: each figure renders in a cross-origin pym.js host and takes the height of its content
// at 360, 768 and 1200 px (posting it Datawrapper-style too); step controls replace scroll (buttons, list,
// keyboard, announced description, in the edition's words); ?step= opens at a state and ?lang= moves to another
// edition; the page carries canonical, hreflang alternates, noindex and oEmbed discovery; the oEmbed files are
// valid; the embed box works with and without JavaScript. One browser for the whole file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { EDITIONS } from '../support/editions.ts';
import { startHost, type HostServer } from '../fixtures/embed-host/serve.ts';
import { datawrapperHeight, embedOf, scrollHostTo, settledHeights, watchHygiene } from '../fixtures/embed-host/helpers.ts';
import { t } from '../../src/i18n/ui.ts';
import { embedText } from '../../src/components/embed/strings.ts';

const baseUrl = inject('baseUrl');

/**
 * Horizontal overflow a renderer is known to have, in px, tolerated here so this file tests the embed, not the
 * chart. pledges: at container widths of about 640–790 px its six columns are narrower than the longest chips
 * (the same 3 px overflow shows on the story page at 768 px). Remove the entry once the renderer is fixed.
 */
const RENDERER_OVERFLOW_PX: Record<string, number> = { pledges: 4 };

interface FigureInfo {
  id: string;
  steps: { id: string; scene: string; alt: string }[];
}

/** The figures and their steps, from the story page (of the edition under `prefix`) the embeds are cut from. */
async function figuresOfStory(prefix: string): Promise<FigureInfo[]> {
  const html = await (await fetch(`${baseUrl}${prefix}`)).text();
  const figures: FigureInfo[] = [];
  for (const section of html.split('data-section="').slice(1)) {
    const id = section.slice(0, section.indexOf('"'));
    const steps = [...section.matchAll(/data-step="([^"]+)" data-state="([^"]+)"/g)].map((m) => ({
      id: m[1]!,
      scene: (JSON.parse(m[2]!.replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&')) as { scene: string }).scene,
      alt: '',
    }));
    figures.push({ id, steps });
  }
  return figures;
}

let host: HostServer;
let context: BrowserContext;
let englishFigures: FigureInfo[];
const problems: string[] = [];
const foreignRequests: string[] = [];
/** Heights per edition, figure and host width, written to test-results/ for docs/embedding.md. */
const measured: Record<string, Record<string, Record<number, number>>> = {};

beforeAll(async () => {
  [host, englishFigures] = await Promise.all([startHost(), figuresOfStory('')]);
  context = await freshContext({ viewport: { width: 1200, height: 800 }, reducedMotion: 'reduce' });
  watchHygiene(context, [new URL(baseUrl).origin, host.origin], problems, foreignRequests);
});
afterAll(async () => {
  await context?.close();
  await host?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/embed-figure-heights.json', `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`figure embed heights (edition → figure → host width → iframe px): ${JSON.stringify(measured)}`);
});

describe.each(EDITIONS.map((e, i) => ({ ...e, next: EDITIONS[(i + 1) % EDITIONS.length]! })))('$lang edition', ({ lang, prefix, next }) => {
  /** This edition's embed of a figure, e.g. /fr/embed/pledges/. */
  const embedUrl = (id: string, query = '') => `${baseUrl}${prefix}embed/${id}/${query}`;
  let figures: FigureInfo[];
  beforeAll(async () => {
    figures = await figuresOfStory(prefix);
  });

  describe('each figure embed in a pym.js host page (cross-origin)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await context.newPage();
      measured[lang] = {};
    });
    afterAll(async () => {
      await page?.close();
    });

    it('found the figures of the story, the same as in the English edition', () => {
      expect(figures.length).toBeGreaterThanOrEqual(3);
      expect(figures.map((f) => f.id)).toEqual(englishFigures.map((f) => f.id));
    });

    it('renders each figure and takes the height of its content at 1200, 768 and 360 px, posting it Datawrapper-style', async () => {
      for (const figure of figures) {
        const src = embedUrl(figure.id);
        await page.setViewportSize({ width: 1200, height: 800 });
        await page.goto(host.page({ src, id: `ukraine-ceasefire-${figure.id}` }), { waitUntil: 'load' });
        const embedded = await embedOf(page, src);
        await embedded.iframe.scrollIntoViewIfNeeded();
        const drawn = await embedded.frame.evaluate((id) => {
          const root = document.querySelector<HTMLElement>(`[data-figure="${id}"]`);
          const graphic = root?.querySelector('.figure__graphic');
          return {
            scene: root?.dataset.scene,
            height: graphic?.getBoundingClientRect().height ?? 0,
            marks: graphic?.querySelectorAll('svg, [data-layer], [data-key]').length ?? 0,
            title: root?.querySelector('.figure__title')?.textContent?.trim(),
            source: root?.querySelector('.figure__source')?.textContent?.trim(),
          };
        }, figure.id);
        expect(drawn.scene, figure.id).toBe(figure.steps[0]!.scene);
        expect(drawn.height, `${figure.id} graphic height`).toBeGreaterThan(150);
        expect(drawn.marks, `${figure.id} marks`).toBeGreaterThan(0);
        expect(drawn.title, `${figure.id} title`).toBeTruthy();
        expect(drawn.source, `${figure.id} source line`).toMatch(/\S/);
        expect(await embedded.frame.evaluate(() => document.documentElement.lang), figure.id).toBe(lang);
        const perWidth: Record<number, number> = (measured[lang]![figure.id] = {});
        for (const width of [1200, 768, 360]) {
          await page.setViewportSize({ width, height: 800 });
          const h = await settledHeights(embedded);
          expect(Math.abs(h.iframe - h.content), `${figure.id}: iframe ${h.iframe} vs content ${h.content} at ${width}`).toBeLessThanOrEqual(8);
          expect(h.scrollHeight, `${figure.id}: no vertical scroll at ${width}`).toBeLessThanOrEqual(h.viewportHeight + 1);
          expect(h.scrollWidth, `${figure.id}: no horizontal scroll at ${width}`).toBeLessThanOrEqual(
            h.viewportWidth + (RENDERER_OVERFLOW_PX[figure.id] ?? 0)
          );
          // The Datawrapper-style message names the container and carries the same height (rounded up).
          await expect
            .poll(async () => Math.abs(((await datawrapperHeight(page, `ukraine-ceasefire-${figure.id}`)) ?? -1e6) - h.content), {
              message: `${figure.id}: Datawrapper-style height vs content ${h.content} at ${width}`,
              timeout: 3000,
            })
            .toBeLessThanOrEqual(8);
          perWidth[width] = Math.round(h.iframe);
        }
      }
    });
  });

  describe('overlays in an auto-height frame', () => {
    it('opens a chart’s popover in the part of the frame the reader sees', async (ctx) => {
      const html = await Promise.all(figures.map(async (f) => [f.id, await (await fetch(embedUrl(f.id))).text()] as const));
      const withPopover = html.find(([, text]) => text.includes('popovertarget='))?.[0];
      if (!withPopover) return ctx.skip();
      const page = await context.newPage();
      try {
        await page.setViewportSize({ width: 360, height: 800 });
        const src = embedUrl(withPopover);
        await page.goto(host.page({ src, id: `ukraine-ceasefire-${withPopover}` }), { waitUntil: 'load' });
        const embedded = await embedOf(page, src);
        await embedded.iframe.scrollIntoViewIfNeeded();
        await settledHeights(embedded);
        const buttonTop = await embedded.frame.evaluate(() => {
          const visible = [...document.querySelectorAll<HTMLElement>('[popovertarget]')].filter(
            (b) => b.getBoundingClientRect().height > 0 && getComputedStyle(b).visibility === 'visible'
          );
          const button = visible.at(-1)!;
          button.setAttribute('data-test-opener', '');
          return button.getBoundingClientRect().top;
        });
        // The frame's top well above the host viewport, the button low in it: a `position: fixed` overlay would
        // open at the frame's own viewport, out of sight.
        expect(buttonTop).toBeGreaterThan(200);
        await scrollHostTo(page, embedded, buttonTop, Math.min(0.85, (buttonTop - 120) / 800));
        await page.waitForTimeout(300);
        await embedded.frame.click('[data-test-opener]');
        const box = await embedded.frame.evaluate(() => {
          const r = document.querySelector(':popover-open')!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        });
        const frameTop = await embedded.iframe.evaluate((el) => el.getBoundingClientRect().top);
        expect(frameTop).toBeLessThan(0);
        expect(box.top + frameTop).toBeGreaterThanOrEqual(0);
        expect(box.bottom + frameTop).toBeLessThanOrEqual(800);
      } finally {
        await page.close();
      }
    });
  });

  describe('step controls, opened directly', () => {
    let page: Page;
    let figure: FigureInfo;
    beforeAll(async () => {
      figure = [...figures].sort((a, b) => b.steps.length - a.steps.length)[0]!;
      page = await context.newPage();
      await page.setViewportSize({ width: 768, height: 900 });
    });
    afterAll(async () => {
      await page?.close();
    });

    const state = () =>
      page.evaluate(() => ({
        current: document.querySelector('[data-stepper-go][aria-current="step"]')?.getAttribute('data-step-id'),
        scene: document.querySelector<HTMLElement>('[data-figure]')?.dataset.scene,
        status: document.querySelector('[data-stepper-status]')?.textContent?.replace(/\s+/g, ' ').trim(),
        live: document.querySelector('[data-stepper-status]')?.getAttribute('aria-live'),
        prevDisabled: document.querySelector<HTMLButtonElement>('[data-stepper-prev]')?.disabled,
        nextDisabled: document.querySelector<HTMLButtonElement>('[data-stepper-next]')?.disabled,
      }));
    // Spaced as `status` reads it: French text has no-break spaces, which \s matches too.
    const altOf = (id: string) =>
      page.evaluate(
        (stepId) => document.querySelector(`[data-stepper-go][data-step-id="${stepId}"]`)?.getAttribute('data-alt')?.replace(/\s+/g, ' ').trim(),
        id
      );

    it('moves through the states with Previous/Next, the list and the keyboard, announcing each', async () => {
      expect(figure.steps.length).toBeGreaterThan(2);
      await page.goto(embedUrl(figure.id), { waitUntil: 'load' });
      const [first, second] = figure.steps;
      const last = figure.steps.at(-1)!;
      expect(await state()).toMatchObject({ current: first!.id, scene: first!.scene, prevDisabled: true, nextDisabled: false, live: 'polite' });
      expect((await state()).status).toContain(await altOf(first!.id));

      // The buttons and the count speak the edition's language.
      await page.getByRole('button', { name: t(lang, 'nextStep'), exact: true }).click();
      expect(await state()).toMatchObject({ current: second!.id, scene: second!.scene, prevDisabled: false, live: 'polite' });
      expect((await state()).status).toContain(t(lang, 'stepOf', { n: 2, total: figure.steps.length }));
      expect((await state()).status).toContain(await altOf(second!.id));

      await page.getByRole('button', { name: t(lang, 'previousStep'), exact: true }).click();
      expect((await state()).current).toBe(first!.id);

      // Keyboard only: Tab to the list of states, End, Home, ArrowRight, Enter on another state.
      await page.focus(`[data-stepper-go][data-step-id="${first!.id}"]`);
      await page.keyboard.press('End');
      expect(await state()).toMatchObject({ current: last.id, scene: last.scene, nextDisabled: true });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step-id'))).toBe(last.id);
      await page.keyboard.press('Home');
      expect((await state()).current).toBe(first!.id);
      await page.keyboard.press('ArrowRight');
      expect((await state()).current).toBe(second!.id);
      await page.focus(`[data-stepper-go][data-step-id="${figure.steps[2]!.id}"]`);
      await page.keyboard.press('Enter');
      expect(await state()).toMatchObject({ current: figure.steps[2]!.id, scene: figure.steps[2]!.scene });
    });

    it('opens at ?step= and ignores an unknown step', async () => {
      const last = figure.steps.at(-1)!;
      await page.goto(embedUrl(figure.id, `?step=${last.id}`), { waitUntil: 'load' });
      expect(await state()).toMatchObject({ current: last.id, scene: last.scene });
      await page.goto(embedUrl(figure.id, '?step=no-such-step&theme=neon&lang=xx'), { waitUntil: 'load' });
      expect((await state()).current).toBe(figure.steps[0]!.id);
      expect(page.url()).toBe(embedUrl(figure.id, '?step=no-such-step&theme=neon&lang=xx'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    });

    it(`moves to another language edition with ?lang=, keeping the other parameters`, async () => {
      const edition = `${baseUrl}${next.prefix}embed/${figure.id}/`;
      const query = `?lang=${next.lang}&theme=dark&childId=abc`;
      await page.goto(embedUrl(figure.id, query), { waitUntil: 'load' });
      await page.waitForURL(`${edition}${query}`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual([next.lang, 'dark']);
    });

    it('links back to its edition’s story (canonical) and method page, names its editions (hreflang), is noindex, and announces its oEmbed', async () => {
      const res = await fetch(embedUrl(figure.id));
      const html = await res.text();
      // Embeds live under the story's prefix: nothing points at the old /embed/<lang>/ paths.
      expect(html).not.toMatch(/\/embed\/(fr|uk)\//);
      await page.goto(embedUrl(figure.id), { waitUntil: 'load' });
      const head = await page.evaluate(() => ({
        canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href'),
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
        oembed: document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href'),
        alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
        more: document.querySelector<HTMLAnchorElement>('.embed-figure__more a')?.getAttribute('href'),
        method: document.querySelector<HTMLAnchorElement>('.figure__links a[href$="sources/"]')?.getAttribute('href'),
      }));
      const story = new URL(`${baseUrl}${prefix}`).pathname;
      expect(new URL(head.canonical!).hash).toBe(`#${figure.steps[0]!.id}`);
      expect(new URL(head.canonical!).pathname).toBe(story);
      expect(new URL(head.more!, baseUrl).pathname).toBe(story);
      // Its Sources and method link is the edition's own method page.
      expect(new URL(head.method!, baseUrl).pathname).toBe(`${story}sources/`);
      expect(head.robots).toContain('noindex');
      expect(new URL(head.oembed!).pathname).toBe(new URL(embedUrl(figure.id, 'oembed.json')).pathname);
      const expected = EDITIONS.map((e) => [e.lang, new URL(`${baseUrl}${e.prefix}embed/${figure.id}/`).pathname]);
      expect(head.alternates.map(([l, href]) => [l, new URL(href!).pathname])).toEqual([...expected, ['x-default', expected[0]![1]]]);
    });

    it('offers the embed code with a working copy button when opened directly', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      await page.goto(embedUrl(figure.id), { waitUntil: 'load' });
      const box = page.locator('.embed-box');
      expect(await box.isVisible()).toBe(true);
      // Visible words in the edition's language (the rest of each name is visually hidden, for screen readers).
      expect((await box.locator('summary').innerText()).trim().startsWith(t(lang, 'embedThis'))).toBe(true);
      const pym = await page.locator(`#ukraine-ceasefire-${figure.id}-pym`).inputValue();
      expect(pym).toContain(`data-pym-src="`);
      expect(pym).toMatch(new RegExp(`data-pym-src="https?://[^"/]+/${prefix}embed/${figure.id}/"`));
      const iframeCode = await page.locator(`#ukraine-ceasefire-${figure.id}-iframe`).inputValue();
      expect(iframeCode).toMatch(new RegExp(`^<iframe src="https?://[^"/]+/${prefix}embed/${figure.id}/"`));
      const copyButton = page.locator(`[data-copy-for="ukraine-ceasefire-${figure.id}-iframe"]`);
      expect((await copyButton.innerText()).trim().startsWith(embedText(lang, 'copy'))).toBe(true);
      expect(await page.locator(`#ukraine-ceasefire-${figure.id}-pym`).getAttribute('readonly')).not.toBeNull();
      await copyButton.click();
      await page.waitForFunction(() => (document.querySelector('[data-copy-status]')?.textContent ?? '') !== '');
      expect(await page.locator('[data-copy-status]').textContent()).toBe(embedText(lang, 'copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe ');
    });

    it('without JavaScript: the figure, its description and the readable embed code; no dead controls', async () => {
      // Scripts off for this page only (Chromium's emulation), instead of launching a second browser.
      const p = await context.newPage();
      try {
        await p.setViewportSize({ width: 390, height: 844 });
        const cdp = await context.newCDPSession(p);
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
        await p.goto(embedUrl(figure.id), { waitUntil: 'load' });
        expect(await p.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
        expect(await p.locator('[data-figure] .figure__graphic').isVisible()).toBe(true);
        expect(await p.locator('[data-stepper-alt]').textContent()).toMatch(/\w{3}/);
        expect(await p.locator('[data-stepper-controls]').isVisible()).toBe(false);
        expect(await p.locator('[data-copy-for]').first().isVisible()).toBe(false);
        const codes = await p.locator('textarea[readonly]').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
        expect(codes.some((c) => c.includes('data-pym-src'))).toBe(true);
        expect(codes.some((c) => c.startsWith('<iframe '))).toBe(true);
      } finally {
        await p.close();
      }
    });
  });

  describe('oEmbed', () => {
    it('serves a rich 1.0 response for the story and each figure, whose iframe points at the embed', async () => {
      for (const path of [`${prefix}embed/`, ...figures.map((f) => `${prefix}embed/${f.id}/`)]) {
        const res = await fetch(`${baseUrl}${path}oembed.json`);
        expect(res.status, path).toBe(200);
        const body = (await res.json()) as Record<string, unknown>;
        expect(body, path).toMatchObject({ version: '1.0', type: 'rich' });
        expect(Number.isInteger(body.width) && Number.isInteger(body.height), path).toBe(true);
        expect(body.html as string).toMatch(new RegExp(`^<iframe src="[^"]*/${path}" title="[^"]+"`));
        expect(body.title, path).toBeTruthy();
      }
    });
  });
});

describe('hygiene', () => {
  it('logged no errors, requested nothing from a third origin, set no cookie', async () => {
    expect(await context.cookies()).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
