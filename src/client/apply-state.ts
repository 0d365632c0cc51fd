// Applies a FigureState to a figure the build already drew: only attributes and classes change, and CSS
// does the transitions. The same pure helpers decide what is on at build time (src/scenes/apply.ts).
//
// The change is made in phases (statePhases): layers to render ahead, then to make visible while still
// transparent, what the figure shows (scene, layers, tints), then the camera and the emphasis. Run in one go they
// cost one frame of style, layout and paint that, on a slow phone, runs past 50 ms at a camera move or a change of
// snapshot; run one per frame (src/client/phases.ts), each frame carries a part. Every phase sets its part
// absolutely from the state, so whatever ran before, the last phase leaves the picture the state describes.
import { activeLayers, onClass } from '../scenes/apply.ts';
import type { FigureState } from '../scenes/types.ts';
import { cameraMoved } from './camera-motion.ts';
import { inFrames, type Phase } from './phases.ts';
import { WARM_CLASS } from './warm-figures.ts';

interface Marks {
  layers: Element[];
  keys: Element[];
  /** Elements whose `data-on` lists the active layers, with an `on-<key>` class each (the map's graphic root: its
   *  tint rules read the classes). */
  lists: HTMLElement[];
  /** The layers the build left unrendered until a step shows them ([data-warm]). */
  deferred: Element[];
}

/** The class of a deferred layer about to be shown: visible but still transparent, so the frame that changes
 *  its visibility (and restyles everything inside) is not also the one that starts its fade (the figure's CSS
 *  gives it its look). */
const NEXT_CLASS = 'is-next';

const cache = new WeakMap<Element, Marks>();
const reduceMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

function marksOf(root: Element): Marks {
  let marks = cache.get(root);
  if (!marks) {
    const layers = [...root.querySelectorAll('[data-layer]')];
    marks = {
      layers,
      keys: [...root.querySelectorAll('[data-key]')],
      lists: [...root.querySelectorAll<HTMLElement>('[data-on]')],
      deferred: layers.filter((el) => el.hasAttribute('data-warm')),
    };
    cache.set(root, marks);
  }
  return marks;
}

/** Sets an attribute only when it changes: an equal write still invalidates style in some engines. */
function setData(el: HTMLElement, name: 'scene' | 'camera' | 'on', value: string | undefined): void {
  if (el.dataset[name] === value) return;
  if (value === undefined) delete el.dataset[name];
  else el.dataset[name] = value;
}

/** Toggles only where the class really changes: a toggle to the same value costs a DOM call for nothing. */
function setClass(el: Element, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}

/**
 * The work of showing `state` at `progress` on the figure `root`, in the order it is to be done, one phase per
 * frame:
 * 1. the layers about to be shown that the build left unrendered ([data-warm]: `is-warm` renders them while
 *    still invisible, so the frame that fades them in does not lay them out too), when there are any;
 * 2. the deferred layers about to be shown, made visible while still transparent (`is-next`): the restyle of
 *    every element inside as their visibility changes gets a frame of its own;
 * 3. the layers (and the tints that read them): what the figure shows; deferred layers that are off go back
 *    to not being rendered once they have faded. The scene is set with the first phase, whichever it is;
 * 4. the camera (its move, and the stroke widths and labels that follow it) and the emphasis: `is-hl` on keyed
 *    marks, and the layers that only restyle others to emphasise ([data-emphasis]).
 * Every frame of work costs a late frame on a slow phone, so there are as few phases as keep each under 50 ms:
 * a phase with nothing to do is merged into the next.
 */
export function statePhases(root: HTMLElement, state: FigureState, progress: number): Phase[] {
  const on = activeLayers(state, progress);
  const isOn = (el: Element) => on.has(el.getAttribute('data-layer') ?? '');
  const { layers, keys, lists, deferred } = marksOf(root);
  const toggleLayers = (emphasis: boolean) => {
    for (const el of layers) if (el.hasAttribute('data-emphasis') === emphasis) setClass(el, 'is-on', isOn(el));
  };
  const toWarm = deferred.filter((el) => isOn(el) && !el.classList.contains(WARM_CLASS));
  const toReveal = deferred.filter((el) => isOn(el) && !el.classList.contains('is-on'));
  // The scene at once, whatever else waits (it names what the figure is about; host pages and tests read it).
  const prepare: Phase = () => {
    setData(root, 'scene', state.scene);
    for (const el of toWarm) setClass(el, WARM_CLASS, true);
  };
  const reveal: Phase = () => {
    for (const el of toReveal) setClass(el, NEXT_CLASS, true);
  };
  const show: Phase = () => {
    const list = [...on].join(' ');
    for (const el of lists) {
      // Only the keys that changed: each class toggled invalidates just the marks its rules name.
      const before = new Set((el.dataset.on ?? '').split(' ').filter(Boolean));
      for (const key of before) if (!on.has(key)) el.classList.remove(onClass(key));
      for (const key of on) if (!before.has(key)) el.classList.add(onClass(key));
      setData(el, 'on', list);
    }
    toggleLayers(false);
    for (const el of deferred) {
      // Shown now, or no longer to be shown (a newer state replaced the one that revealed it).
      setClass(el, NEXT_CLASS, false);
      // A deferred layer that is off goes back to not being rendered (after its fade: the CSS delays the switch).
      if (!isOn(el)) setClass(el, WARM_CLASS, false);
    }
  };
  const focus: Phase = () => {
    const from = root.dataset.camera;
    setData(root, 'camera', state.camera);
    if (from !== state.camera) cameraMoved(root, from, state.camera, reduceMotion?.matches ?? false);
    const hl = new Set(state.highlight);
    for (const el of keys) setClass(el, 'is-hl', hl.has(el.getAttribute('data-key') ?? ''));
    toggleLayers(true);
  };
  return inFrames([
    // The scene always goes with the first phase; rendering ahead needs a frame of its own before the rest.
    { run: prepare, then: toWarm.length > 0 ? 'next frame' : undefined },
    toReveal.length > 0 ? { run: reveal, then: 'next frame' } : null,
    { run: show, then: 'next frame' },
    { run: focus },
  ]);
}
