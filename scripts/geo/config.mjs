// Every tunable of the geo pipeline in one place, so the report, the tests and the code agree.

/** Mean Earth radius (IUGG), km. geoArea (steradians) × R² = km². Same R as the source index.json. */
export const EARTH_RADIUS_KM = 6371.0088;

/** km² → steradians, for thresholds that are easier to reason about as ground areas. */
export const km2ToSr = (km2) => km2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);

/**
 * The Europe map's crop, as a union of lon/lat boxes (west, south, east, north).
 * One box is not enough: a box reaching Greenland's west coast (-73°) down to the Canaries (27°N) would pull in
 * half of North America. So: the main box covers the Azores (-31°), the Canaries, North Africa's coast, Türkiye,
 * the Caucasus and Russia to the Urals; the Arctic box adds Greenland, Iceland's north and Svalbard.
 */
export const EUROPE_BOXES = [
  [-32, 27, 60, 72],
  [-75, 58, 60, 84],
];

/**
 * Simplification (topojson-simplify presimplify with sphericalTriangleArea, i.e. Visvalingam's effective area on
 * the sphere): a vertex survives if the triangle it spans with its neighbours, after earlier removals, covers at
 * least this ground area, km². Rule of thumb: about 1 px² at the most zoomed-in camera that draws the arc.
 *
 * Europe (Natural Earth 50m, vertices already 5–10 km apart): drawn at 3–12 km per pixel (Europe, Ukraine and
 * neighbours), so 25 km² ≈ 1–3 px². Detached islets under 5 km² go (Monaco, 7.6 km², stays).
 * Ukraine: a threshold per arc, by which layers use it (an arc shared by several layers is simplified once):
 *  - drawn: arcs of the display fill, the line of contact or held Donetsk, shown by the "donbas" camera at
 *    ~0.5–1 km/px: 0.3 km² ≈ 1 px² there (≈ a 100 m wiggle on a 6 km stretch);
 *  - oblasts: oblast borders and coasts away from the front, seen mostly at whole-Ukraine scale (1.5–3.5 km/px);
 *  - areaOnly: edges only the `occupied` polygons use (it is the area layer, never drawn); errors cancel out,
 *    the occupied areas stay within 0.2 % of the source's figures.
 */
export const SIMPLIFY_KM2 = {
  europe: 25,
  europeIslets: 5,
  ukraine: { drawn: 0.3, oblasts: 1, areaOnly: 5 },
};

/** Which Ukraine threshold applies to an arc, given the names of the objects that use it. */
export function ukraineThreshold(users) {
  const t = SIMPLIFY_KM2.ukraine;
  if (users.has('display') || users.has('front') || users.has('heldDonetsk')) return t.drawn;
  if (users.has('oblasts')) return t.oblasts;
  return t.areaOnly;
}

/**
 * Fixed quantisation grids (degrees per integer step), so both Ukraine files land on the same grid and oblast
 * borders in ukraine.topo.json coincide exactly with the borders of the control polygons in control.topo.json.
 * Ukraine: 0.0014° × 0.001° ≈ 100 × 110 m at 48.5°N (≈ 13,000 × 8,000 steps over Ukraine's box, i.e. a
 * quantisation of ~1e4), 0.1–0.2 px at the closest camera.
 * Europe: 0.015° × 0.01° ≈ 1.1 km (≈ 9,000 × 5,700 steps over the crop), under half a pixel on every camera.
 */
export const GRID = {
  europe: { translate: [-75, 27], scale: [0.015, 0.01] },
  ukraine: { translate: [22, 44], scale: [0.0014, 0.001] },
};

/** Decimal places for every non-integer number written (bbox, transform); integers are written as they are. */
export const DECIMALS = 6;

/** The oblast whose Ukrainian-held part the story measures (Donetsk oblast). */
export const DONETSK = 'UA-14';

/** Budget for all map data the story ships, gzip bytes. */
export const GZIP_BUDGET = 150_000;
