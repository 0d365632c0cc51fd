// The story engine's public contract, in the browser, at a phone and a desktop width: each step activates its
// scene; any path (random jumps, deep links, resizes) ends in the picture of the forward pass; the page works
// without JavaScript; no console errors, no request leaves the origin, nothing is stored.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { picture, readSteps, scrollToStep, seeded, waitForActive, type Picture, type StepInfo } from '../support/story-page.ts';

const baseUrl = inject('baseUrl');
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

describe.each(WIDTHS)('story engine at $width px ($name)', ({ width, height }) => {
  let context: BrowserContext;
  let page: Page;
  let steps: StepInfo[];
  const forward = new Map<string, Picture>();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;

  beforeAll(async () => {
    context = await freshContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    context.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
    });
    await page.goto(baseUrl, { waitUntil: 'load' });
    steps = await readSteps(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('has unique step ids in reading order, and at least 8 steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
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
      forward.set(step.id, pic);
      seenScenes.push(step.scene);
    }
    // A scenechange event fired for every change of scene along the way.
    const changes = seenScenes.filter((s, i) => i === 0 || s !== seenScenes[i - 1]).slice(1);
    expect(events.map((e) => e.scene).slice(-changes.length)).toEqual(changes);
  });

  it('ends in the forward pass’s picture after random jumps in any order', async () => {
    const rand = seeded(width);
    for (let i = 0; i < 12; i++) {
      const step = steps[Math.floor(rand() * steps.length)]!;
      await scrollToStep(page, step.id);
      expect(await picture(page), `jump ${i} to ${step.id}`).toEqual(forward.get(step.id));
    }
  });

  it('opens a deep link (#step-id) at that step with its scene', async () => {
    const rand = seeded(width + 1);
    for (let i = 0; i < 3; i++) {
      const step = steps[1 + Math.floor(rand() * (steps.length - 1))]!;
      const p = await context.newPage();
      await p.goto(`${baseUrl}#${step.id}`, { waitUntil: 'load' });
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

describe('without JavaScript', () => {
  it('reads the whole narrative in order, with every figure drawn in a meaningful static state', async () => {
    const context = await freshContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
      const steps = await readSteps(page);
      expect(steps.length).toBeGreaterThanOrEqual(8);
      // Every step's text is in the document and visible.
      for (const s of steps) {
        const box = await page.locator(`[data-step="${s.id}"]`).boundingBox();
        expect(box, s.id).not.toBeNull();
        expect(box!.height).toBeGreaterThan(20);
      }
      // Each figure shows its first step's scene, with an SVG drawn at build time.
      const figures = await page.$$eval('[data-section]', (secs) =>
        secs.map((sec) => {
          const fig = sec.querySelector<HTMLElement>('[data-figure]')!;
          const first = sec.querySelector<HTMLElement>('[data-step]')!;
          return {
            scene: fig.dataset.scene,
            firstScene: JSON.parse(first.dataset.state!).scene,
            svgs: fig.querySelectorAll('svg').length,
            visible: fig.getBoundingClientRect().height,
          };
        })
      );
      for (const f of figures) {
        expect(f.scene).toBe(f.firstScene);
        expect(f.svgs).toBeGreaterThan(0);
        expect(f.visible).toBeGreaterThan(200);
      }
      // The sources are reachable.
      expect(await page.locator('a[href$="sources/"]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
