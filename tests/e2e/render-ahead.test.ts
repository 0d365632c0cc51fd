// What keeps a step change inside a frame budget on a slow phone, checked where it happens, in the browser:
// figures (and the pledges chart's snapshots) are rendered ahead while the page is idle, and a change of state
// is spread over a few frames, with aria-busy on the figure meanwhile, ending at the state's own picture.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshContext } from '../support/chromium.ts';
import { PHONE } from '../support/editions.ts';
import { picture, scrollToStep, waitForFigures } from '../support/story-page.ts';

const baseUrl = inject('baseUrl');
let context: BrowserContext;
let page: Page;

/** Before any script of the page: every class change of a deferred layer, with the frame it happened in. */
function recordLayers(): void {
  const w = window as unknown as { __frame: number; __layerLog: string[] };
  w.__frame = 0;
  w.__layerLog = [];
  const tick = () => {
    w.__frame++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        const was = new Set((r.oldValue ?? '').split(' '));
        for (const c of ['is-warm', 'is-next', 'is-on']) {
          if (was.has(c) !== el.classList.contains(c)) w.__layerLog.push(`${w.__frame} ${el.dataset.layer} ${el.classList.contains(c) ? '+' : '-'}${c}`);
        }
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
  });
}

beforeAll(async () => {
  context = await freshContext();
  page = await context.newPage();
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  await page.addInitScript(recordLayers);
  await page.goto(baseUrl, { waitUntil: 'load' });
});
afterAll(async () => {
  await context?.close();
});

const log = () => page.evaluate(() => (window as unknown as { __layerLog: string[] }).__layerLog);

describe('rendering ahead', () => {
  it('renders every figure once the page is idle, without the reader scrolling to it', async () => {
    const sections = await page.locator('[data-section]').count();
    expect(sections).toBeGreaterThanOrEqual(3);
    await page.waitForFunction((n) => document.querySelectorAll('.scrolly__figure.is-warm').length === n, sections, { timeout: 10_000 });
    const rendering = await page.$$eval('.scrolly__figure', (els) => els.map((el) => getComputedStyle(el).contentVisibility));
    expect(rendering).toEqual(Array(sections).fill('visible'));
  });

  it('renders each pledges snapshot that is off once, then lets it be skipped again', async () => {
    const snaps = await page.$$eval('[data-figure="pledges"] .pl-snap[data-warm]', (els) =>
      els.map((el) => ({ layer: el.getAttribute('data-layer')!, on: el.classList.contains('is-on') }))
    );
    expect(snaps.length).toBe(3);
    const off = snaps.filter((s) => !s.on).map((s) => s.layer);
    expect(off.length).toBe(2);
    await page.waitForFunction(
      (layers) => {
        const l = (window as unknown as { __layerLog: string[] }).__layerLog;
        return layers.every((layer) => l.some((e) => e.endsWith(`${layer} -is-warm`)));
      },
      off,
      { timeout: 10_000 }
    );
    const entries = await log();
    for (const layer of off) {
      // Rendered (warm) in one idle period, released in a later one.
      const warmed = entries.filter((e) => e.endsWith(`${layer} +is-warm`));
      const released = entries.filter((e) => e.endsWith(`${layer} -is-warm`));
      expect(warmed, layer).toHaveLength(1);
      expect(released, layer).toHaveLength(1);
    }
    // Released layers go back to content-visibility: hidden once the fade-out delay (--pl-dur) has passed.
    const skipped = () =>
      page.$$eval('[data-figure="pledges"] .pl-snap', (els) =>
        els.map((el) => (el.classList.contains('is-on') ? 'on' : getComputedStyle(el).contentVisibility))
      );
    await expect.poll(async () => (await skipped()).filter((v) => v === 'hidden').length, { timeout: 5_000 }).toBe(2);
    const visibility = await skipped();
    expect(visibility.filter((v) => v === 'on')).toHaveLength(1);
    expect(visibility.filter((v) => v === 'hidden')).toHaveLength(2);
  });

  it('shows a snapshot rendered ahead without a pending switch of content-visibility or of its transform', async () => {
    // A content-visibility transition left running on the snapshot just shown (the delayed switch of the layers
    // that are off) made Chromium rebuild its layout tree when it ended, 600 ms after the step: a 35–93 ms task
    // at CPU 4x. Only the one fading out may carry one. The same goes for a transform that ends as `none`.
    const steps = await page.$$eval('[data-step]', (els) =>
      els
        .map((el) => ({ id: el.id, scene: (JSON.parse((el as HTMLElement).dataset.state ?? '{}') as { scene?: string }).scene }))
        .filter((s) => s.scene === 'pledges')
        .map((s) => s.id)
    );
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const id of steps) {
      await scrollToStep(page, id);
      const shown = await page.$eval('[data-figure="pledges"] .pl-snap.is-on', (el) => ({
        transitions: el.getAnimations().map((a) => (a as CSSTransition).transitionProperty),
        transform: getComputedStyle(el).transform,
      }));
      expect(shown.transitions, id).not.toContain('content-visibility');
      expect(shown.transitions, id).not.toContain('visibility');
      expect(shown.transform, id).not.toBe('none');
    }
  });
});

