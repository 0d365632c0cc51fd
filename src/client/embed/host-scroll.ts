// Scroll-driven storytelling inside an auto-height iframe. The frame is as tall as the story and never scrolls,
// so its own viewport says nothing about where the reader is: IntersectionObserver trigger lines (rootMargin is
// ignored across frames) and `position: sticky` stop working. This module puts the host page's viewport in
// their place: the trigger line comes from the host viewport (fed to setTriggerSource, so the story engine is
// unchanged), the figures are pinned by a transform computed from the same numbers, and the layout is sized
// on the host's viewport height (--host-vh) instead of the frame's, which would feed back into the frame's
// own height.
import { setTriggerSource } from '../viewport.ts';
import {
  guessViewportHeight,
  hostTriggerY,
  hostViewportTop,
  pinOffset,
  stableViewport,
  stageHeight,
  type ViewportSize,
} from './geometry.ts';
import { followHostViewport } from './host-viewport.ts';
import type { ParentLink } from './parent-link.ts';

interface Pinned {
  section: HTMLElement;
  figure: HTMLElement;
  steps: HTMLElement;
}

export function driveStoryFromHost(link: ParentLink, container: HTMLElement, initialWidth: number | null): void {
  const root = document.documentElement;
  const pinned: Pinned[] = [...container.querySelectorAll<HTMLElement>('[data-section]')].flatMap((section) => {
    const figure = section.querySelector<HTMLElement>('.scrolly__figure');
    const steps = section.querySelector<HTMLElement>('.scrolly__steps');
    return figure && steps ? [{ section, figure, steps }] : [];
  });

  const setStage = (height: number) => root.style.setProperty('--host-vh', `${stageHeight(height)}px`);
  setStage(guessViewportHeight(initialWidth ?? window.innerWidth));
  let layoutViewport: ViewportSize | null = null;

  const host = followHostViewport(link, container);

  function pin(): void {
    const position = host.current();
    if (!position) return;
    const viewportTop = hostViewportTop(position, window.innerHeight);
    for (const { section, figure, steps } of pinned) {
      const naturalTop = section.getBoundingClientRect().top + figure.offsetTop;
      const offset = pinOffset(naturalTop, figure.offsetHeight, steps.getBoundingClientRect().bottom, viewportTop);
      figure.style.setProperty('--pin-y', `${offset.toFixed(1)}px`);
    }
  }

  host.onChange((position) => {
    const viewport = stableViewport(layoutViewport, { width: position.viewportWidth, height: position.viewportHeight });
    if (viewport !== layoutViewport) {
      layoutViewport = viewport;
      setStage(viewport.height);
    }
    pin();
    // Also tells the engine to re-evaluate the active step.
    setTriggerSource(() => hostTriggerY(position, window.innerHeight, 0.5));
  });
  // Until the host answers, read as if the frame's top were at the top of the host viewport: the first step.
  setTriggerSource(() => -1);
  new ResizeObserver(pin).observe(container);

  // Keyboard readers move by focus, as on the full page: bring the focused step to the host's trigger line.
  container.addEventListener('focusin', (event) => {
    const step = (event.target as Element | null)?.closest<HTMLElement>('[data-step]');
    const position = host.current();
    if (!step || step.getAttribute('aria-current') === 'step' || !position) return;
    link.scrollParentTo(step.getBoundingClientRect().top - position.viewportHeight * 0.5 + 2);
  });
}
