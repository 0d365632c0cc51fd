import { describe, expect, it } from 'vitest';
import {
  frameHeight,
  frameInset,
  guessViewportHeight,
  hostTriggerY,
  hostViewportTop,
  pinOffset,
  stableViewport,
  stageHeight,
  visibleBand,
} from '../../src/client/embed/geometry.ts';
import type { HostPosition } from '../../src/client/embed/protocol.ts';

// A 5000 px tall frame in an 800 px tall host viewport, its top 1200 px above the viewport's top.
const pos = (top: number, height = 5000, vh = 800): HostPosition => ({
  viewportWidth: 1200,
  viewportHeight: vh,
  top,
  left: 0,
  bottom: top + height,
  right: 1200,
});

describe('host viewport → child coordinates', () => {
  it('puts the host viewport’s top at -frameTop in the child', () => {
    expect(hostViewportTop(pos(-1200), 5000)).toBe(1200);
    expect(hostViewportTop(pos(300), 5000)).toBe(-300);
  });

  it('puts the trigger line at the middle of the host viewport', () => {
    expect(hostTriggerY(pos(-1200), 5000)).toBe(1600);
    // Frame still below the fold: the line is above the frame's top, before the first step.
    expect(hostTriggerY(pos(900), 5000)).toBe(-500);
    expect(hostTriggerY(pos(0), 5000, 0.25)).toBe(200);
    expect(hostTriggerY(pos(0), 5000, 7)).toBe(800);
  });

  it('allows for a border on the iframe', () => {
    expect(frameInset(pos(0, 5004), 5000)).toBe(2);
    expect(hostViewportTop(pos(-100, 5004), 5000)).toBe(98);
    expect(frameInset(pos(0, 4000), 5000)).toBe(0);
  });
});

describe('pinOffset: position: sticky by transform', () => {
  // Figure 700 px tall, naturally at 1000; its steps end at 4000.
  it.each([
    { viewportTop: 0, offset: 0, why: 'section below the viewport top: in its place' },
    { viewportTop: 1000, offset: 0, why: 'section top at the viewport top' },
    { viewportTop: 1500, offset: 500, why: 'scrolled into the section: follows the viewport' },
    { viewportTop: 3300, offset: 2300, why: 'last position: bottom at the end of the steps' },
    { viewportTop: 9000, offset: 2300, why: 'past the section: stays at the end' },
  ])('$why', ({ viewportTop, offset }) => {
    expect(pinOffset(1000, 700, 4000, viewportTop)).toBe(offset);
  });

  it('never moves a figure taller than its steps', () => {
    expect(pinOffset(0, 900, 500, 300)).toBe(0);
  });
});

describe('the layout viewport ignores address-bar jitter', () => {
  it('takes the first value, and any change of width', () => {
    expect(stableViewport(null, { width: 390, height: 700 })).toEqual({ width: 390, height: 700 });
    expect(stableViewport({ width: 390, height: 700 }, { width: 844, height: 390 })).toEqual({ width: 844, height: 390 });
  });

  it('keeps the old height through a small change, follows a large one', () => {
    const prev = { width: 390, height: 700 };
    expect(stableViewport(prev, { width: 390, height: 760 })).toBe(prev);
    expect(stableViewport(prev, { width: 390, height: 400 })).toEqual({ width: 390, height: 400 });
  });
});

describe('sizes', () => {
  it('clamps the stage', () => {
    expect(stageHeight(200)).toBe(320);
    expect(stageHeight(844.4)).toBe(844);
    expect(stageHeight(3000)).toBe(1200);
  });

  it('guesses a phone or a desktop viewport from the width', () => {
    expect(guessViewportHeight(360)).toBe(700);
    expect(guessViewportHeight(1200)).toBe(800);
  });

  it('rounds the frame height up, but not for float noise', () => {
    expect(frameHeight(1000)).toBe(1000);
    expect(frameHeight(1000.000001)).toBe(1000);
    expect(frameHeight(1000.4)).toBe(1001);
    expect(frameHeight(-3)).toBe(0);
  });
});

describe('visibleBand: where overlays go', () => {
  it.each([
    { top: 300, band: { top: 0, height: 500 }, why: 'frame starts 300 px down the host viewport' },
    { top: -1200, band: { top: 1200, height: 800 }, why: 'frame fills the viewport' },
    { top: -4700, band: { top: 4700, height: 300 }, why: 'only the frame’s last 300 px are visible' },
    { top: 900, band: { top: 0, height: 0 }, why: 'frame below the fold' },
    { top: -6000, band: { top: 5000, height: 0 }, why: 'frame scrolled past' },
  ])('$why', ({ top, band }) => {
    expect(visibleBand(pos(top), 5000)).toEqual(band);
  });
});

describe('the auto-height feedback loop is caught', async () => {
  const { isRunaway, runawayCount, MAX_FRAME_HEIGHT } = await import('../../src/client/embed/runaway.ts');
  it('counts growth that follows the parent applying our height', () => {
    let count = 0;
    let previous = 1000;
    for (let i = 0; i < 3; i++) {
      const next = previous * 20;
      count = runawayCount(count, { previous, viewport: previous, next });
      previous = next;
    }
    expect(count).toBe(3);
    expect(isRunaway(count, previous)).toBe(true);
  });

  it('ignores ordinary growth and growth before the parent resized the frame', () => {
    expect(runawayCount(2, { previous: 1000, viewport: 1000, next: 1200 })).toBe(0);
    expect(runawayCount(2, { previous: 1000, viewport: 150, next: 20000 })).toBe(0);
    expect(runawayCount(0, { previous: -1, viewport: 150, next: 20000 })).toBe(0);
    expect(isRunaway(1, 20000)).toBe(false);
    expect(isRunaway(0, MAX_FRAME_HEIGHT + 1)).toBe(true);
  });
});
