// The whole-story embed (/embed/, /fr/embed/, /uk/embed/: every language edition) on a newsroom's page,
// cross-origin, through the real pym.js parent: the frame takes the height of its content at every width with no
// scroll bar (and posts the Datawrapper-style height too), the steps advance and the figures stay in view as the
// HOST page scrolls, a plain fixed-height iframe still works (it scrolls inside), and messages from anyone but
// the parent change nothing. No cookies, no storage, no request to a third origin. English follows the reader at
// 360 and 1200 px, the other editions at 360 px; every other check runs in every edition.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { EDITIONS } from '../support/editions.ts';
import { startHost, type HostServer } from '../fixtures/embed-host/serve.ts';
import {
  activeStep,
  datawrapperHeight,
  embedOf,
  recordStepChanges,
  scrollHostTo,
  settledHeights,
  stepChanges,
  type Embedded,
  watchHygiene,
} from '../fixtures/embed-host/helpers.ts';

const baseUrl = inject('baseUrl');
const CHILD_ID = 'ukraine-ceasefire-story';
const HOST_HEIGHT = 800;

let host: HostServer;
let context: BrowserContext;
const problems: string[] = [];
const foreignRequests: string[] = [];
/** Heights per edition and host width, written to test-results/ for docs/embedding.md. */
const measured: Record<string, Record<number, number>> = {};

beforeAll(async () => {
  host = await startHost();
  context = await freshContext({ viewport: { width: 1200, height: HOST_HEIGHT }, reducedMotion: 'reduce' });
  watchHygiene(context, [new URL(baseUrl).origin, host.origin], problems, foreignRequests);
});
afterAll(async () => {
  await context?.close();
  await host?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/embed-story-heights.json', `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`story embed heights (edition → host width → iframe px): ${JSON.stringify(measured)}`);
});

async function openHost(options: Parameters<HostServer['page']>[0], width = 1200): Promise<{ page: Page } & Embedded> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: HOST_HEIGHT });
  await page.goto(host.page(options), { waitUntil: 'load' });
  return { page, ...(await embedOf(page, options.src)) };
}

interface StepGeometry {
  id: string;
  scene: string;
  figure: string;
  top: number;
}

async function stepGeometry(frame: Frame): Promise<StepGeometry[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-step]')].map((el) => ({
      id: el.dataset.step ?? '',
      scene: (JSON.parse(el.dataset.state ?? '{}') as { scene: string }).scene,
      figure: el.closest<HTMLElement>('[data-section]')?.dataset.section ?? '',
      top: el.getBoundingClientRect().top + window.scrollY,
    }))
  );
}

async function waitForStep(frame: Frame, step: StepGeometry): Promise<void> {
  await frame.waitForFunction(
    ({ id, figure, scene }) =>
      document.querySelector(`[data-step="${id}"]`)?.getAttribute('aria-current') === 'step' &&
      document.querySelector<HTMLElement>(`[data-section="${figure}"] [data-figure]`)?.dataset.scene === scene,
    step,
    { timeout: 4000 }
  );
}

/** The steps worth visiting: each section's first and last, so every figure and every change of scene is seen. */
function sample(steps: StepGeometry[]): StepGeometry[] {
  return steps.filter((s, i) => i === 0 || i === steps.length - 1 || s.figure !== steps[i - 1]!.figure || s.figure !== steps[i + 1]!.figure || s.scene !== steps[i - 1]!.scene);
}

async function forwardPass(page: Page, embedded: Embedded, steps: StepGeometry[]): Promise<void> {
  const { frame, iframe } = embedded;
  for (const step of sample(steps)) {
    // The step's top 8 px above the middle of the host viewport, where the full page's trigger line is.
    await scrollHostTo(page, embedded, step.top + 8, 0.5);
    await waitForStep(frame, step);
    expect(await frame.locator('[aria-current="step"]').count()).toBe(1);
    const figureTop = await frame.evaluate(
      (figure) => document.querySelector(`[data-section="${figure}"] .scrolly__figure`)!.getBoundingClientRect().top,
      step.figure
    );
    const onHost = (await iframe.evaluate((el) => el.getBoundingClientRect().top)) + figureTop;
    // Held at the top of the host viewport, or still arriving in the upper part of it.
    expect(onHost, `figure of ${step.id} on the host page`).toBeGreaterThanOrEqual(-2);
    expect(onHost, `figure of ${step.id} on the host page`).toBeLessThanOrEqual(HOST_HEIGHT * 0.2);
  }
  // And back up: the geometry, not the path, decides.
  await scrollHostTo(page, embedded, steps[1]!.top + 8, 0.5);
  await waitForStep(frame, steps[1]!);
}

