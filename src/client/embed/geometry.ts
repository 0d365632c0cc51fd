// Geometry of an auto-height iframe, pure. Inside such a frame the child's own viewport is the whole story, so
// "where is the reader" must come from the host: pym reports the host viewport's size and the iframe's rect in
// it, and these functions turn that into the child's coordinates (child viewport px, which equal the child's
// document px because an auto-height frame never scrolls).
import type { HostPosition } from './protocol.ts';

/**
 * Border and padding of the iframe element, per side, assumed symmetric: the rect pym measures is the border box,
 * the child's viewport is the content box.
 */
export function frameInset(position: HostPosition, childViewportHeight: number): number {
  return Math.max(0, (position.bottom - position.top - childViewportHeight) / 2);
}

/** The host viewport's top edge, in the child's coordinates (negative once the frame's top has scrolled past). */
export function hostViewportTop(position: HostPosition, childViewportHeight: number): number {
  return -(position.top + frameInset(position, childViewportHeight));
}

/** The host's trigger line (a fraction of the host viewport, as on the full page) in the child's coordinates. */
export function hostTriggerY(position: HostPosition, childViewportHeight: number, offset = 0.5): number {
  const fraction = Math.min(1, Math.max(0, offset));
  return hostViewportTop(position, childViewportHeight) + position.viewportHeight * fraction;
}

/**
 * How far to translate a figure down from its place in the flow so that it stays at the top of the host viewport,
 * as `position: sticky; top: 0` would: never above its own place, never below `limitBottom` (the end of its steps).
 */
export function pinOffset(naturalTop: number, figureHeight: number, limitBottom: number, viewportTop: number): number {
  const max = Math.max(0, limitBottom - naturalTop - figureHeight);
  return Math.min(max, Math.max(0, viewportTop - naturalTop));
}

export interface ViewportSize {
  width: number;
  height: number;
}

/**
 * The host viewport height the layout is built on (figure stage, step spacing). It follows a change of width or
 * a large change of height, but not the 10–15 % a mobile browser's address bar adds or removes while scrolling:
 * re-laying out the story on every bar toggle would make the text jump (Scrollama's README warns about vh for
 * the same reason). The trigger line still uses the live height.
 */
export function stableViewport(prev: ViewportSize | null, next: ViewportSize, tolerance = 0.2): ViewportSize {
  if (!prev || prev.width !== next.width) return next;
  return Math.abs(next.height - prev.height) > prev.height * tolerance ? next : prev;
}

/** The figure stage for a host viewport height: the whole viewport, within limits a figure can be drawn in. */
export function stageHeight(hostViewportHeight: number): number {
  return Math.round(Math.min(1200, Math.max(320, hostViewportHeight)));
}

/** A guess of the host viewport height before the host has said anything, from the frame's width. */
export function guessViewportHeight(width: number): number {
  return width < 600 ? 700 : 800;
}

/** The height to ask for: the document's height, rounded up so a fractional pixel never shows a scroll bar. */
export function frameHeight(documentHeight: number): number {
  return Math.max(0, Math.ceil(documentHeight - 0.01));
}

/**
 * The part of the frame the reader can see, in the child's coordinates: where the host viewport and the frame
 * overlap. Overlays (popovers, modal dialogs) are placed in it, since `position: fixed` in an auto-height frame
 * means "somewhere in a page as tall as the story". Height 0 when the frame is off screen.
 */
export function visibleBand(position: HostPosition, childViewportHeight: number): { top: number; height: number } {
  const viewportTop = hostViewportTop(position, childViewportHeight);
  const top = Math.min(childViewportHeight, Math.max(0, viewportTop));
  const bottom = Math.min(childViewportHeight, Math.max(0, viewportTop + position.viewportHeight));
  return { top, height: bottom - top };
}
