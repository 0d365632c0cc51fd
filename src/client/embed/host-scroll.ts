// Scroll-driven storytelling inside an auto-height iframe. The frame is as tall as the story and never scrolls,
// so its own viewport says nothing about where the reader is: IntersectionObserver trigger lines (rootMargin is
// ignored across frames) and `position: sticky` stop working. This module puts the host page's viewport in
// their place: the trigger line comes from pym's viewport-iframe-position messages (fed to setTriggerSource,
// so the story engine is unchanged), the figures are pinned by a transform computed from the same numbers, and
// the layout is sized on the host's viewport height (--host-vh) instead of the frame's, which would feed back
// into the frame's own height.
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
import type { ParentLink } from './parent-link.ts';
import type { HostPosition } from './protocol.ts';

interface Pinned {
  section: HTMLElement;
  figure: HTMLElement;
  steps: HTMLElement;
}

/** How often to ask a parent that does not track scroll itself, while the frame is on screen. */
const POLL_MS = 200;

export function driveFromHost(link: ParentLink, container: HTMLElement, initialWidth: number | null): void {
  const root = document.documentElement;
  const pinned: Pinned[] = [...container.querySelectorAll<HTMLElement>('[data-section]')].flatMap((section) => {
    const figure = section.querySelector<HTMLElement>('.scrolly__figure');
    const steps = section.querySelector<HTMLElement>('.scrolly__steps');
    return figure && steps ? [{ section, figure, steps }] : [];
  });

  let position: HostPosition | null = null;
  let layoutViewport: ViewportSize | null = null;
  let lastMessage = 0;

  function setStage(height: number): void {
    root.style.setProperty('--host-vh', `${stageHeight(height)}px`);
  }
  setStage(guessViewportHeight(initialWidth ?? window.innerWidth));

  function pin(): void {
    if (!position) return;
    const viewportTop = hostViewportTop(position, window.innerHeight);
    for (const { section, figure, steps } of pinned) {
      const naturalTop = section.getBoundingClientRect().top + figure.offsetTop;
      const offset = pinOffset(naturalTop, figure.offsetHeight, steps.getBoundingClientRect().bottom, viewportTop);
      figure.style.setProperty('--pin-y', `${offset.toFixed(1)}px`);
    }
  }

  link.onPosition((next) => {
    position = next;
    lastMessage = performance.now();
    const viewport = stableViewport(layoutViewport, { width: next.viewportWidth, height: next.viewportHeight });
    if (viewport !== layoutViewport) {
      layoutViewport = viewport;
      setStage(viewport.height);
    }
    pin();
    // The trigger is read lazily by the engine, from the latest position: one source, set once per message.
    const current = next;
    setTriggerSource(() => hostTriggerY(current, window.innerHeight, 0.5));
  });

  // Until the host answers, read as if the frame's top were at the top of the host viewport.
  setTriggerSource(() => (position ? hostTriggerY(position, window.innerHeight, 0.5) : -1));
  new ResizeObserver(pin).observe(container);

  // A parent without data-pym-trackscroll only answers when asked: ask while the frame is on screen and the
  // host has been quiet, so steps still advance (more coarsely) under a bare `new pym.Parent(…)`.
  let timer = 0;
  const poll = () => {
    if (performance.now() - lastMessage >= POLL_MS) link.requestPosition();
  };
  new IntersectionObserver(([entry]) => {
    if (entry?.isIntersecting && !timer) {
      link.requestPosition();
      timer = window.setInterval(poll, POLL_MS);
    } else if (!entry?.isIntersecting && timer) {
      clearInterval(timer);
      timer = 0;
    }
  }).observe(container);
  link.onWidth(() => link.requestPosition());
  link.requestPosition();

  // Keyboard readers move by focus, as on the full page: bring the focused step to the host's trigger line.
  container.addEventListener('focusin', (event) => {
    const step = (event.target as Element | null)?.closest<HTMLElement>('[data-step]');
    if (!step || step.getAttribute('aria-current') === 'step' || !position) return;
    link.scrollParentTo(step.getBoundingClientRect().top - position.viewportHeight * 0.5 + 2);
  });
}
