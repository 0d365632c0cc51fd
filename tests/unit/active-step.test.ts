import { describe, expect, it } from 'vitest';
import { activeStep, nearestOwnStep, stepProgress, triggerLine } from '../../src/lib/active-step.ts';

// Three steps of 100 px at tops 0, 150, 300 (viewport coordinates).
const boxes = [
  { top: 0, height: 100 },
  { top: 150, height: 100 },
  { top: 300, height: 100 },
];

describe('activeStep: the last step whose top has crossed the trigger line', () => {
  it.each([
    { trigger: -50, index: 0, progress: 0, why: 'before any step: the first step' },
    { trigger: 0, index: 0, progress: 0, why: 'exactly on the first top' },
    { trigger: 50, index: 0, progress: 0.5, why: 'half-way through step 0' },
    { trigger: 120, index: 0, progress: 1, why: 'in the gap after step 0: still step 0, fully read' },
    { trigger: 150, index: 1, progress: 0, why: 'top of step 1' },
    { trigger: 275, index: 1, progress: 1, why: 'past the end of step 1, before step 2' },
    { trigger: 375, index: 2, progress: 0.75, why: 'inside the last step' },
    { trigger: 10_000, index: 2, progress: 1, why: 'far below: the last step' },
  ])('trigger $trigger → step $index ($why)', ({ trigger, index, progress }) => {
    expect(activeStep(boxes, trigger)).toEqual({ index, progress });
  });

  it('does not depend on the path: the same geometry always gives the same step', () => {
    const a = activeStep(boxes, 310);
    activeStep(boxes, 0);
    activeStep(boxes, 1000);
    expect(activeStep(boxes, 310)).toEqual(a);
  });

  it('has no active step when there are no steps', () => {
    expect(activeStep([], 100).index).toBe(-1);
  });
});

describe('stepProgress', () => {
  it.each([
    { box: { top: 0, height: 0 }, y: 0, p: 1 },
    { box: { top: 10, height: 0 }, y: 0, p: 0 },
    { box: { top: 0, height: 200 }, y: 50, p: 0.25 },
    { box: { top: 0, height: 200 }, y: -5, p: 0 },
  ])('$box at $y → $p', ({ box, y, p }) => expect(stepProgress(box, y)).toBe(p));
});

describe('triggerLine', () => {
  it.each([
    { top: 0, h: 800, offset: 0.5, y: 400 },
    { top: 100, h: 800, offset: 0.25, y: 300 },
    { top: 0, h: 800, offset: 2, y: 800 },
  ])('viewport $top+$h at offset $offset → $y', ({ top, h, offset, y }) => expect(triggerLine(top, h, offset)).toBe(y));
});

describe('nearestOwnStep: what a section shows while the reader is elsewhere', () => {
  it.each([
    { first: 3, last: 6, active: 0, own: 3, why: 'reader above: the first step' },
    { first: 3, last: 6, active: 5, own: 5, why: 'reader inside: the active step' },
    { first: 3, last: 6, active: 12, own: 6, why: 'reader below: the last step' },
  ])('$why', ({ first, last, active, own }) => expect(nearestOwnStep(first, last, active)).toBe(own));
});
