// Which step is active is computed from geometry alone — the last step whose top has crossed the trigger
// line — never from the order of IntersectionObserver events. Fast flings, anchor jumps, resizes and
// mid-page loads therefore all land on the same step a slow forward scroll would.

/** A step's box, in the same vertical coordinates as the trigger line (e.g. viewport px). */
export interface StepBox {
  top: number;
  height: number;
}

export interface ActiveStep {
  /** Index of the active step (0 before the first step has reached the line). */
  index: number;
  /** How far the trigger line has travelled through the active step, 0–1. */
  progress: number;
}

/** The last step whose top is at or above the trigger line; the first step while none has reached it. */
export function activeStep(boxes: readonly StepBox[], triggerY: number): ActiveStep {
  if (boxes.length === 0) return { index: -1, progress: 0 };
  let index = 0;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!;
    if (box.top <= triggerY) index = i;
    else break; // steps are in reading order, so tops increase
  }
  return { index, progress: stepProgress(boxes[index]!, triggerY) };
}

/** Fraction of the step's height that lies above the trigger line, clamped to 0–1. */
export function stepProgress(box: StepBox, triggerY: number): number {
  if (box.height <= 0) return box.top <= triggerY ? 1 : 0;
  return Math.min(1, Math.max(0, (triggerY - box.top) / box.height));
}

/** The trigger line for a viewport: a fraction of its height (Scrollama's `offset`), clamped to 0–1. */
export function triggerLine(viewportTop: number, viewportHeight: number, offset = 0.5): number {
  return viewportTop + viewportHeight * Math.min(1, Math.max(0, offset));
}

/**
 * The state a section's figure shows when the active step is elsewhere: the nearest of its own steps. A section
 * above the reader keeps its last step's picture; one below shows its first. Pure, so any path ends the same.
 */
export function nearestOwnStep(sectionFirst: number, sectionLast: number, active: number): number {
  return Math.min(sectionLast, Math.max(sectionFirst, active));
}