describe.each(EDITIONS)('$lang edition: whole story in a pym.js host page (cross-origin)', ({ lang, prefix, full }) => {
  const EMBED = `${baseUrl}${prefix}embed/`;
  // One host page for the sizes, both forward passes and the hostile sibling: loading the story is the slow part.
  let embedded: { page: Page } & Embedded;
  let steps: StepGeometry[];

  beforeAll(async () => {
    embedded = await openHost({ src: EMBED, id: CHILD_ID, hostile: true }, 1200);
  });
  afterAll(async () => {
    await embedded?.page.close();
  });

  it('is the edition asked for, under its prefix, linking back to that edition’s story', async () => {
    const { frame } = embedded;
    const head = await frame.evaluate(() => ({
      lang: document.documentElement.lang,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      oembed: document.querySelector('link[type="application/json+oembed"]')?.getAttribute('href'),
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    }));
    expect(head.lang).toBe(lang);
    expect(new URL(head.canonical!).pathname).toBe(new URL(`${baseUrl}${prefix}`).pathname);
    expect(new URL(head.oembed!).pathname).toBe(new URL(`${EMBED}oembed.json`).pathname);
    // hreflang alternates: the story embed of each edition, and English as the default.
    const expected = EDITIONS.map((e) => [e.lang, new URL(`${baseUrl}${e.prefix}embed/`).pathname]);
    expect(head.alternates.map(([l, href]) => [l, new URL(href!).pathname])).toEqual([...expected, ['x-default', expected[0]![1]]]);
  });

  it('takes the height of its content at 1200, 768 and 360 px, with no scroll bar, and posts it Datawrapper-style', async () => {
    const { page, iframe } = embedded;
    expect(await iframe.getAttribute('scrolling')).toBe('no');
    measured[lang] = {};
    for (const width of [1200, 768, 360]) {
      await page.setViewportSize({ width, height: HOST_HEIGHT });
      // The reader arrives at the embed: the frame is on screen.
      await scrollHostTo(page, embedded, 0, 0.2);
      const h = await settledHeights(embedded);
      expect(Math.abs(h.iframe - h.content), `iframe ${h.iframe} vs content ${h.content} at ${width}`).toBeLessThanOrEqual(8);
      expect(h.scrollHeight, `nothing to scroll vertically at ${width}`).toBeLessThanOrEqual(h.viewportHeight + 1);
      expect(h.scrollWidth, `nothing to scroll horizontally at ${width}`).toBeLessThanOrEqual(h.viewportWidth);
      // The Datawrapper-style message names the container and carries the same height (rounded up).
      await expect.poll(() => datawrapperHeight(page, CHILD_ID), { timeout: 3000 }).toBeGreaterThanOrEqual(h.content - 8);
      expect(await datawrapperHeight(page, CHILD_ID)).toBeLessThanOrEqual(h.content + 8);
      measured[lang]![width] = Math.round(h.iframe);
    }
  });

  it('at 360 px: advances the steps as the host page scrolls, and keeps the figure in view', async () => {
    await embedded.page.setViewportSize({ width: 360, height: HOST_HEIGHT });
    await settledHeights(embedded);
    steps = await stepGeometry(embedded.frame);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    await forwardPass(embedded.page, embedded, steps);
  });

  it.runIf(full)('at 1200 px: the same', async () => {
    await embedded.page.setViewportSize({ width: 1200, height: HOST_HEIGHT });
    await settledHeights(embedded);
    steps = await stepGeometry(embedded.frame);
    await forwardPass(embedded.page, embedded, steps);
  });

  it('ignores messages from a sibling frame and malformed messages, though the same from the parent would act', async () => {
    const { page, frame, iframe } = embedded;
    const step = steps[1]!;
    await scrollHostTo(page, embedded, step.top + 8, 0.5);
    await waitForStep(frame, step);
    await page.waitForTimeout(250);

    const snapshot = () =>
      Promise.all([
        activeStep(frame),
        frame.evaluate(() => [...document.querySelectorAll<HTMLElement>('.scrolly__figure')].map((f) => f.style.cssText)),
        frame.evaluate(() => document.documentElement.style.cssText),
        iframe.evaluate((el) => el.getBoundingClientRect().height),
      ]);
    const before = await snapshot();
    await recordStepChanges(frame);

    // Well-formed pym messages, worded as a genuine parent words them, that would jump far down the story and
    // narrow the layout.
    const far = `1200 ${HOST_HEIGHT} -9000 0 9000 1200`;
    const forged = [`viewport-iframe-positionxPYMx${far}`, 'widthxPYMx300'];
    const hostile = page.frame({ name: 'hostile' })!;
    await hostile.waitForFunction(() => typeof (window as unknown as { attack?: unknown }).attack === 'function');
    const sent = await hostile.evaluate(([id, msgs]) => (window as any).attack(id, msgs), [CHILD_ID, forged] as const);
    expect(sent).toBeGreaterThan(0);

    // Malformed ones from the parent itself: wrong shapes, markup, another child's id, objects.
    await iframe.evaluate((el, id) => {
      const w = el.contentWindow!;
      for (const data of [
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1200 800 -9000 0 <img src=x onerror=alert(1)> 1200`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1200 800 -9000 0 9000`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMxNaN 800 -9000 0 9000 1200`,
        `pymxPYMxsomeone-elsexPYMxviewport-iframe-positionxPYMx1200 800 -9000 0 9000 1200`,
        `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:alert(1)`,
        { 'viewport-iframe-position': [1200, 800, -9000, 0, 9000, 1200] },
      ]) {
        w.postMessage(data, '*');
      }
    }, CHILD_ID);
    await page.waitForTimeout(400);
    expect(await stepChanges(frame)).toEqual([]);
    expect(await snapshot()).toEqual(before);

    // Control: the same forged position from the real parent is obeyed (until the parent's next real one), so
    // the silence above is the checks at work, not a test that could not see a change.
    await iframe.evaluate(
      (el, [id, pos]) => el.contentWindow!.postMessage(`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx${pos}`, '*'),
      [CHILD_ID, far] as const
    );
    await frame.waitForFunction(() => (window as any).__stepChanges.length > 0, null, { timeout: 2000 });
  });

  it('follows keyboard focus: a focused step is brought to the host’s trigger line and becomes active', async () => {
    const { page, frame } = embedded;
    await scrollHostTo(page, embedded, steps[1]!.top + 8, 0.5);
    await waitForStep(frame, steps[1]!);
    const target = steps[Math.min(steps.length - 1, 5)]!;
    await frame.focus(`[data-step="${target.id}"]`);
    await waitForStep(frame, target);
  });

  it('still advances under a pym parent without trackscroll (it asks for the position)', async () => {
    const other = await openHost({ src: EMBED, id: CHILD_ID, trackscroll: false }, 1200);
    await scrollHostTo(other.page, other, 0, 0.2);
    await settledHeights(other);
    // This host page's own geometry: the earlier tests may have left the other page at another width.
    const here = await stepGeometry(other.frame);
    for (const step of [here[3]!, here[1]!]) {
      await scrollHostTo(other.page, other, step.top + 8, 0.5);
      await waitForStep(other.frame, step);
    }
    await other.page.close();
  });
});

describe.each(EDITIONS)('$lang edition: whole story in a plain iframe (no script on the host)', ({ lang, prefix }) => {
  const EMBED = `${baseUrl}${prefix}embed/`;
  it('scrolls inside a fixed-height frame with the figure sticky in it; opens at ?step= with ?theme=dark', async () => {
    const probe = await openHost({ src: EMBED, mode: 'plain', height: 700 }, 768);
    const { frame, iframe } = probe;
    expect(await frame.evaluate(() => document.documentElement.className)).toMatch(/\bembedded\b/);
    expect(await frame.evaluate(() => document.documentElement.classList.contains('embed-auto'))).toBe(false);
    await scrollHostTo(probe.page, probe, 0, 0);
    const inFrame = await stepGeometry(frame);
    for (const step of [inFrame[2]!, inFrame[inFrame.length - 2]!, inFrame[1]!]) {
      await frame.evaluate((top) => window.scrollTo({ top: top - window.innerHeight / 2 + 8, behavior: 'instant' }), step.top);
      await waitForStep(frame, step);
      const figureTop = await frame.evaluate(
        (figure) => document.querySelector(`[data-section="${figure}"] .scrolly__figure`)!.getBoundingClientRect().top,
        step.figure
      );
      expect(Math.abs(figureTop), `sticky figure of ${step.id}`).toBeLessThanOrEqual(Math.round(700 * 0.3));
    }
    expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(700);
    await probe.page.close();

    const target = inFrame[Math.floor(inFrame.length / 2)]!;
    const src = `${EMBED}?step=${target.id}&theme=dark&lang=${lang}`;
    const opened = await openHost({ src, mode: 'plain', height: 700 }, 768);
    await waitForStep(opened.frame, target);
    expect(await opened.frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual([lang, 'dark']);
    // Not auto-sized, so no Datawrapper-style height: a listener would grow the fixed frame without end.
    await opened.page.waitForTimeout(300);
    expect(await datawrapperHeight(opened.page, CHILD_ID)).toBeUndefined();
    const bg = await opened.frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, `dark background, got ${bg}`).toBeLessThan(150);
    expect(await opened.frame.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
    await opened.page.close();
  });
});

describe('hygiene', () => {
  it('logged no errors, requested nothing from a third origin, set no cookie', async () => {
    expect(await context.cookies()).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
