// Single-figure embeds (/embed/<figure-id>/): each renders in a cross-origin pym.js host and takes the height of
// its content at 360, 768 and 1200 px; step controls replace scroll (buttons, list, keyboard, announced
// description); ?step= opens at a state; the page carries canonical, noindex and oEmbed discovery; the oEmbed
// files are valid; the embed box works with and without JavaScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { startHost, type HostServer } from '../fixtures/embed-host/serve.ts';
import { embedOf, scrollHostTo, settledHeights, watchHygiene } from '../fixtures/embed-host/helpers.ts';

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

/** The figures and their steps, from the story page the embeds are cut from. */
async function figuresOfStory(): Promise<FigureInfo[]> {
  const html = await (await fetch(baseUrl)).text();
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
let figures: FigureInfo[];
const problems: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  [host, figures] = await Promise.all([startHost(), figuresOfStory()]);
  context = await freshContext({ viewport: { width: 1200, height: 800 }, reducedMotion: 'reduce' });
  watchHygiene(context, [new URL(baseUrl).origin, host.origin], problems, foreignRequests);
});
afterAll(async () => {
  await context?.close();
  await host?.close();
});

describe('each figure embed in a pym.js host page (cross-origin)', () => {
  let page: Page;
  const measured: Record<string, Record<number, number>> = {};
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(async () => {
    await page?.close();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/embed-figure-heights.json', `${JSON.stringify(measured, null, 2)}\n`);
    console.log(`figure embed heights (host width → iframe px): ${JSON.stringify(measured)}`);
  });

  it('found the figures of the story', () => {
    expect(figures.length).toBeGreaterThanOrEqual(3);
  });

  it('renders each figure and takes the height of its content at 1200, 768 and 360 px', async () => {
    for (const figure of figures) {
      const src = `${baseUrl}embed/${figure.id}/`;
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
      measured[figure.id] = {};
      for (const width of [1200, 768, 360]) {
        await page.setViewportSize({ width, height: 800 });
        const h = await settledHeights(embedded);
        expect(Math.abs(h.iframe - h.content), `${figure.id}: iframe ${h.iframe} vs content ${h.content} at ${width}`).toBeLessThanOrEqual(8);
        expect(h.scrollHeight, `${figure.id}: no vertical scroll at ${width}`).toBeLessThanOrEqual(h.viewportHeight + 1);
        expect(h.scrollWidth, `${figure.id}: no horizontal scroll at ${width}`).toBeLessThanOrEqual(
          h.viewportWidth + (RENDERER_OVERFLOW_PX[figure.id] ?? 0)
        );
        measured[figure.id]![width] = Math.round(h.iframe);
      }
    }
  });
});

describe('overlays in an auto-height frame', () => {
  it('opens a chart’s popover in the part of the frame the reader sees', async (ctx) => {
    const html = await Promise.all(figures.map(async (f) => [f.id, await (await fetch(`${baseUrl}embed/${f.id}/`)).text()] as const));
    const withPopover = html.find(([, text]) => text.includes('popovertarget='))?.[0];
    if (!withPopover) return ctx.skip();
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      const src = `${baseUrl}embed/${withPopover}/`;
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
  const altOf = (id: string) =>
    page.evaluate((stepId) => document.querySelector(`[data-stepper-go][data-step-id="${stepId}"]`)?.getAttribute('data-alt'), id);

  it('moves through the states with Previous/Next, the list and the keyboard, announcing each', async () => {
    expect(figure.steps.length).toBeGreaterThan(2);
    await page.goto(`${baseUrl}embed/${figure.id}/`, { waitUntil: 'load' });
    const [first, second] = figure.steps;
    const last = figure.steps.at(-1)!;
    expect(await state()).toMatchObject({ current: first!.id, scene: first!.scene, prevDisabled: true, nextDisabled: false, live: 'polite' });
    expect((await state()).status).toContain(await altOf(first!.id));

    await page.getByRole('button', { name: /Next/ }).click();
    expect(await state()).toMatchObject({ current: second!.id, scene: second!.scene, prevDisabled: false, live: 'polite' });
    expect((await state()).status).toContain(`2 of ${figure.steps.length}`);
    expect((await state()).status).toContain(await altOf(second!.id));

    await page.getByRole('button', { name: /Previous/ }).click();
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
    await page.goto(`${baseUrl}embed/${figure.id}/?step=${last.id}`, { waitUntil: 'load' });
    expect(await state()).toMatchObject({ current: last.id, scene: last.scene });
    await page.goto(`${baseUrl}embed/${figure.id}/?step=no-such-step&theme=neon&lang=xx`, { waitUntil: 'load' });
    expect((await state()).current).toBe(figure.steps[0]!.id);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('moves to another language edition with ?lang=, keeping the other parameters', async (ctx) => {
    const edition = `${baseUrl}embed/fr/${figure.id}/`;
    if ((await fetch(edition)).status !== 200) return ctx.skip();
    await page.goto(`${baseUrl}embed/${figure.id}/?lang=fr&theme=dark&childId=abc`, { waitUntil: 'load' });
    await page.waitForURL(`${edition}?lang=fr&theme=dark&childId=abc`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(['fr', 'dark']);
  });

  it('links back to the story (canonical), is noindex, and announces its oEmbed', async () => {
    await page.goto(`${baseUrl}embed/${figure.id}/`, { waitUntil: 'load' });
    const head = await page.evaluate(() => ({
      canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href'),
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
      oembed: document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href'),
    }));
    expect(new URL(head.canonical!).hash).toBe(`#${figure.steps[0]!.id}`);
    expect(new URL(head.canonical!).pathname).not.toContain('embed');
    expect(head.robots).toContain('noindex');
    expect(head.oembed).toMatch(new RegExp(`/embed/${figure.id}/oembed\\.json$`));
  });

  it('offers the embed code with a working copy button when opened directly', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await page.goto(`${baseUrl}embed/${figure.id}/`, { waitUntil: 'load' });
    const box = page.locator('.embed-box');
    expect(await box.isVisible()).toBe(true);
    const pym = await page.locator(`#ukraine-ceasefire-${figure.id}-pym`).inputValue();
    expect(pym).toContain(`data-pym-src="`);
    expect(pym).toContain(`/embed/${figure.id}/"`);
    expect(await page.locator(`#ukraine-ceasefire-${figure.id}-pym`).getAttribute('readonly')).not.toBeNull();
    await page.locator(`[data-copy-for="ukraine-ceasefire-${figure.id}-iframe"]`).click();
    await page.waitForFunction(() => (document.querySelector('[data-copy-status]')?.textContent ?? '') !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe ');
  });

  it('without JavaScript: the figure, its description and the readable embed code; no dead controls', async () => {
    // Scripts off for this page only (Chromium's emulation), instead of launching a second browser.
    const p = await context.newPage();
    try {
      await p.setViewportSize({ width: 390, height: 844 });
      const cdp = await context.newCDPSession(p);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await p.goto(`${baseUrl}embed/${figure.id}/`, { waitUntil: 'load' });
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
    for (const path of ['embed/', ...figures.map((f) => `embed/${f.id}/`)]) {
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

describe('hygiene', () => {
  it('logged no errors, requested nothing from a third origin, set no cookie', async () => {
    expect(await context.cookies()).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
