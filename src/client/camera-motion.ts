// While a map's camera moves: the wrapper is a composited layer (`is-moving` → will-change: transform) and, on a
// zoom-out, strokes stay at the width of the camera it leaves. Stroke widths are divided by the zoom (map.css
// --ik) because vector-effect cannot undo an HTML transform; switched at once to the new camera's zoom, every
// line would start a zoom-out that many times too thick. Held at the old zoom, lines thin out during the move
// and reach their width as it ends. Nothing here decides the picture at rest: that stays a function of the state.

/** The camera transition's length (map.css --dur-cam) plus a frame of slack. */
export const CAMERA_MOVE_MS = 750;

interface Wrapper {
  el: HTMLElement;
  zoom: Map<string, number>;
  timer: number;
}

const wrappers = new WeakMap<Element, Wrapper | null>();

function wrapperOf(root: Element): Wrapper | null {
  let w = wrappers.get(root);
  if (w === undefined) {
    const el = root.querySelector<HTMLElement>('[data-zoom]');
    w = el ? { el, zoom: parseZoom(el.dataset.zoom ?? ''), timer: 0 } : null;
    wrappers.set(root, w);
  }
  return w;
}

/** `"europe:1 ukraine:3.95"` → Map { europe → 1, ukraine → 3.95 }; malformed pairs are skipped. */
export function parseZoom(value: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const pair of value.split(/\s+/)) {
    const [id, k] = pair.split(':');
    const n = Number(k);
    if (id && Number.isFinite(n) && n > 0) out.set(id, n);
  }
  return out;
}

/** The 1/zoom strokes use during a move from one camera to another; undefined when the target's own applies. */
export function movingStrokeScale(zoom: ReadonlyMap<string, number>, from: string | undefined, to: string | undefined): number | undefined {
  const kFrom = from ? zoom.get(from) : undefined;
  const kTo = to ? zoom.get(to) : undefined;
  if (kFrom === undefined || kTo === undefined || kFrom <= kTo) return undefined;
  return Math.round((1 / kFrom) * 1e4) / 1e4;
}

/** Call when a figure's camera changes from `from` to `to` (both may be undefined: no camera). */
export function cameraMoved(root: Element, from: string | undefined, to: string | undefined, reduceMotion: boolean): void {
  if (from === to || reduceMotion) return;
  const w = wrapperOf(root);
  if (!w) return;
  const scale = movingStrokeScale(w.zoom, from, to);
  w.el.classList.add('is-moving');
  if (scale === undefined) w.el.style.removeProperty('--ik');
  else w.el.style.setProperty('--ik', String(scale));
  clearTimeout(w.timer);
  w.timer = window.setTimeout(() => {
    w.el.classList.remove('is-moving');
    w.el.style.removeProperty('--ik');
  }, CAMERA_MOVE_MS);
}
