// The story engine's public contract, in the browser, in every language edition (English at a phone and a
// desktop width, the others at the phone width with a smaller random sample): each step activates its scene;
// any path (random jumps, deep links, resizes, keyboard focus) ends in the picture of the forward pass; the
// page works without JavaScript; no console errors, no request leaves the origin, nothing is stored.
// One browser for the whole file: each case opens its own pages in it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { EDITIONS, EDITION_VIEWPORTS, PHONE } from '../support/editions.ts';
import { picture, readSteps, scrollToStep, seeded, waitForActive, type Picture, type StepInfo } from '../support/story-page.ts';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
let context: BrowserContext;
/** The English story's step ids, in reading order: every edition must have the same. */
let englishSteps: string[];

beforeAll(async () => {
  context = await freshContext({ reducedMotion: 'reduce' });
  const html = await (await fetch(baseUrl)).text();
  englishSteps = [...html.matchAll(/\sdata-step="([^"]+)"/g)].map((m) => m[1]!);
});
afterAll(async () => {
  await context?.close();
});

describe.each(EDITION_VIEWPORTS)('story engine, $lang edition, at $width px ($name)', (run) => {
  const { lang, prefix, width, height, jumps, deepLinks } = run;
  const url = `${baseUrl}${prefix}`;
  let page: Page;
  let steps: StepInfo[];
  const forward = new Map<string, Picture>();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  /** A page of this case's size whose errors and off-origin requests are recorded. */
  async function openPage(): Promise<Page> {
    const p = await context.newPage();
    await p.setViewportSize({ width, height });
    p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    p.on('pageerror', (e) => consoleErrors.push(String(e)));
    p.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
    });
    return p;
  }

  beforeAll(async () => {
    page = await openPage();
    await page.goto(url, { waitUntil: 'load' });
    steps = await readSteps(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('is the edition asked for, with the English edition’s step ids in reading order, at least 8', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(steps.map((s) => s.id)).toEqual(englishSteps);
  });

  it('activates each step’s scene on a forward pass, marking only that step aria-current', async () => {
    const seenScenes: string[] = [];
    const events: { step: string; scene: string }[] = [];
    await page.exposeFunction('__sceneChange', (d: { step: string; scene: string }) => events.push(d));
    await page.evaluate(() =>
      document.addEventListener('scenechange', (e) => (window as any).__sceneChange((e as CustomEvent).detail))
    );
    for (const step of steps) {
      await scrollToStep(page, step.id);
      const pic = await picture(page);
      expect(pic.step).toBe(step.id);
      expect(pic.figure).toBe(step.figure);
      expect(pic.scene).toBe(step.scene);
      expect(await page.locator('[aria-current="step"]').count()).toBe(1);
      // The map's tint classes follow the active layers (picture() flags a root whose data-on disagrees).
      expect(pic.tints.filter((t) => t.startsWith('!')), `${step.id}: on-<key> classes vs data-on`).toEqual([]);
      forward.set(step.id, pic);
      seenScenes.push(step.scene);
    }
    // A scenechange event fired for every change of scene along the way.
    const changes = seenScenes.filter((s, i) => i === 0 || s !== seenScenes[i - 1]).slice(1);
    expect(events.map((e) => e.scene).slice(-changes.length)).toEqual(changes);
  });

  it(`ends in the forward pass’s picture after ${jumps} random jumps in any order`, async () => {
    const rand = seeded(width);
    for (let i = 0; i < jumps; i++) {
      const step = steps[Math.floor(rand() * steps.length)]!;
      await scrollToStep(page, step.id);
      expect(await picture(page), `jump ${i} to ${step.id}`).toEqual(forward.get(step.id));
    }
  });

  it('opens a deep link (#step-id) at that step with its scene', async () => {
    const rand = seeded(width + 1);
    for (let i = 0; i < deepLinks; i++) {
      const step = steps[1 + Math.floor(rand() * (steps.length - 1))]!;
      const p = await openPage();
      await p.goto(`${url}#${step.id}`, { waitUntil: 'load' });
      await waitForActive(p, step.id);
      const pic = await picture(p);
      expect(pic.step).toBe(step.id);
      expect(pic.scene).toBe(step.scene);
      // A deep link opens the step at its start, so even progress-driven layers match the forward pass.
      expect(pic).toEqual(forward.get(step.id));
      await p.close();
    }
  });

  it('keeps the active step and scene through a resize mid-story', async () => {
    const mid = steps[Math.floor(steps.length / 2)]!;
    await scrollToStep(page, mid.id);
    const before = await picture(page);
    await page.setViewportSize({ width: width === 390 ? 1280 : 390, height });
    await waitForActive(page, mid.id);
    expect((await picture(page)).scene).toBe(before.scene);
    await page.setViewportSize({ width, height });
    await waitForActive(page, mid.id);
    expect(await picture(page)).toEqual(before);
  });

  it('follows keyboard focus: tabbing into a step makes it active', async () => {
    await scrollToStep(page, steps[0]!.id);
    const target = steps[2]!;
    await page.focus(`[data-step="${target.id}"]`);
    await waitForActive(page, target.id);
    expect((await picture(page)).scene).toBe(target.scene);
  });

  it('logged no console errors, made no request off its origin, stored nothing', async () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(storage).toBe(0);
  });
});

describe.each(EDITIONS)('$lang edition without JavaScript', ({ lang, prefix }) => {
  it('reads the whole narrative in order, with every figure drawn in a meaningful static state', async () => {
    // Scripts off for this page only (Chromium's emulation), in the file's one browser.
    const page = await context.newPage();
    let cdp: CDPSession | undefined;
    try {
      await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
      cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(`${baseUrl}${prefix}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const steps = await readSteps(page);
      expect(steps.map((s) => s.id)).toEqual(englishSteps);
      // Every step's text is in the document and visible.
      for (const s of steps) {
        const box = await page.locator(`[data-step="${s.id}"]`).boundingBox();
        expect(box, s.id).not.toBeNull();
        expect(box!.height).toBeGreaterThan(20);
      }
      // Each figure shows its first step's scene, with its marks drawn at build time (SVG or HTML marks).
      const figures = await page.$$eval('[data-section]', (secs) =>
        secs.map((sec) => {
          const fig = sec.querySelector<HTMLElement>('[data-figure]')!;
          const first = sec.querySelector<HTMLElement>('[data-step]')!;
          return {
            scene: fig.dataset.scene,
            firstScene: JSON.parse(first.dataset.state!).scene,
            marks: fig.querySelectorAll('svg, [data-layer], [data-key]').length,
            visible: fig.getBoundingClientRect().height,
          };
        })
      );
      expect(figures.length).toBeGreaterThanOrEqual(3);
      for (const f of figures) {
        expect(f.scene).toBe(f.firstScene);
        expect(f.marks).toBeGreaterThan(0);
        expect(f.visible).toBeGreaterThan(200);
      }
      // The sources are reachable.
      expect(await page.locator('a[href$="sources/"]').count()).toBeGreaterThan(0);
    } finally {
      await cdp?.detach().catch(() => undefined);
      await page.close();
    }
  });
});
