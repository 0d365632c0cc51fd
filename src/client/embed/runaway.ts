// A guard against the auto-height feedback loop. If any length in the page is relative to the frame's own
// height (an svh, vh or % of the viewport that escaped the --vh indirection of embed.css), every height the
// frame reports makes the parent enlarge the frame, which enlarges the content, which is reported… until the
// browser's layout limit (33,554,432 px). The host page would become a blank, endless scroll. Pure.

/** No story or figure comes near this; anything above is the loop, not content. */
export const MAX_FRAME_HEIGHT = 150_000;

export interface GrowthCheck {
  /** Height reported last time. */
  previous: number;
  /** The frame's current viewport height: equal to `previous` once the parent has applied it. */
  viewport: number;
  /** Height measured now. */
  next: number;
}

/**
 * Counts reports in a row in which the content grew by half again right after the parent had applied the
 * previous height: the signature of the loop (ordinary growth, such as a late font, does not repeat).
 */
export function runawayCount(count: number, { previous, viewport, next }: GrowthCheck): number {
  const applied = previous > 0 && Math.abs(viewport - previous) <= 2;
  return applied && next > previous * 1.5 ? count + 1 : 0;
}

/** Whether to stop reporting growth: three such rounds in a row, or a height no content has. */
export function isRunaway(count: number, next: number): boolean {
  return count >= 3 || next > MAX_FRAME_HEIGHT;
}
