// Helpers the browser tests share: open the story, read the public contract, move like a reader.
import type { Page } from 'playwright-core';

export interface StepInfo {
  id: string;
  scene: string;
  figure: string;
}

/** What the reader sees in the active figure, reduced to a comparable signature. */
export interface Picture {
  step: string | null;
  figure: string | undefined;
  scene: string | undefined;
  camera: string | undefined;
  on: string[];
  hl: string[];
  /** Layers the figure's restyling rules see (the map's tints read its graphic root's on-<key> classes). */
  tints: string[];
}

export async function readSteps(page: Page): Promise<StepInfo[]> {
  return page.$$eval('[data-step]', (els) =>
    els.map((el) => {
      const e = el as HTMLElement;
      return {
        id: e.dataset.step ?? '',
        scene: (JSON.parse(e.dataset.state ?? '{}') as { scene: string }).scene,
        figure: (e.closest('[data-section]') as HTMLElement | null)?.dataset.section ?? '',
      };
    })
  );
}

/** Scroll so that the step's top sits just above the trigger line (the middle of the viewport). */
export async function scrollToStep(page: Page, id: string, offsetPx = 8): Promise<void> {
  await page.evaluate(
    ([stepId, offset]) => {
      const el = document.getElementById(stepId as string)!;
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * 0.5 + (offset as number), behavior: 'instant' });
    },
    [id, offsetPx] as const
  );
  await waitForActive(page, id);
}

export async function waitForActive(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (stepId) => document.querySelector(`[data-step="${stepId}"]`)?.getAttribute('aria-current') === 'step',
    id,
    { timeout: 5000 }
  );
  await waitForFigures(page);
}

/** Until every figure is at rest: a change of state is applied over a few frames, with aria-busy on the figure
 *  root meanwhile (src/client/phases.ts). */
export async function waitForFigures(page: Page): Promise<void> {
  // One frame first: after a scroll, the story's update (which sets aria-busy) runs in the next animation frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  await page.waitForFunction(() => !document.querySelector('[data-figure][aria-busy="true"]'), undefined, { timeout: 5000 });
}

export async function picture(page: Page): Promise<Picture> {
  return page.evaluate(() => {
    const step = document.querySelector<HTMLElement>('[aria-current="step"]');
    const fig = step?.closest('[data-section]')?.querySelector<HTMLElement>('[data-figure]');
    const keys = (sel: string, attr: string) =>
      [...new Set([...(fig?.querySelectorAll(sel) ?? [])].map((e) => e.getAttribute(attr) ?? ''))].sort();
    return {
      step: step?.dataset.step ?? null,
      figure: fig?.dataset.figure,
      scene: fig?.dataset.scene,
      camera: fig?.dataset.camera,
      on: keys('[data-layer].is-on', 'data-layer'),
      hl: keys('[data-key].is-hl', 'data-key'),
      // What the tint rules read: the graphic root's on-<key> classes. Its data-on must list the same keys; a
      // mismatch is reported as a key of its own so that any comparison of two snapshots fails on it.
      tints: (() => {
        const root = fig?.querySelector<HTMLElement>('[data-on]');
        if (!root) return [];
        const classes = [...root.classList].filter((c) => c.startsWith('on-')).map((c) => c.slice(3)).sort();
        const listed = (root.dataset.on ?? '').split(' ').filter(Boolean).sort();
        return classes.join(' ') === listed.join(' ') ? classes : [...classes, `!data-on=${listed.join(' ')}`];
      })(),
    };
  });
}

/** Deterministic pseudo-random sequence (a seeded LCG) so a failing jump order can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
