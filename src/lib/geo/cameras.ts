// Named camera positions → a transform of the (already projected) map: screen = k · p + (x, y), in viewBox units.
// The renderer writes each one as a CSS transform of the HTML wrapper around the map's SVG layers (`cameraCss`,
// composited, so a camera move repaints nothing), selected by the figure root's `data-camera`; CSS interpolates
// translate and scale component-wise, which moves every point on a straight line at the same pace — so HTML
// labels placed at (k · p + t) in % and transitioned alongside stay glued.
import { CAMERA_IDS, type CameraId } from '../../scenes/types.ts';
import { VIEW_W, VIEW_H, boxRing, projection } from './projection.ts';

export interface Camera {
  /** Zoom relative to the base frame (the `europe` camera is about 1). */
  k: number;
  /** Translation in viewBox units, applied after scaling. */
  x: number;
  y: number;
}

export type LonLatBox = readonly [west: number, south: number, east: number, north: number];

/**
 * What each camera must show (lon/lat box: west, south, east, north). Chosen for the story, not computed from
 * data, because they are editorial framing: e.g. `ukraine-region` includes the four NATO neighbours that the
 * force plans mention and the whole Black Sea (Türkiye's naval lead), `europe-wide` reaches Greenland.
 */
export const CAMERA_FRAMES: Record<CameraId, LonLatBox> = {
  // Iceland to the Urals' foothills, North Cape to Cyprus: every European coalition member is inside.
  europe: [-25, 34, 45, 71.5],
  // Adds Greenland (to ~73°W, 83°N) for the Greenland statement; the east still reaches Ukraine.
  'europe-wide': [-50, 37, 28, 82],
  // Ukraine with Poland, Slovakia, Hungary, Romania, Moldova and the whole Black Sea.
  'ukraine-region': [15, 40.8, 41.5, 54.8],
  // Ukraine in its internationally recognised borders (22.1–40.2°E, 44.4–52.4°N), Crimea included.
  ukraine: [22, 44.2, 40.4, 52.5],
  // Donetsk and Luhansk oblasts with a margin to the Sea of Azov and the Russian border.
  donbas: [35.6, 46.6, 40.3, 50.2],
};

/** Share of the viewBox kept free around a camera's frame (room for edge labels). */
export const CAMERA_PADDING = 0.04;

/** The bounding box, in zoom-1 viewBox units, of a lon/lat box's projected edges. */
export function projectedBounds(box: LonLatBox): [[number, number], [number, number]] {
  const proj = projection();
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of boxRing(box, 32)) {
    const q = proj(p);
    if (!q) continue;
    x0 = Math.min(x0, q[0]);
    y0 = Math.min(y0, q[1]);
    x1 = Math.max(x1, q[0]);
    y1 = Math.max(y1, q[1]);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** Fit projected bounds into the viewBox (centred, uniform scale, with padding). Pure arithmetic. */
export function fitBounds(
  [[x0, y0], [x1, y1]]: [[number, number], [number, number]],
  padding = CAMERA_PADDING,
  width = VIEW_W,
  height = VIEW_H
): Camera {
  const w = x1 - x0;
  const h = y1 - y0;
  if (!(w > 0 && h > 0)) throw new Error('cannot fit empty bounds');
  const k = Math.min((width * (1 - 2 * padding)) / w, (height * (1 - 2 * padding)) / h);
  const x = (width - k * (x0 + x1)) / 2;
  const y = (height - k * (y0 + y1)) / 2;
  // Rounded so the emitted CSS is short and stable across platforms.
  return { k: round(k, 4), x: round(x, 1), y: round(y, 1) };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

let cache: Record<CameraId, Camera> | undefined;

/** Every camera's transform. */
export function cameras(): Record<CameraId, Camera> {
  cache ??= Object.fromEntries(
    CAMERA_IDS.map((id) => [id, fitBounds(projectedBounds(CAMERA_FRAMES[id]))])
  ) as Record<CameraId, Camera>;
  return cache;
}

export function camera(id: CameraId): Camera {
  const c = cameras()[id];
  if (!c) throw new Error(`unknown camera "${id}"; allowed: ${CAMERA_IDS.join(', ')}`);
  return c;
}

/** A zoom-1 point seen through a camera, in viewBox units. */
export function toScreen(cam: Camera, [px, py]: readonly [number, number]): [number, number] {
  return [cam.k * px + cam.x, cam.k * py + cam.y];
}

/** The part of the zoom-1 plane a camera shows: the viewBox mapped back through the camera. */
export function visibleRect(cam: Camera): [[number, number], [number, number]] {
  return [
    [-cam.x / cam.k, -cam.y / cam.k],
    [(VIEW_W - cam.x) / cam.k, (VIEW_H - cam.y) / cam.k],
  ];
}

/** Smallest rectangle (zoom-1 units) containing what any of the cameras shows, with a margin in screen units. */
export function unionRect(ids: readonly CameraId[], margin = 20): [[number, number], [number, number]] {
  if (ids.length === 0) throw new Error('unionRect needs at least one camera');
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const id of ids) {
    const cam = camera(id);
    const [[a, b], [c, d]] = visibleRect(cam);
    const m = margin / cam.k;
    x0 = Math.min(x0, a - m);
    y0 = Math.min(y0, b - m);
    x1 = Math.max(x1, c + m);
    y1 = Math.max(y1, d + m);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** CSS transform value for a camera (px are user units on SVG elements). */
export function cameraTransform(cam: Camera): string {
  return `translate(${cam.x}px,${cam.y}px) scale(${cam.k})`;
}

/**
 * The same transform for an HTML box as wide as the viewBox (the square stage): translations in % of the box,
 * since 1 viewBox unit is 0.1 % of it at every stage size. Origin: the box's top left corner.
 */
export function cameraCss(cam: Camera, width = VIEW_W, height = VIEW_H): string {
  const pct = (v: number, of: number) => `${Math.round((v / of) * 1e5) / 1e3}%`;
  return `translate(${pct(cam.x, width)},${pct(cam.y, height)}) scale(${cam.k})`;
}
