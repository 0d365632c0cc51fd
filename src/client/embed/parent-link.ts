// The child side of the embed protocols: tells the parent how tall the content is (pym.js `height`, and the
// Datawrapper-style message that many CMSs already listen for) whenever the layout changes, and hands on the
// parent's `width` and `viewport-iframe-position` messages once they have passed the source, origin and shape
// checks. Messages from anything but window.parent are dropped before they are even parsed.
import { frameHeight } from './geometry.ts';
import { isFromParent, parentOrigin } from './origin.ts';
import { isRunaway, runawayCount } from './runaway.ts';
import {
  datawrapperHeight,
  heightMessage,
  parseParentMessage,
  positionRequest,
  scrollToChildPosMessage,
  type HostPosition,
} from './protocol.ts';

export interface ParentLinkOptions {
  /** pym's childId from the query string; null when the frame was not made by a pym parent. */
  childId: string | null;
  /** Key of the Datawrapper-style message, e.g. the figure id. */
  embedId: string;
  /** Whether to post the Datawrapper-style height (only where the layout cannot depend on the frame's height). */
  datawrapper: boolean;
}

export interface ParentLink {
  onWidth(fn: (width: number) => void): void;
  onPosition(fn: (position: HostPosition) => void): void;
  /** Ask a pym parent for the host viewport and frame position (pym's `parentPositionInfo`). */
  requestPosition(): void;
  /** Ask a pym parent to scroll the host so that this offset of the child is at the host viewport's top. */
  scrollParentTo(childOffset: number): void;
}

export function connectToParent({ childId, embedId, datawrapper }: ParentLinkOptions): ParentLink {
  const parent = window.parent;
  const framed = parent !== window;
  const origin = parentOrigin(location.ancestorOrigins?.[0], document.referrer);
  // Heights are not secret, but an explicit target keeps them from a page that replaced the parent's document.
  const target = origin ?? '*';
  const widthFns: ((w: number) => void)[] = [];
  const positionFns: ((p: HostPosition) => void)[] = [];

  const post = (message: unknown) => {
    if (framed) parent.postMessage(message, target);
  };
  const pym = (message: (id: string) => string) => {
    if (childId) post(message(childId));
  };

  let sent = -1;
  let pending = 0;
  let growth = 0;
  let stopped = false;
  function send(force: boolean): void {
    pending = 0;
    const height = frameHeight(document.documentElement.getBoundingClientRect().height);
    if (!force && height === sent) return;
    growth = runawayCount(growth, { previous: sent, viewport: window.innerHeight, next: height });
    if (height > sent && isRunaway(growth, height)) {
      // Keep the last sane height: the frame scrolls inside it rather than swallowing the host page.
      if (!stopped) console.warn(`embed: stopped reporting a height that grows with the frame (${height}px)`);
      stopped = true;
      return;
    }
    sent = height;
    pym((id) => heightMessage(id, height));
    if (datawrapper) post(datawrapperHeight(embedId, height));
  }
  // A timer, not requestAnimationFrame: Chromium stops rendering (rAF, ResizeObserver) in cross-origin frames
  // that are off screen, and an embed below the fold must still get its height right before the reader
  // arrives, or the host page jumps under them.
  let force = false;
  const schedule = (forced = false) => {
    force ||= forced;
    if (pending) return;
    pending = window.setTimeout(() => {
      const f = force;
      force = false;
      send(f);
    }, 50);
  };

  if (framed && (childId || datawrapper)) {
    // <html> has height:auto, so its box is exactly the content (incl. collapsed margins), never the frame.
    new ResizeObserver(() => schedule()).observe(document.documentElement);
    window.addEventListener('load', () => schedule(true));
    document.fonts?.ready.then(() => schedule());
    // The safety net for changes nothing observes while rendering is paused (Datawrapper polls every second
    // too): measuring forces layout, which costs nothing when nothing changed.
    window.setInterval(() => send(false), 1000);
    schedule(true);
  }

  window.addEventListener('message', (event) => {
    if (!childId || !isFromParent(event, parent, window, origin)) return;
    const message = parseParentMessage(event.data, childId);
    if (!message) return;
    if (message.type === 'width') {
      for (const fn of widthFns) fn(message.width);
      // pym re-sends the height on every width message; a parent that has just resized expects it.
      schedule(true);
    } else {
      for (const fn of positionFns) fn(message.position);
    }
  });

  return {
    onWidth: (fn) => widthFns.push(fn),
    onPosition: (fn) => positionFns.push(fn),
    requestPosition: () => pym(positionRequest),
    scrollParentTo: (offset) => pym((id) => scrollToChildPosMessage(id, offset)),
  };
}