describe('a change of state spread over frames', () => {
  it('renders the snapshot a step is about to show a frame before fading it in, busy until the picture is whole', async () => {
    await scrollToStep(page, 'pledges-march-2025');
    const before = (await log()).length;
    // Move to the next step and watch the figure root frame by frame.
    const busy = await page.evaluate(async () => {
      const el = document.getElementById('pledges-september-2025')!;
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * 0.5 + 8, behavior: 'instant' });
      const root = document.querySelector('[data-figure="pledges"]')!;
      const snap = root.querySelector<HTMLElement>('.pl-snap[data-layer="snap:2025-09"]')!;
      const seen: (string | null)[] = [];
      // What the snapshot looks like while it carries is-next (read as the class changes: the phase lasts a frame).
      const next: string[] = [];
      const watch = new MutationObserver(() => {
        if (!snap.classList.contains('is-next')) return;
        const style = getComputedStyle(snap);
        next.push(`${style.visibility} ${style.opacity}`);
      });
      watch.observe(snap, { attributes: true, attributeFilter: ['class'] });
      for (let i = 0; i < 8; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        seen.push(root.getAttribute('aria-busy'));
      }
      watch.disconnect();
      return { seen, next };
    });
    expect(busy.seen).toContain('true');
    expect(busy.seen.at(-1)).toBeNull();
    // Made visible a frame before its fade, at opacity 0: nothing a reader sees yet.
    expect(busy.next.length).toBeGreaterThan(0);
    for (const state of busy.next) expect(state).toBe('visible 0');
    await waitForFigures(page);
    const changes = (await log()).slice(before).filter((e) => e.includes('snap:2025-09'));
    const frameOf = (what: string) => Number(changes.find((e) => e.endsWith(what))?.split(' ')[0]);
    // Rendered in idle time already (warm, then released), so it is warmed again just before it shows; then
    // made visible, still transparent, a frame before its fade starts; at rest it is simply on.
    expect(frameOf('+is-warm')).toBeLessThan(frameOf('+is-next'));
    expect(frameOf('+is-next')).toBeLessThan(frameOf('+is-on'));
    expect(frameOf('-is-next')).toBe(frameOf('+is-on'));
    expect(await page.locator('[data-figure="pledges"] .is-next').count()).toBe(0);
  });

  it('ends at the picture a reader who opens the step directly sees', async () => {
    const atRest = await picture(page);
    const direct = await context.newPage();
    try {
      await direct.setViewportSize({ width: PHONE.width, height: PHONE.height });
      await direct.goto(`${baseUrl}#pledges-september-2025`, { waitUntil: 'load' });
      await waitForFigures(direct);
      expect(await picture(direct)).toEqual(atRest);
      expect(atRest.on).toContain('snap:2025-09');
      expect(atRest.on).not.toContain('named');
    } finally {
      await direct.close();
    }
  });
});
