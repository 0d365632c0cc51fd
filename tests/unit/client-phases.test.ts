// The phase runner spreads a figure's change of state over frames; a newer change replaces what is left of an
// older one; the figure root is aria-busy exactly while phases remain. Frames are driven by hand.
import { describe, expect, it } from 'vitest';
import { createPhaseRunner, inFrames } from '../../src/client/phases.ts';

/** The two things the runner asks of a figure root. */
function fakeRoot(): HTMLElement {
  const attrs = new Map<string, string>();
  return {
    getAttribute: (name: string) => attrs.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attrs.set(name, value),
    removeAttribute: (name: string) => void attrs.delete(name),
  } as unknown as HTMLElement;
}

function harness() {
  const frames: Array<() => void> = [];
  const runner = createPhaseRunner((cb) => frames.push(cb));
  const log: string[] = [];
  const frame = () => {
    const due = frames.splice(0);
    for (const cb of due) cb();
  };
  const phases = (name: string, n: number) => Array.from({ length: n }, (_, i) => () => void log.push(`${name}${i + 1}`));
  return { runner, log, frame, frames, phases };
}

describe('createPhaseRunner', () => {
  it('runs the first phase at once and each of the others in a frame of its own', () => {
    const { runner, log, frame, phases } = harness();
    const root = fakeRoot();
    runner.run(root, phases('a', 3));
    expect(log).toEqual(['a1']);
    expect(root.getAttribute('aria-busy')).toBe('true');
    frame();
    expect(log).toEqual(['a1', 'a2']);
    frame();
    expect(log).toEqual(['a1', 'a2', 'a3']);
    expect(root.getAttribute('aria-busy')).toBeNull();
  });

  it('leaves a figure with a single phase never busy and asks for no frame', () => {
    const { runner, log, frames, phases } = harness();
    const root = fakeRoot();
    runner.run(root, phases('a', 1));
    expect(log).toEqual(['a1']);
    expect(root.getAttribute('aria-busy')).toBeNull();
    expect(frames).toHaveLength(0);
  });

  it('drops what is left of an older change when a newer one comes, and ends on the newer', () => {
    const { runner, log, frame, phases } = harness();
    const root = fakeRoot();
    runner.run(root, phases('a', 3));
    frame();
    runner.run(root, phases('b', 3));
    frame();
    frame();
    frame();
    expect(log).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
    expect(root.getAttribute('aria-busy')).toBeNull();
  });

  it('moves several figures forward in the same frames, each settling on its own', () => {
    const { runner, log, frame, phases } = harness();
    const one = fakeRoot();
    const two = fakeRoot();
    runner.run(one, phases('a', 2));
    runner.run(two, phases('b', 3));
    frame();
    expect(log).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect(one.getAttribute('aria-busy')).toBeNull();
    expect(two.getAttribute('aria-busy')).toBe('true');
    frame();
    expect(log.at(-1)).toBe('b3');
    expect(two.getAttribute('aria-busy')).toBeNull();
  });

  it('called between frames, lets the next frame render the first phase before running the second', () => {
    const { runner, log, frame, phases } = harness();
    const root = fakeRoot();
    runner.run(root, phases('a', 2), { inFrame: false });
    frame();
    expect(log).toEqual(['a1']);
    expect(root.getAttribute('aria-busy')).toBe('true');
    frame();
    expect(log).toEqual(['a1', 'a2']);
    expect(root.getAttribute('aria-busy')).toBeNull();
  });

  it('asks for one frame at a time, however many figures wait', () => {
    const { runner, frames, phases } = harness();
    runner.run(fakeRoot(), phases('a', 3));
    runner.run(fakeRoot(), phases('b', 3));
    expect(frames).toHaveLength(1);
  });
});

describe('inFrames', () => {
  /** The frames `inFrames` makes of the named work, as the names run in each. */
  function framesOf(work: ({ name: string; then?: 'next frame' } | null)[]): string[][] {
    const log: string[] = [];
    const phases = inFrames(work.map((w) => (w ? { run: () => void log.push(w.name), then: w.then } : null)));
    return phases.map((phase) => {
      log.length = 0;
      phase();
      return [...log];
    });
  }

  // The four shapes statePhases asks for: with or without a layer to render ahead (prepare then waits a
  // frame), with or without a layer to make visible before its fade.
  it.each([
    { warm: false, reveal: false, frames: [['prepare', 'show'], ['focus']] },
    { warm: true, reveal: false, frames: [['prepare'], ['show'], ['focus']] },
    { warm: false, reveal: true, frames: [['prepare', 'reveal'], ['show'], ['focus']] },
    { warm: true, reveal: true, frames: [['prepare'], ['reveal'], ['show'], ['focus']] },
  ])('render ahead $warm, make visible first $reveal: $frames', ({ warm, reveal, frames }) => {
    expect(
      framesOf([
        { name: 'prepare', then: warm ? 'next frame' : undefined },
        reveal ? { name: 'reveal', then: 'next frame' } : null,
        { name: 'show', then: 'next frame' },
        { name: 'focus' },
      ])
    ).toEqual(frames);
  });

  it('makes no empty phase when the last item asks for a frame after it', () => {
    expect(framesOf([{ name: 'a', then: 'next frame' }])).toEqual([['a']]);
  });
});
