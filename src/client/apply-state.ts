// Applies a FigureState to a figure the build already drew: only attributes and classes change, and CSS
// does the transitions. The same pure helpers decide what is on at build time (src/scenes/apply.ts).
import { activeLayers, onClass } from '../scenes/apply.ts';
import type { FigureState } from '../scenes/types.ts';
import { cameraMoved } from './camera-motion.ts';

interface Marks {
  layers: Element[];
  keys: Element[];
  /** Elements whose `data-on` lists the active layers, with an `on-<key>` class each (the map's graphic root: its
   *  tint rules read the classes). */
  lists: HTMLElement[];
}

const cache = new WeakMap<Element, Marks>();
const reduceMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

function marksOf(root: Element): Marks {
  let marks = cache.get(root);
  if (!marks) {
    marks = {
      layers: [...root.querySelectorAll('[data-layer]')],
      keys: [...root.querySelectorAll('[data-key]')],
      lists: [...root.querySelectorAll<HTMLElement>('[data-on]')],
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

export function applyState(root: HTMLElement, state: FigureState, progress: number): void {
  const from = root.dataset.camera;
  setData(root, 'scene', state.scene);
  setData(root, 'camera', state.camera);
  if (from !== state.camera) cameraMoved(root, from, state.camera, reduceMotion?.matches ?? false);
  const on = activeLayers(state, progress);
  const hl = new Set(state.highlight);
  const { layers, keys, lists } = marksOf(root);
  const list = [...on].join(' ');
  for (const el of lists) {
    // Only the keys that changed: each class toggled invalidates just the marks its rules name.
    const before = new Set((el.dataset.on ?? '').split(' ').filter(Boolean));
    for (const key of before) if (!on.has(key)) el.classList.remove(onClass(key));
    for (const key of on) if (!before.has(key)) el.classList.add(onClass(key));
    setData(el, 'on', list);
  }
  for (const el of layers) el.classList.toggle('is-on', on.has(el.getAttribute('data-layer') ?? ''));
  for (const el of keys) el.classList.toggle('is-hl', hl.has(el.getAttribute('data-key') ?? ''));
}
