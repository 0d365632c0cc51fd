// Runs the phases of a figure's change of state one per animation frame, so that no single frame carries the
// style, layout and paint of the whole change (see statePhases in apply-state.ts). The first phase runs at once.
// Called from an animation frame callback (the story's scroll updates), the frame renders it and the next phase
// runs in the next frame. Called from an event between frames (a click on a figure embed's Next), the next frame
// is still to render the first phase, so the second waits one frame more.
// A newer change of the same figure replaces what is left of the older one: its phases set everything they touch
// from the new state, so the picture at rest is always the newest state's.
// While phases remain, the figure root carries aria-busy="true": assistive technology holds its announcements
// until the figure is complete, and tests and host pages can wait for the picture at rest.
/** One part of a change of state: class and attribute writes, rendered in the frame it runs in. */
export type Phase = () => void;

export interface PhaseRunner {
  /**
   * Runs `phases[0]` now and the rest one per frame, dropping what was left of an earlier run on `root`.
   * `inFrame: false` when called outside an animation frame callback.
   */
  run(root: HTMLElement, phases: readonly Phase[], options?: { inFrame?: boolean }): void;
}

/**
 * Groups a change's work into the phases the runner runs one per frame: each item joins the phase of the item
 * before it unless that item asked for a frame to pass after it (`then: 'next frame'`). Items left out (null)
 * are skipped, so a step with nothing to render ahead does not cost an empty frame.
 */
export function inFrames(work: readonly ({ run: Phase; then?: 'next frame' } | null)[]): Phase[] {
  const frames: Phase[][] = [[]];
  for (const item of work) {
    if (!item) continue;
    frames.at(-1)!.push(item.run);
    if (item.then === 'next frame') frames.push([]);
  }
  return frames
    .filter((runs) => runs.length > 0)
    .map((runs) => (runs.length === 1 ? runs[0]! : () => runs.forEach((run) => run())));
}

interface Pending {
  phases: Phase[];
  /** Frames to let pass before the next phase. */
  wait: number;
}

type Frame = (callback: () => void) => unknown;

export function createPhaseRunner(nextFrame: Frame = (cb) => requestAnimationFrame(cb)): PhaseRunner {
  const pending = new Map<HTMLElement, Pending>();
  let scheduled = false;

  const settle = (root: HTMLElement) => {
    pending.delete(root);
    if (root.getAttribute('aria-busy') === 'true') root.removeAttribute('aria-busy');
  };

  function tick(): void {
    scheduled = false;
    for (const [root, entry] of [...pending]) {
      if (entry.wait > 0) {
        entry.wait--;
        continue;
      }
      entry.phases.shift()?.();
      if (entry.phases.length === 0) settle(root);
    }
    schedule();
  }

  function schedule(): void {
    if (scheduled || pending.size === 0) return;
    scheduled = true;
    nextFrame(tick);
  }

  return {
    run(root, phases, { inFrame = true } = {}) {
      const [first, ...rest] = phases;
      first?.();
      if (rest.length === 0) {
        settle(root);
        return;
      }
      pending.set(root, { phases: rest, wait: inFrame ? 0 : 1 });
      if (root.getAttribute('aria-busy') !== 'true') root.setAttribute('aria-busy', 'true');
      schedule();
    },
  };
}
