// Applies a FigureState to a figure the build already drew: only attributes and classes change, and CSS
// does the transitions. The same pure helpers decide what is on at build time (src/scenes/apply.ts).
import { activeLayers } from '../scenes/apply.ts';
import type { FigureState } from '../scenes/types.ts';

interface Marks {
  layers: HTMLElement[] | SVGElement[];
  keys: HTMLElement[] | SVGElement[];
}

const cache = new WeakMap<Element, Marks>();

function marksOf(root: Element): Marks {
  let marks = cache.get(root);
  if (!marks) {
    marks = {
      layers: [...root.querySelectorAll<SVGElement>('[data-layer]')],
      keys: [...root.querySelectorAll<SVGElement>('[data-key]')],
    };
    cache.set(root, marks);
  }
  return marks;
}

export function applyState(root: HTMLElement, state: FigureState, progress: number): void {
  root.dataset.scene = state.scene;
  if (state.camera) root.dataset.camera = state.camera;
  else delete root.dataset.camera;
  const on = activeLayers(state, progress);
  const hl = new Set(state.highlight);
  const { layers, keys } = marksOf(root);
  for (const el of layers) el.classList.toggle('is-on', on.has(el.getAttribute('data-layer') ?? ''));
  for (const el of keys) el.classList.toggle('is-hl', hl.has(el.getAttribute('data-key') ?? ''));
}
