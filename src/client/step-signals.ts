// A typed facade over Scrollama. Scrollama only tells us *that* something may have changed (a step crossed the
// trigger line, progress moved); which step is active is always recomputed from geometry by the caller, so a
// missed or out-of-order IntersectionObserver event cannot leave the figure in the wrong state. A passive,
// frame-throttled scroll/resize listener is the safety net for flings that jump past a step in one frame.
import scrollama from 'scrollama';

/** The options Scrollama 3.2 really accepts (its bundled types omit `root` and pixel offsets). */
interface ScrollamaSetup {
  step: HTMLElement[];
  offset: number;
  progress: boolean;
  threshold: number;
  root?: Document | Element | null;
}

interface ScrollamaLike {
  setup(options: ScrollamaSetup): ScrollamaLike;
  onStepEnter(cb: () => void): ScrollamaLike;
  onStepExit(cb: () => void): ScrollamaLike;
  onStepProgress(cb: () => void): ScrollamaLike;
  resize(): ScrollamaLike;
  destroy(): void;
}

export interface StepSignals {
  destroy(): void;
}

/** Calls `onChange` (at most once per frame) whenever the steps' positions relative to the viewport may differ. */
export function watchSteps(steps: HTMLElement[], onChange: () => void, offset = 0.5): StepSignals {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      onChange();
    });
  };
  const scroller = (scrollama as unknown as () => ScrollamaLike)();
  scroller
    .setup({ step: steps, offset, progress: true, threshold: 2 })
    .onStepEnter(schedule)
    .onStepExit(schedule)
    .onStepProgress(schedule);

  const events = ['scroll', 'resize', 'hashchange', 'load'] as const;
  for (const type of events) window.addEventListener(type, schedule, { passive: true });
  const resized = new ResizeObserver(schedule);
  resized.observe(document.documentElement);

  return {
    destroy() {
      scroller.destroy();
      for (const type of events) window.removeEventListener(type, schedule);
      resized.disconnect();
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
