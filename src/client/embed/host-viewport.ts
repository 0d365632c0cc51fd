// Where the reader is, for an auto-height frame: the host viewport as pym reports it. Follows pym's
// viewport-iframe-position messages (sent on every host scroll by a parent with data-pym-trackscroll) and, for
// a parent without trackscroll, asks for them (pym's parentPositionInfo) while the frame is on screen. Exposes
// the visible part of the frame as CSS variables, so overlays (popovers, modal dialogs) open where the reader
// is instead of at the bottom of a page as tall as the story (see embed.css).
import { visibleBand } from './geometry.ts';
import type { ParentLink } from './parent-link.ts';
import type { HostPosition } from './protocol.ts';

/** How often to ask a parent that does not track scroll itself, while the frame is on screen. */
const POLL_MS = 200;

export interface HostViewport {
  current(): HostPosition | null;
  onChange(fn: (position: HostPosition) => void): void;
}

export function followHostViewport(link: ParentLink, watched: Element): HostViewport {
  const root = document.documentElement;
  const listeners: ((p: HostPosition) => void)[] = [];
  let position: HostPosition | null = null;
  let lastMessage = 0;

  link.onPosition((next) => {
    lastMessage = performance.now();
    // The answers to polling repeat themselves while the reader rests; the layout is watched separately.
    if (position && samePosition(position, next)) return;
    position = next;
    const band = visibleBand(next, window.innerHeight);
    root.style.setProperty('--host-top', `${Math.round(band.top)}px`);
    root.style.setProperty('--host-visible-h', `${Math.round(band.height)}px`);
    for (const fn of listeners) fn(next);
  });

  let timer = 0;
  const poll = () => {
    if (performance.now() - lastMessage >= POLL_MS) link.requestPosition();
  };
  // IntersectionObserver with the implicit root sees the top-level viewport even from inside a cross-origin
  // frame (only rootMargin is lost), which is all this needs: on screen or not.
  new IntersectionObserver(([entry]) => {
    if (entry?.isIntersecting && !timer) {
      link.requestPosition();
      timer = window.setInterval(poll, POLL_MS);
    } else if (!entry?.isIntersecting && timer) {
      clearInterval(timer);
      timer = 0;
    }
  }).observe(watched);
  link.onWidth(() => link.requestPosition());
  link.requestPosition();

  return {
    current: () => position,
    onChange: (fn) => listeners.push(fn),
  };
}

function samePosition(a: HostPosition, b: HostPosition): boolean {
  return (
    a.viewportWidth === b.viewportWidth &&
    a.viewportHeight === b.viewportHeight &&
    a.top === b.top &&
    a.left === b.left &&
    a.bottom === b.bottom &&
    a.right === b.right
  );
}
