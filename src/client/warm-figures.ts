// Figures far from the reader start unrendered (content-visibility: auto in global.css), and so do the states of
// a figure that are not on screen (its off layers: content-visibility: hidden, e.g. the pledges chart's
// snapshots). That keeps the first paint fast, but rendering one of them the first time costs a 30–70 ms
// style-and-layout task at CPU 4x: paid as a figure scrolls into view, or as a step switches to a layer never
// shown before, it is a long task in the middle of the reader's scroll. Once the page is idle, render them ahead
// of time instead, one per idle period so that no task carries two: each figure in reading order from the
// reader's position, then its deferred layers ([data-warm]).
// A warmed figure keeps its rendering (`is-warm` → content-visibility: visible). A deferred layer is rendered
// once and then skipped again: content-visibility: hidden keeps the layout it had, so a step that shows the
// layer later only updates what changed since, while a layer that stays off costs nothing when other marks
// of the figure change.

export type IdleScheduler = (task: () => void) => void;

/** requestIdleCallback where there is one (not Safari before 18), else a short timeout. */
export const whenIdle: IdleScheduler = (task) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
};

/** The order to warm figures in: the one the reader is at first, then those below, then those above. */
export function warmOrder(count: number, current: number): number[] {
  const from = Math.min(Math.max(0, current), Math.max(0, count - 1));
  const order: number[] = [];
  for (let i = from; i < count; i++) order.push(i);
  for (let i = from - 1; i >= 0; i--) order.push(i);
  return order;
}

/** The class that renders a warmed element (global.css, and the figures' own layer rules). */
export const WARM_CLASS = 'is-warm';

/**
 * Warms `figures` (elements with content-visibility: auto), each followed by its `[data-warm]` descendants, one
 * element per idle period; a `[data-warm]` element is released (`is-warm` removed) in the idle period after it
 * was rendered. `current` says which figure the reader is at when the first idle period comes. Returns a
 * function that stops the warming.
 */
export function warmFigures(
  figures: readonly HTMLElement[],
  current: () => number,
  schedule: IdleScheduler = whenIdle
): () => void {
  let stopped = false;
  let queue: HTMLElement[] | undefined;
  let rendered: HTMLElement | undefined;
  const next = (): void => {
    if (stopped) return;
    // The last deferred layer has been rendered (a frame ran before this idle period): let it be skipped again.
    if (rendered) rendered.classList.remove(WARM_CLASS);
    queue ??= warmOrder(figures.length, current()).flatMap((i) => [
      figures[i]!,
      ...figures[i]!.querySelectorAll<HTMLElement>('[data-warm]'),
    ]);
    const el = queue.shift();
    if (!el) return;
    el.classList.add(WARM_CLASS);
    rendered = el.hasAttribute('data-warm') ? el : undefined;
    // The element renders in the next frame; the next idle period comes after it.
    schedule(next);
  };
  schedule(next);
  return () => {
    stopped = true;
  };
}
