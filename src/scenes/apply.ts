// Applying a FigureState is the same at build time (renderers emit the classes for the no-JS picture) and in
// the browser (the client toggles the same classes): both go through these pure functions.
import type { FigureState } from './types.ts';

/** The progress-chosen key: the i-th of n keys for progress in [i/n, (i+1)/n), the last one at progress 1. */
export function progressKey(state: FigureState, progress: number): string | undefined {
  const keys = state.progress?.keys;
  if (!keys || keys.length === 0) return undefined;
  const p = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return keys[Math.min(keys.length - 1, Math.floor(p * keys.length))];
}

/** Every layer key that is on for this state at this progress. */
export function activeLayers(state: FigureState, progress: number): Set<string> {
  const on = new Set(state.layers);
  const key = progressKey(state, progress);
  if (key !== undefined) on.add(key);
  return on;
}

export interface MarkOptions {
  /** Layer key: the mark is visible only while the layer is on. */
  layer?: string;
  /** Emphasis key: the mark is emphasised while the key is highlighted. */
  key?: string;
  /** The mark's own classes. */
  className?: string;
}

/**
 * Attributes for a mark, with its build-time classes for the given state. Spread them on the element:
 * `<path {...mark(initial, { layer: 'members', key: 'FRA', className: 'country' })} d={…} />`.
 */
export function mark(
  state: FigureState,
  { layer, key, className }: MarkOptions,
  progress = 1
): Record<string, string> {
  const classes = className ? [className] : [];
  const attrs: Record<string, string> = {};
  if (layer !== undefined) {
    attrs['data-layer'] = layer;
    if (activeLayers(state, progress).has(layer)) classes.push('is-on');
  }
  if (key !== undefined) {
    attrs['data-key'] = key;
    if (state.highlight.includes(key)) classes.push('is-hl');
  }
  if (classes.length) attrs.class = classes.join(' ');
  return attrs;
}

/**
 * The class a figure root carries while layer `key` is on (`on-paris`): rules that restyle other marks when a
 * layer is on (the map's tints) select on it, so only a key that changes invalidates style, and only for the
 * marks its rules name. The root's `data-on` lists the same keys, for tests and readers of the DOM.
 */
export function onClass(key: string): string {
  return `on-${key}`;
}
