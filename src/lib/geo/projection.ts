// One projection for every map section, so a step can move the camera between Europe, Ukraine and the Donbas
// by a CSS transform instead of re-drawing: all SVG paths are drawn once, in this projection's coordinates.
//
// Why Lambert azimuthal equal-area centred on 20°E 52°N: occupied areas are compared across dates and with
// whole countries, so the map must not inflate some places more than others (it is equal-area); the azimuthal
// aspect keeps Greenland (for the Greenland statement) recognisable at the edge of a Europe map, where a conic
// would fan it out; 20°E (east of the usual 10°E of EPSG:3035) reduces the tilt of Ukraine and the Donbas,
// the places the story zooms into, while Iberia and Greenland at the edges tilt only mildly.
//
// The viewBox is square, 1000 × 1000: the sticky stage is portrait on a phone and landscape on a desktop, and a
// square is the shape both can show whole (the renderer sizes the square to the smaller side). 1000 units keep
// path numbers short: at one decimal (`digits(1)`) the error is 0.1 unit, i.e. 0.03 px on a 320 px phone even
// at the tightest zoom (k ≈ 12, the Donbas camera).
import { geoAzimuthalEqualArea, geoPath, type GeoProjection, type GeoPermissibleObjects } from 'd3-geo';

export const VIEW_W = 1000;
export const VIEW_H = 1000;
/** `viewBox` attribute of every map SVG. */
export const VIEWBOX = `0 0 ${VIEW_W} ${VIEW_H}`;

/** Centre of the projection (lon, lat). */
export const CENTRE: readonly [number, number] = [20, 52];

/**
 * The frame the projection is fitted to at zoom 1 (lon/lat box: west, south, east, north). It is the `europe`
 * camera's frame, so a figure with no `data-camera` on its root still shows Europe whole.
 */
export const BASE_FRAME: readonly [number, number, number, number] = [-25, 34, 45, 71.5];

/** A closed lon/lat ring along the edges of a box, densified so the projected outline bends like the map. */
export function boxRing([w, s, e, n]: readonly [number, number, number, number], steps = 16): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) ring.push([w + ((e - w) * i) / steps, s]);
  for (let i = 0; i < steps; i++) ring.push([e, s + ((n - s) * i) / steps]);
  for (let i = 0; i < steps; i++) ring.push([e - ((e - w) * i) / steps, n]);
  for (let i = 0; i < steps; i++) ring.push([w, n - ((n - s) * i) / steps]);
  ring.push(ring[0]!);
  return ring;
}

/** The projected points of a lon/lat box's edges (used to fit cameras and the base frame). */
export function boxPoints(box: readonly [number, number, number, number]): GeoPermissibleObjects {
  // A MultiPoint, not a Polygon: fitting a polygon would depend on ring winding, points never do.
  return { type: 'MultiPoint', coordinates: boxRing(box) };
}

let cached: GeoProjection | undefined;

/**
 * The shared projection, fitted so BASE_FRAME fills the viewBox. Deterministic; one instance per process
 * (callers must not mutate it — use `createProjection()` for a private copy).
 */
export function projection(): GeoProjection {
  cached ??= createProjection();
  return cached;
}

/** A fresh instance of the shared projection (same parameters). */
export function createProjection(): GeoProjection {
  return geoAzimuthalEqualArea()
    .rotate([-CENTRE[0], -CENTRE[1]])
    .precision(0.2)
    .fitExtent(
      [
        [0, 0],
        [VIEW_W, VIEW_H],
      ],
      boxPoints(BASE_FRAME)
    );
}

/** Project lon/lat to viewBox units at zoom 1. Throws on points the projection cannot show. */
export function project(lonLat: readonly [number, number]): [number, number] {
  const p = projection()([lonLat[0], lonLat[1]]);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return p;
}

/** Round to one decimal, the precision of every number written into the SVG. */
export function r1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A geoPath writing one decimal per coordinate, so the inline SVG stays small. */
export function pathGenerator(proj: GeoProjection = projection()) {
  return geoPath(proj).digits(1);
}
